/** The copy would overwrite something: the target database is not empty. */
export class CopyRefused extends Error {}
