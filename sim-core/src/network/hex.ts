/** Two hex digits of a byte, for MAC addresses. */
export const hex2 = (n: number): string => (n & 0xff).toString(16).padStart(2, '0');
