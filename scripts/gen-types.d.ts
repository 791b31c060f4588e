export declare const generated: ReadonlyArray<{ schema: string; out: string }>;
export declare function render(schemaPath: string, root?: string): Promise<string>;
