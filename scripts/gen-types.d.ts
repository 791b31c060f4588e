export declare const generated: ReadonlyArray<{ schema: string; out: string }>;
export declare function render(schemaPath: string, root?: string): Promise<string>;
export declare const validators: { out: string; schemas: Record<string, string> };
export declare function renderValidators(root?: string): Promise<string>;
