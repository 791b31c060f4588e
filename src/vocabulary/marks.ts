// The characters that tick a box and those that draw an empty one.

export const CHECKED = '■☑☒√✓✔🗹';
export const UNCHECKED = '□☐🞎';
/** Private-Use glyphs of Wingdings / Wingdings 2 that draw an empty box; any other U+F0xx is a check. */
export const PUA_UNCHECKED = new Set([0xf0a3, 0xf0a8, 0xf06f, 0xf071, 0xf070]);
