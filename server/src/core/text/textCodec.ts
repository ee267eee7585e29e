// The WHATWG text codecs of both Node and browsers, typed here so that the core needs no
// ambient DOM or Node types (server/src/core/tsconfig.json has none).

interface Decoder {
  decode(bytes: Uint8Array): string;
}

interface Encoder {
  encode(text: string): Uint8Array;
}

const codecs = globalThis as unknown as {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
};

export const TextDecoder = codecs.TextDecoder;
export const TextEncoder = codecs.TextEncoder;
