/**
 * Decodes an answer file's bytes as UTF-8, or says which encoding the file is really in. Read as UTF-8, a UTF-16 file
 * becomes replacement characters and NULs and the candidate sees "Found �"; here they are told what to do instead.
 */

/** The file's text, or why it is not UTF-8 text (a phrase that follows the file's name). */
export type DecodedFile = { ok: true; text: string } | { ok: false; problem: string };

/** How many leading bytes are looked at to tell UTF-16 without a byte-order mark from a binary file. */
const SAMPLE_LENGTH = 200;

/** Decodes `bytes` as strict UTF-8 after checking for other Unicode encodings and for binary content. */
export function decodeAnswerFile(bytes: Uint8Array): DecodedFile {
  const saveAs = 'save it as UTF-8 and grade it again';
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { ok: false, problem: `is UTF-32 LE text (it starts with a byte-order mark): ${saveAs}` };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { ok: false, problem: `is UTF-32 BE text (it starts with a byte-order mark): ${saveAs}` };
  if (b0 === 0xff && b1 === 0xfe)
    return { ok: false, problem: `is UTF-16 LE text (it starts with a byte-order mark): ${saveAs}` };
  if (b0 === 0xfe && b1 === 0xff)
    return { ok: false, problem: `is UTF-16 BE text (it starts with a byte-order mark): ${saveAs}` };
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const sample = bytes.subarray(0, SAMPLE_LENGTH);
    let even = 0;
    let odd = 0;
    sample.forEach((byte, index) => {
      if (byte === 0 && index % 2 === 0) even++;
      else if (byte === 0) odd++;
    });
    // ASCII in UTF-16 has a NUL beside every character: after it in LE, before it in BE.
    const half = sample.length / 2;
    if (odd >= half * 0.8)
      return { ok: false, problem: `looks like UTF-16 LE text (a NUL after each letter): ${saveAs}` };
    if (even >= half * 0.8)
      return { ok: false, problem: `looks like UTF-16 BE text (a NUL before each letter): ${saveAs}` };
    return { ok: false, problem: `is not text: it has a NUL byte at byte ${nul}; an answer is a UTF-8 text file` };
  }
  try {
    // ignoreBOM keeps a UTF-8 byte-order mark in the text, where the readers skip it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = findInvalidUtf8(bytes);
    return {
      ok: false,
      problem: `is not valid UTF-8 (byte ${at} is 0x${(bytes[at] ?? 0).toString(16)}); it may be Latin-1 or Windows-1252: ${saveAs}`,
    };
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let k = 1; k < length; k++) if (((bytes[index + k] ?? 0) & 0xc0) !== 0x80) return index;
    index += length;
  }
  return 0;
}
