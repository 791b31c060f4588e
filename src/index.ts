export const hello = (): string => "公开";
