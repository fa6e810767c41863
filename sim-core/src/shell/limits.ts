/** The longest line the shell reads: in a module of its own, so a page's terminal knows it before the shell's code arrives. */
export const MAX_LINE_LENGTH = 4096;
