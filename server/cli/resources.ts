/** Threads a command started (model, spelling): closed when the command ends so the process can exit. */
const closers: (() => Promise<void>)[] = [];

export function closeWhenDone(close: () => Promise<void>): void {
  closers.push(close);
}

export async function closeCliResources(): Promise<void> {
  await Promise.all(closers.splice(0).map((close) => close()));
}
