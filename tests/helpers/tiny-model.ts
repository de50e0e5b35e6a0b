import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveModelSource } from '../../server/model/config';
import { writeTinyModel } from '../../server/model/tiny/write';

/** A fresh folder holding the tiny model, in the transformers.js layout the production loader reads. */
export function tinyModelFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'mt-review-model-')), 'tiny-model');
  writeTinyModel(folder);
  return folder;
}

export function tinySource(folder = tinyModelFolder()) {
  return resolveModelSource({
    model: folder,
    cacheDir: join(folder, '..', 'cache'),
    offline: true,
    quantized: true,
  });
}

/** The same model with its .onnx files overwritten by garbage. */
export function corruptModelFolder(): string {
  const folder = tinyModelFolder();
  for (const file of ['model.onnx', 'model_quantized.onnx'])
    writeFileSync(join(folder, 'onnx', file), 'this is not an onnx file');
  return folder;
}

export function copyModelInto(cacheDir: string, name: string, from = tinyModelFolder()): void {
  const target = join(cacheDir, name);
  mkdirSync(join(target, 'onnx'), { recursive: true });
  for (const file of [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'onnx/model.onnx',
    'onnx/model_quantized.onnx',
  ])
    copyFileSync(join(from, file), join(target, file));
}
