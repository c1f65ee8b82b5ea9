// A folder of export files as one .zip (fflate: pure JavaScript, synchronous, no native parts).
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './files.ts';

/** The files under one top folder, so unpacking makes the folder rather than scattering files. */
export function zipFolder(folder: string, files: readonly ExportFile[]): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[`${folder}/${file.path}`] = strToU8(file.content);
  return zipSync(tree, { level: 6 });
}
