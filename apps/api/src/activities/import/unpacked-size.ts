import JSZip from 'jszip';

/**
 * Whether a zip archive (an .xlsx is one) unpacks to at most `limit` bytes. The bytes are counted as they
 * inflate, not taken from the sizes the archive declares, which a crafted file can understate; counting stops at
 * the first byte past the limit, so a file that would unpack to gigabytes costs the limit, not the gigabytes.
 * Rejects when the body is not a zip archive.
 */
export async function unpacksWithin(body: Buffer, limit: number): Promise<boolean> {
  const zip = await JSZip.loadAsync(body);
  let unpacked = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const within = await new Promise<boolean>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          unpacked += chunk.length;
          if (unpacked <= limit) return;
          stream.pause();
          resolve(false);
        })
        .on('error', reject)
        .on('end', () => resolve(true));
    });
    if (!within) return false;
  }
  return true;
}
