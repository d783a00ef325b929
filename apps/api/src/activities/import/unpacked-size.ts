import type JSZip from 'jszip';

/**
 * Whether a zip archive (an .xlsx is one) unpacks to at most `limit` bytes. The bytes are counted as they
 * inflate, not taken from the sizes the archive declares, which a crafted file can understate; counting stops at
 * the first byte past the limit, so a file that would unpack to gigabytes costs the limit, not the gigabytes.
 * `read` is handed each entry's chunks as they inflate (what it returns for the entry's name), so a part is
 * looked into in the same pass. Rejects when an entry cannot be inflated.
 */
export async function unpacksWithin(zip: JSZip, limit: number, read?: (name: string) => ((chunk: Buffer) => void) | undefined): Promise<boolean> {
  let unpacked = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const reader = read?.(entry.name);
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          unpacked += chunk.length;
          if (unpacked > limit) {
            stream.pause();
            resolve(false);
          } else reader?.(chunk);
        })
        .on('error', reject)
        .on('end', () => resolve(true));
    });
    if (!within) return false;
  }
  return true;
}
