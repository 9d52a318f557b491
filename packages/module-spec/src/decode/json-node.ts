// The JSON document tree decodeModule returns: every value with its span in the text that was
// decoded (JS string indices, end exclusive), every object member with its key's span, so that
// a problem found in a value can be pointed at in the rendered template.

interface Span {
  /** Index of the value's first character in the decoded text. */
  start: number;
  /** Index just past its last character. */
  end: number;
}

export interface JsonObjectNode extends Span {
  kind: 'object';
  /** In document order, duplicates included (encoding/json decodes every one of them). */
  members: JsonMember[];
}

export interface JsonMember {
  /** The key as encoding/json unquotes it (bad UTF-8 and lone surrogates become U+FFFD). */
  key: string;
  /** Span of the key's string literal, quotes included. */
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export interface JsonArrayNode extends Span {
  kind: 'array';
  items: JsonNode[];
}

export interface JsonStringNode extends Span {
  kind: 'string';
  /** The unquoted value, as encoding/json produces it. */
  value: string;
}

export interface JsonNumberNode extends Span {
  kind: 'number';
  /** The literal as written (Go converts it per target type). */
  text: string;
}

export interface JsonBoolNode extends Span {
  kind: 'bool';
  value: boolean;
}

export interface JsonNullNode extends Span {
  kind: 'null';
}

export type JsonNode = JsonObjectNode | JsonArrayNode | JsonStringNode | JsonNumberNode | JsonBoolNode | JsonNullNode;
