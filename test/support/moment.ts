const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

/** An instant strictly between the writes before and after it: `knownAt` there sees the first and not the second. */
export async function moment(): Promise<string> {
  await pause();
  const at = new Date().toISOString();
  await pause();
  return at;
}
