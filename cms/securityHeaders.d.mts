export declare const adminCsp: (nonce: string) => string
export declare const apiCsp: string
export declare const servesHttps: (env?: NodeJS.ProcessEnv) => boolean
export declare const runtimeHeaders: (env?: NodeJS.ProcessEnv) => { key: string; value: string }[]
export declare const staticHeaders: () => { source: string; headers: { key: string; value: string }[] }[]
