import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import onnxProto, { type onnx as Onnx } from 'onnx-proto';

// onnx-proto is CommonJS: Node's ESM loader only sees its default export.
const { onnx } = onnxProto;
import { CONCEPTS, HIDDEN_SIZE, SPECIAL_TOKENS } from './concepts';
import { random } from '../../util/random';

function vocabulary(): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const token of SPECIAL_TOKENS) vocab.set(token, vocab.size);
  for (const group of CONCEPTS) for (const word of group) if (!vocab.has(word)) vocab.set(word, vocab.size);
  return vocab;
}

/** One row per token; words of a concept share their concept's row; special tokens are near zero. */
function embeddingMatrix(vocab: Map<string, number>): Float32Array {
  const rng = random(42);
  const matrix = new Float32Array(vocab.size * HIDDEN_SIZE);
  const conceptVector = CONCEPTS.map(() => Array.from({ length: HIDDEN_SIZE }, () => rng() * 2 - 1));
  for (const [token, id] of vocab) {
    const concept = CONCEPTS.findIndex((group) => group.includes(token));
    for (let d = 0; d < HIDDEN_SIZE; d++) {
      matrix[id * HIDDEN_SIZE + d] =
        concept >= 0 ? (conceptVector[concept]?.[d] ?? 0) : (rng() * 2 - 1) * 0.05;
    }
  }
  return matrix;
}

/** An ONNX graph: last_hidden_state = Gather(embeddings, input_ids); attention_mask is accepted as BERT's is. */
function onnxModel(matrix: Float32Array, vocabSize: number): Uint8Array {
  const int64 = onnx.TensorProto.DataType.INT64;
  const float = onnx.TensorProto.DataType.FLOAT;
  const dims = (names: string[], last?: number): Onnx.ITensorShapeProto => ({
    dim: [...names.map((dimParam) => ({ dimParam })), ...(last === undefined ? [] : [{ dimValue: last }])],
  });
  const model: Onnx.IModelProto = {
    irVersion: 7,
    producerName: 'mt-review tiny model',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny-embedder',
      node: [
        {
          opType: 'Gather',
          input: ['embeddings', 'input_ids'],
          output: ['last_hidden_state'],
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }],
        },
      ],
      initializer: [
        {
          name: 'embeddings',
          dataType: float,
          dims: [vocabSize, HIDDEN_SIZE],
          rawData: new Uint8Array(matrix.buffer.slice(0)),
        },
      ],
      input: [
        { name: 'input_ids', type: { tensorType: { elemType: int64, shape: dims(['batch', 'sequence']) } } },
        {
          name: 'attention_mask',
          type: { tensorType: { elemType: int64, shape: dims(['batch', 'sequence']) } },
        },
      ],
      output: [
        {
          name: 'last_hidden_state',
          type: { tensorType: { elemType: float, shape: dims(['batch', 'sequence'], HIDDEN_SIZE) } },
        },
      ],
    },
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function tokenizerJson(vocab: Map<string, number>): unknown {
  const special = (content: string) => ({
    id: vocab.get(content),
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  const cls = { id: '[CLS]', ids: [vocab.get('[CLS]')], tokens: ['[CLS]'] };
  const sep = { id: '[SEP]', ids: [vocab.get('[SEP]')], tokens: ['[SEP]'] };
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map(special),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: false,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: { '[CLS]': cls, '[SEP]': sep },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab),
    },
  };
}

/** Writes config.json, tokenizer.json, tokenizer_config.json and onnx/model{,_quantized}.onnx into `folder`. */
export function writeTinyModel(folder: string): void {
  const vocab = vocabulary();
  const bytes = onnxModel(embeddingMatrix(vocab), vocab.size);
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  const json = (name: string, value: unknown): void =>
    writeFileSync(join(folder, name), `${JSON.stringify(value, null, 2)}\n`);
  json('config.json', {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: HIDDEN_SIZE,
    vocab_size: vocab.size,
    max_position_embeddings: 128,
    num_attention_heads: 1,
    num_hidden_layers: 0,
  });
  json('tokenizer.json', tokenizerJson(vocab));
  json('tokenizer_config.json', {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 128,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  });
  writeFileSync(join(folder, 'onnx', 'model.onnx'), bytes);
  writeFileSync(join(folder, 'onnx', 'model_quantized.onnx'), bytes);
}
