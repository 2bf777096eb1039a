/** Limits shared by the parser, the worksheet and the file format; kept free of zod so islands stay small. */
export const DUIDEN_LIMITS = { periodes: 100, reeksen: 40, sheets: 50 } as const;
