export declare const OPENAPI_FILE: URL;
export declare const SCHEMA_FILE: URL;
export declare function openApiDocument(): Promise<Record<string, unknown>>;
export declare function apiFiles(): Promise<{ json: string; types: string }>;
