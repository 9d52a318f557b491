/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 5217:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(8971);


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 5995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var resolveBlockMap = __nccwpck_require__(3597);
var resolveBlockSeq = __nccwpck_require__(680);
var resolveFlowCollection = __nccwpck_require__(9676);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 9601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Document = __nccwpck_require__(3075);
var composeNode = __nccwpck_require__(2147);
var resolveEnd = __nccwpck_require__(1838);
var resolveProps = __nccwpck_require__(4969);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 2147:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var composeCollection = __nccwpck_require__(5995);
var composeScalar = __nccwpck_require__(1227);
var resolveEnd = __nccwpck_require__(1838);
var utilEmptyScalarPosition = __nccwpck_require__(3413);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 1227:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var resolveBlockScalar = __nccwpck_require__(3311);
var resolveFlowScalar = __nccwpck_require__(6760);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 2406:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(3336);
var Document = __nccwpck_require__(3075);
var errors = __nccwpck_require__(2330);
var identity = __nccwpck_require__(8721);
var composeDoc = __nccwpck_require__(9601);
var resolveEnd = __nccwpck_require__(1838);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 3597:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);
var resolveProps = __nccwpck_require__(4969);
var utilContainsNewline = __nccwpck_require__(9201);
var utilFlowIndentCheck = __nccwpck_require__(9757);
var utilMapIncludes = __nccwpck_require__(629);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 3311:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 680:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var YAMLSeq = __nccwpck_require__(2381);
var resolveProps = __nccwpck_require__(4969);
var utilFlowIndentCheck = __nccwpck_require__(9757);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 1838:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 9676:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var resolveEnd = __nccwpck_require__(1838);
var resolveProps = __nccwpck_require__(4969);
var utilContainsNewline = __nccwpck_require__(9201);
var utilMapIncludes = __nccwpck_require__(629);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6760:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);
var resolveEnd = __nccwpck_require__(1838);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4969:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9201:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 3413:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 9757:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var utilContainsNewline = __nccwpck_require__(9201);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 629:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3075:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(5775);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var toJS = __nccwpck_require__(8165);
var Schema = __nccwpck_require__(8414);
var stringifyDocument = __nccwpck_require__(2303);
var anchors = __nccwpck_require__(1822);
var applyReviver = __nccwpck_require__(6423);
var createNode = __nccwpck_require__(5262);
var directives = __nccwpck_require__(3336);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var visit = __nccwpck_require__(598);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 6423:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 5262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 3336:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var visit = __nccwpck_require__(598);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 2330:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;


var composer = __nccwpck_require__(2406);
var Document = __nccwpck_require__(3075);
var Schema = __nccwpck_require__(8414);
var errors = __nccwpck_require__(2330);
var Alias = __nccwpck_require__(5775);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var cst = __nccwpck_require__(5691);
var lexer = __nccwpck_require__(3299);
var lineCounter = __nccwpck_require__(1282);
var parser = __nccwpck_require__(2886);
var publicApi = __nccwpck_require__(3125);
var visit = __nccwpck_require__(598);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7275:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 5775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1822);
var visit = __nccwpck_require__(598);
var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);
var toJS = __nccwpck_require__(8165);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(5262);
var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 3199:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var applyReviver = __nccwpck_require__(6423);
var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 583:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(5262);
var stringifyPair = __nccwpck_require__(3182);
var addPairToJSMap = __nccwpck_require__(8462);
var identity = __nccwpck_require__(8721);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Node = __nccwpck_require__(3199);
var toJS = __nccwpck_require__(8165);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyCollection = __nccwpck_require__(3262);
var addPairToJSMap = __nccwpck_require__(8462);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var createNode = __nccwpck_require__(5262);
var stringifyCollection = __nccwpck_require__(3262);
var Collection = __nccwpck_require__(5935);
var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var toJS = __nccwpck_require__(8165);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 8462:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var log = __nccwpck_require__(7275);
var merge = __nccwpck_require__(4298);
var stringify = __nccwpck_require__(9722);
var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 8721:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 8165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 6124:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var resolveBlockScalar = __nccwpck_require__(3311);
var resolveFlowScalar = __nccwpck_require__(6760);
var errors = __nccwpck_require__(2330);
var stringifyString = __nccwpck_require__(2715);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1895:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 5465:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 5691:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cstScalar = __nccwpck_require__(6124);
var cstStringify = __nccwpck_require__(1895);
var cstVisit = __nccwpck_require__(5465);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 3299:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var cst = __nccwpck_require__(5691);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 1282:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 2886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(5691);
var lexer = __nccwpck_require__(3299);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 3125:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var composer = __nccwpck_require__(2406);
var Document = __nccwpck_require__(3075);
var errors = __nccwpck_require__(2330);
var log = __nccwpck_require__(7275);
var identity = __nccwpck_require__(8721);
var lineCounter = __nccwpck_require__(1282);
var parser = __nccwpck_require__(2886);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var map = __nccwpck_require__(7885);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var tags = __nccwpck_require__(3616);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var YAMLMap = __nccwpck_require__(4392);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 4778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1672:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var YAMLSeq = __nccwpck_require__(2381);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 798:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyString = __nccwpck_require__(2715);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 9773:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 6451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);
var stringifyNumber = __nccwpck_require__(3603);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(3603);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 3522:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var bool = __nccwpck_require__(9773);
var float = __nccwpck_require__(6451);
var int = __nccwpck_require__(9572);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);
var map = __nccwpck_require__(7885);
var seq = __nccwpck_require__(1672);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var bool = __nccwpck_require__(9773);
var float = __nccwpck_require__(6451);
var int = __nccwpck_require__(9572);
var schema = __nccwpck_require__(3522);
var schema$1 = __nccwpck_require__(3037);
var binary = __nccwpck_require__(2601);
var merge = __nccwpck_require__(4298);
var omap = __nccwpck_require__(5477);
var pairs = __nccwpck_require__(511);
var schema$2 = __nccwpck_require__(2851);
var set = __nccwpck_require__(7434);
var timestamp = __nccwpck_require__(8306);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(815);
var stringifyString = __nccwpck_require__(2715);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);
var stringifyNumber = __nccwpck_require__(3603);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(3603);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 5477:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var toJS = __nccwpck_require__(8165);
var YAMLMap = __nccwpck_require__(4392);
var YAMLSeq = __nccwpck_require__(2381);
var pairs = __nccwpck_require__(511);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 511:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var Scalar = __nccwpck_require__(815);
var YAMLSeq = __nccwpck_require__(2381);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 2851:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var map = __nccwpck_require__(7885);
var _null = __nccwpck_require__(4778);
var seq = __nccwpck_require__(1672);
var string = __nccwpck_require__(798);
var binary = __nccwpck_require__(2601);
var bool = __nccwpck_require__(6628);
var float = __nccwpck_require__(7684);
var int = __nccwpck_require__(4323);
var merge = __nccwpck_require__(4298);
var omap = __nccwpck_require__(5477);
var pairs = __nccwpck_require__(511);
var set = __nccwpck_require__(7434);
var timestamp = __nccwpck_require__(8306);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Pair = __nccwpck_require__(583);
var YAMLMap = __nccwpck_require__(4392);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 8306:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var stringifyNumber = __nccwpck_require__(3603);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 1561:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 9722:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var anchors = __nccwpck_require__(1822);
var identity = __nccwpck_require__(8721);
var stringifyComment = __nccwpck_require__(8701);
var stringifyString = __nccwpck_require__(2715);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 3262:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 8701:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack_module, exports) => {

"use strict";


function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 3182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);
var Scalar = __nccwpck_require__(815);
var stringify = __nccwpck_require__(9722);
var stringifyComment = __nccwpck_require__(8701);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 2715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var Scalar = __nccwpck_require__(815);
var foldFlowLines = __nccwpck_require__(1561);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";


var identity = __nccwpck_require__(8721);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

// NAMESPACE OBJECT: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// NAMESPACE OBJECT: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  ExitCode: () => (ExitCode),
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getBooleanInput: () => (getBooleanInput),
  getIDToken: () => (getIDToken),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  markdownSummary: () => (markdownSummary),
  notice: () => (notice),
  platform: () => (platform_namespaceObject),
  saveState: () => (saveState),
  setCommandEcho: () => (setCommandEcho),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary),
  toPlatformPath: () => (toPlatformPath),
  toPosixPath: () => (toPosixPath),
  toWin32Path: () => (toWin32Path),
  warning: () => (warning)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = require("os");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = require("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = require("fs");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+http-client@4.0.1/node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ../../node_modules/.pnpm/tunnel@0.0.6/node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(5217);
;// CONCATENATED MODULE: ../shared/undici-unused.ts
// Stands in for `undici` in this action's bundle (tsconfig.json `paths`). @actions/http-client
// imports undici's ProxyAgent for requests through a proxy, and @actions/core loads http-client
// only for getIDToken (OIDC), which this action never calls. Bundled, undici is 60% of the file
// and more than doubles the action's start-up (bench/validate.ts): ~70 ms to read, compile and run
// its module graph, against ~60 ms for a bare `node -e 0`.
class ProxyAgent {
    constructor() {
        throw new Error('this action makes no HTTP requests: undici is left out of its bundle');
    }
}

;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+http-client@4.0.1/node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+http-client@4.0.1/node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = require("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = require("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = require("timers");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ../../packages/module-spec/src/lilypad-defaults.ts
// Names and numbers Lilypad fixes, that the CLI, the actions and the packages all use: defined
// here once, so a default cannot drift between them (action.yml repeats them as YAML text; a test
// holds those equal to these).
/** The template's file name at a module repository's root (Lilypad's LILYPAD_MODULE_CONFIG_PATH without its `/`). */
const lilypad_defaults_TEMPLATE_FILE = 'lilypad_module.json.tmpl';
/**
 * Lilypad's solver: executionTimeoutSeconds 0 means this (pkg/options/timeout.go,
 * TIMEOUT_EXECUTION_SECONDS). Also run-module's and `lilypad-module run`'s default cap on a case,
 * so a case that passes here in time is not refused by the solver.
 */
const SOLVER_DEFAULT_EXECUTION_SECONDS = 900;

;// CONCATENATED MODULE: ../../packages/errors/src/location.ts
// Where in a file something is wrong, as messages and GitHub annotations name it.
/** `file`, `file:line` or `file:line:col`, as compilers and GitHub print a place. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    return location.column === undefined
        ? `${location.file}:${location.line}`
        : `${location.file}:${location.line}:${location.column}`;
}

;// CONCATENATED MODULE: ../../packages/errors/src/user-error.ts
// The base of every error a user can fix. What a caller needs to report one is on the error
// itself (its place, its hint, its problems one by one, output to show), so a caller never asks
// which class it is.

/** Something the user can fix: printed as describe(), never with a stack trace. */
class UserError extends Error {
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.location = options.location ?? options.problems?.[0]?.location;
        this.hint = options.hint;
        this.problems = options.problems ?? [];
        this.output = options.output;
    }
    /**
     * `file:line:col: message` (the place when it is known and the message does not already list
     * problems at their places), and the hint on its own line: what a terminal or a log shows.
     */
    describe() {
        const where = this.location && this.problems.length === 0 ? `${formatLocation(this.location)}: ` : '';
        return this.hint ? `${where}${this.message}\n${this.hint}` : `${where}${this.message}`;
    }
    /**
     * One line for an error with several problems, when each problem is shown on its own (as a
     * GitHub annotation on its line): the file, how many problems, and the hint.
     */
    headline() {
        if (this.problems.length === 0)
            return this.describe();
        const n = this.problems.length;
        return `${this.location?.file ?? 'the file'}: ${n === 1 ? '1 problem' : `${n} problems`}${this.hint ? `; ${this.hint}` : ''}.`;
    }
}
/** Whether `e` is the user's to fix (otherwise it is a bug, reported with its stack). */
function isUserError(e) {
    return e instanceof UserError;
}

;// CONCATENATED MODULE: ../../packages/config-file/src/read-file.ts
// Reading a file someone named (a template, an inputs file, a configuration file) without letting
// a wrong path hang or exhaust the process: only regular files are read. A FIFO would block
// open() until a writer appears, and a device such as /dev/zero never ends; a symlink in a
// repository can point at either. The caller words the problem for its user (the CLI and the
// actions say different things about the same fault), so problems are typed, not phrased.


/** Why a file could not be read; `problem` says which kind, `message` is a plain description. */
class FileReadError extends UserError {
    constructor(file, problem, message, 
    /** The file's size in bytes, for `too-large` when it is known up front. */
    size) {
        super(message, { location: { file } });
        this.file = file;
        this.problem = problem;
        this.size = size;
    }
}
// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; it changes
// nothing for regular files. (Windows has no such flag, and no FIFOs to open either.)
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/**
 * The bytes of `file`, which must be a regular file (symlinks followed) of at most `maxBytes`.
 * A file over the cap is refused from its size, or, if it grows while being read, after
 * `maxBytes + 1` bytes: never read whole.
 */
function readRegularFile(file, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, OPEN_FLAGS);
    }
    catch (e) {
        throw systemError(file, e);
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (st.isDirectory())
            throw new FileReadError(file, 'directory', 'is a directory');
        if (!st.isFile())
            throw new FileReadError(file, 'not-regular', `is ${kindOf(st)}, not a regular file`);
        if (st.size > maxBytes)
            throw new FileReadError(file, 'too-large', `is ${st.size} bytes, over the ${maxBytes} byte limit`, st.size);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
            let n;
            try {
                n = (0,external_node_fs_namespaceObject.readSync)(fd, chunk, 0, chunk.length, null);
            }
            catch (e) {
                throw systemError(file, e);
            }
            if (n === 0)
                break;
            chunks.push(chunk.subarray(0, n));
            total += n;
            if (total > maxBytes)
                throw new FileReadError(file, 'too-large', `is over the ${maxBytes} byte limit`);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function kindOf(st) {
    if (st.isFIFO())
        return 'a named pipe (FIFO)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
function systemError(file, e) {
    switch (e.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new FileReadError(file, 'missing', 'no such file');
        case 'EACCES':
        case 'EPERM':
            return new FileReadError(file, 'permission', 'permission denied');
        case 'EISDIR':
            return new FileReadError(file, 'directory', 'is a directory');
        case 'ENXIO':
            // open(O_NONBLOCK) of a socket file, or of a device with nothing behind it.
            return new FileReadError(file, 'not-regular', 'is not a regular file');
        default:
            return new FileReadError(file, 'io', `cannot read: ${e.message}`);
    }
}
/** Why `bytes` is not text: a NUL byte, or bytes that are not UTF-8; undefined when it is text. */
function textProblem(bytes) {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { kind: 'nul', offset: nul };
    const bad = invalidUtf8Offset(bytes);
    return bad >= 0 ? { kind: 'utf8', offset: bad } : undefined;
}
/** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
function invalidUtf8Offset(b) {
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (c >= 0xc2 && c <= 0xdf)
            [need, min] = [1, 0x80];
        else if (c >= 0xe0 && c <= 0xef)
            [need, min] = [2, 0x800];
        else if (c >= 0xf0 && c <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = c & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const d = b[i + k];
            if (d === undefined || (d & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (d & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/module-ref.ts
// Module references as `lilypad run <name>` reads them: Lilypad v2.23.0
// pkg/module/shortcuts/shortcuts.go GetModule, and the template name LoadModule gives the template
// (pkg/module/utils.go), which Go's template errors quote.

/** Where Lilypad looks for the template inside the module repository. */
const LILYPAD_MODULE_CONFIG_PATH = (/* unused pure expression or super */ null && (`/${TEMPLATE_FILE}`));
/**
 * The largest template the CLI and the actions read by default. Lilypad itself has no cap (it
 * reads the whole file), but real module templates are 1–10 KiB; a file of megabytes is the
 * wrong file (a model, a tarball).
 */
const TEMPLATE_MAX_BYTES = 8 * 1024 * 1024;
/** Expansion of a reference with no `/` in it (`cowsay:v0.0.4`). */
const SHORTCUT_REPO_PREFIX = 'https://github.com/Lilypad-Tech/lilypad-module-';
/** A module reference Lilypad rejects; `message` is Lilypad's error text. */
class ModuleRefError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ModuleRefError';
    }
}
/**
 * `<repo-or-shortcut>:<ref>` → {repo, ref, path}, exactly as Lilypad's GetModule: the name must
 * split on `:` into exactly two parts (so `https://github.com/o/r:v1` and `o/r:v1:x` are rejected);
 * if the NAME (ref included) contains `/` the repo is `https://<part0>`, otherwise it is the
 * Lilypad-Tech `lilypad-module-<part0>` shortcut. Nothing else is validated (empty parts pass).
 */
function parseModuleRef(name) {
    if (name === '')
        throw new ModuleRefError('module name is empty');
    const parts = name.split(':');
    if (parts.length !== 2)
        throw new ModuleRefError(`invalid module name format: ${name}`);
    const [head, ref] = parts;
    // Go tests strings.Contains(name, "/"), not part0: `cowsay:feature/x` becomes https://cowsay.
    const repo = name.includes('/') ? `https://${head}` : `${SHORTCUT_REPO_PREFIX}${head}`;
    return { repo, ref, path: LILYPAD_MODULE_CONFIG_PATH };
}
/** The name LoadModule gives the template: `<repo>-<path>-<ref>`; it appears in template errors. */
function templateName(module) {
    return `${module.repo}-${module.path}-${module.ref}`;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/template-file.ts
// The one reader of a module template, for the CLI and the actions alike: a regular file (a FIFO or
// a device is refused at once, so a symlink to /dev/zero cannot hang or exhaust us), at most
// TEMPLATE_MAX_BYTES unless the caller allows more, and UTF-8 text without NUL bytes. The checks
// are the same for every caller; only the hints (what to do) are the caller's, since a terminal
// user fixes a path on the command line and a workflow author fixes a step's inputs.






/** A template that cannot be read as one: the message names the file, the hint says what to do. */
class TemplateFileError extends UserError {
}
/** The text of a template file (a BOM is kept, as Go keeps it); throws TemplateFileError. */
function readTemplateFile(file, options = {}) {
    const maxBytes = options.maxBytes ?? TEMPLATE_MAX_BYTES;
    const shown = options.shown ?? file;
    let bytes;
    try {
        bytes = readRegularFile(file, maxBytes);
    }
    catch (e) {
        if (!(e instanceof FileReadError))
            throw e;
        throw readError(e, file, shown, maxBytes, options.hints ?? {});
    }
    const problem = textProblem(bytes);
    if (problem?.kind === 'nul') {
        throw new TemplateFileError(`${shown}: not a text template (NUL byte at offset ${problem.offset}; this looks like a binary file)`, { hint: `pass the module template, usually ${lilypad_defaults_TEMPLATE_FILE}` });
    }
    if (problem?.kind === 'utf8')
        throw new TemplateFileError(`${shown}: not a text template (invalid UTF-8 at byte offset ${problem.offset})`, { hint: 'save the template as UTF-8' });
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
function readError(e, file, shown, maxBytes, hints) {
    const fail = (message, hint) => new TemplateFileError(message, { ...(hint ? { hint } : {}), cause: e });
    switch (e.problem) {
        case 'missing':
            return fail(`${shown}: no such file`, hints.missing ?? `check the path; a module keeps its template at the root of its repository, usually as ${lilypad_defaults_TEMPLATE_FILE}`);
        case 'permission':
            return fail(`${shown}: permission denied`, 'make the file readable by this user');
        case 'directory': {
            const inside = external_node_path_default().join(file, lilypad_defaults_TEMPLATE_FILE);
            const hint = hints.directory ?? ((0,external_node_fs_namespaceObject.existsSync)(inside) ? `did you mean ${external_node_path_default().join(shown, lilypad_defaults_TEMPLATE_FILE)}?` : `pass the template file itself (usually ${lilypad_defaults_TEMPLATE_FILE})`);
            return fail(`${shown}: is a directory, not a template file`, hint);
        }
        case 'not-regular':
            return fail(`${shown}: ${e.message}; only regular files are read`, 'save a template to a file and pass that file');
        case 'too-large':
            return fail(`${shown}: ${e.size === undefined ? `more than ${formatSize(maxBytes)}` : formatSize(e.size)} is over the ${formatSize(maxBytes)} limit for a template`, hints.tooLarge ?? 'a real module template is a few KiB, so this is probably the wrong file');
        case 'io':
            return fail(`${shown}: ${e.message}`);
    }
}
/** `8 MiB`, `1.5 KiB`, `12 bytes`. */
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${trimZero(bytes / (1024 * 1024))} MiB`;
    if (bytes >= 1024)
        return `${trimZero(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
function trimZero(n) {
    return n.toFixed(1).replace(/\.0$/, '');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/dockerfile-hints.ts
// What a module's Dockerfile says about where its program writes results. A template that
// collects no Outputs looks the same whether the job's result is its stdout (cowsay) or files
// it writes to /outputs (most models); a Dockerfile that points its program at a results folder
// with an environment variable (`ENV OUTPUT_DIR=/outputs`) tells them apart. Only that counts:
// `RUN mkdir -p /outputs` or `VOLUME /outputs` are common in images whose answer is printed to
// stdout all the same (narbs91/lilypad-ollama-deepseek-r1-1-5b), and the image itself is not
// looked at.


/** A name made of words one of which says results: OUTPUT_DIR, result-path, SAVE_TO, --outdir. */
const OUTPUT_NAME = /(?:^|[_-])(?:out|outs|output|outputs|outdir|outputdir|result|results|save|dest|destination|export)(?:[_-]|$)/i;
/** Paths the Dockerfile's ENV lines give its program for results (under /outputs, or named for output). */
function dockerfileOutputPaths(dockerfile) {
    const out = [];
    const lines = dockerfile.text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const how = `${dockerfile.file}:${i + 1}: ${line.length > 80 ? `${line.slice(0, 79)}…` : line}`;
        const env = /^ENV\s+(.*)$/i.exec(line);
        if (env) {
            // `ENV A=/x B=/y` and the legacy `ENV A /x`.
            const pairs = [...env[1].matchAll(/([\w.-]+)(?:=|\s+)(["']?)(\/[^\s"']*)\2/g)];
            for (const [, name, , value] of pairs)
                if (value.startsWith('/outputs') || OUTPUT_NAME.test(name))
                    out.push({ path: value, how });
            return;
        }
    });
    return out;
}
/**
 * The Dockerfile next to a module's template, if there is a readable one (a regular text file of
 * at most 1 MiB); `shown` names it in messages. Anything else is no Dockerfile: it is a hint here,
 * and building it is build-module's business.
 */
function readDockerfile(moduleDir, shown) {
    const file = external_node_path_default().join(moduleDir, 'Dockerfile');
    try {
        const bytes = readRegularFile(file, 1024 * 1024);
        if (textProblem(bytes))
            return undefined;
        return { file: shown ?? file, text: bytes.toString('utf8') };
    }
    catch (e) {
        if (e instanceof FileReadError)
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ../../packages/config-file/src/problems.ts
// Problems in a file the user wrote, each at its line and column, and the error that carries them.
// Callers print it without a stack trace: it is the user's to fix.


/** A file that is unreadable, not valid YAML, or breaks its schema: every problem, one a line. */
class FileProblemsError extends UserError {
    constructor(problems, hint) {
        super(problems.map((p) => `${formatLocation(p.location)}: ${p.message}`).join('\n'), { problems, ...(hint ? { hint } : {}) });
    }
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8293);
;// CONCATENATED MODULE: ../../packages/config-file/src/yaml-source.ts
// YAML read with its positions kept, so that a problem in a configuration file is reported at its
// line and column with the key's name. Shared by every YAML file the project reads (the rewards
// configuration, the usage file, module-runner's test plans).


/** YAML (JSON is YAML too) with positions kept for messages; syntax errors become FileProblemsErrors. */
function parseYaml(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new FileProblemsError(doc.errors.map((e) => {
            const at = e.linePos?.[0];
            return {
                location: at ? { file, line: at.line, column: at.col } : { file },
                message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
            };
        }));
    }
    return { value: doc.toJS(), doc, lines };
}
/** The position of the node at `path` (or, with `key`, of that key in the map at `path`). */
function locatePath(doc, lines, file, path, key) {
    let node = doc.contents;
    let offset = 0;
    const segments = key === undefined ? path : [...path, key];
    for (const [i, segment] of segments.entries()) {
        if (!(0,dist/* isMap */.jh)(node) && !(node && typeof node === 'object' && 'items' in node))
            break;
        const items = node.items;
        const item = (0,dist/* isMap */.jh)(node)
            ? items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment))
            : items[Number(segment)];
        if (!item)
            break;
        if ((0,dist/* isPair */.tO)(item)) {
            const last = i === segments.length - 1 && key !== undefined;
            const target = last ? item.key : item.value;
            offset = target?.range?.[0] ?? offset;
            node = item.value;
            if (last)
                break;
        }
        else {
            offset = item.range?.[0] ?? offset;
            node = item;
        }
    }
    if (node === doc.contents && offset === 0)
        return { file, line: 1, column: 1 };
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
}
function pointerSegments(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `baseline.lilybitsPerGpuDay`, `exceptions[0].reason`: the key as a person names it. */
function keyName(path) {
    let out = '';
    for (const segment of path) {
        out += /^\d+$/.test(String(segment)) ? `[${segment}]` : out ? `.${segment}` : String(segment);
    }
    return out || 'the configuration';
}
/** Where a JSON Schema (ajv) error points: the offending key for unknown or misnamed keys. */
function locateSchemaError(doc, lines, file, e) {
    const path = pointerSegments(e.instancePath);
    if (e.keyword === 'additionalProperties') {
        return locatePath(doc, lines, file, path, String(e.params.additionalProperty));
    }
    if (e.keyword === 'propertyNames') {
        return locatePath(doc, lines, file, path, String(e.params.propertyName));
    }
    return locatePath(doc, lines, file, path);
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/generated/validate-config-validator.js
// GENERATED by packages/module-spec/scripts/build-schema.ts from schema/validate-config.schema.json
// (ajv standalone code). Do not edit: run `pnpm --filter @lilypad-actions/module-spec build:schema`.
/* eslint-disable */

const validate = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/Lilypad-Tech/lilypad-actions/packages/module-spec/schema/validate-config.schema.json","title":"Lilypad module validation settings (.lilypad/validate.yml)","description":"Read from .lilypad/validate.yml in a module repository by `lilypad-module validate` and the validate-module action: change a rule's severity, or turn it off, for this module. The rules that decide whether Lilypad loads the module (template-parse, unsupported-function, template-exec, json-syntax, json-type) cannot be changed. The action's `rules` input and the CLI's --rule flags apply on top of this file.","type":"object","additionalProperties":false,"properties":{"rules":{"type":["object","null"],"title":"Rule settings","description":"Rule id (docs/rules/<id>.md) → off, warning or error. `error` findings make the module invalid; `off` drops the rule's findings.","propertyNames":{"enum":["unknown-key","key-typo","unsupported-key","misplaced-key","key-case","duplicate-key","schema","image-missing","image-malformed","image-host","image-not-pinned","entrypoint-spaces","parameters-dropped","inputs-dropped","dropped-field","engine-not-docker","resources-invalid","memory-too-small","gpu-mismatch","gpu-without-vram","network-not-none","outputs-path","no-outputs","timeout-missing","timeout-over-cap","input-files-duplicate","input-required","input-empty-breaks","input-injection","quoted-raw-input","js-in-json","subst-unescaped","probe-budget"]},"additionalProperties":{"enum":["off","warning","error"]},"examples":[{"image-not-pinned":"off","network-not-none":"error"}]}},"examples":[{"rules":{"image-not-pinned":"off"}}]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://github.com/Lilypad-Tech/lilypad-actions/packages/module-spec/schema/validate-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "rules")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.rules !== undefined){
let data0 = data.rules;
if((!(data0 && typeof data0 == "object" && !Array.isArray(data0))) && (data0 !== null)){
const err1 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: schema31.properties.rules.type}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
const _errs4 = errors;
if(!(((((((((((((((((((((((((((((((((key1 === "unknown-key") || (key1 === "key-typo")) || (key1 === "unsupported-key")) || (key1 === "misplaced-key")) || (key1 === "key-case")) || (key1 === "duplicate-key")) || (key1 === "schema")) || (key1 === "image-missing")) || (key1 === "image-malformed")) || (key1 === "image-host")) || (key1 === "image-not-pinned")) || (key1 === "entrypoint-spaces")) || (key1 === "parameters-dropped")) || (key1 === "inputs-dropped")) || (key1 === "dropped-field")) || (key1 === "engine-not-docker")) || (key1 === "resources-invalid")) || (key1 === "memory-too-small")) || (key1 === "gpu-mismatch")) || (key1 === "gpu-without-vram")) || (key1 === "network-not-none")) || (key1 === "outputs-path")) || (key1 === "no-outputs")) || (key1 === "timeout-missing")) || (key1 === "timeout-over-cap")) || (key1 === "input-files-duplicate")) || (key1 === "input-required")) || (key1 === "input-empty-breaks")) || (key1 === "input-injection")) || (key1 === "quoted-raw-input")) || (key1 === "js-in-json")) || (key1 === "subst-unescaped")) || (key1 === "probe-budget"))){
const err2 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.propertyNames.enum},propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key2 in data0){
let data1 = data0[key2];
if(!(((data1 === "off") || (data1 === "warning")) || (data1 === "error"))){
const err4 = {instancePath:instancePath+"/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.rules.additionalProperties.enum}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/rules.ts
// Every rule the validator can report: its id, default severity, a title, and the fix hint shown
// with each finding. docs/rules/<id>.md holds each rule's explanation and the reason for its
// severity; a test keeps the two in step.
//
// Severity follows the consequence on Lilypad (v2.23.0, with the Bacalhau v1.6.0 its resource
// providers run):
// - `error`: the module does not load, or it loads but its job cannot run or loses its data
//   (an image that cannot be pulled as written, an entrypoint that cannot start, a container
//   without the GPU the job was matched for, data the provider never delivers, results that never
//   come back, a hardware need Lilypad does not read, a timeout over the network's cap), or a
//   value users will type into an input breaks it;
// - `warning`: it runs, but not quite as the author probably thinks;
// - nothing at all for what has no effect (`machine.vram: 0`, `/outputs/` with its slash, no
//   Outputs for a job whose result is its stdout): such cases are not findings.

function rule(id, severity, title, hint, extra = {}) {
    return { id, severity, title, hint, ...extra };
}
const load = { load: true };
const graded = { graded: true };
const RULES = {
    // Does it load in the Lilypad CLI at all?
    templateParse: rule('template-parse', 'error', 'The template does not parse', 'Fix the template syntax at the position shown; Lilypad uses Go text/template.', load),
    unsupportedFunction: rule('unsupported-function', 'error', 'The template calls a function Lilypad does not provide', 'Lilypad registers only Go\'s builtins and `subst`; there is no sprig (`default`, `quote`…). Use `{{ if .X }}…{{ else }}…{{ end }}` for defaults.', load),
    templateExec: rule('template-exec', 'error', 'The template fails while rendering', 'The action at this position fails with these inputs; guard it with `{{ if .X }}` or give the input.', load),
    jsonSyntax: rule('json-syntax', 'error', 'The rendered module is not valid JSON', 'Lilypad decodes the rendered text with encoding/json: no trailing commas, no comments, strings in double quotes.', load),
    jsonType: rule('json-type', 'error', 'A value has a type Lilypad cannot decode', 'Use the type Lilypad\'s Go struct has for this field (see the module format reference).', load),
    // Keys: Lilypad ignores what it does not know; what that costs depends on the key.
    unknownKey: rule('unknown-key', 'warning', 'A key Lilypad does not read (it is ignored)', 'Remove the key: Lilypad ignores it without a word, so it only misleads readers.'),
    keyTypo: rule('key-typo', 'error', 'A misspelt key: the setting it carries is ignored', 'Spell the key as the field it was meant to be; Lilypad ignores the misspelt one and the setting is lost.'),
    unsupportedKey: rule('unsupported-key', 'error', 'A key asks for something Lilypad never does', 'Lilypad has no such setting (no volumes, ports, users or devices): build what the job needs into the image, and pass files with inputFiles.'),
    misplacedKey: rule('misplaced-key', 'error', 'A key in the wrong place (ignored by Lilypad)', 'Move the key to where Lilypad reads it.'),
    keyCase: rule('key-case', 'warning', 'A key matches a field only when case is ignored', 'Spell the key as Lilypad does; Go matches it case-insensitively, other tools will not.'),
    duplicateKey: rule('duplicate-key', 'warning', 'A key is given twice in one object', 'Keep one of them: Lilypad\'s decoder silently keeps the last value (and merges objects), so the other is dead text.'),
    schemaType: rule('schema', 'error', 'A value outside what the module format allows', 'Change the value to the documented type and range.'),
    // The image: what the resource provider pulls.
    imageMissing: rule('image-missing', 'error', 'The job names no Docker image', 'Set job.Spec.Docker.Image: resource providers only run Docker images, and read no other place for one.'),
    imageMalformed: rule('image-malformed', 'error', 'The Docker image reference is malformed', 'Write it as [registry/]repository[:tag][@sha256:<64 hex digits>].'),
    imageHost: rule('image-host', 'error', 'The image names a host that is not a Docker registry', 'Name the image as `docker pull` takes it: `user/image:tag` for Docker Hub (not hub.docker.com/…), or the registry\'s own host (ghcr.io, quay.io…).'),
    imageNotPinned: rule('image-not-pinned', 'warning', 'The Docker image is not pinned by digest', 'Append @sha256:<digest> so every resource provider runs the same image (docker buildx imagetools inspect shows it).'),
    // The container: what the resource provider starts.
    entrypointSpaces: rule('entrypoint-spaces', 'error', 'The entrypoint\'s program name contains spaces', 'Entrypoint is a list of words, not a shell line: ["node", "entrypoint.js"], or ["sh", "-c", "…"] for a shell.'),
    parametersDropped: rule('parameters-dropped', 'error', 'Docker.Parameters is dropped: the command runs without its arguments', 'Resource providers since Lilypad v2.11 run only Image, Entrypoint and EnvironmentVariables: put the arguments in Entrypoint.'),
    inputsDropped: rule('inputs-dropped', 'error', 'Spec.Inputs is dropped: the job never gets this data', 'Resource providers since Lilypad v2.11 download no Spec.Inputs: pass files with inputFiles, bake the data into the image, or fetch it in the entrypoint.'),
    droppedField: rule('dropped-field', 'warning', 'A setting the resource provider drops', 'Resource providers since Lilypad v2.11 run only Image, Entrypoint and EnvironmentVariables of the job, with its resources, network, timeout and outputs; move this into the image or the entrypoint, or remove it.'),
    engineNotDocker: rule('engine-not-docker', 'warning', 'The job does not name the Docker engine', 'Resource providers run every job with Docker since Lilypad v2.11; set Engine to "Docker" and use Docker.Image.'),
    // Resources: what the solver matches and what the container gets.
    resourcesInvalid: rule('resources-invalid', 'error', 'A resource value the resource provider cannot read', 'Write CPU as cores ("8", "0.5") or milli-cores ("500m"), Memory and Disk with a unit ("16Gb", "512Mb"), GPU as a whole number ("1").'),
    memoryTooSmall: rule('memory-too-small', 'error', 'Resources.Memory is too small for any container', 'Write the unit: "8Gb", "8000Mb"; a bare number is bytes.'),
    gpuMismatch: rule('gpu-mismatch', 'error', 'Resources.GPU and machine.gpu disagree', 'Make job.Spec.Resources.GPU the same count as machine.gpu.'),
    gpuWithoutVram: rule('gpu-without-vram', 'warning', 'A GPU is requested without a VRAM minimum', 'Add machine.gpus: [{"vram": <MiB>}] so the module is matched to a GPU with enough memory.'),
    networkNotNone: rule('network-not-none', 'warning', 'The job asks for network access', 'Use Network.Type "None" unless the module needs the network; many resource providers refuse networked jobs.'),
    // Results and time.
    outputsPath: rule('outputs-path', 'error', 'Results are collected from somewhere other than /outputs', 'Collect /outputs: {"Name": "outputs", "Path": "/outputs"}, and have the program write its results there.'),
    noOutputs: rule('no-outputs', 'error', 'The job writes to /outputs but nothing collects it', 'Add {"Name": "outputs", "Path": "/outputs"} to Spec.Outputs; only files written there come back to the user.'),
    timeoutMissing: rule('timeout-missing', 'warning', 'The job has no timeout', `Set Spec.Timeout (seconds); the solver otherwise applies its ${SOLVER_DEFAULT_EXECUTION_SECONDS} s execution default.`),
    timeoutOverCap: rule('timeout-over-cap', 'error', 'The timeout exceeds the network\'s 7200 s cap', 'Lilypad ends every job after 7200 s in total; set a timeout at or below it.'),
    inputFilesDuplicate: rule('input-files-duplicate', 'error', 'A file is listed twice in inputFiles', 'List every file once, in required or in optional: Lilypad rejects duplicates before the job starts.'),
    // Inputs.
    inputRequired: rule('input-required', 'warning', 'The module fails to load without this input', 'Give the input a default with {{ if .X }}{{ .X }}{{ else }}"default"{{ end }}, or document it as required.'),
    inputEmptyBreaks: rule('input-empty-breaks', 'error', 'An empty value for this input breaks the module', 'Guard the input, or emit it as a whole JSON value: {{ .X }} is already a quoted JSON string.', graded),
    inputInjection: rule('input-injection', 'error', 'Some input values break the rendered JSON', 'Emit the input as a whole JSON value ({{ .X }}, no quotes around it); inputs are JSON-encoded before rendering.', graded),
    quotedRawInput: rule('quoted-raw-input', 'error', 'An input is wrapped in quotes it already has', 'Inputs reach the template JSON-encoded with their own quotes: write {{ .X }}, not "{{ .X }}".'),
    jsInJson: rule('js-in-json', 'error', '`js` escaping inside a JSON string', '`js` escapes an already JSON-encoded value: the container sees literal quotes, and an apostrophe becomes \\\' which is invalid JSON.', graded),
    substUnescaped: rule('subst-unescaped', 'error', '`subst` output is not JSON-escaped', 'subst returns the raw value: a quote or backslash in the input breaks the JSON. Put the whole variable in the input instead, or accept only safe values.', graded),
    // The validation itself.
    probeBudget: rule('probe-budget', 'info', 'Validation stopped probing inputs at its budget', 'The template reads so many inputs that probing every one would take too long; the inputs named were not checked with hostile values.'),
};
const ALL_RULES = Object.values(RULES);
const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));
/** The rule with this id, if there is one. */
function ruleById(id) {
    return BY_ID.get(id);
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/rule-settings.ts
// Per-rule settings, as linters have them: a module repository (.lilypad/validate.yml), the
// validate-module action's `rules` input and `lilypad-module validate --rule id=setting` can turn a
// rule off or change its severity. The rules that decide whether Lilypad loads the module cannot
// be changed: "loads" is Lilypad's answer, not a matter of taste.

const RULE_SETTINGS = ['off', 'warning', 'error'];
/** A rule setting that cannot be applied; `message` says why and what to write instead. */
class RuleSettingError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RuleSettingError';
    }
}
/** The rules a setting may name (every rule but those that decide loading). */
const CONFIGURABLE_RULES = ALL_RULES.filter((r) => !r.load);
/** Why `rule` cannot be set to `setting`, or undefined when it can. */
function ruleSettingProblem(rule, setting) {
    const info = ruleById(rule);
    if (!info) {
        const near = nearestRule(rule);
        return `unknown rule ${JSON.stringify(rule)}${near ? `; did you mean ${near}?` : ''} (docs/rules/README.md lists them)`;
    }
    if (info.load)
        return `rule ${rule} cannot be changed: it reports why Lilypad does not load the module`;
    if (!RULE_SETTINGS.includes(setting))
        return `${JSON.stringify(setting)} is not a rule setting: use off, warning or error`;
    return undefined;
}
/** `id=setting` (a --rule flag, a line of the action's `rules` input); throws RuleSettingError. */
function parseRuleSetting(text, source) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S*)\s*$/.exec(text);
    if (!m)
        throw new RuleSettingError(`${JSON.stringify(text)}: write <rule>=off|warning|error, e.g. image-not-pinned=off`);
    const [, rule, setting] = m;
    const problem = ruleSettingProblem(rule, setting);
    if (problem)
        throw new RuleSettingError(problem);
    return { rule, setting: setting, source };
}
/** The settings in force: the last one given for a rule wins. */
class RuleSettings {
    constructor(overrides = []) {
        this.byRule = new Map();
        for (const o of overrides) {
            const problem = ruleSettingProblem(o.rule, o.setting);
            // Callers check settings where they read them (with file positions); this is a bug guard.
            if (problem)
                throw new RuleSettingError(`${o.source}: ${problem}`);
            this.byRule.delete(o.rule);
            this.byRule.set(o.rule, o);
        }
    }
    /** The severity a finding of `rule` gets (`natural`: what the rule gave it), or 'off'. */
    severity(rule, natural) {
        return this.byRule.get(rule.id)?.setting ?? natural;
    }
    isOff(rule) {
        return this.byRule.get(rule.id)?.setting === 'off';
    }
    /** The settings in force, in the order they were given. */
    applied() {
        return [...this.byRule.values()];
    }
}
function nearestRule(id) {
    let best;
    let bestDistance = Infinity;
    for (const r of ALL_RULES) {
        const d = editDistance(id.toLowerCase(), r.id);
        if (d < bestDistance)
            [best, bestDistance] = [r.id, d];
    }
    return bestDistance <= Math.max(2, Math.floor(id.length / 4)) ? best : undefined;
}
/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as
 * one edit (optimal string alignment), for small strings: rule ids, JSON keys.
 */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                v = Math.min(v, d[i - 2][j - 2] + 1);
            d[i][j] = v;
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/rule-config.ts
// `.lilypad/validate.yml` in a module repository: per-rule settings for this module, checked
// against schema/validate-config.schema.json (compiled ahead of time: no ajv at run time), every
// problem at its file:line:col.
//
//   # .lilypad/validate.yml
//   rules:
//     image-not-pinned: off      # off | warning | error
//     network-not-none: error





/** Where a module keeps its validation settings, relative to its folder. */
const RULE_CONFIG_PATH = '.lilypad/validate.yml';
/** A settings file is a few lines; anything much bigger is the wrong file. */
const MAX_BYTES = 64 * 1024;
/**
 * The settings of the module in `moduleDir` (none when it has no .lilypad/validate.yml). `shown`
 * is how to name the file in messages and in the report (default: its path). Throws
 * FileProblemsError, every problem at its place.
 */
function readRuleConfig(moduleDir, shown) {
    const file = external_node_path_default().join(moduleDir, RULE_CONFIG_PATH);
    const name = shown ?? file;
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return { file: undefined, overrides: [] };
    let bytes;
    try {
        bytes = readRegularFile(file, MAX_BYTES);
    }
    catch (e) {
        if (e instanceof FileReadError)
            throw new FileProblemsError([{ location: { file: name }, message: e.problem === 'too-large' ? `over the ${MAX_BYTES / 1024} KiB limit for a settings file` : e.message }]);
        throw e;
    }
    const problem = textProblem(bytes);
    if (problem)
        throw new FileProblemsError([{ location: { file: name }, message: `not a text file (${problem.kind === 'nul' ? 'NUL byte' : 'invalid UTF-8'} at byte offset ${problem.offset})` }]);
    return { file: name, overrides: parseRuleConfig(bytes.toString('utf8'), name) };
}
/** The settings `text` (YAML) gives; `file` names it in messages and in each override's source. */
function parseRuleConfig(text, file) {
    const { value, doc, lines } = parseYaml(text, file);
    const config = value ?? {};
    const problems = [];
    const seen = new Set();
    const push = (p) => {
        const key = `${p.location.line}:${p.location.column}`;
        if (seen.has(key))
            return;
        seen.add(key);
        problems.push(p);
    };
    if (!validate(config)) {
        for (const e of validate.errors ?? []) {
            // A bad rule name fails `enum` inside propertyNames, then propertyNames itself: the latter
            // is the one to word.
            if (e.propertyName !== undefined)
                continue;
            const location = locateSchemaError(doc, lines, file, e);
            push({ location, message: schemaMessage(e, config) });
        }
    }
    if (problems.length > 0)
        throw new FileProblemsError(problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0)), HINT);
    const rules = config.rules ?? {};
    return Object.entries(rules).map(([rule, setting]) => {
        const at = locatePath(doc, lines, file, ['rules'], rule);
        return { rule, setting, source: `${file}:${at.line}:${at.column}` };
    });
}
const HINT = `write rule settings as \`rules: { <rule-id>: off | warning | error }\`; docs/rules/README.md lists the rules`;
function schemaMessage(e, config) {
    const where = pointerSegments(e.instancePath);
    switch (e.keyword) {
        case 'propertyNames': {
            const rule = String(e.params.propertyName);
            const rules = config.rules ?? {};
            return ruleSettingProblem(rule, String(rules[rule] ?? 'off')) ?? `unknown rule ${JSON.stringify(rule)}`;
        }
        case 'enum':
            if (where[0] === 'rules' && where.length === 2) {
                const value = (config.rules ?? {})[where[1]];
                return `${where[1]}: ${JSON.stringify(value)} is not a rule setting: use ${RULE_SETTINGS.join(', ')}`;
            }
            return `${where.join('.')}: not one of the allowed values`;
        case 'additionalProperties':
            return `unknown key ${JSON.stringify(String(e.params.additionalProperty))}: the file has only \`rules\``;
        case 'type':
            return `${where.length > 0 ? where.join('.') : 'the file'} must be a map of settings`;
        default:
            return `${where.join('.') || 'the file'}: ${e.keyword}`;
    }
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/errors.ts
/** A template error; `message` is exactly Go's err.Error(). */
class errors_TemplateError extends Error {
    constructor(message, kind) {
        super(message);
        this.kind = kind;
        this.name = kind === 'parse' ? 'ParseError' : 'ExecError';
    }
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/value.ts
// The Go value model the engine executes on.
//
// text/template works on reflect.Values, so a faithful port needs Go's types, not JavaScript's:
// `1` (int) and `1.0` (float64) print alike but compare as different types, a missing map key is an
// *invalid* value (printed "<no value>") while a JSON null is a nil interface, and an element taken
// out of a `[]interface {}` has static type `interface {}` (which shows in Go's error messages).
//
// Representation (chosen so the common Lilypad case, strings in a map[string]string, allocates
// nothing extra):
//   string        -> JS string          bool -> JS boolean
//   integers      -> GoInt (bigint)     floats -> GoFloat     complex -> GoComplex
//   slices/arrays -> GoSlice            maps -> GoMap         funcs -> GoFunc
//   nil interface -> null               invalid reflect.Value -> undefined
//   a value read through an interface-typed slot -> Iface (a reflect.Value of Kind Interface)
function basic(kind, name = kind) {
    return Object.freeze({ kind, name });
}
/** The predeclared types templates can meet. */
const T = {
    bool: basic('bool'),
    int: basic('int'), int8: basic('int8'), int16: basic('int16'), int32: basic('int32'), int64: basic('int64'),
    uint: basic('uint'), uint8: basic('uint8'), uint16: basic('uint16'), uint32: basic('uint32'), uint64: basic('uint64'),
    uintptr: basic('uintptr'),
    float32: basic('float32'), float64: basic('float64'),
    complex64: basic('complex64'), complex128: basic('complex128'),
    string: basic('string'),
    /** `interface {}` (any). */
    any: basic('interface', 'interface {}'),
    /** `error`: only ever a function's second result. */
    error: basic('interface', 'error'),
    /** `reflect.Value`: builtins that take it receive the engine's raw values (see Iface). */
    reflectValue: basic('reflectValue', 'reflect.Value'),
};
const sliceTypes = new Map();
/** `[]elem` (memoised so types compare by identity). */
function sliceOf(elem) {
    let t = sliceTypes.get(elem);
    if (!t) {
        t = Object.freeze({ kind: 'slice', name: `[]${elem.name}`, elem });
        sliceTypes.set(elem, t);
    }
    return t;
}
const arrayTypes = new Map();
/** `[len]elem`. */
function arrayOf(len, elem) {
    const name = `[${len}]${elem.name}`;
    let t = arrayTypes.get(name);
    if (!t || t.elem !== elem) {
        t = Object.freeze({ kind: 'array', name, elem, len });
        arrayTypes.set(name, t);
    }
    return t;
}
const mapTypes = new Map();
/** `map[key]elem`. */
function mapOf(key, elem) {
    let byElem = mapTypes.get(key);
    if (!byElem)
        mapTypes.set(key, (byElem = new Map()));
    let t = byElem.get(elem);
    if (!t) {
        t = Object.freeze({ kind: 'map', name: `map[${key.name}]${elem.name}`, key, elem });
        byElem.set(elem, t);
    }
    return t;
}
/** `func(params...) results`; with `variadic` the last param is given as the slice type. */
function funcOf(params, results, variadic = false) {
    const ps = params.map((p, i) => (variadic && i === params.length - 1 ? `...${p.elem.name}` : p.name));
    const rs = results.length === 0 ? '' : results.length === 1 ? ` ${results[0].name}` : ` (${results.map((r) => r.name).join(', ')})`;
    return Object.freeze({ kind: 'func', name: `func(${ps.join(', ')})${rs}`, params, results, variadic });
}
class GoInt {
    constructor(type, v) {
        this.type = type;
        this.v = v;
    }
}
class GoFloat {
    constructor(type, v) {
        this.type = type;
        this.v = v;
    }
}
class GoComplex {
    constructor(type, re, im) {
        this.type = type;
        this.re = re;
        this.im = im;
    }
}
class GoSlice {
    /** Items hold concrete values; for an interface element type, `null` is a nil element. */
    constructor(type, items) {
        this.type = type;
        this.items = items;
    }
}
class GoMap {
    /** Keyed by the key's primitive form (see mapKey); each entry keeps the Go key value too. */
    constructor(type, entries = new Map()) {
        this.type = type;
        this.entries = entries;
    }
    get(key) {
        return this.entries.get(mapKey(key))?.value;
    }
    set(key, value) {
        this.entries.set(mapKey(key), { key, value });
        return this;
    }
    get size() {
        return this.entries.size;
    }
}
class GoFunc {
    /** A null impl is a nil func value. */
    constructor(type, impl, name = '') {
        this.type = type;
        this.impl = impl;
        this.name = name;
    }
}
/** A reflect.Value of Kind Interface: a value read through a slot of type `interface {}`. */
class Iface {
    constructor(type, v) {
        this.type = type;
        this.v = v;
    }
}
/** Thrown by a function implementation to return Go's `error` result (or to panic). */
class GoError extends Error {
}
function mapKey(k) {
    if (typeof k === 'string' || typeof k === 'boolean')
        return k;
    if (k instanceof Iface)
        return mapKey(k.v);
    if (k === null || k === undefined)
        return '\u0000nil';
    if (k instanceof GoInt || k instanceof GoFloat)
        return `\u0000${k.type.name}:${k.v}`;
    if (k instanceof GoComplex)
        return `\u0000${k.type.name}:${k.re},${k.im}`;
    throw new GoError(`runtime error: hash of unhashable type ${k.type.name}`);
}
/** The dynamic Go type of a concrete value; undefined for nil and invalid values. */
function typeOf(v) {
    switch (typeof v) {
        case 'string':
            return T.string;
        case 'boolean':
            return T.bool;
        case 'undefined':
            return undefined;
    }
    if (v === null)
        return undefined;
    return v.type;
}
const value_int = (n) => new GoInt(T.int, BigInt(n));
const value_float64 = (n) => new GoFloat(T.float64, n);
/** A `map[string]string`, the shape of Lilypad's template data. */
function value_stringMap(obj) {
    const m = new GoMap(mapOf(T.string, T.string));
    for (const k of Object.keys(obj))
        m.set(k, obj[k]);
    return m;
}
/** A value as Go's encoding/json decodes it into `interface {}`: numbers float64, objects map[string]interface {}, arrays []interface {}. */
function fromJSON(v) {
    if (v === null)
        return null;
    switch (typeof v) {
        case 'string':
        case 'boolean':
            return v;
        case 'number':
            return value_float64(v);
    }
    if (Array.isArray(v))
        return new GoSlice(sliceOf(T.any), v.map(fromJSON));
    if (typeof v === 'object') {
        const m = new GoMap(mapOf(T.string, T.any));
        for (const [k, x] of Object.entries(v))
            m.set(k, fromJSON(x));
        return m;
    }
    throw new TypeError(`fromJSON: unsupported ${typeof v}`);
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/go-func.ts

/**
 * A Go function for Template.funcs: its parameter and result types, and an implementation that
 * returns the result or throws GoError (Go's non-nil error, or a panic). With `variadic`, the last
 * parameter is given as a slice type, e.g. `goFunc([T.string, sliceOf(T.string)], [T.string], fn, true)`.
 */
function goFunc(params, results, impl, variadic = false) {
    return new GoFunc(funcOf(params, results, variadic), impl);
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/fmt-float.ts
// strconv.FormatFloat as Go 1.23 does it, for bit sizes 64 and 32.
//
// Every result is built from a decimal digit string (see Decimal) with Go's own layout rules
// (fmtE/fmtF/%g). The digits are exact: fixed precisions round the exact binary value half-to-even
// (what Go's Ryu and big-decimal paths both compute), and the shortest form is either JavaScript's
// own shortest round-trip digits (float64: the same shortest-then-closest digits Go's Ryu picks) or
// Go's roundShortest walk over exact decimals (float32, where JS has no native shortest).
const F64 = { mantbits: 52, expbits: 11, bias: -1023 };
const F32 = { mantbits: 23, expbits: 8, bias: -127 };
const view = new DataView(new ArrayBuffer(8));
/**
 * strconv.FormatFloat(f, fmt, prec, bitSize). With bitSize 32, f is first rounded to float32.
 * prec -1 means the shortest representation that parses back to the same value.
 */
function formatFloat(f, fmt, prec, bitSize) {
    // Fast paths where JavaScript's own conversions give Go's exact text.
    if (fmt === 'g' && prec < 0 && bitSize === 64) {
        // %v: shortest digits, in %f form for exponents -4..5, which is how JS writes that range too.
        const a = Math.abs(f);
        if (a >= 1e-4 && a < 1e6)
            return String(f);
        if (f === 0)
            return Object.is(f, -0) ? '-0' : '0';
    }
    else if (fmt === 'f' && prec >= 0 && prec <= 100) {
        // toFixed rounds the exact value correctly but breaks ties upwards where Go rounds half to
        // even; a tie needs the value to have at most prec+1 binary fraction digits, so leave those
        // (and anything toFixed would write in exponent form) to the exact path below.
        const a = Math.abs(bitSize === 32 ? Math.fround(f) : f);
        if (a < 1e21) {
            const sign = f < 0 || Object.is(f, -0) ? '-' : '';
            if (!Number.isInteger(a * 2 ** (prec + 1)))
                return sign + a.toFixed(prec);
            if (prec < 100) {
                // At most prec+1 fraction digits, so toFixed(prec + 1) is exact: a tie iff it ends in 5.
                const s = a.toFixed(prec + 1);
                const n = s.length;
                const before = s.charCodeAt(prec === 0 ? n - 3 : n - 2);
                // Not a tie, or a tie after an odd digit (rounding up is then rounding to even).
                if (s.charCodeAt(n - 1) !== 0x35 || before % 2 === 1)
                    return sign + a.toFixed(prec);
                return sign + s.slice(0, prec === 0 ? n - 2 : n - 1);
            }
        }
    }
    let neg;
    let exp;
    let mant; // < 2^53, so exact in a double
    const flt = bitSize === 32 ? F32 : F64;
    if (bitSize === 32) {
        view.setFloat32(0, f);
        const bits = view.getUint32(0);
        neg = bits >>> 31 !== 0;
        exp = (bits >>> 23) & 0xff;
        mant = bits & 0x7fffff;
    }
    else {
        view.setFloat64(0, f);
        const hi = view.getUint32(0);
        neg = hi >>> 31 !== 0;
        exp = (hi >>> 20) & 0x7ff;
        mant = (hi & 0xfffff) * 0x100000000 + view.getUint32(4);
    }
    if (exp === (1 << flt.expbits) - 1)
        return mant !== 0 ? 'NaN' : neg ? '-Inf' : '+Inf';
    if (exp === 0)
        exp++; // denormal
    else
        mant += 2 ** flt.mantbits; // implicit top bit
    exp += flt.bias;
    if (fmt === 'b')
        return fmtB(neg, mant, exp, flt);
    if (fmt === 'x' || fmt === 'X')
        return fmtX(prec, fmt, neg, mant, exp, flt);
    const shortest = prec < 0;
    let digs;
    if (shortest) {
        digs = bitSize === 64 ? shortest64(Math.abs(f)) : roundShortest(mant, exp, flt);
        switch (fmt) {
            case 'e':
            case 'E':
                prec = Math.max(digs.d.length - 1, 0);
                break;
            case 'f':
                prec = Math.max(digs.d.length - digs.dp, 0);
                break;
            default:
                prec = digs.d.length;
        }
    }
    else if (fmt === 'f') {
        digs = exactDecimal(mant, exp - flt.mantbits);
        digs = round(digs, digs.dp + prec);
    }
    else {
        // %e and %g: a number of significant digits.
        if ((fmt === 'g' || fmt === 'G') && prec === 0)
            prec = 1;
        const nd = fmt === 'e' || fmt === 'E' ? prec + 1 : prec;
        digs = fastDigits(Math.abs(bitSize === 32 ? Math.fround(f) : f), mant, exp - flt.mantbits, nd) ?? round(exactDecimal(mant, exp - flt.mantbits), nd);
    }
    return formatDigits(shortest, neg, digs, prec, fmt);
}
function formatDigits(shortest, neg, digs, prec, fmt) {
    switch (fmt) {
        case 'e':
        case 'E':
            return fmtE(neg, digs, prec, fmt);
        case 'f':
            return fmtF(neg, digs, prec);
    }
    // %g: %e for exponents < -4 or >= the precision (6 for the shortest form); trailing zeros trimmed.
    const nd = digs.d.length;
    let eprec = prec;
    if (eprec > nd && nd >= digs.dp)
        eprec = nd;
    if (shortest)
        eprec = 6;
    const exp = digs.dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > nd)
            prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
    }
    if (prec > digs.dp)
        prec = nd;
    return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
}
// %e: -d.ddddde±dd
function fmtE(neg, digs, prec, e) {
    const d = digs.d;
    let out = neg ? '-' : '';
    out += d.length === 0 ? '0' : d[0];
    if (prec > 0) {
        out += '.' + d.slice(1, prec + 1);
        const have = Math.max(Math.min(d.length, prec + 1) - 1, 0);
        if (have < prec)
            out += '0'.repeat(prec - have);
    }
    const exp = d.length === 0 ? 0 : digs.dp - 1;
    out += e;
    return out + signedExponent(exp);
}
/** An exponent as Go writes it after e or p: a sign and at least two digits. */
function signedExponent(exp) {
    const abs = Math.abs(exp);
    return (exp < 0 ? '-' : '+') + (abs < 10 ? '0' + abs : String(abs));
}
// %f: -ddddddd.ddddd
function fmtF(neg, digs, prec) {
    const d = digs.d;
    const dp = digs.dp;
    let out = neg ? '-' : '';
    if (dp > 0) {
        out += d.length >= dp ? d.slice(0, dp) : d + '0'.repeat(dp - d.length);
    }
    else {
        out += '0';
    }
    if (prec > 0) {
        // The digits d[dp .. dp+prec), zero outside d.
        const zeros = Math.min(Math.max(-dp, 0), prec);
        const from = Math.max(dp, 0);
        const taken = Math.max(Math.min(dp + prec, d.length) - from, 0);
        out += '.' + '0'.repeat(zeros) + d.slice(from, from + taken) + '0'.repeat(prec - zeros - taken);
    }
    return out;
}
// %b: -ddddddddp±ddd
function fmtB(neg, mant, exp, flt) {
    const e = exp - flt.mantbits;
    return (neg ? '-' : '') + String(mant) + 'p' + (e >= 0 ? '+' : '') + String(e);
}
// %x: -0x1.yyyyyyyyp±dd or -0x0p+00 (hex mantissa, decimal binary exponent).
function fmtX(prec, fmt, neg, mantN, exp, flt) {
    let mant = BigInt(mantN);
    if (mant === 0n)
        exp = 0;
    // Shift so the leading 1 (if any) is at bit 60.
    mant <<= BigInt(60 - flt.mantbits);
    const bit60 = 1n << 60n;
    while (mant !== 0n && (mant & bit60) === 0n) {
        mant <<= 1n;
        exp--;
    }
    const mask64 = (1n << 64n) - 1n;
    if (prec >= 0 && prec < 15) {
        const shift = BigInt(prec * 4);
        const extra = (mant << shift) & (bit60 - 1n);
        mant >>= 60n - shift;
        if ((extra | (mant & 1n)) > 1n << 59n)
            mant++;
        mant <<= 60n - shift;
        if ((mant & (1n << 61n)) !== 0n) {
            mant >>= 1n;
            exp++;
        }
    }
    const hex = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
    let out = (neg ? '-' : '') + '0' + fmt + ((mant >> 60n) & 1n ? '1' : '0');
    mant = (mant << 4n) & mask64; // drop the leading digit
    if (prec < 0 && mant !== 0n) {
        out += '.';
        while (mant !== 0n) {
            out += hex[Number((mant >> 60n) & 15n)];
            mant = (mant << 4n) & mask64;
        }
    }
    else if (prec > 0) {
        out += '.';
        for (let i = 0; i < prec; i++) {
            out += hex[Number((mant >> 60n) & 15n)];
            mant = (mant << 4n) & mask64;
        }
    }
    out += fmt === 'X' ? 'P' : 'p';
    return out + signedExponent(exp);
}
// ---- exact decimals ----
const pow5 = [1n];
function pow5n(k) {
    while (pow5.length <= k)
        pow5.push(pow5[pow5.length - 1] * 5n);
    return pow5[k];
}
function trimZeros(s) {
    let n = s.length;
    while (n > 0 && s.charCodeAt(n - 1) === 0x30)
        n--;
    return n === s.length ? s : s.slice(0, n);
}
/** The exact decimal value of mant × 2^e2 (mant a non-negative integer < 2^54). */
function exactDecimal(mant, e2) {
    if (mant === 0)
        return { d: '', dp: 0 };
    // Drop factors of two from the mantissa to keep the numbers small.
    const lo = mant >>> 0;
    const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(((mant / 0x100000000) >>> 0) & -((mant / 0x100000000) >>> 0));
    mant /= 2 ** tz;
    e2 += tz;
    let s;
    let dp;
    if (e2 >= 0) {
        s = e2 <= 52 && mant * 2 ** e2 <= Number.MAX_SAFE_INTEGER ? String(mant * 2 ** e2) : (BigInt(mant) << BigInt(e2)).toString();
        dp = s.length;
    }
    else {
        s = (BigInt(mant) * pow5n(-e2)).toString();
        dp = s.length + e2;
    }
    return { d: trimZeros(s), dp };
}
const LOG10_5 = Math.log10(5);
/**
 * The value a = mant × 2^e2 rounded to nd significant digits by toExponential, which rounds the
 * exact value correctly but breaks ties away from zero; null when a tie is possible (Go rounds
 * those half to even) or toExponential can't do it.
 */
function fastDigits(a, mant, e2, nd) {
    if (mant === 0 || nd > 101)
        return null;
    if (Number.isInteger(a)) {
        // A tie when the integer's digits (bar trailing zeros) are nd+1 long and end in 5.
        const s = trimZeros(a < 2 ** 53 ? String(a) : BigInt(a).toString());
        if (s.length === nd + 1 && s.charCodeAt(s.length - 1) === 0x35)
            return null;
    }
    else {
        // a = odd × 2^-k has exactly as many significant digits as odd × 5^k, the last one a 5:
        // a tie when that is nd + 1 digits. Estimate the count, and keep off the border.
        const lo = mant >>> 0;
        const tz = lo !== 0 ? 31 - Math.clz32(lo & -lo) : 32 + 31 - Math.clz32(((mant / 0x100000000) >>> 0) & -((mant / 0x100000000) >>> 0));
        const k = -(e2 + tz);
        const digits = Math.floor(Math.log10(mant / 2 ** tz) + k * LOG10_5) + 1;
        if (Math.abs(digits - (nd + 1)) <= 1)
            return null;
    }
    const s = a.toExponential(nd - 1);
    const e = s.indexOf('e');
    const d = e > 1 ? s[0] + s.slice(2, e) : s[0];
    return { d: trimZeros(d), dp: Number(s.slice(e + 1)) + 1 };
}
/** decimal.Round: round to nd digits, half to even (the digits are exact, so "5" alone is a tie). */
function round(a, nd) {
    const d = a.d;
    if (nd < 0 || nd >= d.length)
        return a;
    const c = d.charCodeAt(nd);
    const up = c === 0x35 && nd + 1 === d.length ? nd > 0 && (d.charCodeAt(nd - 1) - 0x30) % 2 === 1 : c >= 0x35;
    return up ? roundUp(a, nd) : { d: trimZeros(d.slice(0, nd)), dp: a.dp };
}
function roundUp(a, nd) {
    const d = a.d;
    for (let i = nd - 1; i >= 0; i--) {
        const c = d.charCodeAt(i);
        if (c < 0x39)
            return { d: d.slice(0, i) + String.fromCharCode(c + 1), dp: a.dp };
    }
    // All nines: 999 -> 1000.
    return { d: '1', dp: a.dp + 1 };
}
/** Shortest round-trip digits of a positive finite float64 (JS's Number-to-String digits). */
function shortest64(x) {
    if (x === 0)
        return { d: '', dp: 0 };
    const s = x.toExponential();
    const e = s.indexOf('e');
    const digits = e > 1 ? s[0] + s.slice(2, e) : s[0];
    return { d: trimZeros(digits), dp: Number(s.slice(e + 1)) + 1 };
}
/**
 * Go's roundShortest: the fewest digits that still lie strictly (or, for an even mantissa,
 * inclusively) between the halfway points to the neighbouring floats, rounded to nearest.
 */
function roundShortest(mant, exp, flt) {
    if (mant === 0)
        return { d: '', dp: 0 };
    const d = exactDecimal(mant, exp - flt.mantbits);
    const minexp = flt.bias + 1;
    if (exp > minexp && 332 * (d.dp - d.d.length) >= 100 * (exp - flt.mantbits))
        return d;
    const upper = exactDecimal(mant * 2 + 1, exp - flt.mantbits - 1);
    let mantlo;
    let explo;
    if (mant > 2 ** flt.mantbits || exp === minexp) {
        mantlo = mant - 1;
        explo = exp;
    }
    else {
        mantlo = mant * 2 - 1;
        explo = exp - 1;
    }
    const lower = exactDecimal(mantlo * 2 + 1, explo - flt.mantbits - 1);
    const inclusive = mant % 2 === 0;
    const nd = d.d.length;
    let upperdelta = 0;
    for (let ui = 0;; ui++) {
        const mi = ui - upper.dp + d.dp;
        if (mi >= nd)
            break;
        const li = ui - upper.dp + lower.dp;
        const l = li >= 0 && li < lower.d.length ? lower.d.charCodeAt(li) : 0x30;
        const m = mi >= 0 ? d.d.charCodeAt(mi) : 0x30;
        const u = ui < upper.d.length ? upper.d.charCodeAt(ui) : 0x30;
        const okdown = l !== m || (inclusive && li + 1 === lower.d.length);
        if (upperdelta === 0 && m + 1 < u)
            upperdelta = 2;
        else if (upperdelta === 0 && m !== u)
            upperdelta = 1;
        else if (upperdelta === 1 && (m !== 0x39 || u !== 0x30))
            upperdelta = 2;
        const okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.d.length);
        if (okdown && okup)
            return round(d, mi + 1);
        if (okdown)
            return { d: trimZeros(d.d.slice(0, Math.max(mi + 1, 0))), dp: d.dp };
        if (okup)
            return roundUp(d, mi + 1);
    }
    return d;
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/utf8.ts
// Go strings are byte sequences; JavaScript strings are UTF-16. The engine keeps Go strings as JS
// strings and maps every byte that is not part of valid UTF-8 to a lone low surrogate U+DC80+b-0x80
// ("surrogateescape", as Python does). Valid UTF-8 never decodes to a lone surrogate, so the mapping
// is lossless both ways: a template with a stray `\xff` byte, or `slice` cutting a rune in half,
// round-trips to exactly the bytes Go would write.
const ESCAPE_BASE = 0xdc00;
/** Is this UTF-16 unit an escaped raw byte? */
function isEscapedByte(unit) {
    return unit >= 0xdc80 && unit <= 0xdcff;
}
/** The bytes of a Go string held as a JS string. */
function goBytes(s) {
    if (isAscii(s)) {
        const out = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++)
            out[i] = s.charCodeAt(i);
        return out;
    }
    const out = [];
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            out.push(c);
        else if (c < 0x800)
            out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
            out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
        }
        else if (isEscapedByte(c))
            out.push(c - ESCAPE_BASE);
        else if (c >= 0xd800 && c <= 0xdfff)
            out.push(0xef, 0xbf, 0xbd); // stray surrogate from outside: U+FFFD, as Go's []byte(string) of invalid would not arise
        else
            out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return Uint8Array.from(out);
}
function isLowSurrogate(c) {
    return c >= 0xdc00 && c <= 0xdfff;
}
/** A Go string from bytes: valid UTF-8 decodes normally, every other byte becomes an escaped byte. */
function fromGoBytes(b) {
    let out = '';
    let i = 0;
    const n = b.length;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            // Fast path for runs of ASCII.
            let j = i + 1;
            while (j < n && b[j] < 0x80)
                j++;
            out += String.fromCharCode.apply(null, Array.from(b.subarray(i, j)));
            i = j;
            continue;
        }
        const [r, size] = decodeRune(b, i);
        if (r === RUNE_ERROR && size === 1)
            out += String.fromCharCode(ESCAPE_BASE + c);
        else
            out += String.fromCodePoint(r);
        i += size;
    }
    return out;
}
const RUNE_ERROR = 0xfffd;
/** utf8.DecodeRune: the rune at b[i] and its width; (RuneError, 1) for an invalid encoding. */
function decodeRune(b, i) {
    const n = b.length - i;
    const c0 = b[i];
    if (c0 < 0x80)
        return [c0, 1];
    const cont = (k) => (i + k < b.length ? b[i + k] : -1);
    if (c0 >= 0xc2 && c0 <= 0xdf) {
        const c1 = cont(1);
        if (n >= 2 && c1 >= 0x80 && c1 <= 0xbf)
            return [((c0 & 0x1f) << 6) | (c1 & 0x3f), 2];
        return [RUNE_ERROR, 1];
    }
    if (c0 >= 0xe0 && c0 <= 0xef) {
        const c1 = cont(1);
        const lo = c0 === 0xe0 ? 0xa0 : 0x80;
        const hi = c0 === 0xed ? 0x9f : 0xbf;
        if (n >= 3 && c1 >= lo && c1 <= hi) {
            const c2 = cont(2);
            if (c2 >= 0x80 && c2 <= 0xbf)
                return [((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f), 3];
        }
        return [RUNE_ERROR, 1];
    }
    if (c0 >= 0xf0 && c0 <= 0xf4) {
        const c1 = cont(1);
        const lo = c0 === 0xf0 ? 0x90 : 0x80;
        const hi = c0 === 0xf4 ? 0x8f : 0xbf;
        if (n >= 4 && c1 >= lo && c1 <= hi) {
            const c2 = cont(2);
            const c3 = cont(3);
            if (c2 >= 0x80 && c2 <= 0xbf && c3 >= 0x80 && c3 <= 0xbf) {
                return [((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f), 4];
            }
        }
        return [RUNE_ERROR, 1];
    }
    return [RUNE_ERROR, 1];
}
/** Go's len(s): the number of bytes. */
function goLen(s) {
    if (isAscii(s))
        return s.length;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
            n += 4;
            i++;
        }
        else if (isEscapedByte(c))
            n += 1;
        else
            n += 3;
    }
    return n;
}
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
function isAscii(s) {
    return !NON_ASCII.test(s);
}
/**
 * Iterate a Go string rune by rune as Go's `for range` does: an escaped byte is RuneError of width 1.
 * Yields [rune, index of the rune in the JS string, its length in UTF-16 units].
 */
function* runes(s) {
    for (let i = 0; i < s.length;) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
            yield [s.codePointAt(i), i, 2];
            i += 2;
        }
        else {
            yield [c >= 0xd800 && c <= 0xdfff ? RUNE_ERROR : c, i, 1];
            i += 1;
        }
    }
}
/** Compare two Go strings bytewise (= by code point, with escaped bytes in their byte position). */
function compareGoStrings(a, b) {
    if (a === b)
        return 0;
    if (isAscii(a) && isAscii(b))
        return a < b ? -1 : 1;
    const x = goBytes(a);
    const y = goBytes(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++)
        if (x[i] !== y[i])
            return x[i] - y[i];
    return x.length - y.length;
}
/** The Go string for a Node Buffer / bytes read from a file or a process. */
function decodeGoString(buf) {
    return fromGoBytes(buf);
}
/** The bytes to write for a Go string (the inverse of decodeGoString). */
function utf8_encodeGoString(s) {
    return goBytes(s);
}
/** unicode.IsSpace: Go's set, which has U+0085 and not U+FEFF (JavaScript's \s has it the other way round). */
const GO_SPACES = '[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACES}+|${GO_SPACES}+$`, 'g');
/** strings.TrimSpace and bytes.TrimSpace (every space is one UTF-16 unit, so escaped bytes stay). */
function goTrimSpace(s) {
    return s.replace(GO_TRIM, '');
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/quote.ts
// strconv's quoting (Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII, CanBackquote) and
// unicode.IsPrint, as Go 1.23 has them, over Go strings held as JS strings (see utf8.ts: a byte that is
// not part of valid UTF-8 is a lone surrogate U+DC80..U+DCFF and quotes as `\xNN`; any other stray
// surrogate stands for U+FFFD, which is what Go would hold for it).

const HEX = '0123456789abcdef';
const MAX_RUNE = 0x10ffff;
/** strconv.Quote: a double-quoted Go string literal, escaping control and non-printable runes. */
function quote(s) {
    return SIMPLE.test(s) ? '"' + s + '"' : quoteWith(s, 0x22, false);
}
/** strconv.QuoteToASCII: like quote, but every non-ASCII rune is escaped too. */
function quoteToASCII(s) {
    return SIMPLE.test(s) ? '"' + s + '"' : quoteWith(s, 0x22, true);
}
/** strconv.QuoteRune (r is already a valid rune or is replaced by U+FFFD). */
function quoteRune(r) {
    return "'" + escapeRune(validRune(r) ? r : 0xfffd, 0x27, false) + "'";
}
/** strconv.QuoteRuneToASCII. */
function quoteRuneToASCII(r) {
    return "'" + escapeRune(validRune(r) ? r : 0xfffd, 0x27, true) + "'";
}
/** utf8.ValidRune. */
function validRune(r) {
    return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MAX_RUNE);
}
// Printable ASCII other than `"` and `\`: quoted as is.
const SIMPLE = /^[ !#-[\]-~]*$/;
function quoteWith(s, q, asciiOnly) {
    let out = String.fromCharCode(q);
    const n = s.length;
    for (let i = 0; i < n; i++) {
        let r = s.charCodeAt(i);
        if (r >= 0xd800 && r <= 0xdfff) {
            const lo = i + 1 < n ? s.charCodeAt(i + 1) : 0;
            if (r <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) {
                r = 0x10000 + ((r - 0xd800) << 10) + (lo - 0xdc00);
                i++;
            }
            else if (isEscapedByte(r)) {
                // An invalid UTF-8 byte: Go's (RuneError, width 1) case.
                const b = r - 0xdc00;
                out += '\\x' + HEX[b >> 4] + HEX[b & 15];
                continue;
            }
            else {
                r = 0xfffd;
            }
        }
        out += escapeRune(r, q, asciiOnly);
    }
    return out + String.fromCharCode(q);
}
/** strconv.appendEscapedRune (without graphicOnly, which fmt never uses). */
function escapeRune(r, q, asciiOnly) {
    if (r === q || r === 0x5c)
        return '\\' + String.fromCharCode(r);
    if (asciiOnly) {
        if (r < 0x80 && isPrint(r))
            return String.fromCharCode(r);
    }
    else if (isPrint(r)) {
        return String.fromCodePoint(r);
    }
    switch (r) {
        case 0x07:
            return '\\a';
        case 0x08:
            return '\\b';
        case 0x0c:
            return '\\f';
        case 0x0a:
            return '\\n';
        case 0x0d:
            return '\\r';
        case 0x09:
            return '\\t';
        case 0x0b:
            return '\\v';
    }
    if (r < 0x20 || r === 0x7f)
        return '\\x' + HEX[r >> 4] + HEX[r & 15];
    if (!validRune(r))
        r = 0xfffd;
    if (r < 0x10000)
        return '\\u' + r.toString(16).padStart(4, '0');
    return '\\U' + r.toString(16).padStart(8, '0');
}
/** strconv.CanBackquote: no control characters other than tab, no backquote, no invalid UTF-8, no BOM. */
function canBackquote(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            if ((c < 0x20 && c !== 0x09) || c === 0x60 || c === 0x7f)
                return false;
        }
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            i++; // an astral rune
        }
        else if (isEscapedByte(c) || c === 0xfeff) {
            return false;
        }
        // Every other multi-byte rune (a stray surrogate is U+FFFD) is fine.
    }
    return true;
}
/** unicode.IsPrint (strconv's table-driven copy): letters, marks, numbers, punctuation, symbols, ASCII space. */
function isPrint(r) {
    if (r <= 0xff) {
        if (r >= 0x20 && r <= 0x7e)
            return true;
        if (r >= 0xa1 && r <= 0xff)
            return r !== 0xad;
        return false;
    }
    if (r < 0x10000) {
        const i = lowerBound(ISPRINT16, r);
        if (i >= ISPRINT16.length || r < ISPRINT16[i & ~1] || ISPRINT16[i | 1] < r)
            return false;
        return !found(ISNOTPRINT16, r);
    }
    if (r > MAX_RUNE)
        return false;
    const i = lowerBound(ISPRINT32, r);
    if (i >= ISPRINT32.length || r < ISPRINT32[i & ~1] || ISPRINT32[i | 1] < r)
        return false;
    if (r >= 0x20000)
        return true;
    return !found(ISNOTPRINT32, r - 0x10000);
}
/** The first index i with table[i] >= v. */
function lowerBound(table, v) {
    let i = 0;
    let j = table.length;
    while (i < j) {
        const h = (i + j) >> 1;
        if (table[h] < v)
            i = h + 1;
        else
            j = h;
    }
    return i;
}
function found(table, v) {
    const i = lowerBound(table, v);
    return i < table.length && table[i] === v;
}
// Tables from Go 1.23's strconv/isprint.go: isPrint* are sorted [lo, hi] range pairs, isNotPrint*
// the exceptions inside those ranges (ISNOTPRINT32 entries are offsets from 0x10000).
// isPrint16: 424 entries
const ISPRINT16 = [
    0x20, 0x7e, 0xa1, 0x377, 0x37a, 0x37f, 0x384, 0x556, 0x559, 0x58a, 0x58d, 0x5c7, 0x5d0, 0x5ea, 0x5ef, 0x5f4,
    0x606, 0x70d, 0x710, 0x74a, 0x74d, 0x7b1, 0x7c0, 0x7fa, 0x7fd, 0x82d, 0x830, 0x85b, 0x85e, 0x86a, 0x870, 0x88e,
    0x898, 0x98c, 0x98f, 0x990, 0x993, 0x9b2, 0x9b6, 0x9b9, 0x9bc, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9ce, 0x9d7, 0x9d7,
    0x9dc, 0x9e3, 0x9e6, 0x9fe, 0xa01, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa39, 0xa3c, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d,
    0xa51, 0xa51, 0xa59, 0xa5e, 0xa66, 0xa76, 0xa81, 0xab9, 0xabc, 0xacd, 0xad0, 0xad0, 0xae0, 0xae3, 0xae6, 0xaf1,
    0xaf9, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb39, 0xb3c, 0xb44, 0xb47, 0xb48, 0xb4b, 0xb4d, 0xb55, 0xb57, 0xb5c, 0xb63,
    0xb66, 0xb77, 0xb82, 0xb8a, 0xb8e, 0xb95, 0xb99, 0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbbe, 0xbc2,
    0xbc6, 0xbcd, 0xbd0, 0xbd0, 0xbd7, 0xbd7, 0xbe6, 0xbfa, 0xc00, 0xc39, 0xc3c, 0xc4d, 0xc55, 0xc5a, 0xc5d, 0xc5d,
    0xc60, 0xc63, 0xc66, 0xc6f, 0xc77, 0xcb9, 0xcbc, 0xccd, 0xcd5, 0xcd6, 0xcdd, 0xce3, 0xce6, 0xcf3, 0xd00, 0xd4f,
    0xd54, 0xd63, 0xd66, 0xd96, 0xd9a, 0xdbd, 0xdc0, 0xdc6, 0xdca, 0xdca, 0xdcf, 0xddf, 0xde6, 0xdef, 0xdf2, 0xdf4,
    0xe01, 0xe3a, 0xe3f, 0xe5b, 0xe81, 0xebd, 0xec0, 0xed9, 0xedc, 0xedf, 0xf00, 0xf6c, 0xf71, 0xfda, 0x1000, 0x10c7,
    0x10cd, 0x10cd, 0x10d0, 0x124d, 0x1250, 0x125d, 0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315, 0x1318, 0x135a,
    0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1715, 0x171f, 0x1736,
    0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x1819, 0x1820, 0x1878, 0x1880, 0x18aa,
    0x18b0, 0x18f5, 0x1900, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9,
    0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1ace, 0x1b00, 0x1b4c,
    0x1b50, 0x1bf3, 0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15,
    0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3, 0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027,
    0x2030, 0x205e, 0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20c0, 0x20d0, 0x20f0, 0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a,
    0x2460, 0x2b73, 0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e5d,
    0x2e80, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff, 0x3105, 0x31e3, 0x31f0, 0xa48c, 0xa490, 0xa4c6,
    0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7ca, 0xa7d0, 0xa7d9, 0xa7f2, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
    0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9, 0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2,
    0xaadb, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
    0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc2, 0xfbd3, 0xfd8f,
    0xfd92, 0xfdc7, 0xfdcf, 0xfdcf, 0xfdf0, 0xfe19, 0xfe20, 0xfe6b, 0xfe70, 0xfefc, 0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf,
    0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee, 0xfffc, 0xfffd,
];
// isNotPrint16: 133 entries
const ISNOTPRINT16 = [
    0xad, 0x38b, 0x38d, 0x3a2, 0x530, 0x590, 0x61c, 0x6dd, 0x83f, 0x85f, 0x8e2, 0x984, 0x9a9, 0x9b1, 0x9de, 0xa04,
    0xa29, 0xa31, 0xa34, 0xa37, 0xa3d, 0xa5d, 0xa84, 0xa8e, 0xa92, 0xaa9, 0xab1, 0xab4, 0xac6, 0xaca, 0xb00, 0xb04,
    0xb29, 0xb31, 0xb34, 0xb5e, 0xb84, 0xb91, 0xb9b, 0xb9d, 0xbc9, 0xc0d, 0xc11, 0xc29, 0xc45, 0xc49, 0xc57, 0xc8d,
    0xc91, 0xca9, 0xcb4, 0xcc5, 0xcc9, 0xcdf, 0xcf0, 0xd0d, 0xd11, 0xd45, 0xd49, 0xd80, 0xd84, 0xdb2, 0xdbc, 0xdd5,
    0xdd7, 0xe83, 0xe85, 0xe8b, 0xea4, 0xea6, 0xec5, 0xec7, 0xecf, 0xf48, 0xf98, 0xfbd, 0xfcd, 0x10c6, 0x1249, 0x1257,
    0x1259, 0x1289, 0x12b1, 0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x176d, 0x1771, 0x180e, 0x191f, 0x1a5f, 0x1b7f, 0x1f58, 0x1f5a,
    0x1f5c, 0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf, 0x2dd7,
    0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa7d2, 0xa7d4, 0xa9ce, 0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42,
    0xfb45, 0xfe53, 0xfe67, 0xfe75, 0xffe7,
];
// isPrint32: 508 entries
const ISPRINT32 = [
    0x10000, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10100, 0x10102, 0x10107, 0x10133, 0x10137, 0x1019c, 0x101a0, 0x101a0, 0x101d0, 0x101fd,
    0x10280, 0x1029c, 0x102a0, 0x102d0, 0x102e0, 0x102fb, 0x10300, 0x10323, 0x1032d, 0x1034a, 0x10350, 0x1037a, 0x10380, 0x103c3, 0x103c8, 0x103d5,
    0x10400, 0x1049d, 0x104a0, 0x104a9, 0x104b0, 0x104d3, 0x104d8, 0x104fb, 0x10500, 0x10527, 0x10530, 0x10563, 0x1056f, 0x105bc, 0x10600, 0x10736,
    0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10838, 0x1083c, 0x1083c, 0x1083f, 0x1089e, 0x108a7, 0x108af,
    0x108e0, 0x108f5, 0x108fb, 0x1091b, 0x1091f, 0x10939, 0x1093f, 0x1093f, 0x10980, 0x109b7, 0x109bc, 0x109cf, 0x109d2, 0x10a06, 0x10a0c, 0x10a35,
    0x10a38, 0x10a3a, 0x10a3f, 0x10a48, 0x10a50, 0x10a58, 0x10a60, 0x10a9f, 0x10ac0, 0x10ae6, 0x10aeb, 0x10af6, 0x10b00, 0x10b35, 0x10b39, 0x10b55,
    0x10b58, 0x10b72, 0x10b78, 0x10b91, 0x10b99, 0x10b9c, 0x10ba9, 0x10baf, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0, 0x10cf2, 0x10cfa, 0x10d27,
    0x10d30, 0x10d39, 0x10e60, 0x10ead, 0x10eb0, 0x10eb1, 0x10efd, 0x10f27, 0x10f30, 0x10f59, 0x10f70, 0x10f89, 0x10fb0, 0x10fcb, 0x10fe0, 0x10ff6,
    0x11000, 0x1104d, 0x11052, 0x11075, 0x1107f, 0x110c2, 0x110d0, 0x110e8, 0x110f0, 0x110f9, 0x11100, 0x11147, 0x11150, 0x11176, 0x11180, 0x111f4,
    0x11200, 0x11241, 0x11280, 0x112a9, 0x112b0, 0x112ea, 0x112f0, 0x112f9, 0x11300, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11344, 0x11347, 0x11348,
    0x1134b, 0x1134d, 0x11350, 0x11350, 0x11357, 0x11357, 0x1135d, 0x11363, 0x11366, 0x1136c, 0x11370, 0x11374, 0x11400, 0x11461, 0x11480, 0x114c7,
    0x114d0, 0x114d9, 0x11580, 0x115b5, 0x115b8, 0x115dd, 0x11600, 0x11644, 0x11650, 0x11659, 0x11660, 0x1166c, 0x11680, 0x116b9, 0x116c0, 0x116c9,
    0x11700, 0x1171a, 0x1171d, 0x1172b, 0x11730, 0x11746, 0x11800, 0x1183b, 0x118a0, 0x118f2, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11938,
    0x1193b, 0x11946, 0x11950, 0x11959, 0x119a0, 0x119a7, 0x119aa, 0x119d7, 0x119da, 0x119e4, 0x11a00, 0x11a47, 0x11a50, 0x11aa2, 0x11ab0, 0x11af8,
    0x11b00, 0x11b09, 0x11c00, 0x11c45, 0x11c50, 0x11c6c, 0x11c70, 0x11c8f, 0x11c92, 0x11cb6, 0x11d00, 0x11d36, 0x11d3a, 0x11d47, 0x11d50, 0x11d59,
    0x11d60, 0x11d98, 0x11da0, 0x11da9, 0x11ee0, 0x11ef8, 0x11f00, 0x11f3a, 0x11f3e, 0x11f59, 0x11fb0, 0x11fb0, 0x11fc0, 0x11ff1, 0x11fff, 0x12399,
    0x12400, 0x12474, 0x12480, 0x12543, 0x12f90, 0x12ff2, 0x13000, 0x1342f, 0x13440, 0x13455, 0x14400, 0x14646, 0x16800, 0x16a38, 0x16a40, 0x16a69,
    0x16a6e, 0x16ac9, 0x16ad0, 0x16aed, 0x16af0, 0x16af5, 0x16b00, 0x16b45, 0x16b50, 0x16b77, 0x16b7d, 0x16b8f, 0x16e40, 0x16e9a, 0x16f00, 0x16f4a,
    0x16f4f, 0x16f87, 0x16f8f, 0x16f9f, 0x16fe0, 0x16fe4, 0x16ff0, 0x16ff1, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1b122,
    0x1b132, 0x1b132, 0x1b150, 0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70, 0x1bc7c, 0x1bc80, 0x1bc88,
    0x1bc90, 0x1bc99, 0x1bc9c, 0x1bc9f, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1cf50, 0x1cfc3, 0x1d000, 0x1d0f5, 0x1d100, 0x1d126, 0x1d129, 0x1d172,
    0x1d17b, 0x1d1ea, 0x1d200, 0x1d245, 0x1d2c0, 0x1d2d3, 0x1d2e0, 0x1d2f3, 0x1d300, 0x1d356, 0x1d360, 0x1d378, 0x1d400, 0x1d49f, 0x1d4a2, 0x1d4a2,
    0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d50a, 0x1d50d, 0x1d546, 0x1d54a, 0x1d6a5, 0x1d6a8, 0x1d7cb, 0x1d7ce, 0x1da8b, 0x1da9b, 0x1daaf, 0x1df00, 0x1df1e,
    0x1df25, 0x1df2a, 0x1e000, 0x1e018, 0x1e01b, 0x1e02a, 0x1e030, 0x1e06d, 0x1e08f, 0x1e08f, 0x1e100, 0x1e12c, 0x1e130, 0x1e13d, 0x1e140, 0x1e149,
    0x1e14e, 0x1e14f, 0x1e290, 0x1e2ae, 0x1e2c0, 0x1e2f9, 0x1e2ff, 0x1e2ff, 0x1e4d0, 0x1e4f9, 0x1e7e0, 0x1e8c4, 0x1e8c7, 0x1e8d6, 0x1e900, 0x1e94b,
    0x1e950, 0x1e959, 0x1e95e, 0x1e95f, 0x1ec71, 0x1ecb4, 0x1ed01, 0x1ed3d, 0x1ee00, 0x1ee24, 0x1ee27, 0x1ee3b, 0x1ee42, 0x1ee42, 0x1ee47, 0x1ee54,
    0x1ee57, 0x1ee64, 0x1ee67, 0x1ee9b, 0x1eea1, 0x1eebb, 0x1eef0, 0x1eef1, 0x1f000, 0x1f02b, 0x1f030, 0x1f093, 0x1f0a0, 0x1f0ae, 0x1f0b1, 0x1f0f5,
    0x1f100, 0x1f1ad, 0x1f1e6, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f6d7, 0x1f6dc, 0x1f6ec,
    0x1f6f0, 0x1f6fc, 0x1f700, 0x1f776, 0x1f77b, 0x1f7d9, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f800, 0x1f80b, 0x1f810, 0x1f847, 0x1f850, 0x1f859,
    0x1f860, 0x1f887, 0x1f890, 0x1f8ad, 0x1f8b0, 0x1f8b1, 0x1f900, 0x1fa53, 0x1fa60, 0x1fa6d, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa88, 0x1fa90, 0x1fac5,
    0x1face, 0x1fadb, 0x1fae0, 0x1fae8, 0x1faf0, 0x1faf8, 0x1fb00, 0x1fbca, 0x1fbf0, 0x1fbf9, 0x20000, 0x2a6df, 0x2a700, 0x2b739, 0x2b740, 0x2b81d,
    0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000, 0x3134a, 0x31350, 0x323af, 0xe0100, 0xe01ef,
];
// isNotPrint32: 112 entries
const ISNOTPRINT32 = [
    0xc, 0x27, 0x3b, 0x3e, 0x18f, 0x39e, 0x57b, 0x58b, 0x593, 0x596, 0x5a2, 0x5b2, 0x5ba, 0x786, 0x7b1, 0x809,
    0x836, 0x856, 0x8f3, 0xa04, 0xa14, 0xa18, 0xe7f, 0xeaa, 0x10bd, 0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e,
    0x1304, 0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914, 0x1917, 0x1936, 0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e,
    0x1d66, 0x1d69, 0x1d8f, 0x1d92, 0x1f11, 0x246f, 0x6a5f, 0x6abf, 0x6b5a, 0x6b62, 0xaff4, 0xaffc, 0xafff, 0xd455, 0xd49d, 0xd4ad,
    0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d, 0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022, 0xe025, 0xe7e7, 0xe7ec,
    0xe7ef, 0xe7ff, 0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48, 0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a,
    0xee5c, 0xee5e, 0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d, 0xee7f, 0xee8a, 0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xfabe, 0xfb93,
];

;// CONCATENATED MODULE: ../../packages/gotemplate/src/fmt.ts
// Go 1.23's fmt.Sprintf / Sprint / Sprintln over the engine's Go values (value.ts), byte for byte.
//
// The printer keeps Go's structure (pp.printArg / pp.printValue / pp.badVerb and the `fmt` flag
// state) because fmt's corner cases live in how that state flows: badVerb reprints with the current
// flags, %v width applies to every element of a slice or map, `%!w(...)` reports whatever
// value was last seen, and so on. Argument conventions:
//
//   - an Iface is what Go's `any` conversion would hold: it is unwrapped before formatting;
//   - null is a nil interface (`<nil>`); inside a typed slot (a `[]int`/`map[..]..`/func element) it
//     is that type's nil value;
//   - undefined is the invalid reflect.Value (Go prints `<invalid reflect.Value>`; the engine turns
//     a missing value into nil before calling a function, as Go's evalArg does);
//   - strings follow utf8.ts (invalid UTF-8 bytes are escaped lone surrogates).
//
// Pointer-like values (funcs; also slices and maps under %p) have no address here: they print as
// a made-up address, stable per object and increasing in the order first printed, from 0xc000010000.




// Module-local bindings for the classes and helpers used on hot paths: bundlers and test runners
// compile imported names to getter calls on every use.
const IfaceClass = Iface;
const GoIntClass = GoInt;
const GoFloatClass = GoFloat;
const GoComplexClass = GoComplex;
const GoSliceClass = GoSlice;
const typeOfValue = typeOf;
const goFormatFloat = formatFloat;


/** fmt.Sprintf(format, args...). */
function fmt_sprintf(format, args) {
    if (args.length === 0 && format.indexOf('%') < 0)
        return format;
    const p = newPrinter();
    p.doPrintf(format, args);
    return p.done();
}
/** fmt.Sprint(args...): operands in their default format, a space between two non-strings. */
function sprint(args) {
    if (args.length === 1 && typeof args[0] === 'string')
        return args[0];
    const p = newPrinter();
    p.doPrint(args);
    return p.done();
}
/** fmt.Sprintln(args...): operands in their default format, space-separated, then a newline. */
function sprintln(args) {
    const p = newPrinter();
    p.doPrintln(args);
    return p.done();
}
// ---- characters, as code points ----
const C_PERCENT = 0x25, C_HASH = 0x23, C_ZERO = 0x30, C_PLUS = 0x2b, C_MINUS = 0x2d, C_SPACE = 0x20;
const C_STAR = 0x2a, C_DOT = 0x2e, C_LBRACK = 0x5b, C_RBRACK = 0x5d;
// Verbs.
const V_b = 0x62, V_c = 0x63, V_d = 0x64, V_e = 0x65, V_E = 0x45, V_f = 0x66, V_F = 0x46, V_g = 0x67, V_G = 0x47;
const V_o = 0x6f, V_O = 0x4f, V_p = 0x70, V_q = 0x71, V_s = 0x73, V_t = 0x74, V_T = 0x54, V_U = 0x55, V_v = 0x76;
const V_w = 0x77, V_x = 0x78, V_X = 0x58;
function unwrap(v) {
    if (typeof v !== 'object' || v === null)
        return v;
    while (v instanceof IfaceClass)
        v = v.v;
    return v;
}
/** reflect.TypeOf(arg).String() for a non-nil argument (undefined is a reflect.Value). */
function typeString(arg) {
    return arg === undefined ? 'reflect.Value' : typeOfValue(arg).name;
}
/** The reflect.Value of an element held in a slot of static type t. */
function slotValue(t, x) {
    if (t.kind === 'interface')
        return { t, v: unwrap(x) ?? null };
    x = unwrap(x);
    if (x === null || x === undefined)
        return { t, v: null };
    return { t: typeOfValue(x) ?? t, v: x };
}
function isUnsigned(t) {
    switch (t.kind) {
        case 'uint':
        case 'uint8':
        case 'uint16':
        case 'uint32':
        case 'uint64':
        case 'uintptr':
            return true;
    }
    return false;
}
const TWO64 = 1n << 64n;
/** Go's uint64(x) of an integer. */
function toUint64(v) {
    return v < 0n || v >= TWO64 ? BigInt.asUintN(64, v) : v;
}
function runeCount(s) {
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                n--;
                i++;
            }
        }
    }
    return n;
}
/** The rune at s[i] as Go's utf8.DecodeRuneInString sees it, and its length in UTF-16 units. */
function runeAt(s, i) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff)
        return [c, 1];
    if (c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return [0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), 2];
    }
    return [0xfffd, 1];
}
function bytesOf(s) {
    if (s === null)
        return new Uint8Array(0);
    const out = new Uint8Array(s.items.length);
    for (let i = 0; i < out.length; i++) {
        const x = unwrap(s.items[i]);
        out[i] = x instanceof GoIntClass ? Number(BigInt.asUintN(8, x.v)) : 0;
    }
    return out;
}
// Made-up addresses for values Go would print as pointers.
const addresses = new WeakMap();
let nextAddress = 0xc000010000n;
function addressOf(v) {
    if (v === null || typeof v !== 'object')
        return 0n;
    if (v instanceof GoFunc && v.impl === null)
        return 0n; // a nil func
    let a = addresses.get(v);
    if (a === undefined) {
        a = nextAddress;
        nextAddress += 0x10n;
        addresses.set(v, a);
    }
    return a;
}
let freePrinter = null;
function newPrinter() {
    const p = freePrinter ?? new Printer();
    freePrinter = null;
    p.clearflags();
    return p;
}
class Printer {
    constructor() {
        this.buf = '';
        // fmt's flags
        this.wid = 0;
        this.prec = 0;
        this.widPresent = false;
        this.precPresent = false;
        this.minus = false;
        this.plus = false;
        this.sharp = false;
        this.space = false;
        this.zero = false;
        this.plusV = false;
        this.sharpV = false;
        /** pp.arg: the current operand as an `any` (null is nil). */
        this.arg = null;
        /** pp.value: the current reflect.Value (null is the invalid Value). */
        this.value = null;
        this.erroring = false;
        this.reordered = false;
        this.goodArgNum = true;
    }
    done() {
        const s = this.buf;
        this.buf = '';
        this.arg = null;
        this.value = null;
        freePrinter = this;
        return s;
    }
    clearflags() {
        this.wid = 0;
        this.prec = 0;
        this.widPresent = this.precPresent = false;
        this.minus = this.plus = this.sharp = this.space = this.zero = false;
        this.plusV = this.sharpV = false;
    }
    // ---- fmt: padding and the basic formatters ----
    writePadding(n) {
        if (n <= 0)
            return;
        this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
    }
    /** fmt.pad / fmt.padString: s padded to the width, counted in runes. */
    pad(s) {
        if (!this.widPresent || this.wid === 0) {
            this.buf += s;
            return;
        }
        const width = this.wid - runeCount(s);
        if (!this.minus) {
            this.writePadding(width);
            this.buf += s;
        }
        else {
            this.buf += s;
            this.writePadding(width);
        }
    }
    /** pad with the zero flag off (numbers do their own zero padding). */
    padNoZero(s) {
        const z = this.zero;
        this.zero = false;
        this.pad(s);
        this.zero = z;
    }
    truncateString(s) {
        if (this.precPresent) {
            let n = this.prec;
            for (let i = 0; i < s.length;) {
                if (--n < 0)
                    return s.slice(0, i);
                const c = s.charCodeAt(i);
                i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
            }
        }
        return s;
    }
    fmtS(s) {
        this.pad(this.truncateString(s));
    }
    /** fmt.fmtSbx: the bytes in hex, optionally 0x-prefixed and space-separated. */
    fmtSbx(b, upper) {
        let length = b.length;
        if (this.precPresent && this.prec < length)
            length = this.prec;
        let width = 2 * length;
        if (width > 0) {
            if (this.space) {
                if (this.sharp)
                    width *= 2;
                width += length - 1;
            }
            else if (this.sharp) {
                width += 2;
            }
        }
        else {
            if (this.widPresent)
                this.writePadding(this.wid);
            return;
        }
        if (this.widPresent && this.wid > width && !this.minus)
            this.writePadding(this.wid - width);
        const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
        const prefix = upper ? '0X' : '0x';
        let out = this.sharp ? prefix : '';
        for (let i = 0; i < length; i++) {
            if (this.space && i > 0) {
                out += ' ';
                if (this.sharp)
                    out += prefix;
            }
            const c = b[i];
            out += digits[c >> 4] + digits[c & 15];
        }
        this.buf += out;
        if (this.widPresent && this.wid > width && this.minus)
            this.writePadding(this.wid - width);
    }
    fmtQ(s) {
        s = this.truncateString(s);
        if (this.sharp && canBackquote(s))
            this.pad('`' + s + '`');
        else
            this.pad(this.plus ? quoteToASCII(s) : quote(s));
    }
    /** fmt.fmtInteger: u's magnitude in a base, with precision, zero padding, prefixes and sign. */
    fmtIntegerRaw(v, base, isSigned, verb, upper) {
        if (base === 10 && !this.widPresent && !this.precPresent && !this.plus && !this.space && (isSigned || v >= 0n)) {
            this.buf += v.toString();
            return;
        }
        const negative = isSigned && v < 0n;
        const u = negative ? -v : toUint64(v);
        let prec = 0;
        if (this.precPresent) {
            prec = this.prec;
            // Precision 0 and value 0 means "print nothing" but padding.
            if (prec === 0 && u === 0n) {
                const z = this.zero;
                this.zero = false;
                this.writePadding(this.wid);
                this.zero = z;
                return;
            }
        }
        else if (this.zero && !this.minus && this.widPresent) {
            prec = this.wid;
            if (negative || this.plus || this.space)
                prec--; // leave room for the sign
        }
        let s = u.toString(base);
        if (upper)
            s = s.toUpperCase();
        if (s.length < prec)
            s = '0'.repeat(prec - s.length) + s;
        if (this.sharp) {
            if (base === 2)
                s = '0b' + s;
            else if (base === 8) {
                if (s.charCodeAt(0) !== C_ZERO)
                    s = '0' + s;
            }
            else if (base === 16)
                s = (upper ? '0X' : '0x') + s;
        }
        if (verb === V_O)
            s = '0o' + s;
        if (negative)
            s = '-' + s;
        else if (this.plus)
            s = '+' + s;
        else if (this.space)
            s = ' ' + s;
        this.padNoZero(s);
    }
    /** fmt.fmtUnicode: U+0078, or with # U+0078 'x'. */
    fmtUnicode(u) {
        let prec = 4;
        if (this.precPresent && this.prec > 4)
            prec = this.prec;
        let s = u.toString(16).toUpperCase();
        if (s.length < prec)
            s = '0'.repeat(prec - s.length) + s;
        s = 'U+' + s;
        if (this.sharp && u <= 0x10ffffn && isPrint(Number(u)))
            s += " '" + String.fromCodePoint(Number(u)) + "'";
        this.padNoZero(s);
    }
    /** The rune for %c/%q of an integer: RuneError when out of range (or a surrogate). */
    static rune(c) {
        if (c > 0x10ffffn)
            return 0xfffd;
        const r = Number(c);
        return r >= 0xd800 && r <= 0xdfff ? 0xfffd : r;
    }
    /** fmt.fmtFloat: strconv's digits plus sign, # and zero-padding handling. */
    fmtFloatRaw(v, size, verb, prec) {
        if (this.precPresent)
            prec = this.prec;
        let num = goFormatFloat(v, verb, prec, size);
        if (!this.widPresent && !this.plus && !this.space && !this.sharp) {
            // The common case: nothing to add but the text itself (+Inf keeps its sign, NaN has none).
            this.buf += num;
            return;
        }
        let c = num.charCodeAt(0);
        if (c !== C_MINUS && c !== C_PLUS)
            num = '+' + num;
        if (this.space && num.charCodeAt(0) === C_PLUS && !this.plus)
            num = ' ' + num.slice(1);
        // Infinities and NaN don't look like numbers: no zero padding.
        c = num.charCodeAt(1);
        if (c === 0x49 /* I */ || c === 0x4e /* N */) {
            if (c === 0x4e && !this.space && !this.plus)
                num = num.slice(1);
            this.padNoZero(num);
            return;
        }
        // # forces a decimal point and keeps trailing zeros (for %g, up to the precision).
        if (this.sharp && verb !== 'b') {
            let digits = 0;
            if (verb === 'g' || verb === 'G' || verb === 'x')
                digits = prec === -1 ? 6 : prec;
            let tail = '';
            let hasDecimalPoint = false;
            let sawNonzeroDigit = false;
            for (let i = 1; i < num.length; i++) {
                const ch = num[i];
                if (ch === '.') {
                    hasDecimalPoint = true;
                }
                else if (ch === 'p' || ch === 'P' || ((ch === 'e' || ch === 'E') && verb !== 'x' && verb !== 'X')) {
                    tail += num.slice(i);
                    num = num.slice(0, i);
                }
                else {
                    if (ch !== '0')
                        sawNonzeroDigit = true;
                    if (sawNonzeroDigit)
                        digits--;
                }
            }
            if (!hasDecimalPoint) {
                if (num.length === 2 && num[1] === '0')
                    digits--; // a lone leading 0 counts once
                num += '.';
            }
            if (digits > 0)
                num += '0'.repeat(digits);
            num += tail;
        }
        if (this.plus || num.charCodeAt(0) !== C_PLUS) {
            // Zero padding goes between the sign and the digits.
            if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
                this.buf += num[0];
                this.writePadding(this.wid - num.length);
                this.buf += num.slice(1);
                return;
            }
            this.pad(num);
            return;
        }
        this.pad(num.slice(1));
    }
    // ---- pp: operands by kind ----
    badVerb(verb) {
        this.erroring = true;
        this.buf += '%!' + String.fromCodePoint(verb) + '(';
        if (this.arg !== null) {
            this.buf += typeString(this.arg) + '=';
            this.printArg(this.arg, V_v);
        }
        else if (this.value !== null) {
            this.buf += this.value.t.name + '=';
            this.printValue(this.value, V_v, 0);
        }
        else {
            this.buf += '<nil>';
        }
        this.buf += ')';
        this.erroring = false;
    }
    fmtBool(v, verb) {
        if (verb === V_t || verb === V_v)
            this.pad(v ? 'true' : 'false');
        else
            this.badVerb(verb);
    }
    /** Hex with (or without) a 0x prefix, as %#v prints unsigned integers and pointers. */
    fmt0x64(u, leading0x) {
        const sharp = this.sharp;
        this.sharp = leading0x;
        this.fmtIntegerRaw(u, 16, false, V_v, false);
        this.sharp = sharp;
    }
    fmtInteger(v, isSigned, verb) {
        switch (verb) {
            case V_v:
                if (this.sharpV && !isSigned)
                    this.fmt0x64(v, true);
                else
                    this.fmtIntegerRaw(v, 10, isSigned, verb, false);
                return;
            case V_d:
                return this.fmtIntegerRaw(v, 10, isSigned, verb, false);
            case V_b:
                return this.fmtIntegerRaw(v, 2, isSigned, verb, false);
            case V_o:
            case V_O:
                return this.fmtIntegerRaw(v, 8, isSigned, verb, false);
            case V_x:
                return this.fmtIntegerRaw(v, 16, isSigned, verb, false);
            case V_X:
                return this.fmtIntegerRaw(v, 16, isSigned, verb, true);
            case V_c:
                return this.pad(String.fromCodePoint(Printer.rune(toUint64(v))));
            case V_q: {
                const r = Printer.rune(toUint64(v));
                return this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
            }
            case V_U:
                return this.fmtUnicode(toUint64(v));
            default:
                this.badVerb(verb);
        }
    }
    fmtFloat(v, size, verb) {
        switch (verb) {
            case V_v:
                return this.fmtFloatRaw(v, size, 'g', -1);
            case V_b:
            case V_g:
            case V_G:
            case V_x:
            case V_X:
                return this.fmtFloatRaw(v, size, String.fromCharCode(verb), -1);
            case V_f:
            case V_e:
            case V_E:
                return this.fmtFloatRaw(v, size, String.fromCharCode(verb), 6);
            case V_F:
                return this.fmtFloatRaw(v, size, 'f', 6);
            default:
                this.badVerb(verb);
        }
    }
    fmtComplex(re, im, size, verb) {
        switch (verb) {
            case V_v:
            case V_b:
            case V_g:
            case V_G:
            case V_x:
            case V_X:
            case V_f:
            case V_F:
            case V_e:
            case V_E: {
                const half = size === 64 ? 32 : 64;
                const oldPlus = this.plus;
                this.buf += '(';
                this.fmtFloat(re, half, verb);
                this.plus = true; // the imaginary part always has a sign
                this.fmtFloat(im, half, verb);
                this.buf += 'i)';
                this.plus = oldPlus;
                return;
            }
            default:
                this.badVerb(verb);
        }
    }
    fmtString(v, verb) {
        switch (verb) {
            case V_v:
                if (this.sharpV)
                    this.fmtQ(v);
                else
                    this.fmtS(v);
                return;
            case V_s:
                return this.fmtS(v);
            case V_x:
                return this.fmtSbx(goBytes(v), false);
            case V_X:
                return this.fmtSbx(goBytes(v), true);
            case V_q:
                return this.fmtQ(v);
            default:
                this.badVerb(verb);
        }
    }
    /** pp.fmtBytes: a []byte (or [N]byte under %s %q %x %X). */
    fmtBytes(v, verb, typeString) {
        switch (verb) {
            case V_v:
            case V_d: {
                const b = bytesOf(v);
                if (this.sharpV) {
                    this.buf += typeString;
                    if (v === null) {
                        this.buf += '(nil)';
                        return;
                    }
                    this.buf += '{';
                    for (let i = 0; i < b.length; i++) {
                        if (i > 0)
                            this.buf += ', ';
                        this.fmt0x64(BigInt(b[i]), true);
                    }
                    this.buf += '}';
                }
                else {
                    this.buf += '[';
                    for (let i = 0; i < b.length; i++) {
                        if (i > 0)
                            this.buf += ' ';
                        this.fmtIntegerRaw(BigInt(b[i]), 10, false, verb, false);
                    }
                    this.buf += ']';
                }
                return;
            }
            case V_s:
                return this.fmtS(fromGoBytes(bytesOf(v)));
            case V_x:
                return this.fmtSbx(bytesOf(v), false);
            case V_X:
                return this.fmtSbx(bytesOf(v), true);
            case V_q:
                return this.fmtQ(fromGoBytes(bytesOf(v)));
            default:
                this.printValue(v === null ? null : { t: v.type, v }, verb, 0);
        }
    }
    fmtPointer(t, v, verb) {
        const kind = t?.kind;
        if (t === undefined || (kind !== 'func' && kind !== 'map' && kind !== 'slice')) {
            this.badVerb(verb);
            return;
        }
        const u = addressOf(v);
        switch (verb) {
            case V_v:
                if (this.sharpV) {
                    this.buf += '(' + t.name + ')(';
                    if (u === 0n)
                        this.buf += 'nil';
                    else
                        this.fmt0x64(u, true);
                    this.buf += ')';
                }
                else if (u === 0n) {
                    this.pad('<nil>');
                }
                else {
                    this.fmt0x64(u, !this.sharp);
                }
                return;
            case V_p:
                return this.fmt0x64(u, !this.sharp);
            case V_b:
            case V_o:
            case V_d:
            case V_x:
            case V_X:
                return this.fmtInteger(u, false, verb);
            default:
                this.badVerb(verb);
        }
    }
    /** pp.handleMethods: our values have no String/Error/Format methods, so only %w matters. */
    handleMethods(verb) {
        if (this.erroring)
            return false;
        if (verb === V_w) {
            // Sprintf does not wrap errors, and none of our values is an error.
            this.badVerb(verb);
            return true;
        }
        return false;
    }
    /** A concrete scalar (string, bool, number) by its kind; false if arg is not one. */
    printScalar(arg, verb) {
        switch (typeof arg) {
            case 'string':
                this.fmtString(arg, verb);
                return true;
            case 'boolean':
                this.fmtBool(arg, verb);
                return true;
        }
        if (arg instanceof GoIntClass) {
            this.fmtInteger(arg.v, !isUnsigned(arg.type), verb);
        }
        else if (arg instanceof GoFloatClass) {
            if (arg.type.kind === 'float32')
                this.fmtFloat(Math.fround(arg.v), 32, verb);
            else
                this.fmtFloat(arg.v, 64, verb);
        }
        else if (arg instanceof GoComplexClass) {
            if (arg.type.kind === 'complex64')
                this.fmtComplex(Math.fround(arg.re), Math.fround(arg.im), 64, verb);
            else
                this.fmtComplex(arg.re, arg.im, 128, verb);
        }
        else {
            return false;
        }
        return true;
    }
    printArg(arg, verb) {
        arg = unwrap(arg);
        this.arg = arg;
        this.value = null;
        if (arg === null) {
            if (verb === V_T || verb === V_v)
                this.pad('<nil>');
            else
                this.badVerb(verb);
            return;
        }
        if (verb === V_T) {
            this.fmtS(typeString(arg));
            return;
        }
        if (verb === V_p) {
            this.fmtPointer(arg === undefined ? undefined : typeOfValue(arg), arg, V_p);
            return;
        }
        if (arg === undefined) {
            // A reflect.Value argument; the invalid one prints as such whatever the verb.
            this.printValue(null, verb, 0);
            return;
        }
        if (this.printScalar(arg, verb))
            return;
        if (arg instanceof GoSliceClass && arg.type.kind === 'slice' && arg.type.elem.kind === 'uint8') {
            this.fmtBytes(arg, verb, '[]byte');
            return;
        }
        if (!this.handleMethods(verb))
            this.printValue({ t: typeOfValue(arg), v: arg }, verb, 0);
    }
    /** pp.printValue: a value reached by reflection (depth > 0 inside a slice or map). */
    printValue(value, verb, depth) {
        if (depth > 0 && value !== null) {
            this.arg = value.v;
            if (this.handleMethods(verb))
                return;
        }
        this.arg = null;
        this.value = value;
        if (value === null) {
            if (depth === 0)
                this.buf += '<invalid reflect.Value>';
            else if (verb === V_v)
                this.buf += '<nil>';
            else
                this.badVerb(verb);
            return;
        }
        const t = value.t;
        const v = value.v;
        switch (t.kind) {
            case 'interface':
                if (v === null || v === undefined) {
                    this.buf += this.sharpV ? t.name + '(nil)' : '<nil>';
                }
                else {
                    this.printValue({ t: typeOfValue(v), v }, verb, depth + 1);
                }
                return;
            case 'map':
                return this.printMap(t, v, verb, depth);
            case 'slice':
            case 'array':
                return this.printSlice(t, v, verb, depth);
            case 'func':
                return this.fmtPointer(t, v, verb);
        }
        if (!this.printScalar(v, verb))
            this.buf += '?' + t.name + '?'; // pp.unknownType
    }
    printSlice(t, s, verb, depth) {
        if ((verb === V_s || verb === V_q || verb === V_x || verb === V_X) && t.elem.kind === 'uint8') {
            this.fmtBytes(s, verb, t.name);
            return;
        }
        const items = s === null ? [] : s.items;
        const elem = t.elem;
        if (this.sharpV) {
            this.buf += t.name;
            if (s === null && t.kind === 'slice') {
                this.buf += '(nil)';
                return;
            }
            this.buf += '{';
            for (let i = 0; i < items.length; i++) {
                if (i > 0)
                    this.buf += ', ';
                this.printValue(slotValue(elem, items[i]), verb, depth + 1);
            }
            this.buf += '}';
        }
        else {
            this.buf += '[';
            for (let i = 0; i < items.length; i++) {
                if (i > 0)
                    this.buf += ' ';
                this.printValue(slotValue(elem, items[i]), verb, depth + 1);
            }
            this.buf += ']';
        }
    }
    printMap(t, m, verb, depth) {
        if (this.sharpV) {
            this.buf += t.name;
            if (m === null) {
                this.buf += '(nil)';
                return;
            }
            this.buf += '{';
        }
        else {
            this.buf += 'map[';
        }
        if (m !== null) {
            const sorted = sortMap(t, m);
            for (let i = 0; i < sorted.length; i++) {
                if (i > 0)
                    this.buf += this.sharpV ? ', ' : ' ';
                this.printValue(sorted[i].key, verb, depth + 1);
                this.buf += ':';
                this.printValue(sorted[i].value, verb, depth + 1);
            }
        }
        this.buf += this.sharpV ? '}' : ']';
    }
    // ---- the three entry points ----
    doPrint(a) {
        let prevString = false;
        for (let i = 0; i < a.length; i++) {
            const arg = unwrap(a[i]);
            const isString = typeof arg === 'string';
            // A space between two operands when neither is a string.
            if (i > 0 && !isString && !prevString)
                this.buf += ' ';
            this.printArg(arg, V_v);
            prevString = isString;
        }
    }
    doPrintln(a) {
        for (let i = 0; i < a.length; i++) {
            if (i > 0)
                this.buf += ' ';
            this.printArg(a[i], V_v);
        }
        this.buf += '\n';
    }
    doPrintf(format, a) {
        const end = format.length;
        let argNum = 0;
        let afterIndex = false; // the previous item was an index like [3]
        this.reordered = false;
        let i = 0;
        formatLoop: while (i < end) {
            this.goodArgNum = true;
            const lasti = i;
            i = format.indexOf('%', i);
            if (i < 0)
                i = end;
            if (i > lasti)
                this.buf += format.slice(lasti, i);
            if (i >= end)
                break;
            i++; // skip %
            this.clearflags();
            simpleFormat: for (; i < end; i++) {
                const c = format.charCodeAt(i);
                switch (c) {
                    case C_HASH:
                        this.sharp = true;
                        break;
                    case C_ZERO:
                        this.zero = true;
                        break;
                    case C_PLUS:
                        this.plus = true;
                        break;
                    case C_MINUS:
                        this.minus = true;
                        break;
                    case C_SPACE:
                        this.space = true;
                        break;
                    default:
                        // Fast path: a lower-case verb right after the flags.
                        if (c >= 0x61 && c <= 0x7a && argNum < a.length) {
                            if (c === V_v || c === V_w) {
                                this.sharpV = this.sharp;
                                this.sharp = false;
                                this.plusV = this.plus;
                                this.plus = false;
                            }
                            this.printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                }
            }
            // An explicit argument index? (The calls that return tuples are kept off the common path.)
            if (format.charCodeAt(i) === C_LBRACK)
                [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
            else
                afterIndex = false;
            // Width.
            if (i < end && format.charCodeAt(i) === C_STAR) {
                i++;
                [this.wid, this.widPresent, argNum] = intFromArg(a, argNum);
                if (!this.widPresent)
                    this.buf += '%!(BADWIDTH)';
                if (this.wid < 0) {
                    this.wid = -this.wid;
                    this.minus = true;
                    this.zero = false; // no zero padding to the right
                }
                afterIndex = false;
            }
            else if (isDigit(format.charCodeAt(i))) {
                [this.wid, this.widPresent, i] = parsenum(format, i, end);
                if (afterIndex && this.widPresent)
                    this.goodArgNum = false; // "%[3]2d"
            }
            // Precision.
            if (i + 1 < end && format.charCodeAt(i) === C_DOT) {
                i++;
                if (afterIndex)
                    this.goodArgNum = false; // "%[3].2d"
                if (format.charCodeAt(i) === C_LBRACK)
                    [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
                else
                    afterIndex = false;
                if (i < end && format.charCodeAt(i) === C_STAR) {
                    i++;
                    [this.prec, this.precPresent, argNum] = intFromArg(a, argNum);
                    if (this.prec < 0) {
                        this.prec = 0;
                        this.precPresent = false;
                    }
                    if (!this.precPresent)
                        this.buf += '%!(BADPREC)';
                    afterIndex = false;
                }
                else {
                    if (isDigit(format.charCodeAt(i)))
                        [this.prec, this.precPresent, i] = parsenum(format, i, end);
                    if (!this.precPresent) {
                        this.prec = 0;
                        this.precPresent = true;
                    }
                }
            }
            if (!afterIndex && format.charCodeAt(i) === C_LBRACK) {
                [argNum, i, afterIndex] = this.argNumber(argNum, format, i, a.length);
            }
            if (i >= end) {
                this.buf += '%!(NOVERB)';
                break;
            }
            let verb = format.charCodeAt(i);
            if (verb >= 0xd800 && verb <= 0xdfff) {
                const [r, size] = runeAt(format, i);
                verb = r;
                i += size;
            }
            else {
                i++;
            }
            if (verb === C_PERCENT) {
                this.buf += '%'; // takes no operand and ignores width and precision
            }
            else if (!this.goodArgNum) {
                this.buf += '%!' + String.fromCodePoint(verb) + '(BADINDEX)';
            }
            else if (argNum >= a.length) {
                this.buf += '%!' + String.fromCodePoint(verb) + '(MISSING)';
            }
            else {
                if (verb === V_v || verb === V_w) {
                    this.sharpV = this.sharp;
                    this.sharp = false;
                    this.plusV = this.plus;
                    this.plus = false;
                }
                this.printArg(a[argNum], verb);
                argNum++;
            }
        }
        // Extra operands, unless the format reordered them.
        if (!this.reordered && argNum < a.length) {
            this.clearflags();
            this.buf += '%!(EXTRA ';
            for (let k = argNum; k < a.length; k++) {
                if (k > argNum)
                    this.buf += ', ';
                const arg = unwrap(a[k]);
                if (arg === null) {
                    this.buf += '<nil>';
                }
                else {
                    this.buf += typeString(arg) + '=';
                    this.printArg(arg, V_v);
                }
            }
            this.buf += ')';
        }
    }
    /** pp.argNumber: an explicit [n] index at format[i], if any. */
    argNumber(argNum, format, i, numArgs) {
        if (i >= format.length || format.charCodeAt(i) !== C_LBRACK)
            return [argNum, i, false];
        this.reordered = true;
        const [index, wid, ok] = parseArgNumber(format, i);
        if (ok && index >= 0 && index < numArgs)
            return [index, i + wid, true];
        this.goodArgNum = false;
        return [argNum, i + wid, ok];
    }
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function tooLarge(x) {
    return x > 1e6 || x < -1e6;
}
/** fmt.parsenum: a decimal number in format[start:end]; [num, isnum, newi]. */
function parsenum(s, start, end) {
    if (start >= end)
        return [0, false, end];
    let num = 0;
    let isnum = false;
    let i = start;
    for (; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x30 || c > 0x39)
            break;
        if (tooLarge(num))
            return [0, false, end]; // overflow: a crazy long number
        num = num * 10 + (c - 0x30);
        isnum = true;
    }
    return [num, isnum, i];
}
/** fmt.parseArgNumber on format[at:], which starts with '['; [index, width consumed, ok]. */
function parseArgNumber(format, at) {
    const len = format.length - at;
    if (len < 3)
        return [0, 1, false];
    for (let i = 1; i < len; i++) {
        if (format.charCodeAt(at + i) === C_RBRACK) {
            const [width, ok, newi] = parsenum(format, at + 1, at + i);
            if (!ok || newi !== at + i)
                return [0, i + 1, false];
            return [width - 1, i + 1, true];
        }
    }
    return [0, 1, false];
}
/** fmt.intFromArg: an integer operand for '*'; [num, isInt, newArgNum]. */
function intFromArg(a, argNum) {
    if (argNum >= a.length)
        return [0, false, argNum];
    const x = unwrap(a[argNum]);
    // Any integer that fits in an int (an unsigned one must not look negative), within ±1e6.
    if (x instanceof GoIntClass && x.v >= -1000000n && x.v <= 1000000n)
        return [Number(x.v), true, argNum + 1];
    return [0, false, argNum + 1];
}
function sortMap(t, m) {
    const out = [];
    for (const e of m.entries.values())
        out.push({ key: slotValue(t.key, e.key), value: slotValue(t.elem, e.value) });
    if (out.length > 1)
        out.sort((a, b) => compare(a.key, b.key));
    return out;
}
function cmpNum(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** cmp.Compare on floats: NaN sorts first and equals NaN; -0 equals 0. */
function cmpFloat(a, b) {
    const an = a !== a;
    const bn = b !== b;
    if (an || bn)
        return an && bn ? 0 : an ? -1 : 1;
    return cmpNum(a, b);
}
/**
 * The order of dynamic types among interface-typed keys. Go compares the addresses of the type
 * descriptors; for the predeclared types that is this order (Go 1.23, linux/amd64, observed).
 * Composite types come after, by name (not Go's order, which depends on the binary).
 */
const TYPE_RANK = {
    string: 0, int8: 1, uint8: 2, int16: 3, uint16: 4, int32: 5, uint32: 6, int64: 7, uint64: 8,
    int: 9, uint: 10, uintptr: 11, complex64: 12, complex128: 13, float32: 14, float64: 15, bool: 16,
};
function compareTypes(a, b) {
    if (a === b || a.name === b.name)
        return 0;
    const ra = TYPE_RANK[a.name] ?? 100;
    const rb = TYPE_RANK[b.name] ?? 100;
    if (ra !== rb)
        return ra - rb;
    return a.name < b.name ? -1 : 1;
}
/** fmtsort.compare. */
function compare(a, b) {
    if (a.t !== b.t && a.t.name !== b.t.name)
        return -1; // no good answer possible, but not equal
    const x = a.v;
    const y = b.v;
    switch (a.t.kind) {
        case 'string':
            return compareGoStrings(x, y);
        case 'bool':
            return x === y ? 0 : x ? 1 : -1;
        case 'float32':
        case 'float64':
            return cmpFloat(x.v, y.v);
        case 'complex64':
        case 'complex128':
            return cmpFloat(x.re, y.re) || cmpFloat(x.im, y.im);
        case 'array': {
            const xs = x.items;
            const ys = y.items;
            for (let i = 0; i < xs.length; i++) {
                const c = compare(slotValue(a.t.elem, xs[i]), slotValue(b.t.elem, ys[i]));
                if (c !== 0)
                    return c;
            }
            return 0;
        }
        case 'interface': {
            if (x === null || y === null)
                return x === null ? (y === null ? 0 : -1) : 1;
            const tx = typeOfValue(x);
            const ty = typeOfValue(y);
            return compareTypes(tx, ty) || compare({ t: tx, v: x }, { t: ty, v: y });
        }
        case 'func':
        case 'map':
        case 'slice':
            return 0; // cannot be map keys
    }
    if (x instanceof GoIntClass && y instanceof GoIntClass)
        return cmpNum(x.v, y.v);
    return 0;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/go-json.ts
// The two encoding/json operations Lilypad applies to template inputs:
// `json.Marshal(value)` on every input before rendering (LoadModule), and
// `json.Unmarshal(arg, &s)` on every argument of `subst`.
const go_json_HEX = '0123456789abcdef';
// encoding/json's htmlSafeSet: printable ASCII except `"`, `\`, `<`, `>` and `&` (DEL is safe).
const SAFE = new Uint8Array(128);
for (let b = 0x20; b < 0x80; b++)
    SAFE[b] = 1;
for (const c of '"\\<>&')
    SAFE[c.charCodeAt(0)] = 0;
/**
 * Go's `json.Marshal(s)` for a string (HTML escaping on, as Marshal always does): `<` `>` `&` become
 * `\u003c` `\u003e` `\u0026`, U+2028/U+2029 `\u2028`/`\u2029`, control characters `\b` `\f` `\n`
 * `\r` `\t` (Go ≥ 1.22) or `\u00XX`, and every unpaired surrogate, which stands for bytes that are
 * not UTF-8 (see gotemplate's utf8.ts), `\ufffd`.
 */
function goJSONString(s) {
    let out = '"';
    let start = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80) {
            if (SAFE[c])
                continue;
            out += s.slice(start, i);
            switch (c) {
                case 0x5c:
                case 0x22:
                    out += '\\' + s[i];
                    break;
                case 0x08:
                    out += '\\b';
                    break;
                case 0x0c:
                    out += '\\f';
                    break;
                case 0x0a:
                    out += '\\n';
                    break;
                case 0x0d:
                    out += '\\r';
                    break;
                case 0x09:
                    out += '\\t';
                    break;
                default:
                    out += '\\u00' + go_json_HEX[c >> 4] + go_json_HEX[c & 0xf];
            }
            start = i + 1;
        }
        else if (c === 0x2028 || c === 0x2029) {
            out += s.slice(start, i) + '\\u202' + go_json_HEX[c & 0xf];
            start = i + 1;
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < n) {
                const d = s.charCodeAt(i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    i++; // a valid pair: copied as is
                    continue;
                }
            }
            out += s.slice(start, i) + '\\ufffd';
            start = i + 1;
        }
    }
    return out + s.slice(start) + '"';
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * Go's `var s string; err := json.Unmarshal([]byte(text), &s)`: the decoded string, or undefined
 * where Unmarshal returns an error. A JSON `null` leaves s untouched, so it decodes to "".
 */
function goJSONUnmarshalString(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (v === null)
        return '';
    if (typeof v !== 'string')
        return undefined;
    // Go decodes an unpaired `\ud800` escape, and bytes that are not UTF-8, to U+FFFD; JSON.parse
    // keeps them as lone surrogates.
    return v.replace(LONE_SURROGATE, '\ufffd');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/render.ts
// Rendering a module template the way Lilypad v2.23.0 LoadModule (pkg/module/utils.go) does,
// up to the text it hands to json.Unmarshal:
//
//   tmpl := template.New(name).Funcs(template.FuncMap{"subst": subst})
//   tmpl, err = tmpl.Parse(moduleText)            // "failed to parse template: %w"
//   for k, v := range inputs { bs, _ := json.Marshal(v); newInputs[k] = string(bs) }
//   err := tmpl.Execute(&buf, newInputs)          // "error executing template: %w (inputs=%+v)"


/**
 * Lilypad's `subst(format string, jsonEncodedInputs ...string) string`: JSON-decodes every argument
 * and returns fmt.Sprintf(format, decoded...), unescaped. An argument that is not a JSON string
 * makes it panic "subst: invalid input" (JSON `null` decodes to "", as json.Unmarshal leaves the
 * string untouched).
 */
const subst = goFunc([T.string, sliceOf(T.string)], [T.string], (format, ...args) => {
    const decoded = args.map((a) => {
        const s = goJSONUnmarshalString(a);
        if (s === undefined)
            throw new GoError('subst: invalid input');
        return s;
    });
    return fmt_sprintf(format, decoded);
}, true);
/**
 * The inputs as the template sees them: every value replaced by its json.Marshal encoding.
 * `cache` (raw value → encoding) saves re-encoding values a caller renders many times.
 */
function encodeInputs(inputs, cache) {
    // No prototype, so that an input named `__proto__` is an ordinary key (and plain assignment,
    // unlike defineProperty, keeps a thousand-input object cheap to build).
    const out = Object.create(null);
    for (const k of Object.keys(inputs)) {
        const v = inputs[k];
        let encoded = cache?.get(v);
        if (encoded === undefined) {
            encoded = goJSONString(v);
            cache?.set(v, encoded);
        }
        out[k] = encoded;
    }
    return out;
}
/** Parse and execute a module template as Lilypad's LoadModule does, before JSON decoding. */
function renderLilypad({ text, name, inputs }) {
    let tmpl;
    try {
        tmpl = new Template(name).funcs({ subst }).parse(text);
    }
    catch (e) {
        if (e instanceof TemplateError)
            return { ok: false, phase: 'parse', message: e.message };
        throw e;
    }
    try {
        return { ok: true, output: tmpl.execute(stringMap(encodeInputs(inputs))) };
    }
    catch (e) {
        if (e instanceof ExecError)
            return { ok: false, phase: 'exec', message: e.message, output: e.output };
        if (e instanceof TemplateError)
            return { ok: false, phase: 'exec', message: e.message };
        throw e;
    }
}
/** The bytes Go would have in its buffer for a rendered string. */
function renderedBytes(output) {
    return encodeGoString(output);
}
/**
 * The error LoadModule returns for a failed render, as `lilypad run` shows it (after
 * `error loading module: `): `failed to parse template: …` or
 * `error executing template: … (inputs=map[k:"v" …])` with the JSON-encoded inputs.
 */
function lilypadRenderError(result, inputs) {
    if (result.phase === 'parse')
        return `failed to parse template: ${result.message}`;
    const encoded = encodeInputs(inputs);
    const shown = Object.keys(encoded)
        .sort(compareGoStrings)
        .map((k) => `${k}:${encoded[k]}`)
        .join(' ');
    return `error executing template: ${result.message} (inputs=map[${shown}])`;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/discover-inputs.ts
/** Every read of a top-level input, in template order (uses inside called templates included). */
function discoverInputUses(tmpl) {
    const uses = [];
    const visiting = new Set();
    const use = (name, offset, guards) => {
        uses.push({ name, offset, guarded: guards.has(name) });
    };
    /**
     * The inputs a guard pipeline tests: `.X`, `$.X`, `index . "X"`, the arguments of `and`, and
     * `not` of any of these, which guards the else branch instead. Returns [then, else].
     */
    const testedInputs = (pipe, dotIsRoot) => {
        if (pipe.cmds.length !== 1)
            return [[], []];
        const args = pipe.cmds[0].args;
        const single = inputOf(args[0], dotIsRoot, args);
        if (single !== undefined)
            return [[single], []];
        const head = args[0];
        if (head.type === 'identifier' && head.ident === 'and') {
            return [args.slice(1).flatMap((a) => (a.type === 'pipe' ? testedInputs(a, dotIsRoot)[0] : maybe(inputOf(a, dotIsRoot, [a])))), []];
        }
        if (head.type === 'identifier' && head.ident === 'not' && args.length === 2) {
            const arg = args[1];
            const [then] = arg.type === 'pipe' ? testedInputs(arg, dotIsRoot) : [maybe(inputOf(arg, dotIsRoot, [arg]))];
            return [[], then];
        }
        return [[], []];
    };
    const walkPipe = (pipe, dotIsRoot, guards) => {
        if (!pipe)
            return;
        for (const cmd of pipe.cmds) {
            const head = cmd.args[0];
            // `or .X "default"` defaults X: its use there is guarded.
            const orGuard = head.type === 'identifier' && head.ident === 'or';
            const idx = head.type === 'identifier' && head.ident === 'index' ? inputOf(head, dotIsRoot, cmd.args) : undefined;
            if (idx !== undefined)
                use(idx, cmd.args[2].pos, guards);
            cmd.args.forEach((arg, i) => {
                if (idx !== undefined && i <= 2)
                    return;
                walkArg(arg, dotIsRoot, orGuard && i === 1 ? withGuard(guards, inputOf(arg, dotIsRoot, [arg])) : guards);
            });
        }
    };
    const walkArg = (arg, dotIsRoot, guards) => {
        switch (arg.type) {
            case 'field':
            case 'variable': {
                const name = inputOf(arg, dotIsRoot, [arg]);
                if (name !== undefined)
                    use(name, chainStart(arg), guards);
                return;
            }
            case 'pipe':
                return walkPipe(arg, dotIsRoot, guards);
            case 'chain':
                return walkArg(arg.node, dotIsRoot, guards);
        }
    };
    const walk = (node, dotIsRoot, guards) => {
        switch (node.type) {
            case 'list':
                for (const n of node.nodes)
                    walk(n, dotIsRoot, guards);
                return;
            case 'action':
                return walkPipe(node.pipe, dotIsRoot, guards);
            case 'if':
            case 'with':
            case 'range': {
                const [thenTested, elseTested] = node.type === 'range' ? [[], []] : testedInputs(node.pipe, dotIsRoot);
                const inside = thenTested.reduce(withGuard, guards);
                // Testing an input is safe (a missing one is just false), so the test itself counts as guarded.
                walkPipe(node.pipe, dotIsRoot, [...thenTested, ...elseTested].reduce(withGuard, guards));
                // `with` and `range` move the dot off the inputs map; `if` keeps it.
                walk(node.list, node.type === 'if' && dotIsRoot, inside);
                if (node.elseList)
                    walk(node.elseList, dotIsRoot, elseTested.reduce(withGuard, guards));
                return;
            }
            case 'template': {
                walkPipe(node.pipe, dotIsRoot, guards);
                // A called template runs with `.` and `$` both set to the argument: unless that is the
                // inputs map, nothing inside can read an input (outer variables are not visible there).
                // Walked only in that case, `$` always means the inputs wherever inputOf meets it.
                const passesRoot = node.pipe !== null && isRootExpr(node.pipe, dotIsRoot);
                const called = tmpl.lookup(node.name);
                if (passesRoot && called?.root && !visiting.has(node.name)) {
                    visiting.add(node.name);
                    walk(called.root, true, guards);
                    visiting.delete(node.name);
                }
                return;
            }
        }
    };
    if (tmpl.root)
        walk(tmpl.root, true, new Set());
    return uses;
}
/**
 * Where a field or variable begins. Go's parser rebuilds `.A.B.C` and `$.A` from a chain and
 * gives the node the position of the chain, which starts at the second link (`.B`, `.A`).
 */
function chainStart(node) {
    if (node.ident.length < 2)
        return node.pos;
    return node.pos - node.ident[0].length - (node.type === 'field' ? 1 : 0);
}
function maybe(x) {
    return x === undefined ? [] : [x];
}
function withGuard(guards, name) {
    if (name === undefined || guards.has(name))
        return guards;
    return new Set([...guards, name]);
}
/** The input an operand names: `.X` (dot is the inputs), `$.X`, or `index . "X"` / `index $ "X"`. */
function inputOf(node, dotIsRoot, args) {
    if (node.type === 'field')
        return dotIsRoot ? node.ident[0] : undefined;
    if (node.type === 'variable')
        return node.ident[0] === '$' && node.ident.length > 1 ? node.ident[1] : undefined;
    if (node.type === 'identifier' && node.ident === 'index' && args.length >= 3) {
        const [, target, key] = args;
        const targetIsRoot = (target.type === 'dot' && dotIsRoot) || (target.type === 'variable' && target.ident.length === 1 && target.ident[0] === '$');
        if (targetIsRoot && key.type === 'string')
            return key.text;
    }
    return undefined;
}
/** Is the pipeline just `.` (while the dot is the inputs) or `$`? */
function isRootExpr(pipe, dotIsRoot) {
    if (pipe.decl.length > 0 || pipe.cmds.length !== 1 || pipe.cmds[0].args.length !== 1)
        return false;
    const a = pipe.cmds[0].args[0];
    return (a.type === 'dot' && dotIsRoot) || (a.type === 'variable' && a.ident.length === 1 && a.ident[0] === '$');
}
/** Input names in order of first use, each with whether every use is guarded. */
function summarizeUses(uses) {
    const byName = new Map();
    for (const u of uses) {
        const seen = byName.get(u.name);
        if (!seen)
            byName.set(u.name, { name: u.name, offset: u.offset, guarded: u.guarded });
        else
            seen.guarded &&= u.guarded;
    }
    return [...byName.values()];
}
/** Every action node of the template and of the templates it defines, in source order per tree. */
function allActions(tmpl) {
    const out = [];
    const walk = (n) => {
        switch (n.type) {
            case 'list':
                n.nodes.forEach(walk);
                return;
            case 'action':
                out.push(n);
                return;
            case 'if':
            case 'with':
            case 'range':
                walk(n.list);
                if (n.elseList)
                    walk(n.elseList);
        }
    };
    for (const t of tmpl.templates())
        if (t.root)
            walk(t.root);
    return out;
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/escape.ts
// The escaping builtins html, js and urlquery (Go's HTMLEscapeString, JSEscapeString and
// url.QueryEscape). All three work on a Go string's bytes.


const HTML_SPECIAL = /['"&<>\0]/;
function htmlEscape(s) {
    if (!HTML_SPECIAL.test(s))
        return s;
    let out = '';
    for (const c of s) {
        switch (c) {
            case '\0':
                out += '\uFFFD';
                break;
            case '"':
                out += '&#34;';
                break;
            case "'":
                out += '&#39;';
                break;
            case '&':
                out += '&amp;';
                break;
            case '<':
                out += '&lt;';
                break;
            case '>':
                out += '&gt;';
                break;
            default:
                out += c;
        }
    }
    return out;
}
const escape_HEX = '0123456789ABCDEF';
// eslint-disable-next-line no-control-regex
const JS_SPECIAL = /[\\'"<>&=\x00-\x1f\u0080-\uffff]/;
function jsEscape(s) {
    if (!JS_SPECIAL.test(s))
        return s;
    const b = goBytes(s);
    const out = [];
    const push = (str) => {
        for (let k = 0; k < str.length; k++)
            out.push(str.charCodeAt(k));
    };
    for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c < 0x80) {
            switch (c) {
                case 0x5c:
                    push('\\\\');
                    break;
                case 0x27:
                    push("\\'");
                    break;
                case 0x22:
                    push('\\"');
                    break;
                case 0x3c:
                    push('\\u003C');
                    break;
                case 0x3e:
                    push('\\u003E');
                    break;
                case 0x26:
                    push('\\u0026');
                    break;
                case 0x3d:
                    push('\\u003D');
                    break;
                default:
                    if (c < 0x20)
                        push(`\\u00${escape_HEX[c >> 4]}${escape_HEX[c & 15]}`);
                    else
                        out.push(c);
            }
            continue;
        }
        const [r, size] = decodeRune(b, i);
        if (isPrint(r))
            for (let k = 0; k < size; k++)
                out.push(b[i + k]);
        else
            push(`\\u${r.toString(16).toUpperCase().padStart(4, '0')}`);
        i += size - 1;
    }
    return fromGoBytes(Uint8Array.from(out));
}
/** url.QueryEscape. */
function urlQueryEscape(s) {
    if (isAscii(s) && /^[A-Za-z0-9\-_.~]*$/.test(s))
        return s;
    let out = '';
    for (const c of goBytes(s)) {
        if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x7e) {
            out += String.fromCharCode(c);
        }
        else if (c === 0x20)
            out += '+';
        else
            out += `%${escape_HEX[c >> 4]}${escape_HEX[c & 15]}`;
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/reflect.ts
// The slice of Go's reflect that template execution needs, over the engine's Value model.


/** reflect.Value.Kind(), with 'invalid' for the zero Value. */
function reflect_kindOf(v) {
    switch (typeof v) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'bool';
        case 'undefined':
            return 'invalid';
    }
    if (v === null)
        return 'invalid';
    if (v instanceof Iface)
        return 'interface';
    return v.type.kind;
}
/** The static type of a Value (Iface: its interface type); undefined when invalid. */
function staticType(v) {
    if (v instanceof Iface)
        return v.type;
    return typeOf(v);
}
function typeName(v) {
    return staticType(v)?.name ?? '<nil>';
}
/** indirectInterface: the concrete value inside an interface value (invalid for a nil interface). */
function indirectInterface(v) {
    if (v instanceof Iface)
        return v.v === null ? undefined : v.v;
    return v;
}
/** indirect: through interfaces; reports whether it stopped at a nil. */
function indirect(v) {
    while (v instanceof Iface) {
        if (v.v === null)
            return [v, true];
        v = v.v;
    }
    return [v, false];
}
function isIntKind(k) {
    return k === 'int' || k === 'int8' || k === 'int16' || k === 'int32' || k === 'int64';
}
function isUintKind(k) {
    return k === 'uint' || k === 'uint8' || k === 'uint16' || k === 'uint32' || k === 'uint64' || k === 'uintptr';
}
function isFloatKind(k) {
    return k === 'float32' || k === 'float64';
}
function isComplexKind(k) {
    return k === 'complex64' || k === 'complex128';
}
/** Can an untyped nil be assigned to typ (reflect.Zero is then a nil of typ)? */
function canBeNil(typ) {
    switch (typ.kind) {
        case 'func':
        case 'interface':
        case 'map':
        case 'slice':
        case 'reflectValue':
            return true;
    }
    return false;
}
/** reflect.Zero(typ). */
function zero(typ) {
    const k = typ.kind;
    if (k === 'string')
        return '';
    if (k === 'bool')
        return false;
    if (isIntKind(k) || isUintKind(k))
        return new GoInt(typ, 0n);
    if (isFloatKind(k))
        return new GoFloat(typ, 0);
    if (isComplexKind(k))
        return new GoComplex(typ, 0, 0);
    switch (k) {
        case 'slice':
            return new GoSlice(typ, []);
        case 'array':
            return new GoSlice(typ, Array.from({ length: typ.len ?? 0 }, () => zeroElem(typ.elem)));
        case 'map':
            return new GoMap(typ);
        case 'func':
            return new GoFunc(typ, null);
        case 'interface':
            return new Iface(typ, null);
        case 'reflectValue':
            return undefined;
    }
    return undefined;
}
/** The zero value as stored inside a container (interface slots hold a bare nil). */
function zeroElem(typ) {
    return typ.kind === 'interface' ? null : zero(typ);
}
/** A value read out of a container slot of type `elem`: interface slots yield an Iface. */
function fromSlot(elem, raw) {
    if (elem.kind === 'interface')
        return new Iface(elem, raw === undefined ? null : raw);
    return raw;
}
/** reflect's AssignableTo for the types templates meet. */
function assignable(from, to) {
    if (from === to)
        return true;
    if (to.kind === 'interface')
        return to.name === 'interface {}' || from.name === to.name;
    return from.name === to.name && from.kind === to.kind;
}
/** funcs.go isNil: invalid, or a nil interface. */
function isNilValue(v) {
    if (v === undefined || v === null)
        return true;
    if (v instanceof Iface)
        return v.v === null;
    if (v instanceof GoFunc)
        return v.impl === null;
    return false;
}

/**
 * internal/fmtsort's ordering of map keys, used both by `range` over a map and by fmt when it
 * prints one: numbers numerically (NaN first), strings bytewise, false before true.
 */
function compareKeys(a, b) {
    a = a instanceof Iface ? a.v : a;
    b = b instanceof Iface ? b.v : b;
    if (typeof a === 'string' && typeof b === 'string')
        return compareGoStrings(a, b);
    if (typeof a === 'boolean' && typeof b === 'boolean')
        return a === b ? 0 : a ? 1 : -1;
    if (a instanceof GoInt && b instanceof GoInt)
        return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    if (a instanceof GoFloat && b instanceof GoFloat)
        return compareFloats(a.v, b.v);
    if (a instanceof GoComplex && b instanceof GoComplex)
        return compareFloats(a.re, b.re) || compareFloats(a.im, b.im);
    // nil sorts first; keys of different dynamic types have no order Go guarantees.
    if (a === null || a === undefined)
        return b === null || b === undefined ? 0 : -1;
    if (b === null || b === undefined)
        return 1;
    return 0;
}
function compareFloats(a, b) {
    if (a < b)
        return -1;
    if (a > b)
        return 1;
    if (a === b)
        return 0;
    if (Number.isNaN(a) && !Number.isNaN(b))
        return -1;
    if (!Number.isNaN(a) && Number.isNaN(b))
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/funcs.ts
// The builtin functions (Go's text/template funcs.go): their Go signatures, and the
// implementations of those that are ordinary functions. and, or and call are special forms handled
// by the executor, as in Go.





const RV = T.reflectValue;
const anyArgs = sliceOf(T.any);
const rvArgs = sliceOf(RV);
function builtin(params, results, impl, variadic = false) {
    return new GoFunc(funcOf(params, results, variadic), impl);
}
function unreachable() {
    throw new Error('unreachable: implemented as a special case in the executor');
}
/** The builtin function table, keyed by name. */
const BUILTINS = new Map([
    ['and', builtin([RV, rvArgs], [RV], unreachable, true)],
    ['call', builtin([RV, rvArgs], [RV, T.error], unreachable, true)],
    ['html', builtin([anyArgs], [T.string], (...a) => htmlEscape(evalArgs(a)), true)],
    ['index', builtin([RV, rvArgs], [RV, T.error], index, true)],
    ['slice', builtin([RV, rvArgs], [RV, T.error], slice, true)],
    ['js', builtin([anyArgs], [T.string], (...a) => jsEscape(evalArgs(a)), true)],
    ['len', builtin([RV], [T.int, T.error], funcs_length)],
    ['not', builtin([RV], [T.bool], (a) => !truth(a))],
    ['or', builtin([RV, rvArgs], [RV], unreachable, true)],
    ['print', builtin([anyArgs], [T.string], (...a) => sprint(a), true)],
    ['printf', builtin([T.string, anyArgs], [T.string], (f, ...a) => fmt_sprintf(f, a), true)],
    ['println', builtin([anyArgs], [T.string], (...a) => sprintln(a), true)],
    ['urlquery', builtin([anyArgs], [T.string], (...a) => urlQueryEscape(evalArgs(a)), true)],
    ['eq', builtin([RV, rvArgs], [T.bool, T.error], eq, true)],
    ['ge', builtin([RV, RV], [T.bool, T.error], (a, b) => !lt(a, b))],
    ['gt', builtin([RV, RV], [T.bool, T.error], (a, b) => !le(a, b))],
    ['le', builtin([RV, RV], [T.bool, T.error], le)],
    ['lt', builtin([RV, RV], [T.bool, T.error], lt)],
    ['ne', builtin([RV, RV], [T.bool, T.error], (a, b) => !eq(a, b))],
]);
/** goodFunc: Go's rule for a callable function's results, as the error text, or undefined. */
function badFuncSignature(name, typ) {
    const results = typ.results ?? [];
    if (results.length === 1)
        return undefined;
    if (results.length === 2) {
        return results[1] === T.error ? undefined : `invalid function signature for ${name}: second return value should be error; is ${results[1].name}`;
    }
    return `function ${name} has ${results.length} return values; should be 1 or 2`;
}
// ---- truth -----------------------------------------------------------------------------------
/** isTrue: [truth, ok]. */
function isTrue(v) {
    if (v === undefined || v === null)
        return [false, true];
    switch (typeof v) {
        case 'string':
            return [v.length > 0, true];
        case 'boolean':
            return [v, true];
    }
    if (v instanceof GoInt)
        return [v.v !== 0n, true];
    if (v instanceof GoFloat)
        return [v.v !== 0, true];
    if (v instanceof GoComplex)
        return [v.re !== 0 || v.im !== 0, true];
    if (v instanceof GoSlice)
        return [v.items.length > 0, true];
    if (v instanceof GoMap)
        return [v.size > 0, true];
    if (v instanceof Iface)
        return [v.v !== null, true];
    if (v instanceof GoFunc)
        return [v.impl !== null, true];
    return [false, false];
}
function truth(v) {
    return isTrue(indirectInterface(v))[0];
}
// ---- printing arguments ---------------------------------------------------------------------
/** evalArgs: html/js/urlquery's argument text. */
function evalArgs(args) {
    if (args.length === 1 && typeof args[0] === 'string')
        return args[0];
    return sprint(args.map((a) => (a === null || a === undefined ? '<no value>' : a)));
}
// ---- index, slice, len -----------------------------------------------------------------------
function indexArg(index, cap) {
    const k = reflect_kindOf(index);
    let x;
    if (isIntKind(k) || isUintKind(k))
        x = index.v;
    else if (k === 'invalid')
        throw new GoError('cannot index slice/array with nil');
    else
        throw new GoError(`cannot index slice/array with type ${staticType(index).name}`);
    if (x < 0n || x > BigInt(cap))
        throw new GoError(`index out of range: ${x}`);
    return Number(x);
}
/** prepareArg: convert a value to a parameter or key type, as Go's index and call do. */
function prepareArg(value, argType) {
    if (value === undefined) {
        if (!canBeNil(argType))
            throw new GoError(`value is nil; should be of type ${argType.name}`);
        return zero(argType);
    }
    const t = staticType(value);
    if (assignable(t, argType))
        return value;
    const k = t.kind;
    if ((isIntKind(k) || isUintKind(k)) && (isIntKind(argType.kind) || isUintKind(argType.kind))) {
        return new GoInt(argType, convertInt(value.v, argType));
    }
    throw new GoError(`value has type ${t.name}; should be ${argType.name}`);
}
const INT_BITS = {
    int: 64, int8: 8, int16: 16, int32: 32, int64: 64, uint: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64, uintptr: 64,
};
/** Go's integer conversion: wrap to the target's width and signedness. */
function convertInt(v, to) {
    const bits = INT_BITS[to.kind] ?? 64;
    return isUintKind(to.kind) ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v);
}
function index(item, ...indexes) {
    item = indirectInterface(item);
    if (item === undefined)
        throw new GoError('index of untyped nil');
    for (let idx of indexes) {
        idx = indirectInterface(idx);
        let isNil;
        [item, isNil] = indirect(item);
        if (isNil)
            throw new GoError('index of nil pointer');
        if (typeof item === 'string') {
            const bytes = goBytes(item);
            const x = indexArg(idx, bytes.length);
            if (x >= bytes.length)
                throw new GoError('reflect: string index out of range');
            item = new GoInt(T.uint8, BigInt(bytes[x]));
        }
        else if (item instanceof GoSlice) {
            const x = indexArg(idx, item.items.length);
            if (x >= item.items.length)
                throw new GoError(`reflect: ${item.type.kind} index out of range`);
            item = fromSlot(item.type.elem, item.items[x]);
        }
        else if (item instanceof GoMap) {
            const key = prepareArg(idx, item.type.key);
            const found = item.entries.get(mapKey(key));
            item = found ? fromSlot(item.type.elem, found.value) : zero(item.type.elem);
        }
        else {
            throw new GoError(`can't index item of type ${staticType(item).name}`);
        }
    }
    return item;
}
function slice(item, ...indexes) {
    item = indirectInterface(item);
    if (item === undefined)
        throw new GoError('slice of untyped nil');
    if (indexes.length > 3)
        throw new GoError(`too many slice indexes: ${indexes.length}`);
    let cap;
    let len;
    if (typeof item === 'string') {
        if (indexes.length === 3)
            throw new GoError('cannot 3-index slice a string');
        len = cap = goLen(item);
    }
    else if (item instanceof GoSlice) {
        len = cap = item.items.length;
    }
    else {
        throw new GoError(`can't slice item of type ${staticType(item).name}`);
    }
    const idx = [0, len, 0];
    indexes.forEach((x, i) => {
        idx[i] = indexArg(x, cap);
    });
    if (idx[0] > idx[1])
        throw new GoError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
    if (indexes.length === 3 && idx[1] > idx[2])
        throw new GoError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
    if (typeof item === 'string') {
        if (isAscii(item))
            return item.slice(idx[0], idx[1]);
        return fromGoBytes(goBytes(item).subarray(idx[0], idx[1]));
    }
    return new GoSlice(item.type.kind === 'array' ? sliceOf(item.type.elem) : item.type, item.items.slice(idx[0], idx[1]));
}
function funcs_length(item) {
    const [v, isNil] = indirect(item);
    if (isNil)
        throw new GoError('len of nil pointer');
    if (typeof v === 'string')
        return new GoInt(T.int, BigInt(goLen(v)));
    if (v instanceof GoSlice)
        return new GoInt(T.int, BigInt(v.items.length));
    if (v instanceof GoMap)
        return new GoInt(T.int, BigInt(v.size));
    // Go calls item.Type() on the zero Value here, which panics with reflect's message.
    if (v === undefined || v === null)
        throw new GoError('reflect: call of reflect.Value.Type on zero Value');
    throw new GoError(`len of type ${staticType(v).name}`);
}
function basicKind(v) {
    const k = reflect_kindOf(v);
    if (k === 'bool')
        return 'bool';
    if (isIntKind(k))
        return 'int';
    if (isUintKind(k))
        return 'uint';
    if (isFloatKind(k))
        return 'float';
    if (isComplexKind(k))
        return 'complex';
    if (k === 'string')
        return 'string';
    return 'invalid';
}
const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';
function eq(arg1, ...arg2) {
    arg1 = indirectInterface(arg1);
    if (arg2.length === 0)
        throw new GoError('missing argument for comparison');
    const k1 = basicKind(arg1);
    for (let arg of arg2) {
        arg = indirectInterface(arg);
        const k2 = basicKind(arg);
        let t = false;
        if (k1 !== k2) {
            if (k1 === 'int' && k2 === 'uint')
                t = arg1.v >= 0n && arg1.v === arg.v;
            else if (k1 === 'uint' && k2 === 'int')
                t = arg.v >= 0n && arg1.v === arg.v;
            else if (arg1 !== undefined && arg !== undefined)
                throw new GoError(errBadComparison);
        }
        else {
            switch (k1) {
                case 'bool':
                case 'string':
                    t = arg1 === arg;
                    break;
                case 'complex':
                    t = arg1.re === arg.re && arg1.im === arg.im;
                    break;
                case 'float':
                    t = arg1.v === arg.v;
                    break;
                case 'int':
                case 'uint':
                    t = arg1.v === arg.v;
                    break;
                default:
                    t = eqOther(arg1, arg);
            }
        }
        if (t)
            return true;
    }
    return false;
}
/** eq's default case: maps, slices, funcs and nils. */
function eqOther(arg1, arg) {
    if (reflect_kindOf(arg1) !== reflect_kindOf(arg) && arg1 !== undefined && arg !== undefined) {
        throw new GoError(fmt_sprintf('non-comparable types %s: %v, %s: %v', [arg1, staticType(arg1).name, staticType(arg).name, arg]));
    }
    if (isNilValue(arg1) || isNilValue(arg))
        return isNilValue(arg) === isNilValue(arg1);
    // Slices, maps and funcs are not comparable in Go.
    throw new GoError(fmt_sprintf('non-comparable type %s: %v', [arg, staticType(arg).name]));
}
function lt(arg1, arg2) {
    arg1 = indirectInterface(arg1);
    const k1 = basicKind(arg1);
    if (k1 === 'invalid')
        throw new GoError(errBadComparisonType);
    arg2 = indirectInterface(arg2);
    const k2 = basicKind(arg2);
    if (k2 === 'invalid')
        throw new GoError(errBadComparisonType);
    if (k1 !== k2) {
        if (k1 === 'int' && k2 === 'uint')
            return arg1.v < 0n || arg1.v < arg2.v;
        if (k1 === 'uint' && k2 === 'int')
            return arg2.v >= 0n && arg1.v < arg2.v;
        throw new GoError(errBadComparison);
    }
    switch (k1) {
        case 'bool':
        case 'complex':
            throw new GoError(errBadComparisonType);
        case 'float':
            return arg1.v < arg2.v;
        case 'string':
            return compareGoStrings(arg1, arg2) < 0;
        default:
            return arg1.v < arg2.v;
    }
}
function le(arg1, arg2) {
    return lt(arg1, arg2) || eq(arg1, arg2);
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/exec.ts
// Template execution: a port of Go 1.23's text/template exec.go over the engine's Value model.
// The evaluation order, the node recorded for error positions (`at`), and every error text follow
// Go, because module authors see these messages and our checks must agree with the Lilypad CLI.





/** Go's maxExecDepth on every platform but wasm. */
const MAX_EXEC_DEPTH = 100000;
const DEFAULT_LIMITS = { maxSteps: 50_000_000, maxOutput: 256 * 1024 * 1024 };
/** An execution error; `message` is Go's err.Error(), `output` what was written before it. */
class exec_ExecError extends errors_TemplateError {
    constructor(message, templateName) {
        super(message, 'exec');
        this.templateName = templateName;
        this.output = '';
    }
}
/** An error Go does not have: a limit of ours was reached. */
class LimitError extends exec_ExecError {
}
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
/** Stands for Go's missingVal: "no final value from a previous pipeline stage". */
const MISSING = Symbol('missing');
class Output {
    constructor(max, segments) {
        this.max = max;
        this.segments = segments;
        this.chunks = [];
        this.size = 0;
    }
    write(s, node, st) {
        const start = this.size;
        this.size += s.length;
        if (this.size > this.max)
            st.limit(`output exceeds ${this.max} characters`);
        this.chunks.push(s);
        if (this.segments !== null && s.length > 0)
            this.segments.push({ start, end: this.size, node });
    }
    text() {
        return this.chunks.join('');
    }
}
class State {
    constructor(tmpl, out, vars, depth, limits) {
        this.tmpl = tmpl;
        this.out = out;
        this.vars = vars;
        this.depth = depth;
        this.limits = limits;
        this.node = null;
        this.steps = 0;
        this.rootName = tmpl.name();
    }
    // ---- errors ---------------------------------------------------------------------------------
    /** s.errorf: Go builds a format from the location and formats the arguments into it. */
    errorf(format, ...args) {
        const name = doublePercent(this.tmpl.name());
        let full;
        if (this.node === null) {
            full = `template: ${name}: ${format}`;
        }
        else {
            const [location, context] = (this.node.tree ?? this.tmpl.tree).errorContext(this.node);
            full = `template: ${location}: executing ${fmt_sprintf('%q', [name])} at <${doublePercent(context)}>: ${format}`;
        }
        throw new exec_ExecError(fmt_sprintf(full.replaceAll('%w', '%v'), args), this.tmpl.name());
    }
    /** Our own limits name the template that was executed, not the one running when they hit. */
    limit(message) {
        throw new LimitError(`template: ${this.rootName}: ${message}`, this.rootName);
    }
    at(node) {
        this.node = node;
    }
    // ---- variables ------------------------------------------------------------------------------
    push(name, value) {
        this.vars.push({ name, value });
    }
    mark() {
        return this.vars.length;
    }
    pop(mark) {
        this.vars.length = mark;
    }
    setVar(name, value) {
        for (let i = this.vars.length - 1; i >= 0; i--) {
            if (this.vars[i].name === name) {
                this.vars[i].value = value;
                return;
            }
        }
        this.errorf('undefined variable: %s', name);
    }
    setTopVar(n, value) {
        this.vars[this.vars.length - n].value = value;
    }
    varValue(name) {
        for (let i = this.vars.length - 1; i >= 0; i--)
            if (this.vars[i].name === name)
                return this.vars[i].value;
        return this.errorf('undefined variable: %s', name);
    }
    // ---- walking --------------------------------------------------------------------------------
    walk(dot, node) {
        if (++this.steps > this.limits.maxSteps)
            this.limit(`execution exceeded ${this.limits.maxSteps} steps`);
        this.at(node);
        switch (node.type) {
            case 'action': {
                const val = this.evalPipeline(dot, node.pipe);
                if (node.pipe.decl.length === 0)
                    this.printValue(node, val);
                return;
            }
            case 'break':
                throw BREAK;
            case 'comment':
                return;
            case 'continue':
                throw CONTINUE;
            case 'if':
            case 'with':
                return this.walkIfOrWith(node.type, dot, node.pipe, node.list, node.elseList);
            case 'list':
                for (const n of node.nodes)
                    this.walk(dot, n);
                return;
            case 'range':
                return this.walkRange(dot, node);
            case 'template':
                return this.walkTemplate(dot, node);
            case 'text':
                this.out.write(node.text, node, this);
                return;
            default:
                this.errorf('unknown node: %s', String(node));
        }
    }
    walkIfOrWith(typ, dot, pipe, list, elseList) {
        const mark = this.mark();
        try {
            const val = this.evalPipeline(dot, pipe);
            const [t, ok] = isTrue(indirectInterface(val));
            if (!ok)
                this.errorf('if/with can\'t use %v', val);
            if (t)
                this.walk(typ === 'with' ? val : dot, list);
            else if (elseList)
                this.walk(dot, elseList);
        }
        finally {
            this.pop(mark);
        }
    }
    walkRange(dot, r) {
        this.at(r);
        const outer = this.mark();
        try {
            const [val] = indirect(this.evalPipeline(dot, r.pipe));
            const mark = this.mark();
            const oneIteration = (index, elem) => {
                const decl = r.pipe.decl;
                if (decl.length > 0) {
                    if (r.pipe.isAssign)
                        this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
                    else
                        this.setTopVar(1, elem);
                }
                if (decl.length > 1) {
                    if (r.pipe.isAssign)
                        this.setVar(decl[1].ident[0], elem);
                    else
                        this.setTopVar(2, index);
                }
                try {
                    this.walk(elem, r.list);
                }
                catch (e) {
                    if (e !== CONTINUE)
                        throw e;
                }
                finally {
                    this.pop(mark);
                }
            };
            try {
                if (val instanceof GoSlice) {
                    if (val.items.length > 0) {
                        const elemType = val.type.elem;
                        for (let i = 0; i < val.items.length; i++)
                            oneIteration(new GoInt(T.int, BigInt(i)), fromSlot(elemType, val.items[i]));
                        return;
                    }
                }
                else if (val instanceof GoMap) {
                    if (val.size > 0) {
                        const { key: keyType, elem: elemType } = val.type;
                        for (const e of sortedEntries(val))
                            oneIteration(fromSlot(keyType, e.key), fromSlot(elemType, e.value));
                        return;
                    }
                }
                else if (val !== undefined) {
                    this.errorf("range can't iterate over %v", val);
                }
            }
            catch (e) {
                if (e === BREAK)
                    return;
                throw e;
            }
            if (r.elseList)
                this.walk(dot, r.elseList);
        }
        finally {
            this.pop(outer);
        }
    }
    walkTemplate(dot, t) {
        this.at(t);
        const tmpl = this.tmpl.lookup(t.name);
        if (!tmpl)
            this.errorf('template %q not defined', t.name);
        if (this.depth === MAX_EXEC_DEPTH)
            this.errorf('exceeded maximum template depth (%v)', new GoInt(T.int, BigInt(MAX_EXEC_DEPTH)));
        dot = this.evalPipeline(dot, t.pipe);
        const saved = { tmpl: this.tmpl, vars: this.vars };
        this.tmpl = tmpl;
        this.vars = [{ name: '$', value: dot }];
        this.depth++;
        try {
            this.walk(dot, tmpl.root);
        }
        catch (e) {
            // JavaScript's stack is far smaller than Go's: report running out of it the way Go reports
            // its own recursion limit, at the template call that went too deep.
            if (isStackOverflow(e)) {
                this.tmpl = saved.tmpl;
                this.vars = saved.vars;
                this.at(t);
                this.errorf('exceeded maximum template depth (%v)', new GoInt(T.int, BigInt(MAX_EXEC_DEPTH)));
            }
            throw e;
        }
        finally {
            this.depth--;
            this.tmpl = saved.tmpl;
            this.vars = saved.vars;
        }
    }
    // ---- evaluation -----------------------------------------------------------------------------
    evalPipeline(dot, pipe) {
        if (pipe === null)
            return undefined;
        this.at(pipe);
        let value = MISSING;
        for (const cmd of pipe.cmds) {
            value = this.evalCommand(dot, cmd, value);
            // An interface{} result is replaced by the value inside it.
            if (value instanceof Iface)
                value = value.v === null ? undefined : value.v;
        }
        const v = value;
        for (const variable of pipe.decl) {
            if (pipe.isAssign)
                this.setVar(variable.ident[0], v);
            else
                this.push(variable.ident[0], v);
        }
        return v;
    }
    notAFunction(args, final) {
        if (args.length > 1 || final !== MISSING)
            this.errorf("can't give argument to non-function %s", String(args[0]));
    }
    evalCommand(dot, cmd, final) {
        const firstWord = cmd.args[0];
        switch (firstWord.type) {
            case 'field':
                return this.evalFieldNode(dot, firstWord, cmd.args, final);
            case 'chain':
                return this.evalChainNode(dot, firstWord, cmd.args, final);
            case 'identifier':
                return this.evalFunction(dot, firstWord, cmd, cmd.args, final);
            case 'pipe':
                this.notAFunction(cmd.args, final);
                return this.evalPipeline(dot, firstWord);
            case 'variable':
                return this.evalVariableNode(dot, firstWord, cmd.args, final);
        }
        this.at(firstWord);
        this.notAFunction(cmd.args, final);
        switch (firstWord.type) {
            case 'bool':
                return firstWord.value;
            case 'dot':
                return dot;
            case 'nil':
                return this.errorf('nil is not a command');
            case 'number':
                return this.idealConstant(firstWord);
            case 'string':
                return firstWord.text;
        }
        return this.errorf("can't evaluate command %q", String(firstWord));
    }
    idealConstant(c) {
        this.at(c);
        if (c.isComplex)
            return new GoComplex(T.complex128, c.complex[0], c.complex[1]);
        if (c.isFloat && !isHexInt(c.text) && !isRuneInt(c.text) && /[.eEpP]/.test(c.text))
            return new GoFloat(T.float64, c.float64);
        if (c.isInt)
            return new GoInt(T.int, c.int64);
        if (c.isUint)
            this.errorf('%s overflows int', c.text);
        return undefined;
    }
    evalFieldNode(dot, field, args, final) {
        this.at(field);
        return this.evalFieldChain(dot, dot, field, field.ident, args, final);
    }
    evalChainNode(dot, chain, args, final) {
        this.at(chain);
        if (chain.field.length === 0)
            this.errorf('internal error: no fields in evalChainNode');
        if (chain.node.type === 'nil')
            this.errorf('indirection through explicit nil in %s', String(chain));
        const pipe = this.evalArg(dot, null, chain.node);
        return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
    }
    evalVariableNode(dot, variable, args, final) {
        this.at(variable);
        const value = this.varValue(variable.ident[0]);
        if (variable.ident.length === 1) {
            this.notAFunction(args ?? [variable], final);
            return value;
        }
        return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
    }
    evalFieldChain(dot, receiver, node, ident, args, final) {
        const n = ident.length;
        for (let i = 0; i < n - 1; i++)
            receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver);
        return this.evalField(dot, ident[n - 1], node, args, final, receiver);
    }
    evalFunction(dot, node, cmd, args, final) {
        this.at(node);
        const name = node.ident;
        const found = this.tmpl.findFunction(name);
        if (!found)
            this.errorf('%q is not a defined function', name);
        return this.evalCall(dot, found[0], found[1], cmd, name, args, final);
    }
    evalField(dot, fieldName, node, args, final, receiver) {
        if (receiver === undefined || receiver === null) {
            if (this.tmpl.missingKey === 'error')
                this.errorf('nil data; no entry for key %q', fieldName);
            return undefined;
        }
        const typ = staticType(receiver);
        const [rcv, isNil] = indirect(receiver);
        if (rcv instanceof Iface && isNil)
            this.errorf('nil pointer evaluating %s.%s', typ.name, fieldName);
        const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
        if (rcv instanceof GoMap) {
            const keyType = rcv.type.key;
            if (assignable(T.string, keyType)) {
                if (hasArgs)
                    this.errorf('%s is not a method but has arguments', fieldName);
                const found = rcv.entries.get(fieldName);
                if (found)
                    return fromSlot(rcv.type.elem, found.value);
                switch (this.tmpl.missingKey) {
                    case 'zero':
                        return zero(rcv.type.elem);
                    case 'error':
                        this.errorf('map has no entry for key %q', fieldName);
                }
                return undefined;
            }
        }
        return this.errorf("can't evaluate field %s in type %s", fieldName, typ.name);
    }
    evalCall(dot, fun, isBuiltin, node, name, argNodes, final) {
        const args = argNodes ? argNodes.slice(1) : [];
        const typ = fun.type;
        const params = typ.params;
        let numIn = args.length;
        if (final !== MISSING)
            numIn++;
        let numFixed = args.length;
        if (typ.variadic) {
            numFixed = params.length - 1;
            if (numIn < numFixed)
                this.errorf('wrong number of args for %s: want at least %d got %d', name, goInt(params.length - 1), goInt(args.length));
        }
        else if (numIn !== params.length) {
            this.errorf('wrong number of args for %s: want %d got %d', name, goInt(params.length), goInt(numIn));
        }
        const results = typ.results;
        const bad = badFuncSignature(name, typ);
        if (bad !== undefined)
            this.errorf('%s', bad);
        // and/or short-circuit.
        if (isBuiltin && (name === 'and' || name === 'or')) {
            let v = undefined;
            for (const arg of args) {
                v = this.evalArg(dot, T.reflectValue, arg);
                if (truth(v) === (name === 'or'))
                    return v;
            }
            if (final !== MISSING)
                v = this.validateType(final, T.reflectValue);
            return v;
        }
        const argv = new Array(numIn);
        let i = 0;
        for (; i < numFixed && i < args.length; i++)
            argv[i] = this.evalArg(dot, params[i], args[i]);
        if (typ.variadic) {
            const argType = params[params.length - 1].elem;
            for (; i < args.length; i++)
                argv[i] = this.evalArg(dot, argType, args[i]);
        }
        if (final !== MISSING) {
            let t = params[params.length - 1];
            if (typ.variadic)
                t = numIn - 1 < numFixed ? params[numIn - 1] : t.elem;
            argv[i] = this.validateType(final, t);
        }
        let result;
        try {
            if (isBuiltin && name === 'call') {
                result = callBuiltin(String(args[0]), argv[0], argv.slice(1));
            }
            else {
                result = fun.impl(...argv.map((a, k) => toCallArg(a, paramType(typ, k))));
                result = fromResult(results[0], result);
            }
        }
        catch (e) {
            if (e instanceof GoError) {
                this.at(node);
                this.errorf('error calling %s: %w', name, e.message);
            }
            throw e;
        }
        return result;
    }
    /** validateType: the value must be valid and assignable to typ (null typ: anything). */
    validateType(value, typ) {
        if (value === undefined || value === null) {
            if (typ === null)
                return undefined;
            if (canBeNil(typ))
                return zero(typ);
            this.errorf('invalid value; expected %s', typ.name);
        }
        if (typ === T.reflectValue || typ === null)
            return value;
        const vt = staticType(value);
        if (!assignable(vt, typ)) {
            if (value instanceof Iface && value.v !== null) {
                const inner = value.v;
                if (assignable(staticType(inner), typ))
                    return inner;
                this.errorf('wrong type for value; expected %s; got %s', typ.name, staticType(inner).name);
            }
            this.errorf('wrong type for value; expected %s; got %s', typ.name, vt.name);
        }
        return value;
    }
    evalArg(dot, typ, n) {
        this.at(n);
        switch (n.type) {
            case 'dot':
                return this.validateType(dot, typ);
            case 'nil':
                if (typ !== null && canBeNil(typ))
                    return zero(typ);
                return this.errorf('cannot assign nil to %s', typ ? typ.name : '<nil>');
            case 'field':
                return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
            case 'variable':
                return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
            case 'pipe':
                return this.validateType(this.evalPipeline(dot, n), typ);
            case 'identifier':
                return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
            case 'chain':
                return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
        }
        if (typ === null)
            return this.evalEmptyInterface(dot, n);
        const k = typ.kind;
        if (k === 'bool') {
            if (n.type === 'bool')
                return n.value;
            return this.errorf('expected bool; found %s', String(n));
        }
        if (isComplexKind(k)) {
            if (n.type === 'number' && n.isComplex)
                return new GoComplex(typ, n.complex[0], n.complex[1]);
            return this.errorf('expected complex; found %s', String(n));
        }
        if (isFloatKind(k)) {
            if (n.type === 'number' && n.isFloat)
                return new GoFloat(typ, k === 'float32' ? Math.fround(n.float64) : n.float64);
            return this.errorf('expected float; found %s', String(n));
        }
        if (isIntKind(k)) {
            if (n.type === 'number' && n.isInt)
                return new GoInt(typ, convertInt(n.int64, typ));
            return this.errorf('expected integer; found %s', String(n));
        }
        if (k === 'interface' && typ.name === 'interface {}')
            return this.evalEmptyInterface(dot, n);
        if (k === 'reflectValue')
            return this.evalEmptyInterface(dot, n);
        if (k === 'string') {
            if (n.type === 'string')
                return n.text;
            return this.errorf('expected string; found %s', String(n));
        }
        if (isUintKind(k)) {
            if (n.type === 'number' && n.isUint)
                return new GoInt(typ, convertInt(n.uint64, typ));
            return this.errorf('expected unsigned integer; found %s', String(n));
        }
        return this.errorf("can't handle %s for arg of type %s", String(n), typ.name);
    }
    evalEmptyInterface(dot, n) {
        this.at(n);
        switch (n.type) {
            case 'bool':
                return n.value;
            case 'dot':
                return dot;
            case 'field':
                return this.evalFieldNode(dot, n, [], MISSING);
            case 'identifier':
                return this.evalFunction(dot, n, n, null, MISSING);
            case 'nil':
                return this.errorf("evalEmptyInterface: nil (can't happen)");
            case 'number':
                return this.idealConstant(n);
            case 'string':
                return n.text;
            case 'variable':
                return this.evalVariableNode(dot, n, null, MISSING);
            case 'pipe':
                return this.evalPipeline(dot, n);
        }
        return this.errorf("can't handle assignment of %s to empty interface argument", String(n));
    }
    printValue(n, v) {
        this.at(n);
        if (v === undefined) {
            this.out.write('<no value>', n, this);
            return;
        }
        if (v instanceof GoFunc)
            this.errorf("can't print %s of type %s", String(n), v.type.name);
        this.out.write(typeof v === 'string' ? v : sprint([v instanceof Iface ? v.v : v]), n, this);
    }
}
/** V8's stack overflow. Checked without a regular expression: there is no stack to spare. */
function isStackOverflow(e) {
    return e instanceof RangeError && e.message.startsWith('Maximum call stack');
}
function goInt(n) {
    return new GoInt(T.int, BigInt(n));
}
function doublePercent(s) {
    return s.includes('%') ? s.replaceAll('%', '%%') : s;
}
function isHexInt(s) {
    return s.length > 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X') && !/[pP]/.test(s);
}
function isRuneInt(s) {
    return s.length > 0 && s[0] === "'";
}
/** The declared type of the k-th argument of a call. */
function paramType(typ, k) {
    const params = typ.params;
    if (typ.variadic && k >= params.length - 1)
        return params[params.length - 1].elem;
    return params[k];
}
/** What a Go function receives: reflect.Value parameters get the engine's raw value, others the concrete value. */
function toCallArg(v, t) {
    if (t.kind === 'reflectValue')
        return v;
    if (v instanceof Iface)
        return v.v;
    return v === undefined ? null : v;
}
/** A function result as a reflect.Value of the declared result type. */
function fromResult(t, v) {
    if (t.kind === 'reflectValue')
        return v;
    if (t.kind === 'interface')
        return new Iface(t, v === undefined ? null : v instanceof Iface ? v.v : v);
    return v;
}
/** The `call` builtin: call fn with args converted to its parameter types (funcs.go call). */
function callBuiltin(name, fnv, args) {
    const fn = indirectInterface(fnv);
    if (fn === undefined)
        throw new GoError('call of nil');
    if (!(fn instanceof GoFunc))
        throw new GoError(`non-function ${name} of type ${staticType(fn).name}`);
    const typ = fn.type;
    const results = typ.results;
    const bad = badFuncSignature(name, typ);
    if (bad !== undefined)
        throw new GoError(bad);
    const numIn = typ.params.length;
    if (typ.variadic) {
        if (args.length < numIn - 1)
            throw new GoError(`wrong number of args for ${name}: got ${args.length} want at least ${numIn - 1}`);
    }
    else if (args.length !== numIn) {
        throw new GoError(`wrong number of args for ${name}: got ${args.length} want ${numIn}`);
    }
    const argv = args.map((raw, i) => {
        const argType = paramType(typ, i);
        const arg = indirectInterface(raw);
        try {
            return toCallArg(prepareArg(arg, argType), argType);
        }
        catch (e) {
            if (e instanceof GoError)
                throw new GoError(`arg ${i}: ${e.message}`);
            throw e;
        }
    });
    if (fn.impl === null)
        throw new GoError('reflect.Value.Call: call of nil function');
    return fromResult(results[0], fn.impl(...argv));
}
/** Map entries in fmtsort order (what Go's range over a map uses). */
function sortedEntries(m) {
    return [...m.entries.values()].sort((a, b) => compareKeys(a.key, b.key));
}
/** Execute a template's tree with data as dot; returns the output, throws ExecError. */
function execute(tmpl, data, limits = DEFAULT_LIMITS, segments = null) {
    // Execute(w, nil): reflect.ValueOf(nil) is the invalid value, not a nil interface.
    if (data === null)
        data = undefined;
    const out = new Output(limits.maxOutput, segments);
    const state = new State(tmpl, out, [{ name: '$', value: data }], 0, limits);
    try {
        if (!tmpl.root)
            state.errorf('%q is an incomplete or empty template', tmpl.name());
        state.walk(data, tmpl.root);
    }
    catch (e) {
        if (e instanceof exec_ExecError) {
            e.output = out.text();
            throw e;
        }
        if (isStackOverflow(e)) {
            const err = new LimitError(`template: ${tmpl.name()}: template too deeply nested to execute`, tmpl.name());
            err.output = out.text();
            throw err;
        }
        throw e;
    }
    return out.text();
}


;// CONCATENATED MODULE: ../../packages/gotemplate/src/node.ts
// The parse tree (Go's text/template/parse node.go). Each node keeps its position (an index into
// the template text) and its tree, for error messages; toString() reproduces Go's String(), which
// appears in execution errors as `at <…>`.


class Base {
    constructor(tree, pos) {
        this.tree = tree;
        this.pos = pos;
    }
}
class ListNode extends Base {
    constructor() {
        super(...arguments);
        this.type = 'list';
        this.nodes = [];
    }
    toString() {
        return this.nodes.map(String).join('');
    }
}
class TextNode extends Base {
    constructor(tree, pos, text) {
        super(tree, pos);
        this.text = text;
        this.type = 'text';
    }
    toString() {
        return this.text;
    }
}
class CommentNode extends Base {
    constructor(tree, pos, text) {
        super(tree, pos);
        this.text = text;
        this.type = 'comment';
    }
    toString() {
        return `{{${this.text}}}`;
    }
}
class PipeNode extends Base {
    constructor(tree, pos, line) {
        super(tree, pos);
        this.line = line;
        this.type = 'pipe';
        this.isAssign = false;
        this.decl = [];
        this.cmds = [];
    }
    toString() {
        let s = '';
        if (this.decl.length > 0)
            s = this.decl.map(String).join(', ') + (this.isAssign ? ' = ' : ' := ');
        return s + this.cmds.map(String).join(' | ');
    }
}
class ActionNode extends Base {
    constructor(tree, pos, line, pipe) {
        super(tree, pos);
        this.line = line;
        this.pipe = pipe;
        this.type = 'action';
    }
    toString() {
        return `{{${this.pipe}}}`;
    }
}
class CommandNode extends Base {
    constructor() {
        super(...arguments);
        this.type = 'command';
        this.args = [];
    }
    toString() {
        return this.args.map((a) => (a instanceof PipeNode ? `(${a})` : String(a))).join(' ');
    }
}
class IdentifierNode extends Base {
    constructor(tree, pos, ident) {
        super(tree, pos);
        this.ident = ident;
        this.type = 'identifier';
    }
    toString() {
        return this.ident;
    }
}
class VariableNode extends Base {
    constructor(tree, pos, ident) {
        super(tree, pos);
        this.type = 'variable';
        this.ident = ident.split('.');
    }
    toString() {
        return this.ident.join('.');
    }
}
class DotNode extends Base {
    constructor() {
        super(...arguments);
        this.type = 'dot';
    }
    toString() {
        return '.';
    }
}
class NilNode extends Base {
    constructor() {
        super(...arguments);
        this.type = 'nil';
    }
    toString() {
        return 'nil';
    }
}
class FieldNode extends Base {
    constructor(tree, pos, ident) {
        super(tree, pos);
        this.type = 'field';
        this.ident = ident.slice(1).split('.'); // drop the leading period
    }
    toString() {
        return this.ident.map((id) => `.${id}`).join('');
    }
}
class ChainNode extends Base {
    constructor(tree, pos, node) {
        super(tree, pos);
        this.node = node;
        this.type = 'chain';
        this.field = [];
    }
    add(field) {
        this.field.push(field.slice(1));
    }
    toString() {
        const head = this.node instanceof PipeNode ? `(${this.node})` : String(this.node);
        return head + this.field.map((f) => `.${f}`).join('');
    }
}
class BoolNode extends Base {
    constructor(tree, pos, value) {
        super(tree, pos);
        this.value = value;
        this.type = 'bool';
    }
    toString() {
        return this.value ? 'true' : 'false';
    }
}
/** A numeric constant with every interpretation Go's parser found valid for it. */
class NumberNode extends Base {
    constructor(tree, pos, text) {
        super(tree, pos);
        this.text = text;
        this.type = 'number';
        this.isInt = false;
        this.isUint = false;
        this.isFloat = false;
        this.isComplex = false;
        this.int64 = 0n;
        this.uint64 = 0n;
        this.float64 = 0;
        this.complex = [0, 0];
    }
    toString() {
        return this.text;
    }
}
class StringNode extends Base {
    constructor(tree, pos, quoted, text) {
        super(tree, pos);
        this.quoted = quoted;
        this.text = text;
        this.type = 'string';
    }
    toString() {
        return this.quoted;
    }
}
class EndNode extends Base {
    constructor() {
        super(...arguments);
        this.type = 'end';
    }
    toString() {
        return '{{end}}';
    }
}
class ElseNode extends Base {
    constructor(tree, pos, line) {
        super(tree, pos);
        this.line = line;
        this.type = 'else';
    }
    toString() {
        return '{{else}}';
    }
}
class BranchNode extends Base {
    constructor(tree, pos, line, pipe, list, elseList) {
        super(tree, pos);
        this.line = line;
        this.pipe = pipe;
        this.list = list;
        this.elseList = elseList;
    }
    toString() {
        const els = this.elseList ? `{{else}}${this.elseList}` : '';
        return `{{${this.keyword} ${this.pipe}}}${this.list}${els}{{end}}`;
    }
}
class IfNode extends BranchNode {
    constructor() {
        super(...arguments);
        this.type = 'if';
        this.keyword = 'if';
    }
}
class RangeNode extends BranchNode {
    constructor() {
        super(...arguments);
        this.type = 'range';
        this.keyword = 'range';
    }
}
class WithNode extends BranchNode {
    constructor() {
        super(...arguments);
        this.type = 'with';
        this.keyword = 'with';
    }
}
class TemplateNode extends Base {
    constructor(tree, pos, line, name, pipe) {
        super(tree, pos);
        this.line = line;
        this.name = name;
        this.pipe = pipe;
        this.type = 'template';
    }
    toString() {
        const pipe = this.pipe ? ` ${this.pipe}` : '';
        return `{{template ${fmt_sprintf('%q', [this.name])}${pipe}}}`;
    }
}
class BreakNode extends Base {
    constructor(tree, pos, line) {
        super(tree, pos);
        this.line = line;
        this.type = 'break';
    }
    toString() {
        return '{{break}}';
    }
}
class ContinueNode extends Base {
    constructor(tree, pos, line) {
        super(tree, pos);
        this.line = line;
        this.type = 'continue';
    }
    toString() {
        return '{{continue}}';
    }
}
/** parse.IsEmptyTree: only whitespace text and comments. */
function isEmptyTree(n) {
    if (n === null)
        return true;
    switch (n.type) {
        case 'comment':
            return true;
        case 'list':
            return n.nodes.every(isEmptyTree);
        case 'text':
            return goTrimSpace(n.text) === '';
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/lex.ts
// The template lexer: a port of Go 1.23's text/template/parse/lex.go state machine (synchronous in
// 1.23, so the parser pulls one item at a time). Positions are indexes into the JS string; the
// parser turns them into Go's byte columns only when it reports an error.



/** fmt's %#U: `U+0041 'A'`. */
function goQuoteRune(r) {
    return fmt_sprintf('%#U', [new GoInt(T.int32, BigInt(r))]);
}
/** fmt's %q, or %.Nq: Go-quoted, truncated to n runes. */
function goQuoteTruncated(s, n) {
    return n === Infinity ? fmt_sprintf('%q', [s]) : fmt_sprintf(`%.${n}q`, [s]);
}
var ItemType;
(function (ItemType) {
    ItemType[ItemType["Error"] = 0] = "Error";
    ItemType[ItemType["Bool"] = 1] = "Bool";
    ItemType[ItemType["Char"] = 2] = "Char";
    ItemType[ItemType["CharConstant"] = 3] = "CharConstant";
    ItemType[ItemType["Comment"] = 4] = "Comment";
    ItemType[ItemType["Complex"] = 5] = "Complex";
    ItemType[ItemType["Assign"] = 6] = "Assign";
    ItemType[ItemType["Declare"] = 7] = "Declare";
    ItemType[ItemType["EOF"] = 8] = "EOF";
    ItemType[ItemType["Field"] = 9] = "Field";
    ItemType[ItemType["Identifier"] = 10] = "Identifier";
    ItemType[ItemType["LeftDelim"] = 11] = "LeftDelim";
    ItemType[ItemType["LeftParen"] = 12] = "LeftParen";
    ItemType[ItemType["Number"] = 13] = "Number";
    ItemType[ItemType["Pipe"] = 14] = "Pipe";
    ItemType[ItemType["RawString"] = 15] = "RawString";
    ItemType[ItemType["RightDelim"] = 16] = "RightDelim";
    ItemType[ItemType["RightParen"] = 17] = "RightParen";
    ItemType[ItemType["Space"] = 18] = "Space";
    ItemType[ItemType["String"] = 19] = "String";
    ItemType[ItemType["Text"] = 20] = "Text";
    ItemType[ItemType["Variable"] = 21] = "Variable";
    // Keywords appear after all the rest.
    ItemType[ItemType["Keyword"] = 22] = "Keyword";
    ItemType[ItemType["Block"] = 23] = "Block";
    ItemType[ItemType["Break"] = 24] = "Break";
    ItemType[ItemType["Continue"] = 25] = "Continue";
    ItemType[ItemType["Dot"] = 26] = "Dot";
    ItemType[ItemType["Define"] = 27] = "Define";
    ItemType[ItemType["Else"] = 28] = "Else";
    ItemType[ItemType["End"] = 29] = "End";
    ItemType[ItemType["If"] = 30] = "If";
    ItemType[ItemType["Nil"] = 31] = "Nil";
    ItemType[ItemType["Range"] = 32] = "Range";
    ItemType[ItemType["Template"] = 33] = "Template";
    ItemType[ItemType["With"] = 34] = "With";
})(ItemType || (ItemType = {}));
const KEYWORDS = {
    '.': ItemType.Dot,
    block: ItemType.Block,
    break: ItemType.Break,
    continue: ItemType.Continue,
    define: ItemType.Define,
    else: ItemType.Else,
    end: ItemType.End,
    if: ItemType.If,
    range: ItemType.Range,
    nil: ItemType.Nil,
    template: ItemType.Template,
    with: ItemType.With,
};
/** How Go's item.String() shows a token in "unexpected …" errors. */
function itemString(i) {
    if (i.typ === ItemType.EOF)
        return 'EOF';
    if (i.typ === ItemType.Error)
        return i.val;
    if (i.typ > ItemType.Keyword)
        return `<${i.val}>`;
    if (goLen(i.val) > 10)
        return `${goQuoteTruncated(i.val, 10)}...`;
    return goQuoteTruncated(i.val, Infinity);
}
const EOF = -1;
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const TRIM_MARKER_LEN = 2; // marker plus space before or after
class Lexer {
    constructor(name, input, leftDelim, rightDelim) {
        this.name = name;
        this.input = input;
        this.leftDelim = leftDelim;
        this.rightDelim = rightDelim;
        this.pos = 0;
        this.start = 0;
        this.atEOF = false;
        this.parenDepth = 0;
        this.line = 1;
        this.startLine = 1;
        this.item = { typ: ItemType.EOF, pos: 0, val: 'EOF', line: 1 };
        this.insideAction = false;
        this.options = { emitComment: false, breakOK: true, continueOK: true };
    }
    next() {
        if (this.pos >= this.input.length) {
            this.atEOF = true;
            return EOF;
        }
        const c = this.input.charCodeAt(this.pos);
        let r;
        if (c >= 0xd800 && c <= 0xdbff && this.pos + 1 < this.input.length) {
            const d = this.input.charCodeAt(this.pos + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                r = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                this.pos += 2;
                return r;
            }
        }
        this.pos += 1;
        if (c === 10)
            this.line++;
        // A lone surrogate is an escaped raw byte (see utf8.ts): Go decodes it as RuneError.
        return c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
    }
    peek() {
        const r = this.next();
        this.backup();
        return r;
    }
    backup() {
        if (!this.atEOF && this.pos > 0) {
            const c = this.input.charCodeAt(this.pos - 1);
            if (c >= 0xdc00 && c <= 0xdfff && this.pos > 1) {
                const h = this.input.charCodeAt(this.pos - 2);
                if (h >= 0xd800 && h <= 0xdbff) {
                    this.pos -= 2;
                    return;
                }
            }
            this.pos -= 1;
            if (c === 10)
                this.line--;
        }
    }
    thisItem(typ) {
        const i = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
        this.start = this.pos;
        this.startLine = this.line;
        return i;
    }
    emit(typ) {
        return this.emitItem(this.thisItem(typ));
    }
    emitItem(i) {
        this.item = i;
        return null;
    }
    ignore() {
        this.line += countNewlines(this.input, this.start, this.pos);
        this.start = this.pos;
        this.startLine = this.line;
    }
    accept(valid) {
        const r = this.next();
        if (r !== EOF && valid.includes(String.fromCodePoint(r)))
            return true;
        this.backup();
        return false;
    }
    acceptRun(valid) {
        for (;;) {
            const r = this.next();
            if (r === EOF || !valid.includes(String.fromCodePoint(r)))
                break;
        }
        this.backup();
    }
    errorf(message) {
        this.item = { typ: ItemType.Error, pos: this.start, val: message, line: this.startLine };
        this.start = 0;
        this.pos = 0;
        this.input = '';
        return null;
    }
    nextItem() {
        this.item = { typ: ItemType.EOF, pos: this.pos, val: 'EOF', line: this.startLine };
        let state = this.insideAction ? lexInsideAction : lexText;
        while (state)
            state = state(this);
        return this.item;
    }
    atRightDelim() {
        const s = this.input;
        if (hasRightTrimMarker(s, this.pos) && s.startsWith(this.rightDelim, this.pos + TRIM_MARKER_LEN))
            return [true, true];
        if (s.startsWith(this.rightDelim, this.pos))
            return [true, false];
        return [false, false];
    }
    atTerminator() {
        const r = this.peek();
        if (isSpace(r))
            return true;
        switch (r) {
            case EOF:
            case 0x2e: // .
            case 0x2c: // ,
            case 0x7c: // |
            case 0x3a: // :
            case 0x29: // )
            case 0x28: // (
                return true;
        }
        return this.input.startsWith(this.rightDelim, this.pos);
    }
    scanNumber() {
        this.accept('+-');
        let digits = '0123456789_';
        if (this.accept('0')) {
            if (this.accept('xX'))
                digits = '0123456789abcdefABCDEF_';
            else if (this.accept('oO'))
                digits = '01234567_';
            else if (this.accept('bB'))
                digits = '01_';
        }
        this.acceptRun(digits);
        if (this.accept('.'))
            this.acceptRun(digits);
        if (digits.length === 11 && this.accept('eE')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        if (digits.length === 23 && this.accept('pP')) {
            this.accept('+-');
            this.acceptRun('0123456789_');
        }
        this.accept('i');
        if (isAlphaNumeric(this.peek())) {
            this.next();
            return false;
        }
        return true;
    }
}
function countNewlines(s, from, to) {
    let n = 0;
    for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
function isSpace(r) {
    return r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
}
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
function isAlphaNumeric(r) {
    if (r === 0x5f)
        return true;
    if (r < 0x80)
        return (r >= 0x30 && r <= 0x39) || ((r | 0x20) >= 0x61 && (r | 0x20) <= 0x7a);
    if (r === EOF)
        return false;
    const ch = String.fromCodePoint(r);
    return LETTER.test(ch) || DIGIT.test(ch);
}
function hasLeftTrimMarker(s, at) {
    return s.length - at >= 2 && s.charCodeAt(at) === 0x2d && isSpace(s.charCodeAt(at + 1));
}
function hasRightTrimMarker(s, at) {
    return s.length - at >= 2 && isSpace(s.charCodeAt(at)) && s.charCodeAt(at + 1) === 0x2d;
}
function rightTrimLength(s, from, to) {
    let i = to;
    while (i > from && isSpace(s.charCodeAt(i - 1)))
        i--;
    return to - i;
}
function leftTrimLength(s, from) {
    let i = from;
    while (i < s.length && isSpace(s.charCodeAt(i)))
        i++;
    return i - from;
}
function lexText(l) {
    const x = l.input.indexOf(l.leftDelim, l.pos);
    if (x >= 0) {
        if (x > l.pos) {
            l.pos = x;
            let trimLength = 0;
            const delimEnd = l.pos + l.leftDelim.length;
            if (hasLeftTrimMarker(l.input, delimEnd))
                trimLength = rightTrimLength(l.input, l.start, l.pos);
            l.pos -= trimLength;
            l.line += countNewlines(l.input, l.start, l.pos);
            const i = l.thisItem(ItemType.Text);
            l.pos += trimLength;
            l.ignore();
            if (i.val.length > 0)
                return l.emitItem(i);
        }
        return lexLeftDelim;
    }
    l.pos = l.input.length;
    if (l.pos > l.start) {
        l.line += countNewlines(l.input, l.start, l.pos);
        return l.emit(ItemType.Text);
    }
    return l.emit(ItemType.EOF);
}
function lexLeftDelim(l) {
    l.pos += l.leftDelim.length;
    const trimSpace = hasLeftTrimMarker(l.input, l.pos);
    const afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
    if (l.input.startsWith(LEFT_COMMENT, l.pos + afterMarker)) {
        l.pos += afterMarker;
        l.ignore();
        return lexComment;
    }
    const i = l.thisItem(ItemType.LeftDelim);
    l.insideAction = true;
    l.pos += afterMarker;
    l.ignore();
    l.parenDepth = 0;
    return l.emitItem(i);
}
function lexComment(l) {
    l.pos += LEFT_COMMENT.length;
    const x = l.input.indexOf(RIGHT_COMMENT, l.pos);
    if (x < 0)
        return l.errorf('unclosed comment');
    l.pos = x + RIGHT_COMMENT.length;
    const [delim, trimSpace] = l.atRightDelim();
    if (!delim)
        return l.errorf('comment ends before closing delimiter');
    const i = l.thisItem(ItemType.Comment);
    if (trimSpace)
        l.pos += TRIM_MARKER_LEN;
    l.pos += l.rightDelim.length;
    if (trimSpace)
        l.pos += leftTrimLength(l.input, l.pos);
    l.ignore();
    if (l.options.emitComment)
        return l.emitItem(i);
    return lexText;
}
function lexRightDelim(l) {
    const [, trimSpace] = l.atRightDelim();
    if (trimSpace) {
        l.pos += TRIM_MARKER_LEN;
        l.ignore();
    }
    l.pos += l.rightDelim.length;
    const i = l.thisItem(ItemType.RightDelim);
    if (trimSpace) {
        l.pos += leftTrimLength(l.input, l.pos);
        l.ignore();
    }
    l.insideAction = false;
    return l.emitItem(i);
}
function lexInsideAction(l) {
    const [delim] = l.atRightDelim();
    if (delim) {
        if (l.parenDepth === 0)
            return lexRightDelim;
        return l.errorf('unclosed left paren');
    }
    const r = l.next();
    if (r === EOF)
        return l.errorf('unclosed action');
    if (isSpace(r)) {
        l.backup(); // Put space back in case we have " -}}".
        return lexSpace;
    }
    switch (r) {
        case 0x3d: // =
            return l.emit(ItemType.Assign);
        case 0x3a: // :
            if (l.next() !== 0x3d)
                return l.errorf('expected :=');
            return l.emit(ItemType.Declare);
        case 0x7c: // |
            return l.emit(ItemType.Pipe);
        case 0x22: // "
            return lexQuote;
        case 0x60: // `
            return lexRawQuote;
        case 0x24: // $
            return lexVariable;
        case 0x27: // '
            return lexChar;
        case 0x2e: // .
            // Special look-ahead for ".field" so we don't break backup().
            if (l.pos < l.input.length) {
                const c = l.input.charCodeAt(l.pos);
                if (c < 0x30 || c > 0x39)
                    return lexField;
            }
            l.backup();
            return lexNumber;
        case 0x28: // (
            l.parenDepth++;
            return l.emit(ItemType.LeftParen);
        case 0x29: // )
            l.parenDepth--;
            if (l.parenDepth < 0)
                return l.errorf('unexpected right paren');
            return l.emit(ItemType.RightParen);
    }
    if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
        l.backup();
        return lexNumber;
    }
    if (isAlphaNumeric(r)) {
        l.backup();
        return lexIdentifier;
    }
    if (r <= 0x7f && r >= 0x20 && r < 0x7f)
        return l.emit(ItemType.Char);
    return l.errorf(`unrecognized character in action: ${goQuoteRune(r)}`);
}
function lexSpace(l) {
    let numSpaces = 0;
    while (isSpace(l.peek())) {
        l.next();
        numSpaces++;
    }
    // A trim-marked closing delimiter starts with a space: check for the '-' that might follow.
    if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.rightDelim, l.pos - 1 + TRIM_MARKER_LEN)) {
        l.backup(); // Before the space.
        if (numSpaces === 1)
            return lexRightDelim;
    }
    return l.emit(ItemType.Space);
}
function lexIdentifier(l) {
    for (;;) {
        const r = l.next();
        if (isAlphaNumeric(r))
            continue;
        l.backup();
        const word = l.input.slice(l.start, l.pos);
        if (!l.atTerminator())
            return l.errorf(`bad character ${goQuoteRune(r)}`);
        const kw = KEYWORDS[word];
        if (kw !== undefined && kw > ItemType.Keyword) {
            if ((kw === ItemType.Break && !l.options.breakOK) || (kw === ItemType.Continue && !l.options.continueOK)) {
                return l.emit(ItemType.Identifier);
            }
            return l.emit(kw);
        }
        if (word[0] === '.')
            return l.emit(ItemType.Field);
        if (word === 'true' || word === 'false')
            return l.emit(ItemType.Bool);
        return l.emit(ItemType.Identifier);
    }
}
function lexField(l) {
    return lexFieldOrVariable(l, ItemType.Field);
}
function lexVariable(l) {
    if (l.atTerminator())
        return l.emit(ItemType.Variable);
    return lexFieldOrVariable(l, ItemType.Variable);
}
function lexFieldOrVariable(l, typ) {
    if (l.atTerminator())
        return l.emit(typ === ItemType.Variable ? ItemType.Variable : ItemType.Dot);
    let r;
    for (;;) {
        r = l.next();
        if (!isAlphaNumeric(r)) {
            l.backup();
            break;
        }
    }
    if (!l.atTerminator())
        return l.errorf(`bad character ${goQuoteRune(r)}`);
    return l.emit(typ);
}
function lexQuoted(l, quote, what, typ) {
    for (;;) {
        let r = l.next();
        if (r === 0x5c) {
            r = l.next();
            if (r !== EOF && r !== 0x0a)
                continue;
            return l.errorf(`unterminated ${what}`);
        }
        if (r === EOF || r === 0x0a)
            return l.errorf(`unterminated ${what}`);
        if (r === quote)
            break;
    }
    return l.emit(typ);
}
function lexChar(l) {
    return lexQuoted(l, 0x27, 'character constant', ItemType.CharConstant);
}
function lexQuote(l) {
    return lexQuoted(l, 0x22, 'quoted string', ItemType.String);
}
function lexRawQuote(l) {
    for (;;) {
        const r = l.next();
        if (r === EOF)
            return l.errorf('unterminated raw quoted string');
        if (r === 0x60)
            break;
    }
    return l.emit(ItemType.RawString);
}
function lexNumber(l) {
    if (!l.scanNumber())
        return l.errorf(`bad number syntax: ${goQuoteTruncated(l.input.slice(l.start, l.pos), Infinity)}`);
    const sign = l.peek();
    if (sign === 0x2b || sign === 0x2d) {
        // Complex: 1+2i. No spaces, must end in 'i'.
        if (!l.scanNumber() || l.input.charCodeAt(l.pos - 1) !== 0x69) {
            return l.errorf(`bad number syntax: ${goQuoteTruncated(l.input.slice(l.start, l.pos), Infinity)}`);
        }
        return l.emit(ItemType.Complex);
    }
    return l.emit(ItemType.Number);
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/strconv.ts
// The parts of Go's strconv that the template parser uses on literals: Unquote, ParseInt/ParseUint
// with base 0, ParseFloat, all with Go's literal syntax (prefixes, underscores, hex floats).

class SyntaxError extends Error {
}
/** strconv.Unquote; throws SyntaxError ("invalid syntax"). */
function unquote(s) {
    const n = s.length;
    if (n < 2)
        throw new SyntaxError('invalid syntax');
    const quote = s[0];
    if (quote !== s[n - 1] || (quote !== '"' && quote !== "'" && quote !== '`'))
        throw new SyntaxError('invalid syntax');
    const body = s.slice(1, n - 1);
    if (quote === '`') {
        if (body.includes('`'))
            throw new SyntaxError('invalid syntax');
        return body.includes('\r') ? body.replaceAll('\r', '') : body;
    }
    if (!body.includes('\\') && !body.includes('\n') && !hasEscapedByte(body)) {
        if (quote === '"') {
            if (!body.includes('"'))
                return body;
        }
        else {
            const cps = [...body];
            if (cps.length === 1 && body !== "'")
                return body;
        }
    }
    const bytes = [];
    let i = 0;
    let first = true;
    while (i < body.length) {
        if (quote === "'" && !first)
            throw new SyntaxError('invalid syntax');
        if (body[i] === '\n')
            throw new SyntaxError('invalid syntax');
        const [r, multibyte, next] = unquoteChar(body, i, quote);
        i = next;
        if (r < 0x80 || !multibyte)
            bytes.push(r);
        else
            bytes.push(...goBytes(String.fromCodePoint(r)));
        first = false;
    }
    if (quote === "'" && first)
        throw new SyntaxError('invalid syntax');
    return fromGoBytes(Uint8Array.from(bytes));
}
function hasEscapedByte(s) {
    for (let i = 0; i < s.length; i++)
        if (isEscapedByte(s.charCodeAt(i)))
            return true;
    return false;
}
const SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
/** strconv.UnquoteChar at s[i]: [value, multibyte, index after]. */
function unquoteChar(s, i, quote) {
    if (i >= s.length)
        throw new SyntaxError('invalid syntax');
    const c = s[i];
    if (c === quote && (quote === "'" || quote === '"'))
        throw new SyntaxError('invalid syntax');
    const code = s.codePointAt(i);
    if (code >= 0x80) {
        // A raw invalid byte decodes as RuneError; a lone surrogate here is such a byte.
        if (code >= 0xd800 && code <= 0xdfff)
            return [0xfffd, true, i + 1];
        return [code, true, i + (code > 0xffff ? 2 : 1)];
    }
    if (c !== '\\')
        return [code, false, i + 1];
    if (i + 1 >= s.length)
        throw new SyntaxError('invalid syntax');
    const e = s[i + 1];
    let j = i + 2;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined)
        return [simple, false, j];
    if (e === 'x' || e === 'u' || e === 'U') {
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        if (s.length - j < n)
            throw new SyntaxError('invalid syntax');
        let v = 0;
        for (let k = 0; k < n; k++) {
            const h = parseInt(s[j + k], 16);
            if (Number.isNaN(h) || !/[0-9a-fA-F]/.test(s[j + k]))
                throw new SyntaxError('invalid syntax');
            v = v * 16 + h;
        }
        j += n;
        if (e === 'x')
            return [v, false, j];
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
            throw new SyntaxError('invalid syntax');
        return [v, true, j];
    }
    if (e >= '0' && e <= '7') {
        let v = e.charCodeAt(0) - 48;
        if (s.length - j < 2)
            throw new SyntaxError('invalid syntax');
        for (let k = 0; k < 2; k++) {
            const x = s.charCodeAt(j + k) - 48;
            if (x < 0 || x > 7)
                throw new SyntaxError('invalid syntax');
            v = (v << 3) | x;
        }
        j += 2;
        if (v > 255)
            throw new SyntaxError('invalid syntax');
        return [v, false, j];
    }
    if (e === "'" || e === '"') {
        if (e !== quote)
            throw new SyntaxError('invalid syntax');
        return [e.charCodeAt(0), false, j];
    }
    throw new SyntaxError('invalid syntax');
}
/** Go's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
function underscoreOK(s) {
    let saw = '^';
    let i = 0;
    if (s.length >= 1 && (s[0] === '-' || s[0] === '+'))
        s = s.slice(1);
    let hex = false;
    if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
        i = 2;
        saw = '0';
        hex = s[1] === 'x' || s[1] === 'X';
    }
    for (; i < s.length; i++) {
        const c = s[i];
        if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
            saw = '0';
            continue;
        }
        if (c === '_') {
            if (saw !== '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw === '_')
            return false;
        saw = '!';
    }
    return saw !== '_';
}
/** strconv.ParseUint(s, 0, 64); undefined on any error. */
function parseUint0(s) {
    if (s.length === 0)
        return undefined;
    let base = 10;
    let body = s;
    if (s[0] === '0') {
        if (s.length >= 3 && (s[1] === 'x' || s[1] === 'X')) {
            base = 16;
            body = s.slice(2);
        }
        else if (s.length >= 3 && (s[1] === 'o' || s[1] === 'O')) {
            base = 8;
            body = s.slice(2);
        }
        else if (s.length >= 3 && (s[1] === 'b' || s[1] === 'B')) {
            base = 2;
            body = s.slice(2);
        }
        else {
            base = 8;
            body = s.slice(1);
        }
    }
    let underscores = false;
    let v = 0n;
    const B = BigInt(base);
    for (const c of body) {
        if (c === '_') {
            underscores = true;
            continue;
        }
        const d = digitValue(c);
        if (d < 0 || d >= base)
            return undefined;
        v = v * B + BigInt(d);
    }
    if (underscores && !underscoreOK(s))
        return undefined;
    if (v > 0xffffffffffffffffn)
        return undefined;
    return v;
}
function digitValue(c) {
    const x = c.charCodeAt(0);
    if (x >= 48 && x <= 57)
        return x - 48;
    if (x >= 97 && x <= 122)
        return x - 87;
    if (x >= 65 && x <= 90)
        return x - 55;
    return -1;
}
/** strconv.ParseInt(s, 0, 64); undefined on any error. */
function parseInt0(s) {
    if (s.length === 0)
        return undefined;
    let neg = false;
    let body = s;
    if (s[0] === '+' || s[0] === '-') {
        neg = s[0] === '-';
        body = s.slice(1);
    }
    const u = parseUint0(body);
    if (u === undefined)
        return undefined;
    if (!neg && u >= 1n << 63n)
        return undefined;
    if (neg && u > 1n << 63n)
        return undefined;
    return neg ? -u : u;
}
/** strconv.ParseFloat(s, 64): Go's float literal syntax (underscores, hex with p exponents, inf, nan), with Go's two errors apart. */
function parseGoFloat(s) {
    const special = parseSpecial(s);
    if (special !== undefined)
        return { ok: true, value: special };
    const lit = readFloat(s);
    if (!lit)
        return { ok: false, reason: 'invalid syntax', value: 0 };
    const value = lit.hex ? hexValue(lit) : decimalValue(lit);
    if (!Number.isFinite(value))
        return { ok: false, reason: 'value out of range', value };
    return { ok: true, value };
}
/**
 * strconv.ParseFloat(s, 64) as the template parser uses it: undefined on a syntax error and on
 * overflow (Go's ErrRange), which it treats alike.
 */
function parseFloat64(s) {
    const r = parseGoFloat(s);
    return r.ok ? r.value : undefined;
}
/** The NumError text Go's fmt.Sscan surfaces for a bad float token. */
function parseFloatError(token) {
    return `strconv.ParseFloat: parsing ${JSON.stringify(token)}: invalid syntax`;
}

/** strconv's special(): [+-]inf, [+-]infinity, nan (no sign), any case, and nothing after them. */
function parseSpecial(s) {
    const m = /^([+-]?)(inf|infinity)$/i.exec(s);
    if (m)
        return m[1] === '-' ? -Infinity : Infinity;
    if (/^nan$/i.test(s))
        return NaN;
    return undefined;
}
/** strconv's readFloat and underscoreOK: the literal's parts, or null for a syntax error. */
function readFloat(s) {
    let i = 0;
    let negative = false;
    if (s[i] === '+')
        i++;
    else if (s[i] === '-') {
        negative = true;
        i++;
    }
    let hex = false;
    if (i + 2 < s.length && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
        hex = true;
        i += 2;
    }
    const isDigit = (c) => (c >= '0' && c <= '9') || (hex && /^[a-fA-F]$/.test(c));
    let sawDot = false;
    let sawDigits = false;
    let underscores = false;
    let digits = '';
    let leadingZerosAfterDot = 0;
    let intDigits = 0;
    let fractionDigits = 0;
    for (; i < s.length; i++) {
        const c = s[i];
        if (c === '_') {
            underscores = true;
            continue;
        }
        if (c === '.') {
            if (sawDot)
                break;
            sawDot = true;
            continue;
        }
        if (!isDigit(c))
            break;
        sawDigits = true;
        if (sawDot)
            fractionDigits++;
        if (digits === '' && c === '0') {
            if (sawDot)
                leadingZerosAfterDot++;
            continue;
        }
        digits += c;
        if (!sawDot)
            intDigits++;
    }
    if (!sawDigits)
        return null;
    let exponent = 0;
    const expChar = hex ? /^[pP]$/ : /^[eE]$/;
    if (i < s.length && expChar.test(s[i])) {
        i++;
        if (i >= s.length)
            return null;
        let sign = 1;
        if (s[i] === '+')
            i++;
        else if (s[i] === '-') {
            i++;
            sign = -1;
        }
        if (i >= s.length || !(s[i] >= '0' && s[i] <= '9'))
            return null;
        let e = 0;
        for (; i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '_'); i++) {
            if (s[i] === '_') {
                underscores = true;
                continue;
            }
            // As strconv: the exponent stops growing once it is 10000 or more.
            if (e < 10000)
                e = e * 10 + Number(s[i]);
        }
        exponent = sign * e;
    }
    else if (hex)
        return null; // a hex mantissa needs its p exponent
    if (i !== s.length)
        return null;
    if (underscores && !underscoreOK(s))
        return null;
    const point = (digits === '' ? 0 : intDigits - leadingZerosAfterDot) + exponent;
    return { negative, hex, digits, point, pExponent: exponent, fractionDigits };
}
/** The decimal literal's value, correctly rounded (JavaScript's own decimal parsing is). */
function decimalValue(lit) {
    const magnitude = lit.digits === '' ? 0 : Number(`0.${lit.digits}e${lit.point}`);
    return lit.negative ? -magnitude : magnitude;
}
/** mantissa × 2^(p − 4 × fraction digits), rounded to nearest even like strconv's atofHex. */
function hexValue(lit) {
    // Leading zeros are not in `digits`, but the fraction's digit count includes them: each hex
    // digit after the dot is four binary places, significant or not.
    const magnitude = lit.digits === '' ? 0 : roundToDouble(BigInt(`0x${lit.digits}`), lit.pExponent - 4 * lit.fractionDigits);
    return lit.negative ? -magnitude : magnitude;
}
/** m × 2^e as the nearest double (ties to even), ±Infinity past the largest. */
function roundToDouble(m, e) {
    if (m === 0n)
        return 0;
    const bits = m.toString(2).length;
    // Keep 53 significant bits, or fewer so the lowest kept bit is no smaller than 2^-1074.
    let shift = Math.max(bits - 53, -1074 - e);
    let kept;
    if (shift > 0) {
        const big = BigInt(shift);
        kept = m >> big;
        const rest = m & ((1n << big) - 1n);
        const half = 1n << (big - 1n);
        if (rest > half || (rest === half && (kept & 1n) === 1n))
            kept += 1n;
        if (kept === 1n << 53n) {
            kept >>= 1n;
            shift += 1;
        }
    }
    else {
        kept = m << BigInt(-shift);
    }
    const exponent = e + shift;
    if (exponent + kept.toString(2).length - 1 > 1023)
        return Infinity;
    // kept < 2^53 is exact as a Number; scaling by a power of two in two steps keeps it exact.
    return Number(kept) * 2 ** Math.max(exponent, -1022) * 2 ** Math.min(exponent + 1022, 0);
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/parse.ts
// The template parser: a port of Go 1.23's text/template/parse/parse.go, keeping its control flow
// (three-token lookahead, variable scoping, error wording) so parse errors match Go's to the byte.






/** A parse error; `message` is Go's err.Error(). */
class ParseError extends errors_TemplateError {
    constructor(message) {
        super(message, 'parse');
    }
}
class Tree {
    constructor(name, text = '') {
        this.name = name;
        this.text = text;
        this.root = null;
        this.token = [];
        this.peekCount = 0;
        this.vars = [];
        this.actionLine = 0;
        this.rangeDepth = 0;
        this.parseName = name;
    }
    /** Byte-accurate "NAME:LINE:COL" and the node's text, as Go's ErrorContext. */
    errorContext(n) {
        const tree = n.tree ?? this;
        const before = tree.text.slice(0, n.pos);
        const nl = before.lastIndexOf('\n');
        const lineStart = nl < 0 ? 0 : nl + 1;
        // Go counts the column in bytes; on the first line it is the byte offset itself (Go's quirk: no +1).
        const col = goBytes(before.slice(lineStart)).length;
        let line = 1;
        for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1))
            line++;
        return [`${tree.parseName}:${line}:${col}`, String(n)];
    }
    // --- token stream -------------------------------------------------------------------------
    next() {
        if (this.peekCount > 0)
            this.peekCount--;
        else
            this.token[0] = this.lex.nextItem();
        return this.token[this.peekCount];
    }
    backup() {
        this.peekCount++;
    }
    backup2(t1) {
        this.token[1] = t1;
        this.peekCount = 2;
    }
    backup3(t2, t1) {
        this.token[1] = t1;
        this.token[2] = t2;
        this.peekCount = 3;
    }
    peek() {
        if (this.peekCount > 0)
            return this.token[this.peekCount - 1];
        this.peekCount = 1;
        this.token[0] = this.lex.nextItem();
        return this.token[0];
    }
    nextNonSpace() {
        let token;
        do
            token = this.next();
        while (token.typ === ItemType.Space);
        return token;
    }
    peekNonSpace() {
        const token = this.nextNonSpace();
        this.backup();
        return token;
    }
    // --- errors -------------------------------------------------------------------------------
    errorf(message) {
        this.root = null;
        throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${message}`);
    }
    expect(expected, context) {
        const token = this.nextNonSpace();
        if (token.typ !== expected)
            this.unexpected(token, context);
        return token;
    }
    expectOneOf(e1, e2, context) {
        const token = this.nextNonSpace();
        if (token.typ !== e1 && token.typ !== e2)
            this.unexpected(token, context);
        return token;
    }
    unexpected(token, context) {
        if (token.typ === ItemType.Error) {
            let extra = '';
            if (this.actionLine !== 0 && this.actionLine !== token.line) {
                extra = ` in action started at ${this.parseName}:${this.actionLine}`;
                if (token.val.endsWith(' action'))
                    extra = extra.slice(' in action'.length);
            }
            this.errorf(`${itemString(token)}${extra}`);
        }
        this.errorf(`unexpected ${itemString(token)} in ${context}`);
    }
    // --- parsing ------------------------------------------------------------------------------
    startParse(opts, lex, treeSet) {
        this.root = null;
        this.lex = lex;
        this.vars = ['$'];
        this.opts = opts;
        this.treeSet = treeSet;
        lex.options = {
            emitComment: opts.parseComments === true,
            breakOK: !opts.hasFunction('break'),
            continueOK: !opts.hasFunction('continue'),
        };
    }
    /** Parse text into this tree and any {{define}}d trees, all added to treeSet. */
    parse(text, treeSet, opts) {
        this.parseName = this.name;
        const lexer = new Lexer(this.name, text, opts.leftDelim || '{{', opts.rightDelim || '}}');
        this.startParse(opts, lexer, treeSet);
        this.text = text;
        this.parseList();
        this.add();
    }
    add() {
        const tree = this.treeSet.get(this.name);
        if (!tree || isEmptyTree(tree.root)) {
            this.treeSet.set(this.name, this);
            return;
        }
        if (!isEmptyTree(this.root))
            this.errorf(`template: multiple definition of template ${fmt_sprintf('%q', [this.name])}`);
    }
    parseList() {
        this.root = new ListNode(this, this.peek().pos);
        while (this.peek().typ !== ItemType.EOF) {
            if (this.peek().typ === ItemType.LeftDelim) {
                const delim = this.next();
                if (this.nextNonSpace().typ === ItemType.Define) {
                    const newT = new Tree('definition', this.text);
                    newT.parseName = this.parseName;
                    newT.startParse(this.opts, this.lex, this.treeSet);
                    newT.parseDefinition();
                    continue;
                }
                this.backup2(delim);
            }
            const n = this.textOrAction();
            if (n.type === 'end' || n.type === 'else')
                this.errorf(`unexpected ${n}`);
            this.root.nodes.push(n);
        }
    }
    parseDefinition() {
        const context = 'define clause';
        const name = this.expectOneOf(ItemType.String, ItemType.RawString, context);
        this.name = this.unquote(name.val);
        this.expect(ItemType.RightDelim, context);
        const [list, end] = this.itemList();
        this.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${end} in ${context}`);
        this.add();
    }
    unquote(s) {
        try {
            return unquote(s);
        }
        catch (e) {
            return this.errorf(e.message);
        }
    }
    itemList() {
        const list = new ListNode(this, this.peekNonSpace().pos);
        while (this.peekNonSpace().typ !== ItemType.EOF) {
            const n = this.textOrAction();
            if (n.type === 'end' || n.type === 'else')
                return [list, n];
            list.nodes.push(n);
        }
        return this.errorf('unexpected EOF');
    }
    textOrAction() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Text:
                return new TextNode(this, token.pos, token.val);
            case ItemType.LeftDelim:
                this.actionLine = token.line;
                try {
                    return this.action();
                }
                finally {
                    this.actionLine = 0;
                }
            case ItemType.Comment:
                return new CommentNode(this, token.pos, token.val);
            default:
                return this.unexpected(token, 'input');
        }
    }
    action() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Block:
                return this.blockControl();
            case ItemType.Break:
                return this.breakControl(token.pos, token.line);
            case ItemType.Continue:
                return this.continueControl(token.pos, token.line);
            case ItemType.Else:
                return this.elseControl();
            case ItemType.End:
                return this.endControl();
            case ItemType.If:
                return this.branch('if', IfNode);
            case ItemType.Range:
                return this.branch('range', RangeNode);
            case ItemType.Template:
                return this.templateControl();
            case ItemType.With:
                return this.branch('with', WithNode);
        }
        this.backup();
        const t = this.peek();
        return new ActionNode(this, t.pos, t.line, this.pipeline('command', ItemType.RightDelim));
    }
    breakControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== ItemType.RightDelim)
            this.unexpected(token, '{{break}}');
        if (this.rangeDepth === 0)
            this.errorf('{{break}} outside {{range}}');
        return new BreakNode(this, pos, line);
    }
    continueControl(pos, line) {
        const token = this.nextNonSpace();
        if (token.typ !== ItemType.RightDelim)
            this.unexpected(token, '{{continue}}');
        if (this.rangeDepth === 0)
            this.errorf('{{continue}} outside {{range}}');
        return new ContinueNode(this, pos, line);
    }
    pipeline(context, end) {
        const token = this.peekNonSpace();
        const pipe = new PipeNode(this, token.pos, token.line);
        decls: for (;;) {
            const v = this.peekNonSpace();
            if (v.typ !== ItemType.Variable)
                break;
            this.next();
            const tokenAfterVariable = this.peek();
            const next = this.peekNonSpace();
            if (next.typ === ItemType.Assign || next.typ === ItemType.Declare) {
                pipe.isAssign = next.typ === ItemType.Assign;
                this.nextNonSpace();
                pipe.decl.push(new VariableNode(this, v.pos, v.val));
                this.vars.push(v.val);
            }
            else if (next.typ === ItemType.Char && next.val === ',') {
                this.nextNonSpace();
                pipe.decl.push(new VariableNode(this, v.pos, v.val));
                this.vars.push(v.val);
                if (context === 'range' && pipe.decl.length < 2) {
                    const p = this.peekNonSpace().typ;
                    if (p === ItemType.Variable || p === ItemType.RightDelim || p === ItemType.RightParen)
                        continue decls;
                    this.errorf('range can only initialize variables');
                }
                this.errorf(`too many declarations in ${context}`);
            }
            else if (tokenAfterVariable.typ === ItemType.Space) {
                this.backup3(v, tokenAfterVariable);
            }
            else {
                this.backup2(v);
            }
            break;
        }
        for (;;) {
            const token = this.nextNonSpace();
            switch (token.typ) {
                case end:
                    this.checkPipeline(pipe, context);
                    return pipe;
                case ItemType.Bool:
                case ItemType.CharConstant:
                case ItemType.Complex:
                case ItemType.Dot:
                case ItemType.Field:
                case ItemType.Identifier:
                case ItemType.Number:
                case ItemType.Nil:
                case ItemType.RawString:
                case ItemType.String:
                case ItemType.Variable:
                case ItemType.LeftParen:
                    this.backup();
                    pipe.cmds.push(this.command());
                    break;
                default:
                    this.unexpected(token, context);
            }
        }
    }
    checkPipeline(pipe, context) {
        if (pipe.cmds.length === 0)
            this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
            const t = c.args[0].type;
            if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
                this.errorf(`non executable command in pipeline stage ${i + 2}`);
            }
        });
    }
    parseControl(context) {
        const mark = this.vars.length;
        try {
            const pipe = this.pipeline(context, ItemType.RightDelim);
            if (context === 'range')
                this.rangeDepth++;
            let [list, next] = this.itemList();
            if (context === 'range')
                this.rangeDepth--;
            let elseList = null;
            if (next.type === 'else') {
                if (context === 'if' && this.peek().typ === ItemType.If) {
                    this.next();
                    elseList = new ListNode(this, next.pos);
                    elseList.nodes.push(this.branch('if', IfNode));
                }
                else if (context === 'with' && this.peek().typ === ItemType.With) {
                    this.next();
                    elseList = new ListNode(this, next.pos);
                    elseList.nodes.push(this.branch('with', WithNode));
                }
                else {
                    [elseList, next] = this.itemList();
                    if (next.type !== 'end')
                        this.errorf(`expected end; found ${next}`);
                }
            }
            return [pipe.pos, pipe.line, pipe, list, elseList];
        }
        finally {
            this.vars.length = mark;
        }
    }
    branch(context, Ctor) {
        const [pos, line, pipe, list, elseList] = this.parseControl(context);
        return new Ctor(this, pos, line, pipe, list, elseList);
    }
    endControl() {
        return new EndNode(this, this.expect(ItemType.RightDelim, 'end').pos);
    }
    elseControl() {
        const peek = this.peekNonSpace();
        if (peek.typ === ItemType.If || peek.typ === ItemType.With)
            return new ElseNode(this, peek.pos, peek.line);
        const token = this.expect(ItemType.RightDelim, 'else');
        return new ElseNode(this, token.pos, token.line);
    }
    blockControl() {
        const context = 'block clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        const pipe = this.pipeline(context, ItemType.RightDelim);
        const block = new Tree(name, this.text);
        block.parseName = this.parseName;
        block.startParse(this.opts, this.lex, this.treeSet);
        const [list, end] = block.itemList();
        block.root = list;
        if (end.type !== 'end')
            this.errorf(`unexpected ${end} in ${context}`);
        block.add();
        return new TemplateNode(this, token.pos, token.line, name, pipe);
    }
    templateControl() {
        const context = 'template clause';
        const token = this.nextNonSpace();
        const name = this.parseTemplateName(token, context);
        let pipe = null;
        if (this.nextNonSpace().typ !== ItemType.RightDelim) {
            this.backup();
            pipe = this.pipeline(context, ItemType.RightDelim);
        }
        return new TemplateNode(this, token.pos, token.line, name, pipe);
    }
    parseTemplateName(token, context) {
        if (token.typ === ItemType.String || token.typ === ItemType.RawString)
            return this.unquote(token.val);
        return this.unexpected(token, context);
    }
    command() {
        const cmd = new CommandNode(this, this.peekNonSpace().pos);
        for (;;) {
            this.peekNonSpace(); // skip leading spaces
            const operand = this.operand();
            if (operand)
                cmd.args.push(operand);
            const token = this.next();
            if (token.typ === ItemType.Space)
                continue;
            if (token.typ === ItemType.RightDelim || token.typ === ItemType.RightParen)
                this.backup();
            else if (token.typ !== ItemType.Pipe)
                this.unexpected(token, 'operand');
            break;
        }
        if (cmd.args.length === 0)
            this.errorf('empty command');
        return cmd;
    }
    operand() {
        let node = this.term();
        if (!node)
            return null;
        if (this.peek().typ === ItemType.Field) {
            const chain = new ChainNode(this, this.peek().pos, node);
            while (this.peek().typ === ItemType.Field)
                chain.add(this.next().val);
            switch (node.type) {
                case 'field':
                    node = new FieldNode(this, chain.pos, String(chain));
                    break;
                case 'variable':
                    node = new VariableNode(this, chain.pos, String(chain));
                    break;
                case 'bool':
                case 'string':
                case 'number':
                case 'nil':
                case 'dot':
                    this.errorf(`unexpected . after term ${fmt_sprintf('%q', [String(node)])}`);
                // falls through (errorf throws)
                default:
                    node = chain;
            }
        }
        return node;
    }
    term() {
        const token = this.nextNonSpace();
        switch (token.typ) {
            case ItemType.Identifier:
                if (!this.opts.skipFuncCheck && !this.opts.hasFunction(token.val)) {
                    this.errorf(`function ${fmt_sprintf('%q', [token.val])} not defined`);
                }
                return new IdentifierNode(this, token.pos, token.val);
            case ItemType.Dot:
                return new DotNode(this, token.pos);
            case ItemType.Nil:
                return new NilNode(this, token.pos);
            case ItemType.Variable:
                return this.useVar(token.pos, token.val);
            case ItemType.Field:
                return new FieldNode(this, token.pos, token.val);
            case ItemType.Bool:
                return new BoolNode(this, token.pos, token.val === 'true');
            case ItemType.CharConstant:
            case ItemType.Complex:
            case ItemType.Number:
                return this.newNumber(token.pos, token.val, token.typ);
            case ItemType.LeftParen:
                return this.pipeline('parenthesized pipeline', ItemType.RightParen);
            case ItemType.String:
            case ItemType.RawString:
                return new StringNode(this, token.pos, token.val, this.unquote(token.val));
        }
        this.backup();
        return null;
    }
    useVar(pos, name) {
        const v = new VariableNode(this, pos, name);
        if (this.vars.includes(v.ident[0]))
            return v;
        return this.errorf(`undefined variable ${fmt_sprintf('%q', [v.ident[0]])}`);
    }
    newNumber(pos, text, typ) {
        const n = new NumberNode(this, pos, text);
        if (typ === ItemType.CharConstant) {
            let r;
            let next;
            try {
                [r, , next] = unquoteChar(text, 1, text[0]);
            }
            catch (e) {
                return this.errorf(e.message);
            }
            if (text.slice(next) !== "'")
                this.errorf(`malformed character constant: ${text}`);
            n.int64 = BigInt(r);
            n.isInt = true;
            n.uint64 = BigInt(r);
            n.isUint = true;
            n.float64 = r;
            n.isFloat = true;
            return n;
        }
        if (typ === ItemType.Complex) {
            // fmt.Sscan of "re±imi": the lexer guarantees the shape; strconv judges each part.
            const m = /^([+-]?.*?[^eEpP+-])([+-].*)i$/s.exec(text) ?? /^(.*?)([+-][^+-]*)i$/s.exec(text);
            const re = m ? parseFloat64(m[1]) : undefined;
            const im = m ? parseFloat64(m[2]) : undefined;
            if (re === undefined || im === undefined) {
                this.errorf(parseFloatError(re === undefined ? (m?.[1] ?? text) : m[2]));
            }
            n.isComplex = true;
            n.complex = [re, im];
            simplifyComplex(n);
            return n;
        }
        if (text.endsWith('i')) {
            const f = parseFloat64(text.slice(0, -1));
            if (f !== undefined) {
                n.isComplex = true;
                n.complex = [0, f];
                simplifyComplex(n);
                return n;
            }
        }
        const u = parseUint0(text);
        if (u !== undefined) {
            n.isUint = true;
            n.uint64 = u;
        }
        const i = parseInt0(text);
        if (i !== undefined) {
            n.isInt = true;
            n.int64 = i;
            if (i === 0n) {
                n.isUint = true; // in case of -0
                n.uint64 = u ?? 0n;
            }
        }
        if (n.isInt) {
            n.isFloat = true;
            n.float64 = Number(n.int64);
        }
        else if (n.isUint) {
            n.isFloat = true;
            n.float64 = Number(n.uint64);
        }
        else {
            const f = parseFloat64(text);
            if (f !== undefined) {
                if (!/[.eEpP]/.test(text))
                    this.errorf(`integer overflow: ${fmt_sprintf('%q', [text])}`);
                n.isFloat = true;
                n.float64 = f;
                if (!n.isInt && fitsInt64(f)) {
                    n.isInt = true;
                    n.int64 = BigInt(f);
                }
                if (!n.isUint && fitsUint64(f)) {
                    n.isUint = true;
                    n.uint64 = BigInt(f);
                }
            }
        }
        if (!n.isInt && !n.isUint && !n.isFloat)
            this.errorf(`illegal number syntax: ${fmt_sprintf('%q', [text])}`);
        return n;
    }
}
// float64(int64(f)) == f, as Go evaluates it on amd64 (out-of-range conversions never round-trip).
function fitsInt64(f) {
    return Number.isInteger(f) && f >= -(2 ** 63) && f < 2 ** 63;
}
function fitsUint64(f) {
    return Number.isInteger(f) && f >= 0 && f < 2 ** 64;
}
function simplifyComplex(n) {
    const [re, im] = n.complex;
    n.isFloat = im === 0;
    if (n.isFloat) {
        n.float64 = re;
        n.isInt = fitsInt64(re);
        if (n.isInt)
            n.int64 = BigInt(re);
        n.isUint = fitsUint64(re);
        if (n.isUint)
            n.uint64 = BigInt(re);
    }
}
/** Parse text as template `name`; returns every tree it defines, keyed by name (Go's parse.Parse). */
function parseTemplates(name, text, opts) {
    const treeSet = new Map();
    const t = new Tree(name);
    t.text = text;
    t.parse(text, treeSet, opts);
    return treeSet;
}

;// CONCATENATED MODULE: ../../packages/gotemplate/src/template.ts
// The Template type (Go's text/template Template and its shared "common" part): a set of
// associated named templates with their functions, options and delimiters.





const IDENT = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;
class template_Template {
    /** template.New(name). */
    constructor(templateName, common) {
        this.templateName = templateName;
        this.tree = null;
        this.leftDelim = '';
        this.rightDelim = '';
        this.common = common ?? { tmpl: new Map(), funcs: new Map(), missingKey: 'invalid' };
    }
    name() {
        return this.templateName;
    }
    /** t.New(name): a template associated with this one, sharing functions and options. */
    new(name) {
        const nt = new template_Template(name, this.common);
        nt.leftDelim = this.leftDelim;
        nt.rightDelim = this.rightDelim;
        return nt;
    }
    get root() {
        return this.tree?.root ?? null;
    }
    get missingKey() {
        return this.common.missingKey;
    }
    /** t.Option("missingkey=default|invalid|zero|error"); throws on anything else, as Go panics. */
    option(...opts) {
        for (const opt of opts) {
            if (opt === '')
                throw new Error('empty option string');
            const eq = opt.indexOf('=');
            if (eq >= 0 && opt.slice(0, eq) === 'missingkey') {
                const value = opt.slice(eq + 1);
                if (value === 'invalid' || value === 'default') {
                    this.common.missingKey = 'invalid';
                    continue;
                }
                if (value === 'zero' || value === 'error') {
                    this.common.missingKey = value;
                    continue;
                }
            }
            throw new Error(`unrecognized option: ${opt}`);
        }
        return this;
    }
    /** t.Delims(left, right); empty strings mean the defaults `{{` and `}}`. */
    delims(left, right) {
        this.leftDelim = left;
        this.rightDelim = right;
        return this;
    }
    /** t.Funcs(map): must be called before parse for the names to be known to the parser. */
    funcs(funcMap) {
        for (const [name, fn] of Object.entries(funcMap)) {
            if (!IDENT.test(name))
                throw new Error(`function name ${fmt_sprintf('%q', [name])} is not a valid identifier`);
            const n = fn.type.results?.length ?? 0;
            if (badFuncSignature(name, fn.type) !== undefined) {
                throw new Error(`can't install method/function ${fmt_sprintf('%q', [name])} with ${n} results`);
            }
            this.common.funcs.set(name, fn);
        }
        return this;
    }
    /** t.Parse(text); throws ParseError with Go's message. {{define}}d templates join the set. */
    parse(text) {
        const funcs = this.common.funcs;
        let trees;
        try {
            trees = parseTemplates(this.templateName, text, {
                leftDelim: this.leftDelim,
                rightDelim: this.rightDelim,
                hasFunction: (name) => funcs.has(name) || BUILTINS.has(name),
            });
        }
        catch (e) {
            // Go's goroutine stacks grow to 1 GB; ours do not. Nesting that deep is never a real
            // template, so it gets an error of ours instead of a crash.
            if (e instanceof RangeError && e.message.startsWith('Maximum call stack')) {
                throw new ParseError(`template: ${this.templateName}: actions nested too deeply to parse`);
            }
            throw e;
        }
        for (const [name, tree] of trees)
            this.addParseTree(name, tree);
        return this;
    }
    addParseTree(name, tree) {
        const nt = name === this.templateName ? this : this.new(name);
        if (this.associate(nt, tree) || nt.tree === null)
            nt.tree = tree;
    }
    associate(nt, tree) {
        const old = this.common.tmpl.get(nt.templateName);
        if (old && isEmptyTree(tree.root) && old.tree !== null)
            return false;
        this.common.tmpl.set(nt.templateName, nt);
        return true;
    }
    lookup(name) {
        return this.common.tmpl.get(name);
    }
    templates() {
        return [...this.common.tmpl.values()];
    }
    /** t.DefinedTemplates(), e.g. `; defined templates are: "a", "b"` (Go's order is a map's: unspecified). */
    definedTemplates() {
        const names = this.templates().filter((t) => t.root !== null).map((t) => fmt_sprintf('%q', [t.templateName]));
        return names.length === 0 ? '' : `; defined templates are: ${names.join(', ')}`;
    }
    findFunction(name) {
        const fn = this.common.funcs.get(name);
        if (fn)
            return [fn, false];
        const b = BUILTINS.get(name);
        return b ? [b, true] : undefined;
    }
    /** t.Execute: the output, or ExecError (with the partial output in `.output`). */
    execute(data, limits = DEFAULT_LIMITS) {
        return execute(this, data, limits);
    }
    /**
     * Execute and also return which template node wrote each piece of the output (a source map from
     * output offsets back to the template). On error, the ExecError carries the partial output and
     * `segments` holds what had been written.
     */
    executeWithSourceMap(data, segments = [], limits = DEFAULT_LIMITS) {
        return { output: execute(this, data, limits, segments), segments };
    }
    /** t.ExecuteTemplate(name, data). */
    executeTemplate(name, data, limits = DEFAULT_LIMITS) {
        const t = this.lookup(name);
        if (!t) {
            throw new exec_ExecError(`template: no template ${fmt_sprintf('%q', [name])} associated with template ${fmt_sprintf('%q', [this.templateName])}`, this.templateName);
        }
        return execute(t, data, limits);
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/json-scanner.ts
// encoding/json's syntax check (scanner.go, Go 1.23) as a parser that also builds the document
// tree. json.Unmarshal scans the whole input before decoding anything, so a syntax error wins
// over every type error; its text and SyntaxError.Offset (the bytes read when the scanner
// stopped: the offending byte included, or the whole input at EOF) are reproduced exactly.
//
// Go steps through bytes; this parser steps through UTF-16 units of a Go string held as a JS
// string (gotemplate's utf8.ts: bytes that are not UTF-8 are U+DC80..U+DCFF). That is the same
// machine because every byte >= 0x80 is either fine (inside a string) or an error at the first
// byte of its character (anywhere else). At EOF Go feeds the machine one more space, which is
// why `"\` ends in "invalid character ' ' in string escape code" and `[1` in "unexpected end".

/** encoding/json's maxNestingDepth. */
const MAX_DEPTH = 10000;
class SyntaxFailure {
    constructor(message, index, 
    /** Error at EOF (the extra space Go feeds) rather than at a character. */
    atEnd) {
        this.message = message;
        this.index = index;
        this.atEnd = atEnd;
    }
}
// quoteChar (scanner.go) for every byte: strconv.Quote of the byte as a rune, in single quotes.
const NAMED_ESCAPES = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x5c: '\\' };
const QUOTED = Array.from({ length: 256 }, (_, c) => {
    if (c === 0x27)
        return `'\\''`;
    if (c === 0x22)
        return `'"'`;
    if (NAMED_ESCAPES[c] !== undefined)
        return `'\\${NAMED_ESCAPES[c]}'`;
    if (c < 0x20 || c === 0x7f)
        return `'\\x${c.toString(16).padStart(2, '0')}'`;
    // strconv.IsPrint is false for C1 controls, NBSP and the soft hyphen.
    if ((c >= 0x80 && c <= 0xa0) || c === 0xad)
        return `'\\u00${c.toString(16)}'`;
    return `'${String.fromCharCode(c)}'`;
});
/** The first byte Go would see for the character at text[i]. */
function firstByte(text, i) {
    const c = text.charCodeAt(i);
    if (c < 0x80)
        return c;
    if (c < 0x800)
        return 0xc0 | (c >> 6);
    if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return 0xf0 | ((0x10000 + ((c - 0xd800) << 10)) >> 18);
        return 0xef; // a stray surrogate stands for U+FFFD
    }
    if (c >= 0xdc80 && c <= 0xdcff)
        return c - 0xdc00; // an escaped raw byte
    if (c >= 0xdc00 && c <= 0xdfff)
        return 0xef;
    return 0xe0 | (c >> 12);
}
const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const json_scanner_isDigit = (c) => c >= 0x30 && c <= 0x39;
const hex4 = (text, i) => parseInt(text.slice(i, i + 4), 16);
/**
 * unquoteBytes for a string literal body that has escapes or surrogates: escapes decoded, a
 * `\uD8xx\uDCxx` pair joined, every other surrogate (escaped, raw, or standing for a byte that
 * is not UTF-8) replaced by U+FFFD. The scanner has already validated the escapes.
 */
function json_scanner_unquote(text, from, to) {
    let out = '';
    let seg = from;
    let k = from;
    while (k < to) {
        const c = text.charCodeAt(k);
        if (c === 0x5c) {
            out += text.slice(seg, k);
            const e = text.charCodeAt(k + 1);
            if (e === 0x75) {
                const r = hex4(text, k + 2);
                k += 6;
                if (r >= 0xd800 && r <= 0xdfff) {
                    if (r <= 0xdbff && text.charCodeAt(k) === 0x5c && text.charCodeAt(k + 1) === 0x75) {
                        const r2 = hex4(text, k + 2);
                        if (r2 >= 0xdc00 && r2 <= 0xdfff) {
                            out += String.fromCharCode(r, r2);
                            k += 6;
                            seg = k;
                            continue;
                        }
                    }
                    out += '\ufffd';
                }
                else {
                    out += String.fromCharCode(r);
                }
            }
            else {
                out += e === 0x62 ? '\b' : e === 0x66 ? '\f' : e === 0x6e ? '\n' : e === 0x72 ? '\r' : e === 0x74 ? '\t' : text[k + 1];
                k += 2;
            }
            seg = k;
        }
        else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && k + 1 < to) {
                const d = text.charCodeAt(k + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    k += 2;
                    continue;
                }
            }
            out += text.slice(seg, k) + '\ufffd';
            seg = ++k;
        }
        else {
            k++;
        }
    }
    return out + text.slice(seg, to);
}
var json_scanner_State;
(function (State) {
    /** stateBeginValue */
    State[State["Value"] = 0] = "Value";
    /** stateBeginValueOrEmpty: after `[` */
    State[State["ValueOrEmpty"] = 1] = "ValueOrEmpty";
    /** stateBeginStringOrEmpty: after `{` */
    State[State["KeyOrEmpty"] = 2] = "KeyOrEmpty";
    /** stateBeginString: after `,` in an object */
    State[State["Key"] = 3] = "Key";
    /** stateEndValue in parseObjectKey: after a key */
    State[State["Colon"] = 4] = "Colon";
    /** stateEndValue: after a value inside a container */
    State[State["AfterValue"] = 5] = "AfterValue";
    /** stateEndTop */
    State[State["Top"] = 6] = "Top";
})(json_scanner_State || (json_scanner_State = {}));
/** Parses a whole document as json.Unmarshal's syntax check does; see JsonParseResult. */
function parseJson(text) {
    try {
        return { ok: true, tree: parse(text) };
    }
    catch (e) {
        if (!(e instanceof SyntaxFailure))
            throw e;
        const offset = e.atEnd ? goLen(text) : goLen(text.slice(0, e.index)) + 1;
        return { ok: false, message: e.message, offset, index: e.index };
    }
}
function parse(text) {
    const n = text.length;
    const fail = (i, context) => {
        throw new SyntaxFailure(`invalid character ${QUOTED[firstByte(text, i)]} ${context}`, i, false);
    };
    /** The error Go reports when the space it feeds at EOF is itself invalid. */
    const failAtEnd = (context) => {
        throw new SyntaxFailure(`invalid character ' ' ${context}`, n, true);
    };
    const unexpectedEnd = () => {
        throw new SyntaxFailure('unexpected end of JSON input', n, true);
    };
    /** Scans the string literal opening at text[open]; returns its end and unquoted value. */
    const scanString = (open) => {
        let j = open + 1;
        let plain = true;
        for (;;) {
            if (j >= n)
                unexpectedEnd();
            const c = text.charCodeAt(j);
            if (c === 0x22)
                break;
            if (c === 0x5c) {
                plain = false;
                if (++j >= n)
                    failAtEnd('in string escape code');
                const e = text.charCodeAt(j);
                if (e === 0x75) {
                    for (let k = 0; k < 4; k++) {
                        if (++j >= n)
                            failAtEnd('in \\u hexadecimal character escape');
                        if (!isHex(text.charCodeAt(j)))
                            fail(j, 'in \\u hexadecimal character escape');
                    }
                }
                else if (!(e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74)) {
                    fail(j, 'in string escape code');
                }
                j++;
                continue;
            }
            if (c < 0x20)
                fail(j, 'in string literal');
            if (c >= 0xd800 && c <= 0xdfff)
                plain = false;
            j++;
        }
        return [j + 1, plain ? text.slice(open + 1, j) : json_scanner_unquote(text, open + 1, j)];
    };
    const scanNumber = (start) => {
        let j = start;
        if (text.charCodeAt(j) === 0x2d) {
            if (++j >= n)
                failAtEnd('in numeric literal');
            if (!json_scanner_isDigit(text.charCodeAt(j)))
                fail(j, 'in numeric literal');
        }
        if (text.charCodeAt(j) === 0x30)
            j++;
        else
            while (j < n && json_scanner_isDigit(text.charCodeAt(j)))
                j++;
        if (j < n && text.charCodeAt(j) === 0x2e) {
            if (++j >= n)
                failAtEnd('after decimal point in numeric literal');
            if (!json_scanner_isDigit(text.charCodeAt(j)))
                fail(j, 'after decimal point in numeric literal');
            while (j < n && json_scanner_isDigit(text.charCodeAt(j)))
                j++;
        }
        if (j < n && (text.charCodeAt(j) | 0x20) === 0x65) {
            j++;
            if (j < n && (text.charCodeAt(j) === 0x2b || text.charCodeAt(j) === 0x2d))
                j++;
            if (j >= n)
                failAtEnd('in exponent of numeric literal');
            if (!json_scanner_isDigit(text.charCodeAt(j)))
                fail(j, 'in exponent of numeric literal');
            while (j < n && json_scanner_isDigit(text.charCodeAt(j)))
                j++;
        }
        return j;
    };
    const scanWord = (start, word) => {
        for (let k = 1; k < word.length; k++) {
            const context = `in literal ${word} (expecting '${word[k]}')`;
            if (start + k >= n)
                failAtEnd(context);
            if (text.charCodeAt(start + k) !== word.charCodeAt(k))
                fail(start + k, context);
        }
        return start + word.length;
    };
    const stack = [];
    let root;
    let pendingKey;
    let state = json_scanner_State.Value;
    let i = 0;
    /** Puts a value that starts at text[i] into its parent (containers before their contents). */
    const attach = (node) => {
        const parent = stack[stack.length - 1];
        if (parent === undefined)
            root = node;
        else if (parent.kind === 'array')
            parent.items.push(node);
        else {
            const [key, keyStart, keyEnd] = pendingKey;
            parent.members.push({ key, keyStart, keyEnd, value: node });
        }
    };
    const close = () => {
        stack.pop().end = ++i;
        state = stack.length > 0 ? json_scanner_State.AfterValue : json_scanner_State.Top;
    };
    for (;;) {
        let c = 0;
        while (i < n && ((c = text.charCodeAt(i)) === 0x20 || c === 0x0a || c === 0x0d || c === 0x09))
            i++;
        if (i >= n) {
            if (state === json_scanner_State.Top)
                return root;
            unexpectedEnd();
        }
        switch (state) {
            case json_scanner_State.ValueOrEmpty:
                if (c === 0x5d) {
                    close();
                    break;
                }
            // falls through
            case json_scanner_State.Value: {
                const start = i;
                if (c === 0x7b || c === 0x5b) {
                    if (stack.length >= MAX_DEPTH)
                        fail(i, 'exceeded max depth');
                    const node = c === 0x7b ? { kind: 'object', start, end: start, members: [] } : { kind: 'array', start, end: start, items: [] };
                    attach(node);
                    stack.push(node);
                    i++;
                    state = c === 0x7b ? json_scanner_State.KeyOrEmpty : json_scanner_State.ValueOrEmpty;
                    break;
                }
                if (c === 0x22) {
                    const [end, value] = scanString(start);
                    i = end;
                    attach({ kind: 'string', start, end, value });
                }
                else if (c === 0x2d || json_scanner_isDigit(c)) {
                    i = scanNumber(start);
                    attach({ kind: 'number', start, end: i, text: text.slice(start, i) });
                }
                else if (c === 0x74 || c === 0x66) {
                    i = scanWord(start, c === 0x74 ? 'true' : 'false');
                    attach({ kind: 'bool', start, end: i, value: c === 0x74 });
                }
                else if (c === 0x6e) {
                    i = scanWord(start, 'null');
                    attach({ kind: 'null', start, end: i });
                }
                else {
                    fail(i, 'looking for beginning of value');
                }
                state = stack.length > 0 ? json_scanner_State.AfterValue : json_scanner_State.Top;
                break;
            }
            case json_scanner_State.KeyOrEmpty:
                if (c === 0x7d) {
                    close();
                    break;
                }
            // falls through
            case json_scanner_State.Key: {
                if (c !== 0x22)
                    fail(i, 'looking for beginning of object key string');
                const [end, key] = scanString(i);
                pendingKey = [key, i, end];
                i = end;
                state = json_scanner_State.Colon;
                break;
            }
            case json_scanner_State.Colon:
                if (c !== 0x3a)
                    fail(i, 'after object key');
                i++;
                state = json_scanner_State.Value;
                break;
            case json_scanner_State.AfterValue: {
                const inObject = stack[stack.length - 1].kind === 'object';
                if (c === 0x2c) {
                    i++;
                    state = inObject ? json_scanner_State.Key : json_scanner_State.Value;
                }
                else if (c === (inObject ? 0x7d : 0x5d)) {
                    close();
                }
                else {
                    fail(i, inObject ? 'after object key:value pair' : 'after array element');
                }
                break;
            }
            case json_scanner_State.Top:
                fail(i, 'after top-level value');
        }
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/go-type.ts
// The vocabulary module-type.ts uses to describe Go types to the decoder (unmarshal.ts): just the
// kinds data.Module contains, with the facts encoding/json looks at — the type's String() (it is
// quoted in error messages), the reflect kind, struct fields with their json names, and whether
// the type has an UnmarshalJSON or UnmarshalText method.
/** An error returned by an UnmarshalText/UnmarshalJSON method; Unmarshal returns it as is. */
class MethodError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MethodError';
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/go-base64.ts
// base64.StdEncoding.DecodeString (Go 1.23 encoding/base64), for bacalhau.PublicKey's
// UnmarshalText: padding required, '\r' and '\n' skipped anywhere, and the exact byte offset in
// "illegal base64 data at input byte N". Go's 8- and 4-byte fast paths decode exactly what
// decodeQuantum would, so only decodeQuantum is ported.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(256).fill(0xff);
for (let i = 0; i < 64; i++)
    DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = 0x3d; // '='
const corrupt = (at) => new MethodError(`illegal base64 data at input byte ${at}`);
const isNewline = (b) => b === 0x0a || b === 0x0d;
/** The decoded bytes, or throws MethodError with Go's CorruptInputError text. */
function decodeBase64Std(src) {
    const out = [];
    let si = 0;
    const n = src.length;
    while (si < n) {
        // decodeQuantum
        const dbuf = [0, 0, 0, 0];
        let dlen = 4;
        let err;
        for (let j = 0; j < 4; j++) {
            if (si === n) {
                if (j === 0)
                    return Uint8Array.from(out);
                // StdEncoding pads, so a short final quantum is always an error.
                throw corrupt(si - j);
            }
            const b = src[si++];
            const v = DECODE[b];
            if (v !== 0xff) {
                dbuf[j] = v;
                continue;
            }
            if (isNewline(b)) {
                j--;
                continue;
            }
            if (b !== PAD)
                throw corrupt(si - 1);
            // Padding: the quantum ends here.
            if (j === 0 || j === 1)
                throw corrupt(si - 1);
            if (j === 2) {
                while (si < n && isNewline(src[si]))
                    si++;
                if (si === n)
                    throw corrupt(n);
                if (src[si] !== PAD)
                    throw corrupt(si - 1);
                si++;
            }
            while (si < n && isNewline(src[si]))
                si++;
            if (si < n)
                err = corrupt(si); // trailing garbage, reported after the quantum's bytes
            dlen = j;
            break;
        }
        const val = (dbuf[0] << 18) | (dbuf[1] << 12) | (dbuf[2] << 6) | dbuf[3];
        const bytes = [(val >> 16) & 0xff, (val >> 8) & 0xff, val & 0xff];
        for (let k = 0; k < dlen - 1; k++)
            out.push(bytes[k]);
        if (err)
            throw err;
    }
    return Uint8Array.from(out);
}
/** base64.StdEncoding.EncodeToString. */
function encodeBase64Std(b) {
    return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/go-strings.ts
// The three bits of Go's Unicode string handling that decide whether a key or an enum value
// matches: encoding/json's foldName (fold.go), strings.EqualFold and strings.TrimSpace. Only
// strings that were unquoted by the JSON decoder reach them, so they are valid UTF-16 here.
const KELVIN = 0x212a; // K, folds with k and K
const LONG_S = 0x017f; // ſ, folds with s and S
/**
 * foldName(key) from encoding/json (Go 1.23), for matching against ASCII field names: ASCII
 * letters upper-cased, ſ → S and K → K (the only non-ASCII runes whose fold orbit reaches ASCII).
 * Returns undefined when the key holds any other non-ASCII rune: it cannot fold to an ASCII name.
 */
function foldAsciiName(key) {
    let out = '';
    let start = 0;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        if (c >= 0x61 && c <= 0x7a) {
            out += key.slice(start, i) + String.fromCharCode(c - 0x20);
            start = i + 1;
        }
        else if (c >= 0x80) {
            if (c !== LONG_S && c !== KELVIN)
                return undefined;
            out += key.slice(start, i) + (c === LONG_S ? 'S' : 'K');
            start = i + 1;
        }
    }
    return out + key.slice(start);
}
/** strings.EqualFold(s, name) for an ASCII `name` (Unicode simple folding: ſ matches s, K matches k). */
function equalFoldAscii(s, name) {
    if (s.length !== name.length)
        return false;
    for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        let d = name.charCodeAt(i);
        if (c === LONG_S)
            c = 0x73;
        else if (c === KELVIN)
            c = 0x6b;
        if (c >= 0x41 && c <= 0x5a)
            c += 0x20;
        if (d >= 0x41 && d <= 0x5a)
            d += 0x20;
        if (c !== d)
            return false;
    }
    return true;
}
/** unicode.IsSpace for a BMP code unit (every Go space is in the BMP). */
function isGoSpace(c) {
    if (c <= 0xff)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
    return (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);
}
/** strings.TrimSpace (unicode.IsSpace, which unlike JS's trim() leaves U+FEFF alone). */
function trimSpace(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isGoSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isGoSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/go-time.ts
// time.Time's UnmarshalJSON as Go 1.23 has it (time/time.go, format.go, format_rfc3339.go):
// `null` is a no-op, anything but a JSON string is "Time.UnmarshalJSON: input is not a JSON
// string", and the bytes between the quotes — not unescaped (go.dev/issue/47353) — go to
// parseStrictRFC3339. Its fast path either agrees with time.Parse(time.RFC3339, s) or falls back
// to it (strict checks are disabled in 1.23), so only Parse with that one layout is ported, with
// its ParseError texts. The decoded value is kept as the text MarshalJSON/Format(RFC3339Nano)
// would print: wall clock and offset are all Lilypad ever reads from CreatedAt.


const RFC3339 = '2006-01-02T15:04:05Z07:00';
/** The zero time.Time, as MarshalJSON prints it. */
const ZERO_TIME = '0001-01-01T00:00:00Z';
/** time's quote(): `"` and `\` escaped, control and non-ASCII bytes as \xNN. */
function go_time_quote(b, from = 0, to = b.length) {
    let out = '"';
    for (let i = from; i < to; i++) {
        const c = b[i];
        if (c >= 0x80 || c < 0x20)
            out += '\\x' + c.toString(16).padStart(2, '0');
        else
            out += (c === 0x22 || c === 0x5c ? '\\' : '') + String.fromCharCode(c);
    }
    return out + '"';
}
class ParseFailure {
    constructor(layoutElem, valueAt, message) {
        this.layoutElem = layoutElem;
        this.valueAt = valueAt;
        this.message = message;
    }
}
const isDigitAt = (b, i, end) => i < end && b[i] >= 0x30 && b[i] <= 0x39;
function daysIn(month, year) {
    if (month === 2)
        return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
const pad = (n, w) => String(n).padStart(w, '0');
/** time.Parse(time.RFC3339, value) on the raw bytes; returns the Format(RFC3339Nano) text. */
function parseRFC3339(b) {
    const end = b.length;
    let p = 0;
    // Each helper mirrors one std chunk of the layout; `hold` is where the chunk began.
    const fail = (elem, at, message = '') => {
        throw new ParseFailure(elem, at, message);
    };
    const skip = (prefix) => {
        if (p >= end || b[p] !== prefix.charCodeAt(0))
            fail(prefix, p);
        p++;
    };
    /** getnum: one or two digits (exactly two when fixed). */
    const getnum = (fixed) => {
        if (!isDigitAt(b, p, end))
            return undefined;
        if (!isDigitAt(b, p + 1, end)) {
            if (fixed)
                return undefined;
            return b[p++] - 0x30;
        }
        const v = (b[p] - 0x30) * 10 + (b[p + 1] - 0x30);
        p += 2;
        return v;
    };
    // "2006"
    let hold = p;
    if (end - p < 4 || !isDigitAt(b, p, end))
        fail('2006', hold);
    for (let i = p; i < p + 4; i++)
        if (!isDigitAt(b, i, end))
            fail('2006', hold);
    const year = Number(String.fromCharCode(...b.subarray(p, p + 4)));
    p += 4;
    // "-01"
    skip('-');
    hold = p;
    const month = getnum(true);
    if (month === undefined)
        fail('01', hold);
    if (month <= 0 || month > 12)
        fail('01', p, ': month out of range');
    // "-02"
    skip('-');
    hold = p;
    const day = getnum(true);
    if (day === undefined)
        fail('02', hold);
    // "T15"
    skip('T');
    hold = p;
    const hour = getnum(false);
    if (hour !== undefined && hour >= 24)
        fail('15', p, ': hour out of range');
    if (hour === undefined)
        fail('15', hold);
    // ":04"
    skip(':');
    hold = p;
    const min = getnum(true);
    if (min !== undefined && min >= 60)
        fail('04', p, ': minute out of range');
    if (min === undefined)
        fail('04', hold);
    // ":05", then a fractional second the layout does not ask for
    skip(':');
    hold = p;
    const sec = getnum(true);
    if (sec === undefined)
        fail('05', hold);
    if (sec >= 60)
        fail('05', p, ': second out of range');
    let nsec = 0;
    if (end - p >= 2 && (b[p] === 0x2e || b[p] === 0x2c) && isDigitAt(b, p + 1, end)) {
        let n = 2;
        while (isDigitAt(b, p + n, end))
            n++;
        const digits = String.fromCharCode(...b.subarray(p + 1, p + Math.min(n, 10)));
        nsec = Number(digits.padEnd(9, '0'));
        p += n;
    }
    // "Z07:00"
    hold = p;
    let offset = 0;
    if (p < end && b[p] === 0x5a) {
        p++;
    }
    else {
        if (end - p < 6 || b[p + 3] !== 0x3a)
            fail('Z07:00', hold);
        const two = (i) => isDigitAt(b, i, end) && isDigitAt(b, i + 1, end) ? (b[i] - 0x30) * 10 + (b[i + 1] - 0x30) : undefined;
        const hh = two(p + 1);
        const mm = hh === undefined ? undefined : two(p + 4);
        const sign = b[p];
        p += 6;
        // Range errors are checked before the digit errors, with hr/mm 0 where getnum failed.
        if ((mm ?? 0) > 60)
            fail('Z07:00', p, ': time zone offset minute out of range');
        if ((hh ?? 0) > 24)
            fail('Z07:00', p, ': time zone offset hour out of range');
        if (hh === undefined || mm === undefined || (sign !== 0x2b && sign !== 0x2d))
            fail('Z07:00', hold);
        offset = (hh * 60 + mm) * 60 * (sign === 0x2d ? -1 : 1);
    }
    if (p < end)
        fail('', p, `: extra text: ${go_time_quote(b, p)}`);
    if (day < 1 || day > daysIn(month, year))
        fail('', p, ': day out of range');
    let text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(min, 2)}:${pad(sec, 2)}`;
    if (nsec !== 0)
        text += '.' + pad(nsec, 9).replace(/0+$/, '');
    if (offset === 0)
        return text + 'Z';
    const zone = Math.abs(offset) / 60;
    return `${text}${offset < 0 ? '-' : '+'}${pad(Math.floor(zone / 60), 2)}:${pad(zone % 60, 2)}`;
}
/**
 * (*time.Time).UnmarshalJSON on a JSON value's raw text (a Go string, escapes untouched).
 * Returns the new value as RFC3339Nano text, `current` for `null`; throws MethodError.
 */
function unmarshalTimeJSON(raw, current) {
    if (raw === 'null')
        return current;
    if (raw.length < 2 || raw.charCodeAt(0) !== 0x22 || raw.charCodeAt(raw.length - 1) !== 0x22) {
        throw new MethodError('Time.UnmarshalJSON: input is not a JSON string');
    }
    const b = utf8_encodeGoString(raw.slice(1, -1));
    try {
        return parseRFC3339(b);
    }
    catch (e) {
        if (!(e instanceof ParseFailure))
            throw e;
        const value = go_time_quote(b);
        if (e.message !== '')
            throw new MethodError(`parsing time ${value}${e.message}`);
        throw new MethodError(`parsing time ${value} as "${RFC3339}": cannot parse ${go_time_quote(b, e.valueAt)} as "${e.layoutElem}"`);
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/module-type.ts
// Lilypad v2.23.0's data.Module (what LoadModule json.Unmarshals a rendered template into), as
// the Go types encoding/json sees: names as reflect prints them (they appear in error messages),
// json tags, and the UnmarshalText/UnmarshalJSON methods with their exact error texts.
//
// Sources (Lilypad-Tech/lilypad): pkg/data/bacalhau/job.go @ c9ea347 (Job, Metadata, Spec,
// PublicKey, Network.UnmarshalText), engine.go, publisher.go, storage_source.go, utils.go and
// the stringer files (@ 488a796), pkg/data/data.go @ 5078883 (MachineSpec, GPUSpec).
// data.go at v2.23.0 (9ed8651) is not in the searchable store: the fields added in v2.18–v2.22
// (author, description, image, model, inputFiles, executionTimeoutSeconds) follow
// docs/lilypad-module-format.md §4.1 and PR #573 (`InputFiles InputFiles \`json:"inputFiles"\``);
// the struct names ModuleAuthor and ModuleModel are a reconstruction — they only show in errors
// such as `cannot unmarshal number into Go struct field ModuleAuthor.author.name of type string`.




const STRING = { kind: 'string', name: 'string' };
const BOOL = { kind: 'bool', name: 'bool' };
const INT = { kind: 'int', name: 'int' };
const INT64 = { kind: 'int', name: 'int64' };
const UINT64 = { kind: 'uint', name: 'uint64' };
const ANY = { kind: 'interface', name: 'interface {}' };
const STRINGS = { kind: 'slice', name: '[]string', elem: STRING };
const STRING_MAP = { kind: 'map', name: 'map[string]string', elem: STRING };
const ANY_MAP = { kind: 'map', name: 'map[string]interface {}', elem: ANY };
/**
 * A bacalhau enum (`type X int` with a stringer and UnmarshalText). Its decoded value is its
 * String() name, which is also what MarshalText writes.
 */
function enumType(name, names, parse) {
    return {
        kind: 'text',
        name,
        underlying: 'int',
        zero: names[0],
        unmarshalText: parse,
        marshalText: (v) => v,
        isEmpty: (v) => v === names[0],
    };
}
/** ParsePublisher / ParseStorageSourceType / ParseNetwork: `equal` = TrimSpace both, EqualFold. */
function strictParser(valid, error) {
    return (text) => {
        const trimmed = trimSpace(text);
        const hit = valid.find((v) => equalFoldAscii(trimmed, v));
        if (hit === undefined)
            throw new MethodError(error(text));
        return hit;
    };
}
// Engine: strings.EqualFold without trimming; an unknown name only logs
// `executor: unknown engine type: '<s>'` and leaves engineUnknown.
const ENGINE = enumType('bacalhau.Engine', ['engineUnknown', 'Noop', 'Docker', 'Wasm'], (text) => {
    return ['Noop', 'Docker', 'Wasm'].find((v) => equalFoldAscii(text, v)) ?? 'engineUnknown';
});
const PUBLISHER_NAMES = ['publisherUnknown', 'Noop', 'Ipfs', 'Estuary', 'S3'];
const PUBLISHER = enumType('bacalhau.Publisher', PUBLISHER_NAMES, strictParser(PUBLISHER_NAMES.slice(1), (s) => `publisher: unknown type '${s}'`));
const SOURCE_NAMES = [
    'storageSourceUnknown',
    'IPFS',
    'RepoClone',
    'RepoCloneLFS',
    'URLDownload',
    'Estuary',
    'Inline',
    'LocalDirectory',
    'S3',
];
const STORAGE_SOURCE = enumType('bacalhau.StorageSourceType', SOURCE_NAMES, strictParser(SOURCE_NAMES.slice(1), (s) => `executor: unknown source type '${s}'`));
// ParseNetwork formats its error with %T of NetworkNone; NetworkNone is 0, so "None" is the zero.
const NETWORK_NAMES = ['None', 'Full', 'HTTP'];
const NETWORK = enumType('bacalhau.Network', NETWORK_NAMES, strictParser(NETWORK_NAMES, (s) => `bacalhau.Network: unknown type '${s}'`));
/** `type PublicKey []byte` with base64 UnmarshalText/MarshalText; nil is null. */
const PUBLIC_KEY = {
    kind: 'text',
    name: 'bacalhau.PublicKey',
    underlying: 'slice',
    zero: null,
    unmarshalText: (text) => decodeBase64Std(Buffer.from(text, 'utf8')),
    marshalText: (v) => (v === null ? '' : encodeBase64Std(v)),
    isEmpty: (v) => v === null || v.length === 0,
};
/** time.Time (UnmarshalJSON); the value is its RFC 3339 text with nanoseconds, as MarshalJSON writes it. */
const TIME = {
    kind: 'json',
    name: 'time.Time',
    zero: ZERO_TIME,
    unmarshalJSON: unmarshalTimeJSON,
    marshalJSON: (v) => JSON.stringify(v),
};
const struct = (name, fields) => ({ kind: 'struct', name, fields });
// Optional fields in job.go carry `,omitempty`; `o` marks them.
const o = true;
const S3_STORAGE_SPEC = struct('bacalhau.S3StorageSpec', [
    { go: 'Bucket', json: 'Bucket', type: STRING, omitempty: o },
    { go: 'Key', json: 'Key', type: STRING, omitempty: o },
    { go: 'ChecksumSHA256', json: 'Checksum', type: STRING, omitempty: o },
    { go: 'VersionID', json: 'VersionID', type: STRING, omitempty: o },
    { go: 'Endpoint', json: 'Endpoint', type: STRING, omitempty: o },
    { go: 'Region', json: 'Region', type: STRING, omitempty: o },
]);
const STORAGE_SPEC = struct('bacalhau.StorageSpec', [
    { go: 'StorageSource', json: 'StorageSource', type: STORAGE_SOURCE, omitempty: o },
    { go: 'Name', json: 'Name', type: STRING, omitempty: o },
    { go: 'CID', json: 'CID', type: STRING, omitempty: o },
    { go: 'URL', json: 'URL', type: STRING, omitempty: o },
    { go: 'S3', json: 'S3', type: { kind: 'pointer', name: '*bacalhau.S3StorageSpec', elem: S3_STORAGE_SPEC }, omitempty: o },
    { go: 'Repo', json: 'Repo', type: STRING, omitempty: o },
    { go: 'SourcePath', json: 'SourcePath', type: STRING, omitempty: o },
    { go: 'ReadWrite', json: 'ReadWrite', type: BOOL, omitempty: o },
    { go: 'Path', json: 'Path', type: STRING, omitempty: o },
    { go: 'Metadata', json: 'Metadata', type: STRING_MAP, omitempty: o },
]);
const STORAGE_SPECS = { kind: 'slice', name: '[]bacalhau.StorageSpec', elem: STORAGE_SPEC };
const LABEL_SELECTOR_REQUIREMENT = struct('bacalhau.LabelSelectorRequirement', [
    { go: 'Key', json: 'Key', type: STRING },
    // k8s.io/apimachinery/pkg/selection.Operator: a plain named string.
    { go: 'Operator', json: 'Operator', type: { kind: 'string', name: 'selection.Operator' } },
    { go: 'Values', json: 'Values', type: STRINGS, omitempty: o },
]);
const SPEC = struct('bacalhau.Spec', [
    { go: 'Engine', json: 'Engine', type: ENGINE, omitempty: o },
    {
        go: 'EngineSpec',
        json: 'EngineSpec',
        omitempty: o,
        // No json tags: the keys are the Go names.
        type: struct('bacalhau.EngineSpec', [
            { go: 'Type', json: 'Type', type: STRING },
            { go: 'Params', json: 'Params', type: ANY_MAP },
        ]),
    },
    { go: 'Publisher', json: 'Publisher', type: PUBLISHER, omitempty: o },
    {
        go: 'PublisherSpec',
        json: 'PublisherSpec',
        omitempty: o,
        type: struct('bacalhau.PublisherSpec', [
            { go: 'Type', json: 'Type', type: PUBLISHER, omitempty: o },
            { go: 'Params', json: 'Params', type: ANY_MAP, omitempty: o },
        ]),
    },
    {
        go: 'Docker',
        json: 'Docker',
        omitempty: o,
        type: struct('bacalhau.JobSpecDocker', [
            { go: 'Image', json: 'Image', type: STRING, omitempty: o },
            { go: 'Entrypoint', json: 'Entrypoint', type: STRINGS, omitempty: o },
            { go: 'Parameters', json: 'Parameters', type: STRINGS, omitempty: o },
            { go: 'EnvironmentVariables', json: 'EnvironmentVariables', type: STRINGS, omitempty: o },
            { go: 'WorkingDirectory', json: 'WorkingDirectory', type: STRING, omitempty: o },
        ]),
    },
    {
        go: 'Wasm',
        json: 'Wasm',
        omitempty: o,
        type: struct('bacalhau.JobSpecWasm', [
            { go: 'EntryModule', json: 'EntryModule', type: STORAGE_SPEC, omitempty: o },
            { go: 'EntryPoint', json: 'EntryPoint', type: STRING, omitempty: o },
            { go: 'Parameters', json: 'Parameters', type: STRINGS, omitempty: o },
            { go: 'EnvironmentVariables', json: 'EnvironmentVariables', type: STRING_MAP, omitempty: o },
            { go: 'ImportModules', json: 'ImportModules', type: STORAGE_SPECS, omitempty: o },
        ]),
    },
    {
        go: 'Resources',
        json: 'Resources',
        omitempty: o,
        type: struct('bacalhau.ResourceUsageConfig', [
            { go: 'CPU', json: 'CPU', type: STRING, omitempty: o },
            { go: 'Memory', json: 'Memory', type: STRING, omitempty: o },
            { go: 'Disk', json: 'Disk', type: STRING, omitempty: o },
            { go: 'GPU', json: 'GPU', type: STRING },
        ]),
    },
    {
        go: 'Network',
        json: 'Network',
        omitempty: o,
        type: struct('bacalhau.NetworkConfig', [
            { go: 'Type', json: 'Type', type: NETWORK },
            { go: 'Domains', json: 'Domains', type: STRINGS, omitempty: o },
        ]),
    },
    { go: 'Timeout', json: 'Timeout', type: INT64, omitempty: o },
    { go: 'Inputs', json: 'Inputs', type: STORAGE_SPECS, omitempty: o },
    { go: 'Outputs', json: 'Outputs', type: STORAGE_SPECS, omitempty: o },
    { go: 'Annotations', json: 'Annotations', type: STRINGS, omitempty: o },
    {
        go: 'NodeSelectors',
        json: 'NodeSelectors',
        omitempty: o,
        type: { kind: 'slice', name: '[]bacalhau.LabelSelectorRequirement', elem: LABEL_SELECTOR_REQUIREMENT },
    },
    { go: 'DoNotTrack', json: 'DoNotTrack', type: BOOL, omitempty: o },
    {
        go: 'Deal',
        json: 'Deal',
        omitempty: o,
        type: struct('bacalhau.Deal', [
            // `type TargetingMode bool`: no UnmarshalText, so it decodes as a bool.
            { go: 'TargetingMode', json: 'TargetingMode', type: { kind: 'bool', name: 'bacalhau.TargetingMode' }, omitempty: o },
            { go: 'Concurrency', json: 'Concurrency', type: INT, omitempty: o },
        ]),
    },
]);
const JOB = struct('bacalhau.Job', [
    { go: 'APIVersion', json: 'APIVersion', type: STRING },
    {
        go: 'Metadata',
        json: 'Metadata',
        omitempty: o,
        type: struct('bacalhau.Metadata', [
            { go: 'ID', json: 'ID', type: STRING, omitempty: o },
            { go: 'CreatedAt', json: 'CreatedAt', type: TIME, omitempty: o },
            { go: 'ClientID', json: 'ClientID', type: STRING, omitempty: o },
            {
                go: 'Requester',
                json: 'Requester',
                omitempty: o,
                type: struct('bacalhau.JobRequester', [
                    { go: 'RequesterNodeID', json: 'RequesterNodeID', type: STRING, omitempty: o },
                    { go: 'RequesterPublicKey', json: 'RequesterPublicKey', type: PUBLIC_KEY, omitempty: o },
                ]),
            },
        ]),
    },
    { go: 'Spec', json: 'Spec', type: SPEC, omitempty: o },
]);
const MACHINE_SPEC = struct('data.MachineSpec', [
    { go: 'GPU', json: 'gpu', type: INT },
    {
        go: 'GPUs',
        json: 'gpus',
        type: {
            kind: 'slice',
            name: '[]data.GPUSpec',
            elem: struct('data.GPUSpec', [
                { go: 'Name', json: 'name', type: STRING },
                { go: 'Vendor', json: 'vendor', type: STRING },
                { go: 'VRAM', json: 'vram', type: INT },
            ]),
        },
    },
    { go: 'CPU', json: 'cpu', type: INT },
    { go: 'RAM', json: 'ram', type: INT },
    { go: 'Disk', json: 'disk', type: INT },
]);
/** data.Module as of Lilypad v2.23.0. */
const MODULE_TYPE = struct('data.Module', [
    { go: 'Machine', json: 'machine', type: MACHINE_SPEC },
    { go: 'Job', json: 'job', type: JOB },
    {
        go: 'Author',
        json: 'author',
        type: struct('data.ModuleAuthor', [
            { go: 'Name', json: 'name', type: STRING },
            { go: 'Avatar', json: 'avatar', type: STRING },
            { go: 'Address', json: 'address', type: STRING },
        ]),
    },
    { go: 'Description', json: 'description', type: STRING },
    { go: 'Image', json: 'image', type: STRING },
    {
        go: 'Model',
        json: 'model',
        type: struct('data.ModuleModel', [
            { go: 'Name', json: 'name', type: STRING },
            { go: 'Type', json: 'type', type: STRING },
            { go: 'Size', json: 'size', type: STRING },
        ]),
    },
    {
        go: 'InputFiles',
        json: 'inputFiles',
        type: struct('data.InputFiles', [
            { go: 'Required', json: 'required', type: STRINGS },
            { go: 'Optional', json: 'optional', type: STRINGS },
        ]),
    },
    { go: 'ExecutionTimeoutSeconds', json: 'executionTimeoutSeconds', type: UINT64 },
]);

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/unmarshal.ts
// encoding/json's decoder (decode.go, Go 1.23) over a parsed document and a Go type description.
//
// The rules it reproduces, in Go's order (a depth-first walk of the document):
// - object keys: exact json name first, then foldName (case-insensitive, ſ ~ s, K ~ k; first
//   field wins a folded tie); unknown keys are skipped without looking inside;
// - every duplicate key decodes again into the same Go value: structs merge field by field, maps
//   merge, a slice is rewritten element by element *in its old backing array* — so a shorter
//   array leaves the old elements behind its length, and a later longer array (or `null`
//   elements) brings them back — and `[]` swaps in a fresh empty slice;
// - `null` sets slices, maps, pointers and interfaces to nil and leaves everything else alone;
// - a JSON value of the wrong kind is an UnmarshalTypeError that is *saved* (the first one wins,
//   with the struct and field path of the moment) while decoding goes on; an UnmarshalText or
//   UnmarshalJSON error stops Unmarshal at once and is returned as is, saved error or not;
// - a non-null value into a nil pointer allocates it before the type is checked.


const structInfos = new WeakMap();
function structInfo(t) {
    let info = structInfos.get(t);
    if (info === undefined) {
        const exact = new Map();
        const folded = new Map();
        for (const f of t.fields) {
            exact.set(f.json, f);
            const k = foldAsciiName(f.json);
            if (!folded.has(k))
                folded.set(k, f);
        }
        info = { short: t.name.slice(t.name.lastIndexOf('.') + 1), exact, folded };
        structInfos.set(t, info);
    }
    return info;
}
/** The Go zero value of a type, in the decoder's representation. */
function unmarshal_zero(t) {
    switch (t.kind) {
        case 'struct': {
            const o = {};
            for (const f of t.fields)
                o[f.go] = unmarshal_zero(f.type);
            return o;
        }
        case 'string':
            return '';
        case 'bool':
            return false;
        case 'int':
        case 'uint':
            return 0;
        case 'text':
        case 'json':
            return t.zero;
        default:
            return null;
    }
}
/** The decoder's representation turned into the plain value decodeModule returns. */
function finish(t, v) {
    if (v === null)
        return null;
    switch (t.kind) {
        case 'struct': {
            const src = v;
            const o = {};
            for (const f of t.fields)
                o[f.go] = finish(f.type, src[f.go]);
            return o;
        }
        case 'slice': {
            const s = v;
            const out = new Array(s.len);
            for (let i = 0; i < s.len; i++)
                out[i] = finish(t.elem, s.backing[i]);
            return out;
        }
        case 'map': {
            const o = Object.create(null);
            for (const [k, e] of v)
                o[k] = finish(t.elem, e);
            return o;
        }
        case 'pointer':
            return finish(t.elem, v);
        default:
            return v;
    }
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
const INTEGER = /^-?\d+$/;
/** strconv.ParseInt(s, 10, 64) / ParseUint for a JSON number literal; undefined on error or overflow. */
function parseGoInt(text, unsigned) {
    if (!INTEGER.test(text) || (unsigned && text.charCodeAt(0) === 0x2d))
        return undefined;
    if (text.length < 16)
        return Number(text) || 0; // `-0` is 0
    const n = BigInt(text);
    if (unsigned ? n > UINT64_MAX : n < INT64_MIN || n > INT64_MAX)
        return undefined;
    return n > MAX_SAFE || n < -MAX_SAFE ? n : Number(n);
}
class Abort {
    constructor(error) {
        this.error = error;
    }
}
const SIMPLE_KEY = /^[A-Za-z_$][\w$-]*$/;
class Decoder {
    constructor(text) {
        this.text = text;
        this.fieldStack = [];
        this.path = [];
    }
    pathText() {
        let out = '';
        for (const p of this.path) {
            if (typeof p === 'number')
                out += `[${p}]`;
            else if (SIMPLE_KEY.test(p))
                out += out === '' ? p : `.${p}`;
            else
                out += `[${JSON.stringify(p)}]`;
        }
        return out;
    }
    /** d.saveError(&UnmarshalTypeError{...}) with the error context of the moment. */
    save(value, typeName, node) {
        if (this.saved !== undefined)
            return;
        const where = this.structName !== undefined || this.fieldStack.length > 0
            ? `Go struct field ${this.structName ?? ''}.${this.fieldStack.join('.')}`
            : 'Go value';
        this.saved = { message: `json: cannot unmarshal ${value} into ${where} of type ${typeName}`, node, path: this.pathText() };
    }
    abort(e, node) {
        if (e instanceof MethodError)
            throw new Abort({ message: e.message, node, path: this.pathText() });
        throw e;
    }
    /** d.value(v): decodes node into a Go value of type t that currently holds cur; returns the new value. */
    value(node, t, cur) {
        switch (t.kind) {
            case 'struct':
                if (node.kind === 'object')
                    return this.struct(node, t, cur);
                break;
            case 'slice':
                if (node.kind === 'array') {
                    // An empty array replaces the slice with a fresh one (reflect.MakeSlice(t, 0, 0)).
                    if (node.items.length === 0)
                        return { backing: [], len: 0 };
                    const s = cur ?? { backing: [], len: 0 };
                    node.items.forEach((item, i) => {
                        if (i >= s.backing.length)
                            s.backing.push(unmarshal_zero(t.elem));
                        this.path.push(i);
                        s.backing[i] = this.value(item, t.elem, s.backing[i]);
                        this.path.pop();
                    });
                    s.len = node.items.length;
                    return s;
                }
                if (node.kind === 'null')
                    return null;
                break;
            case 'map':
                if (node.kind === 'object') {
                    const m = cur ?? new Map();
                    for (const { key, value } of node.members) {
                        this.path.push(key);
                        m.set(key, this.value(value, t.elem, unmarshal_zero(t.elem)));
                        this.path.pop();
                    }
                    return m;
                }
                if (node.kind === 'null')
                    return null;
                break;
            case 'pointer':
                if (node.kind === 'null')
                    return null;
                return this.value(node, t.elem, cur ?? unmarshal_zero(t.elem));
            case 'interface':
                return this.generic(node);
            case 'json':
                try {
                    return t.unmarshalJSON(this.text.slice(node.start, node.end), cur);
                }
                catch (e) {
                    return this.abort(e, node);
                }
            case 'text':
                if (node.kind === 'string') {
                    try {
                        return t.unmarshalText(node.value);
                    }
                    catch (e) {
                        return this.abort(e, node);
                    }
                }
                if (node.kind === 'null')
                    return t.underlying === 'slice' ? null : cur;
                break;
            case 'string':
                if (node.kind === 'string')
                    return node.value;
                break;
            case 'bool':
                if (node.kind === 'bool')
                    return node.value;
                break;
            case 'int':
            case 'uint':
                if (node.kind === 'number') {
                    const n = parseGoInt(node.text, t.kind === 'uint');
                    if (n !== undefined)
                        return n;
                    this.save(`number ${node.text}`, t.name, node);
                    return cur;
                }
                break;
        }
        // The node kinds are named as Go names them in "cannot unmarshal X": object, array, string, number, bool.
        if (node.kind !== 'null')
            this.save(node.kind, t.name, node);
        return cur;
    }
    struct(node, t, obj) {
        const info = structInfo(t);
        for (const { key, value } of node.members) {
            let f = info.exact.get(key);
            if (f === undefined) {
                const k = foldAsciiName(key);
                if (k !== undefined)
                    f = info.folded.get(k);
                if (f === undefined)
                    continue;
            }
            const outer = this.structName;
            this.structName = info.short;
            this.fieldStack.push(f.json);
            this.path.push(key);
            obj[f.go] = this.value(value, f.type, obj[f.go]);
            this.path.pop();
            this.fieldStack.pop();
            this.structName = outer;
        }
        return obj;
    }
    /**
     * valueInterface: a fresh generic value (numbers are float64; out of range is a saved error and
     * nil). Iterative: encoding/json accepts 10,000 levels of nesting, more than JS recursion can.
     */
    generic(root) {
        if (root.kind !== 'object' && root.kind !== 'array')
            return this.scalar(root);
        const container = (n) => n.kind === 'object' ? Object.create(null) : [];
        const out = container(root);
        const stack = [{ node: root, out, i: 0 }];
        while (stack.length > 0) {
            const f = stack[stack.length - 1];
            const object = f.node.kind === 'object';
            const n = object ? f.node.members.length : f.node.items.length;
            if (f.i >= n) {
                stack.pop();
                if (stack.length > 0)
                    this.path.pop();
                continue;
            }
            const i = f.i++;
            const key = object ? f.node.members[i].key : i;
            const child = object ? f.node.members[i].value : f.node.items[i];
            this.path.push(key);
            if (child.kind === 'object' || child.kind === 'array') {
                const v = container(child);
                f.out[key] = v;
                stack.push({ node: child, out: v, i: 0 }); // the path segment is popped with the frame
            }
            else {
                f.out[key] = this.scalar(child);
                this.path.pop();
            }
        }
        return out;
    }
    scalar(node) {
        switch (node.kind) {
            case 'number': {
                const f = Number(node.text);
                if (Number.isFinite(f))
                    return f;
                this.save(`number ${node.text}`, 'float64', node);
                return null;
            }
            case 'null':
                return null;
            default:
                return node.value;
        }
    }
}
/** json.Unmarshal of a parsed document into a value of struct type t (through a non-nil pointer). */
function unmarshal(text, tree, t) {
    const d = new Decoder(text);
    let v;
    try {
        v = d.value(tree, t, unmarshal_zero(t));
    }
    catch (e) {
        if (e instanceof Abort)
            return { ok: false, ...e.error };
        throw e;
    }
    if (d.saved !== undefined)
        return { ok: false, ...d.saved };
    return { ok: true, value: finish(t, v) };
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/decode/index.ts



/**
 * json.Unmarshal(text, &data.Module) as Lilypad v2.23.0 runs it. `text` is a Go string as the
 * template engine produces it (bytes that are not UTF-8 held as U+DC80..U+DCFF).
 */
function decodeModule(text) {
    const parsed = parseJson(text);
    if (!parsed.ok)
        return { ok: false, kind: 'syntax', message: parsed.message, offset: parsed.offset, index: parsed.index };
    const { tree } = parsed;
    const r = unmarshal(text, tree, MODULE_TYPE);
    if (r.ok)
        return { ok: true, module: r.value, tree };
    return { ok: false, kind: 'type', message: r.message, index: r.node.start, path: r.path, node: r.node, tree };
}




;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/render-session.ts
// One parsed module template, rendered and decoded as many times as validation needs (sample
// inputs, each input left out, adversarial values): parsing once keeps that cheap.




/** Bounds for one render during validation: Lilypad has none, but a validator must not hang. */
const RENDER_LIMITS = { maxSteps: 5_000_000, maxOutput: 64 * 1024 * 1024 };
class RenderSession {
    constructor(tmpl, name) {
        this.tmpl = tmpl;
        this.name = name;
        /** Input values already JSON-encoded: the same few values recur in every render. */
        this.encoded = new Map();
    }
    /** Parse as Lilypad does; a parse error is thrown (TemplateError). */
    static parse(name, text) {
        return new RenderSession(new template_Template(name).funcs({ subst: subst }).parse(text), name);
    }
    render(inputs) {
        const segments = [];
        try {
            const { output } = this.tmpl.executeWithSourceMap(value_stringMap(encodeInputs(inputs, this.encoded)), segments, RENDER_LIMITS);
            return { inputs, output, segments, decoded: decodeModule(output) };
        }
        catch (e) {
            if (e instanceof exec_ExecError)
                return { inputs, output: e.output, segments, execError: e };
            throw e;
        }
    }
    /** What `lilypad run` would make of this render. */
    static verdict(r) {
        if (r.execError) {
            return { inputs: r.inputs, outcome: 'exec-error', error: lilypadRenderError({ ok: false, phase: 'exec', message: r.execError.message }, r.inputs) };
        }
        if (r.decoded && !r.decoded.ok) {
            return { inputs: r.inputs, outcome: 'json-error', error: `error unmarshalling resulting JSON: ${r.decoded.message}` };
        }
        return { inputs: r.inputs, outcome: 'ok' };
    }
    static loads(r) {
        return !r.execError && r.decoded?.ok === true;
    }
}
/** The node that wrote output offset `offset` (the last segment starting at or before it). */
function segmentAt(segments, offset) {
    let lo = 0;
    let hi = segments.length - 1;
    let found;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segments[mid].start <= offset) {
            found = segments[mid];
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return found;
}
/** Map an output offset to a template offset: exact inside literal text, the action's start otherwise. */
function templateOffset(segments, offset) {
    const seg = segmentAt(segments, offset);
    if (!seg)
        return undefined;
    if (seg.node.type === 'text')
        return seg.node.pos + Math.min(offset - seg.start, seg.end - seg.start);
    return actionStart(seg.node);
}
/** Where an action begins in the template: its `{{`, found by scanning back from its pipeline. */
function actionStart(node) {
    const text = node.tree.text;
    const at = text.lastIndexOf('{{', node.pos);
    return at >= 0 ? at : node.pos;
}


;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/input-lints.ts



/** Values that JSON-encoding makes safe as whole values, and that break every other way of using an input. */
const ADVERSARIAL_VALUES = [
    { desc: 'the empty string', value: '' },
    { desc: 'a double quote', value: 'say "hi"' },
    { desc: 'a backslash', value: 'C:\\models\\x' },
    { desc: 'an apostrophe', value: "it's" },
    { desc: 'a newline', value: 'two\nlines' },
    { desc: 'a tab', value: 'a\tb' },
    { desc: '<, > and &', value: '<b>&amp;</b>' },
    { desc: 'non-ASCII text', value: 'grüße 🐸' },
    { desc: 'percent signs', value: '100% %s %d' },
];
const EMPTY_ONLY = ADVERSARIAL_VALUES.filter((v) => v.value === '');
/**
 * Words that say an input is free text its users type (from its name, or from the text where it
 * is printed: `"PROMPT={{ js .p }}"`, `"--question", {{ .q }}`). JSON and code are typed with
 * quotes in them by nature.
 */
const FREE_TEXT_WORDS = new Set([
    'prompt',
    'prompts',
    'message',
    'messages',
    'msg',
    'text',
    'texts',
    'question',
    'questions',
    'input',
    'query',
    'sentence',
    'sentences',
    'caption',
    'description',
    'instruction',
    'instructions',
    'content',
    'context',
    'comment',
    'story',
    'title',
    'note',
    'notes',
    'search',
    'chat',
    'say',
    'phrase',
    'words',
    'lyrics',
    'speech',
    'topic',
    'subject',
    'transcript',
    'json',
    'code',
    'sql',
    'html',
    'markdown',
]);
/** `input_text`, `TEXT_INPUT`, `negativePrompt`, `prompt2` → their words, lower case. */
function words(s) {
    return s
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w !== '');
}
/** Does the name, or the text around where it is printed, say users type free text into it? */
function isFreeText(name, context = '') {
    return [...words(name), ...words(context)].some((w) => FREE_TEXT_WORDS.has(w));
}
/** Facts about the template's actions that read inputs, computed once per node. */
class ActionIndex {
    constructor(session) {
        this.session = session;
        this.cache = new Map();
        // In offset order, so that an action's uses are found by binary search (linear in all).
        this.uses = [...discoverInputUses(session.tmpl)].sort((a, b) => a.offset - b.offset);
    }
    /** The action's info, or undefined when it reads no input. */
    get(node) {
        let info = this.cache.get(node);
        if (info === undefined) {
            const d = this.describe(node);
            info = d.inputs.size > 0 ? d : null;
            this.cache.set(node, info);
        }
        return info ?? undefined;
    }
    /** How many of the template's actions read `name`. */
    actionsReading(name) {
        if (!this.readingCounts) {
            this.readingCounts = new Map();
            for (const node of allActions(this.session.tmpl))
                for (const n of this.get(node)?.inputs ?? [])
                    this.readingCounts.set(n, (this.readingCounts.get(n) ?? 0) + 1);
        }
        return this.readingCounts.get(name) ?? 0;
    }
    describe(node) {
        const text = node.tree.text;
        const start = actionStart(node);
        const close = text.indexOf('}}', node.pos);
        const end = close < 0 ? text.length : close;
        const inputs = new Set();
        for (let i = firstAtOrAfter(this.uses, start); i < this.uses.length && this.uses[i].offset < end; i++)
            inputs.add(this.uses[i].name);
        const functions = new Set();
        const collect = (n) => {
            if (n.type === 'identifier')
                functions.add(n.ident);
            else if (n.type === 'pipe')
                n.cmds.forEach((c) => c.args.forEach(collect));
            else if (n.type === 'chain')
                collect(n.node);
        };
        node.pipe.cmds.forEach((c) => c.args.forEach(collect));
        const cmds = node.pipe.cmds;
        const only = cmds.length === 1 && cmds[0].args.length === 1 ? cmds[0].args[0] : undefined;
        const bare = only !== undefined && (only.type === 'field' || only.type === 'variable') && inputs.size === 1;
        // The text it is printed after, and the strings in the action (`subst "PROMPT=%s"`); not the
        // names of functions (`html` is not HTML typed by a user).
        const context = () => [printedAfter(text, start), ...(text.slice(start, end).match(/"(?:[^"\\]|\\.)*"/g) ?? [])].join(' ');
        return { node, start, inputs, bare, functions, context };
    }
}
/**
 * The JSON text an action's output belongs to, from the template line before it: the string it
 * is printed inside (`"PROMPT={{` → `PROMPT=`), or, for a whole value, the string just before it
 * (`"--question", {{` → `--question`). Other actions on the line are left out.
 */
function printedAfter(text, start) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start).replace(/\{\{[\s\S]*?\}\}/g, '');
    const quotes = [...before.matchAll(/(?<!\\)"/g)].map((m) => m.index);
    if (quotes.length % 2 === 1) {
        // Inside a string: its text so far, or, when the action opens it, the string before it.
        const own = before.slice(quotes.at(-1) + 1);
        if (own.trim() !== '')
            return own;
        quotes.pop();
        if (quotes.length >= 2 && /^[\s,:[]*$/.test(before.slice(quotes.at(-1) + 1, before.length - 1)))
            return before.slice(quotes.at(-2) + 1, quotes.at(-1));
        return '';
    }
    if (quotes.length >= 2 && /^[\s,:[]*$/.test(before.slice(quotes.at(-1) + 1)))
        return before.slice(quotes.at(-2) + 1, quotes.at(-1));
    return '';
}
function firstAtOrAfter(uses, offset) {
    let lo = 0;
    let hi = uses.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (uses[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const indexes = new WeakMap();
function actionIndex(session) {
    let idx = indexes.get(session);
    if (!idx)
        indexes.set(session, (idx = new ActionIndex(session)));
    return idx;
}
/** Why an input makes this action break the JSON, as the rule that explains it. */
function cause(action) {
    if (!action)
        return RULES.inputInjection;
    if (action.functions.has('js'))
        return RULES.jsInJson;
    if (action.functions.has('subst'))
        return RULES.substUnescaped;
    if (action.bare)
        return RULES.quotedRawInput;
    return RULES.inputInjection;
}
/** The action, among those reading `input`, that wrote the output just before `offset`. */
function culprit(actions, segments, offset, input) {
    const at = segmentAt(segments, offset);
    if (!at)
        return undefined;
    for (let i = segments.indexOf(at); i >= 0; i--) {
        const node = segments[i].node;
        if (node.type !== 'action')
            continue;
        const info = actions.get(node);
        if (info && (input === undefined || info.inputs.has(input)))
            return info;
    }
    return undefined;
}
/**
 * Probes inputs one at a time on top of a base render that loads (never on an input set that
 * already fails): first an ordinary value when the base lacks the input (a template that breaks
 * with any value, such as "{{ .X }}", is reported once), then each hostile value.
 */
class InputProber {
    constructor(session, base, sample, budget) {
        this.session = session;
        this.base = base;
        this.sample = sample;
        this.budget = budget;
        this.actions = actionIndex(session);
        this.safe = escapeSafeInputs(session, base);
    }
    /** The breaks hostile values of `name` cause; undefined when the budget ran out first. */
    probe(name) {
        const out = [];
        const reported = new Set();
        // JSON encoding makes any value safe where the input is printed whole, except that a field
        // with a Go type of its own can refuse `""` (`"Type": {{ .Network }}`): only that is tried.
        // Elsewhere the base render already shows how the input's own value fares (it loads), so an
        // ordinary value is tried only when the base lacks the input.
        const tries = this.safe.has(name) ? EMPTY_ONLY : name in this.base.inputs ? ADVERSARIAL_VALUES : [{ desc: '', value: this.sample }, ...ADVERSARIAL_VALUES];
        for (const { desc, value } of tries) {
            if (!this.budget.allows())
                return out.length > 0 ? out : undefined;
            const inputs = { ...this.base.inputs, [name]: value };
            const r = this.budget.render(inputs);
            if (!r)
                return out.length > 0 ? out : undefined;
            if (RenderSession.loads(r))
                continue;
            // A value the field's Go type refuses (an enum such as Network.Type, a time) is not an
            // escaping hazard: such a field accepts only some values, and the sample input sets show
            // which. The empty value is the exception: `{{ if .X }}` does not catch it (format doc §3.3).
            if (value !== '' && r.decoded && !r.decoded.ok && r.decoded.kind === 'type')
                continue;
            const offset = r.decoded && !r.decoded.ok ? r.decoded.index : r.output.length;
            const action = culprit(this.actions, r.segments, offset, name);
            const why = (RenderSession.verdict(r).error ?? '').replace(/, content: [\s\S]*$/, '');
            const always = value === this.sample;
            const rule = value === '' ? RULES.inputEmptyBreaks : always ? RULES.quotedRawInput : cause(action);
            const key = `${rule.id}\u0000${action?.start ?? -1}`;
            if (!reported.has(key)) {
                reported.add(key);
                const typed = isFreeText(name, action?.context());
                // Every value breaks it: an error whoever types it.
                const severity = always || typed ? 'error' : 'warning';
                const what = always ? 'any value' : value === '' ? 'an empty value' : `a value with ${desc}`;
                const who = always ? '' : typed ? ' (a value its users will type: it reads free text)' : ' (it does not read free text, so only unusual values do this)';
                out.push({ rule, severity, message: `Input \`${name}\` with ${what} breaks the module${who}: ${why}`, offset: action?.start ?? 0, inputs });
            }
            // One break per input is the common case: an input read by a single action cannot break a
            // second place, so the remaining values would only find the same one again.
            if (always || this.actions.actionsReading(name) <= 1)
                break;
        }
        return out;
    }
}
/**
 * `js` and `subst` on inputs: valid JSON, but not what the user typed reaches the container.
 * Actions already reported as breaking the module (at `breaking` offsets) are not repeated.
 */
function staticInputFindings(session, breaking) {
    const out = [];
    const index = actionIndex(session);
    for (const node of allActions(session.tmpl)) {
        const a = index.get(node);
        if (!a || breaking.has(a.start))
            continue;
        const names = [...a.inputs].map((n) => `\`${n}\``).join(', ');
        if (a.functions.has('js')) {
            out.push({
                rule: RULES.jsInJson,
                severity: 'warning',
                message: `\`js\` re-escapes input ${names}, which is already JSON-encoded: the container receives it with literal quotes, and an apostrophe makes the JSON invalid.`,
                offset: a.start,
            });
        }
        else if (a.functions.has('subst')) {
            out.push({ rule: RULES.substUnescaped, severity: 'warning', message: `\`subst\` inserts input ${names} unescaped: a quote or backslash in it breaks the JSON.`, offset: a.start });
        }
    }
    return out;
}
/** For a render that does not decode: the quoted-raw-input finding, when that is the reason. */
function explainBrokenRender(session, r) {
    if (!r.decoded || r.decoded.ok || r.decoded.kind !== 'syntax')
        return undefined;
    const a = culprit(actionIndex(session), r.segments, r.decoded.index);
    if (!a || !a.bare)
        return undefined;
    const seg = r.segments.find((s) => s.node === a.node);
    if (!seg || !insideJsonString(r.output, seg.start))
        return undefined;
    const [name] = a.inputs;
    return {
        rule: RULES.quotedRawInput,
        message: `Input \`${name}\` is printed inside quotes, but it reaches the template already JSON-encoded with its own quotes, so Lilypad fails: ${r.decoded.message}.`,
        offset: a.start,
        inputs: r.inputs,
    };
}
/**
 * Inputs whose every use is either a test (`if .X`) or a bare `{{ .X }}` that the base render
 * printed outside any JSON string: their values arrive JSON-encoded, so no value can break the
 * JSON. Uses the base render did not print (a branch not taken) make an input not provably safe.
 */
function escapeSafeInputs(session, base) {
    const index = actionIndex(session);
    const printedOutsideString = new Set();
    const starts = base.segments.filter((seg) => seg.node.type === 'action');
    let inString = false;
    let i = 0;
    for (const seg of starts) {
        // One pass over the output, tracking JSON string state up to each action's output.
        for (; i < seg.start && i < base.output.length; i++) {
            const c = base.output.charCodeAt(i);
            if (inString && c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = !inString;
        }
        if (!inString)
            printedOutsideString.add(seg.node);
    }
    const unsafe = new Set();
    const all = new Set();
    for (const node of allActions(session.tmpl)) {
        const a = index.get(node);
        if (!a)
            continue;
        for (const name of a.inputs) {
            all.add(name);
            if (!a.bare || !printedOutsideString.has(node))
                unsafe.add(name);
        }
    }
    return new Set([...all].filter((n) => !unsafe.has(n)));
}
/** Does `offset` fall inside a JSON string literal of `text` (scanning from the start)? */
function insideJsonString(text, offset) {
    let inString = false;
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString && c === 0x5c)
            i++;
        else if (c === 0x22)
            inString = !inString;
    }
    return inString;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/provider/go-strconv.ts
// The pieces of Go's standard library that decide how a provider reads a job's resource strings,
// beside the ones the template engine already has (ParseFloat, TrimSpace, `%f`): strconv.Atoi and
// ParseUint (base 10), strings.ToLower, and the amd64 float→int conversion. Each gives Go 1.23's
// answer for every input, including the ones nobody writes on purpose ("1_000", "inf"), because a
// provider parses whatever the template says and a CI run that reads it differently would pass a
// job the provider refuses, or the reverse.
// Checked case by case against Go itself (test/oracle, mode "resources").
//
// Go strings are held as JS strings the way packages/gotemplate does (a byte that is not UTF-8 is
// a lone surrogate U+DC80..U+DCFF).
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
const MAX_UINT64 = (1n << 64n) - 1n;
/** strconv.Atoi: an optional sign and decimal digits, within int64; null for Go's error. */
function goAtoi(s) {
    const m = /^([+-]?)([0-9]+)$/.exec(s);
    if (!m)
        return null;
    const v = BigInt(m[1] === '-' ? `-${m[2]}` : m[2]);
    return v > MAX_INT64 || v < MIN_INT64 ? null : v;
}
/** strconv.ParseUint(s, 10, 64): decimal digits only, within uint64; null for Go's error. */
function goParseUint(s) {
    if (!/^[0-9]+$/.test(s))
        return null;
    const v = BigInt(s);
    return v > MAX_UINT64 ? null : v;
}
/**
 * Go's `int64(f)` on amd64 (CVTTSD2SQ): truncation toward zero, and 0x8000000000000000 for NaN and
 * anything outside int64. The language leaves that case to the implementation; providers run amd64.
 */
function go_strconv_float64ToInt64(f) {
    if (Number.isNaN(f) || f >= 2 ** 63 || f < -(2 ** 63))
        return MIN_INT64;
    return BigInt(Math.trunc(f));
}
/** strings.ToLower: Go's simple per-rune mapping (İ → i, not i + U+0307); invalid bytes become U+FFFD. */
function goToLower(s) {
    if (!/[^\x00-\x7f]/.test(s))
        return s.toLowerCase();
    let out = '';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp >= 0xd800 && cp <= 0xdfff)
            out += '\ufffd';
        else if (cp === 0x130)
            out += 'i';
        else {
            const lower = ch.toLowerCase();
            // Only U+0130 lowercases to more than one rune in full case mapping; Go keeps one rune.
            out += [...lower].length === 1 ? lower : ch;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/provider/bacalhau-resources.ts
// How a Lilypad provider's Bacalhau v1.6.0 reads `job.Spec.Resources` (Lilypad copies the four
// strings into the Bacalhau task unchanged, docs/lilypad-module-format.md §4.5):
//   - pkg/models/resource.go ResourcesConfig.ToResources: lower-case, drop spaces and newlines;
//     CPU with BTBurke/k8sresource v1.2.0 (`500m` millicores, else a float of cores), Memory and
//     Disk with dustin/go-humanize v1.0.1 ParseBytes (decimal units: `8Gb` is 8×10⁹ bytes, a bare
//     number is bytes), GPU with strconv.ParseUint (so `all` is refused);
//   - Resources.Validate: a negative CPU is refused;
//   - the orchestrator's defaults for an empty CPU or Memory: `500m` and `1Gb`
//     (pkg/config/defaults.go, applied by pkg/orchestrator/transformer/job.go).
// The provider refuses a job whose resources do not parse, when it is submitted, with these
// messages (Job.ValidateSubmission wraps them as `task main validation failed: …`).


/** Docker's smallest memory limit (moby daemon_unix.go linuxMinMemory): a container below it is never created. */
const DOCKER_MIN_MEMORY_BYTES = 6n * 1024n * 1024n;
/** Bacalhau v1.6.0's job defaults for a batch task (pkg/config/defaults.go). */
const BACALHAU_DEFAULT_CPU = '500m';
const BACALHAU_DEFAULT_MEMORY = '1Gb';
/**
 * The resources a provider runs the job with, or the reason it refuses the job. `defaults: false`
 * stops after parsing the strings as given (what submission checks).
 */
function providerResources(raw, options = {}) {
    // Submission validates what was sent; the defaults fill empty fields afterwards.
    const checked = toResources(raw);
    if (!checked.ok || options.defaults === false)
        return checked.ok ? { ...checked, defaulted: [] } : checked;
    const defaulted = [];
    const filled = { ...raw };
    if (raw.CPU === '') {
        filled.CPU = BACALHAU_DEFAULT_CPU;
        defaulted.push('CPU');
    }
    if (raw.Memory === '') {
        filled.Memory = BACALHAU_DEFAULT_MEMORY;
        defaulted.push('Memory');
    }
    const parsed = toResources(filled);
    if (!parsed.ok)
        return parsed; // the defaults always parse; kept for the type
    return { ok: true, resources: parsed.resources, defaulted };
}
/** HostConfig.NanoCPUs as the Docker executor computes it: int64(cores × 10⁹). */
function nanoCpus(cores) {
    return float64ToInt64(cores * 1e9);
}
/** ResourcesConfig.Normalize: lower case, spaces and newlines removed (tabs stay). */
function normalizeResource(s) {
    return goToLower(s).replaceAll(' ', '').replaceAll('\n', '');
}
function readBytes(s) {
    const parsed = humanizeParseBytes(s);
    return parsed.ok ? parsed.bytes : null;
}
/** How ToResources reads each field once normalised (an empty field is never passed: it stays 0). */
const FIELD_READERS = {
    CPU: (s) => {
        const millicores = k8sCpuMillicores(s);
        return millicores === null ? null : Number(millicores) / 1000;
    },
    Memory: readBytes,
    Disk: readBytes,
    GPU: goParseUint,
};
/** One field, normalised and parsed: `value` undefined when empty (unset), null when it does not parse. */
function parseField(field, raw) {
    const text = normalizeResource(raw);
    return { text, value: text === '' ? undefined : FIELD_READERS[field](text) };
}
/**
 * One field of job.Spec.Resources as the provider reads it: `value` is undefined when the field is
 * empty (unset), null when the provider refuses the job for it (a negative CPU included).
 */
function readResource(field, raw) {
    const read = parseField(field, raw);
    // Resources.Validate refuses a negative CPU after every field has parsed.
    return typeof read.value === 'number' && read.value < 0 ? { ...read, value: null } : read;
}
/** ResourcesConfig.Validate (ToResources, then Resources.Validate), on one set of strings. */
function toResources(raw) {
    const errors = [];
    const resources = { cpu: 0, memoryBytes: 0n, diskBytes: 0n, gpus: 0n };
    const cpu = parseField('CPU', raw.CPU);
    if (cpu.value === null)
        errors.push(`invalid CPU value: ${cpu.text}`);
    else if (cpu.value !== undefined)
        resources.cpu = cpu.value;
    for (const [field, key, name] of [['Memory', 'memoryBytes', 'memory'], ['Disk', 'diskBytes', 'disk']]) {
        const bytes = parseField(field, raw[field]);
        if (bytes.value === null)
            errors.push(`invalid ${name} value: ${bytes.text}`);
        else if (bytes.value !== undefined)
            resources[key] = bytes.value;
    }
    const gpus = parseField('GPU', raw.GPU);
    // This one returns at once, dropping the errors collected so far.
    if (gpus.value === null)
        return { ok: false, message: `invalid GPU value: ${gpus.text}` };
    if (gpus.value !== undefined)
        resources.gpus = gpus.value;
    if (errors.length > 0)
        return { ok: false, message: errors.join('\n') };
    if (resources.cpu < 0)
        return { ok: false, message: `invalid CPU value: ${sprintf('%f', [float64(resources.cpu)])}` };
    return { ok: true, resources };
}
/**
 * k8sresource v1.2.0 cpuIntFromString: `<int>m` is millicores (strconv.Atoi), anything else a
 * float of cores (strconv.ParseFloat) times 1000, truncated as Go's int() does on amd64.
 */
function k8sCpuMillicores(s) {
    if (s.endsWith('m'))
        return goAtoi(s.slice(0, -1));
    const f = parseGoFloat(s);
    return f.ok ? go_strconv_float64ToInt64(f.value * 1000) : null;
}
/** go-humanize's bytesSizeTable: SI units are powers of 1000, IEC (`…i`, `…ib`) powers of 1024. */
const UNITS = new Map([
    ['', 1n], ['b', 1n],
    ['k', 10n ** 3n], ['kb', 10n ** 3n], ['ki', 1n << 10n], ['kib', 1n << 10n],
    ['m', 10n ** 6n], ['mb', 10n ** 6n], ['mi', 1n << 20n], ['mib', 1n << 20n],
    ['g', 10n ** 9n], ['gb', 10n ** 9n], ['gi', 1n << 30n], ['gib', 1n << 30n],
    ['t', 10n ** 12n], ['tb', 10n ** 12n], ['ti', 1n << 40n], ['tib', 1n << 40n],
    ['p', 10n ** 15n], ['pb', 10n ** 15n], ['pi', 1n << 50n], ['pib', 1n << 50n],
    ['e', 10n ** 18n], ['eb', 10n ** 18n], ['ei', 1n << 60n], ['eib', 1n << 60n],
]);
/**
 * go-humanize v1.0.1 ParseBytes: the leading run of digits, dots and commas (commas dropped) is a
 * float, the rest (trimmed, lower-cased) a unit; the product is truncated to whole bytes.
 * Errors are humanize's own texts.
 */
function humanizeParseBytes(s) {
    // Go scans runes (unicode.IsDigit: any decimal digit, not only ASCII) but counts them as bytes
    // when it cuts the number off: with a digit outside ASCII the cut lands inside a rune.
    let runes = 0;
    for (const ch of s) {
        if (!/^[\p{Nd}.,]$/u.test(ch))
            break;
        runes++;
    }
    const bytes = utf8_encodeGoString(s);
    const number = decodeGoString(bytes.subarray(0, runes)).replaceAll(',', '');
    const parsed = parseGoFloat(/[^\x00-\x7f]/.test(number) ? '\u0000' : number);
    if (!parsed.ok)
        return { ok: false, error: `strconv.ParseFloat: parsing ${quote(number)}: ${parsed.reason}` };
    const unit = goToLower(goTrimSpace(decodeGoString(bytes.subarray(runes))));
    const multiplier = UNITS.get(unit);
    if (multiplier === undefined)
        return { ok: false, error: `unhandled size name: ${unit}` };
    const product = parsed.value * Number(multiplier);
    if (product >= 2 ** 64)
        return { ok: false, error: `too large: ${s}` };
    return { ok: true, bytes: BigInt(Math.trunc(product)) };
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/image-ref.ts
// Docker image references, checked against the grammar of distribution/reference (what
// `docker pull` accepts): [domain[:port]/]path[:tag][@algorithm:hex].
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
/** The whole grammar: groups 1 name, 2 tag, 3 digest (also used to parse references, module-runner). */
const IMAGE_REFERENCE = new RegExp(`^((?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);
/** undefined when `ref` is a valid image reference, else what is wrong with it. */
function checkImageReference(ref) {
    if (ref.trim() !== ref)
        return 'it has leading or trailing white space';
    if (ref.length > 255 + 128 + 80)
        return 'it is too long';
    const m = IMAGE_REFERENCE.exec(ref);
    if (m) {
        const digest = m[3];
        if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest))
            return 'a sha256 digest is 64 lower-case hex digits';
        if (m[1].length > 255)
            return 'the repository name is longer than 255 characters';
        return undefined;
    }
    if (/[A-Z]/.test(ref.split(/[:@]/)[0].split('/').slice(-1)[0]))
        return 'repository names must be lower case';
    if (/^[^@]*:sha256:/.test(ref))
        return 'a digest follows "@", not ":" (write name@sha256:…)';
    if (ref.includes('://'))
        return 'it is a URL; give the image name without a scheme';
    return 'expected [registry/]repository[:tag][@sha256:digest]';
}
// Web sites that host images' pages but serve no registry API: `docker pull hub.docker.com/u/i`
// asks hub.docker.com for /v2/, which is not a registry, and fails. (registry.hub.docker.com,
// index.docker.io and docker.io are Docker Hub's registry names and work.)
const WEB_HOSTS = new Set(['hub.docker.com', 'docker.com', 'www.docker.com', 'github.com', 'www.github.com', 'gitlab.com', 'www.gitlab.com', 'bitbucket.org', 'huggingface.co', 'hf.co', 'raw.githubusercontent.com']);
/**
 * The registry host a valid reference names, if it names one: as distribution/reference decides,
 * the first path component is a host when it has a `.` or a `:` or is `localhost`.
 */
function imageRegistryHost(ref) {
    const slash = ref.indexOf('/');
    if (slash < 0)
        return undefined;
    const first = ref.slice(0, slash);
    return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}
/** Why a resource provider cannot pull from the host this (valid) reference names, or undefined. */
function imageHostProblem(ref) {
    const host = imageRegistryHost(ref);
    if (host === undefined)
        return undefined;
    const name = host.replace(/:\d+$/, '').toLowerCase();
    if (WEB_HOSTS.has(name)) {
        const rest = ref.slice(host.length + 1);
        const hub = name === 'hub.docker.com' || name.endsWith('docker.com');
        // hub.docker.com/r/user/image is the page's URL; the image is user/image.
        const suggestion = hub ? rest.replace(/^(?:r|_)\//, '') : undefined;
        return `${name} is a web site, not a Docker registry${suggestion ? `; on Docker Hub the image is "${suggestion}"` : ''}`;
    }
    if (name === 'localhost' || name === 'host.docker.internal' || name === '0.0.0.0' || /^127\./.test(name) || name === '[::1]') {
        return `${name} is the machine that runs the job: a resource provider has no registry there`;
    }
    if (/^(?:10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)/.test(name)) {
        return `${name} is a private network address that resource providers cannot reach`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/json-view.ts
// A read-only view of the rendered module's JSON with source offsets, and lookups that bind keys
// the way Go's encoding/json does (case-insensitive, last duplicate wins).

function locateRoot(root) {
    return { value: root, pointer: '' };
}
/** The member Go would bind to struct field `name`: the last key equal to it ignoring case. */
function field(parent, name) {
    const node = parent?.value;
    if (!node || node.kind !== 'object')
        return undefined;
    for (let i = node.members.length - 1; i >= 0; i--) {
        const m = node.members[i];
        if (m.key === name || equalFoldAscii(m.key, name))
            return { value: m.value, pointer: `${parent.pointer}/${escapePointer(m.key)}`, member: m };
    }
    return undefined;
}
function items(parent) {
    const node = parent?.value;
    if (!node || node.kind !== 'array')
        return [];
    return node.items.map((value, i) => ({ value, pointer: `${parent.pointer}/${i}` }));
}
function stringValue(l) {
    return l?.value.kind === 'string' ? l.value.value : undefined;
}
function numberValue(l) {
    return l?.value.kind === 'number' ? Number(l.value.text) : undefined;
}
function isEmpty(l) {
    const n = l.value;
    if (n.kind === 'null')
        return true;
    if (n.kind === 'string')
        return n.value === '';
    if (n.kind === 'array')
        return n.items.length === 0;
    if (n.kind === 'object')
        return n.members.length === 0;
    return false;
}
function escapePointer(key) {
    // Most keys need no escaping; this runs for every key looked up.
    if (!key.includes('~') && !key.includes('/'))
        return key;
    return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/module-lints.ts
// Checks on the rendered module that the Lilypad CLI does not make but a resource provider's run
// depends on (docs/lilypad-module-format.md §4.5, §4.5.1, §8). They read the JSON as Lilypad's
// Go decoder binds it: keys match fields case-insensitively and the last duplicate wins. Since
// Lilypad v2.11 the provider hands Bacalhau only Docker.{Image, Entrypoint,
// EnvironmentVariables}, Resources, Network, Timeout and Outputs (translateJob); everything else
// in the job is dropped, and what Bacalhau refuses fails the job after it was matched.






/** The network's hard cap on any job (TIMEOUT_TOTAL_SECONDS). */
const MAX_TIMEOUT_SECONDS = 7200;
/** Where Lilypad's docs tell a module to write its results, and where its tooling looks. */
const OUTPUTS = '/outputs';
/** The Docker image the module runs, if it names one. */
function moduleImage(root) {
    return stringValue(field(field(field(field(locateRoot(root), 'job'), 'Spec'), 'Docker'), 'Image'));
}
function lintModule(rootNode, context = {}) {
    const out = [];
    const report = (rule, message, at) => void out.push({ rule, message, at });
    const root = locateRoot(rootNode);
    if (rootNode.kind !== 'object') {
        // `null` decodes, as in Go, to an all-zero module: nothing to run.
        if (rootNode.kind === 'null')
            report(RULES.imageMissing, 'The module is null, which Lilypad decodes to an empty module: there is no image to run.', root);
        return out;
    }
    const spec = field(field(root, 'job'), 'Spec');
    const docker = field(spec, 'Docker');
    lintImage(root, spec, docker, report);
    lintContainer(spec, docker, report);
    lintResources(root, spec, report);
    lintOutputs(spec, docker, context.dockerfile ? dockerfileOutputPaths(context.dockerfile) : [], report);
    lintTimeouts(root, spec, report);
    const netType = field(field(spec, 'Network'), 'Type');
    const netText = stringValue(netType);
    if (netText !== undefined && netText.trim().toLowerCase() !== 'none' && netText.trim() !== '') {
        report(RULES.networkNotNone, `Network.Type is "${netText}": the job asks for network access, which a resource provider gives only when its operator allows networked jobs.`, netType);
    }
    // inputFiles: Lilypad refuses a definition that names a file twice.
    const inputFiles = field(root, 'inputFiles');
    const seen = new Set();
    for (const list of ['required', 'optional']) {
        for (const entry of items(field(inputFiles, list))) {
            const name = stringValue(entry);
            if (name === undefined)
                continue;
            if (seen.has(name))
                report(RULES.inputFilesDuplicate, `inputFiles lists "${name}" twice: Lilypad refuses it with "duplicate file ${name} in input files definition".`, entry);
            seen.add(name);
        }
    }
    return out;
}
function lintImage(root, spec, docker, report) {
    const image = field(docker, 'Image');
    const imageText = stringValue(image);
    if (!imageText) {
        const elsewhere = stringValue(field(field(field(spec, 'EngineSpec'), 'Params'), 'Image'));
        const why = elsewhere
            ? `the image "${elsewhere}" is named in EngineSpec.Params, which resource providers do not read`
            : 'a resource provider has nothing to run';
        report(RULES.imageMissing, `job.Spec.Docker.Image is empty: ${why}.`, image ?? docker ?? spec ?? field(root, 'job') ?? root);
        return;
    }
    const malformed = checkImageReference(imageText);
    if (malformed) {
        report(RULES.imageMalformed, `Image "${imageText}" is not a valid reference: ${malformed}.`, image);
        return;
    }
    const host = imageHostProblem(imageText);
    if (host) {
        report(RULES.imageHost, `Image "${imageText}" cannot be pulled: ${host}.`, image);
        return;
    }
    if (!/@sha256:[0-9a-f]{64}$/.test(imageText)) {
        report(RULES.imageNotPinned, `Image "${imageText}" is not pinned by digest: resource providers may run different images under this tag.`, image);
    }
}
function lintContainer(spec, docker, report) {
    const engine = field(spec, 'Engine');
    const engineText = stringValue(engine);
    // An engine name Lilypad does not know is only logged; Noop and Wasm are known but no longer
    // run: either way the provider runs the Docker image.
    if (engineText !== undefined && engineText.trim() !== '' && !/^docker$/i.test(engineText.trim())) {
        const known = /^(noop|wasm)$/i.test(engineText.replace(/\u017f/g, 's').trim());
        report(RULES.engineNotDocker, known ? `Engine is "${engineText}", but resource providers run every job as a Docker container.` : `Engine is "${engineText}", which Lilypad does not know (it only logs it); resource providers run the Docker image.`, engine);
    }
    const entrypoint = field(docker, 'Entrypoint');
    const program = stringValue(items(entrypoint)[0]);
    if (program !== undefined && /\s/.test(program)) {
        const words = program.trim().split(/\s+/);
        report(RULES.entrypointSpaces, `Entrypoint[0] is "${program}": Docker runs it as one program whose name contains spaces, and the container fails to start (executable file not found). Write ${JSON.stringify(words)}.`, items(entrypoint)[0]);
    }
    const parameters = field(docker, 'Parameters');
    if (parameters && !isEmpty(parameters)) {
        const what = entrypoint && !isEmpty(entrypoint) ? 'the Entrypoint runs without these arguments' : "the image's own command runs instead";
        report(RULES.parametersDropped, `Docker.Parameters is dropped by resource providers: ${what}.`, parameters);
    }
    const inputs = field(spec, 'Inputs');
    if (inputs && !isEmpty(inputs)) {
        const paths = items(inputs)
            .map((i) => stringValue(field(i, 'Path')))
            .filter((p) => !!p);
        const where = paths.length > 0 ? ` (nothing appears at ${paths.map((p) => `"${p}"`).join(', ')})` : '';
        report(RULES.inputsDropped, `Spec.Inputs is dropped by resource providers: the job never receives this data${where}.`, inputs);
    }
    const workdir = field(docker, 'WorkingDirectory');
    if (workdir && !isEmpty(workdir)) {
        report(RULES.droppedField, `Docker.WorkingDirectory is dropped by resource providers: the job runs in the image's WORKDIR (fine if it is the same).`, workdir);
    }
    for (const name of ['PublisherSpec', 'Publisher']) {
        const publisher = field(spec, name);
        const type = name === 'Publisher' ? publisher : field(publisher, 'Type');
        const typeText = stringValue(type);
        if (typeText && typeText.trim() !== '') {
            report(RULES.droppedField, `${name} "${typeText}" is dropped by resource providers: results come back through Lilypad, and are not published to ${typeText}.`, type);
        }
    }
    const deal = field(spec, 'Deal');
    const concurrency = numberValue(field(deal, 'Concurrency'));
    if (concurrency !== undefined && concurrency > 1) {
        report(RULES.droppedField, `Deal.Concurrency is ${concurrency}, but the job runs once: resource providers drop Deal.`, field(deal, 'Concurrency'));
    }
    const selectors = field(spec, 'NodeSelectors');
    if (selectors && !isEmpty(selectors))
        report(RULES.droppedField, 'NodeSelectors are dropped by resource providers: any matched provider runs the job.', selectors);
    const engineSpec = field(spec, 'EngineSpec');
    if (engineSpec && !isEmpty(engineSpec) && stringValue(field(docker, 'Image'))) {
        report(RULES.droppedField, 'EngineSpec is not read by resource providers: they run Docker.Image with Docker.Entrypoint and Docker.EnvironmentVariables.', engineSpec);
    }
}
function lintResources(root, spec, report) {
    const machine = field(root, 'machine');
    const resources = field(spec, 'Resources');
    for (const [name, what] of [
        ['CPU', 'cores ("8", "0.5") or milli-cores ("500m")'],
        ['Memory', 'a size ("16Gb", "512Mb")'],
        ['Disk', 'a size ("20Gb")'],
        ['GPU', 'a whole number ("1")'],
    ]) {
        const value = field(resources, name);
        const text = stringValue(value);
        if (text !== undefined && readResource(name, text).value === null) {
            report(RULES.resourcesInvalid, `Resources.${name} is "${text}", which the resource provider's Bacalhau cannot read (it expects ${what}): it refuses the job.`, value);
        }
    }
    const memory = field(resources, 'Memory');
    const bytes = readResource('Memory', stringValue(memory) ?? '').value;
    if (typeof bytes === 'bigint' && bytes > 0n && bytes < DOCKER_MIN_MEMORY_BYTES) {
        const bare = /^\s*[\d.]+\s*$/.test(stringValue(memory));
        report(RULES.memoryTooSmall, `Resources.Memory is "${stringValue(memory)}", ${bytes} bytes${bare ? ' (a number without a unit is bytes)' : ''}: Docker creates no container with less than 6 MiB, so the job fails.`, memory);
    }
    // GPU: the solver matches machine.gpu, the provider's Bacalhau reserves Resources.GPU.
    const machineGpu = field(machine, 'gpu');
    const gpuCount = numberValue(machineGpu) ?? 0;
    const resGpu = field(resources, 'GPU');
    const resGpuValue = readResource('GPU', stringValue(resGpu) ?? '').value;
    const resGpuCount = resGpuValue === null ? undefined : Number(resGpuValue ?? 0n);
    if (resGpuCount !== undefined && resGpuCount !== gpuCount) {
        const given = resGpu && stringValue(resGpu)?.trim() ? `"${stringValue(resGpu)}"` : 'empty';
        const why = gpuCount > resGpuCount
            ? resGpuCount === 0
                ? 'the job is matched to a machine with a GPU, but its container is given none'
                : 'the job is matched by machine.gpu, but its container asks for fewer GPUs'
            : 'the job can be matched to a machine with fewer GPUs than its container asks for, which then refuses it';
        report(RULES.gpuMismatch, `machine.gpu is ${gpuCount} but job.Spec.Resources.GPU is ${given}: ${why}.`, resGpu ?? machineGpu ?? resources ?? spec ?? root);
    }
    const hasVram = items(field(machine, 'gpus')).some((g) => (numberValue(field(g, 'vram')) ?? 0) > 0);
    // A misplaced VRAM need is reported where it is written (misplaced-key).
    const misplacedVram = (numberValue(field(machine, 'vram')) ?? 0) > 0 || items(field(root, 'gpus')).some((g) => (numberValue(field(g, 'vram')) ?? 0) > 0);
    if (gpuCount > 0 && !hasVram && !misplacedVram) {
        report(RULES.gpuWithoutVram, `The module asks for ${gpuCount} GPU(s) but sets no VRAM minimum (machine.gpus[].vram): any GPU matches, however small.`, machineGpu);
    }
}
function lintOutputs(spec, docker, fromImage, report) {
    if (!spec)
        return;
    const outputs = field(spec, 'Outputs');
    const entries = items(outputs);
    // Bacalhau's ResultPath.Validate and Task.ValidateSubmission: a name, an absolute path, each once.
    const names = new Set();
    const paths = new Set();
    entries.forEach((entry, i) => {
        const name = (stringValue(field(entry, 'Name')) ?? '').trim();
        const path = (stringValue(field(entry, 'Path')) ?? '').trim();
        const at = field(entry, 'Path') ?? entry;
        if (name === '')
            report(RULES.outputsPath, `Outputs[${i}] has no Name: the resource provider's Bacalhau refuses the job ("missing name").`, field(entry, 'Name') ?? entry);
        else if (names.has(name))
            report(RULES.outputsPath, `Outputs[${i}] repeats the name "${name}": Bacalhau refuses the job.`, field(entry, 'Name'));
        if (path === '')
            report(RULES.outputsPath, `Outputs[${i}] has no Path: the resource provider's Bacalhau refuses the job ("missing path").`, at);
        else if (!path.startsWith('/'))
            report(RULES.outputsPath, `Outputs[${i}].Path "${path}" is not absolute: the resource provider's Bacalhau refuses the job.`, at);
        else if (paths.has(normalizePath(path)))
            report(RULES.outputsPath, `Outputs[${i}] repeats the path "${path}": Bacalhau refuses the job.`, at);
        names.add(name);
        paths.add(normalizePath(path));
    });
    // Where the template tells the program to write (OUTPUT_DIR=/x, --result_dir /x, anything under
    // /outputs), or the Dockerfile prepares for it: a path no Outputs entry collects is lost with
    // the container.
    const told = [...outputPathsHanded(docker)];
    for (const h of fromImage)
        if (!told.some((t) => t.path === normalizePath(h.path)))
            told.push({ path: normalizePath(h.path), how: h.how });
    const collected = (p) => [...paths].some((c) => c.startsWith('/') && (p === c || p.startsWith(c === '/' ? '/' : `${c}/`)));
    const lost = told.filter((t) => !collected(t.path));
    for (const t of lost) {
        if (entries.length === 0) {
            report(RULES.noOutputs, `The job is told to write to ${t.path} (${t.how}), but Spec.Outputs is empty: only stdout and stderr come back, the files are lost with the container.`, outputs ?? spec);
        }
        else {
            report(RULES.outputsPath, `The job is told to write to ${t.path} (${t.how}), which no Spec.Outputs entry collects: those files are lost with the container.`, outputs);
        }
    }
    if (entries.length === 0 || paths.has(OUTPUTS) || told.length > 0)
        return;
    // Outputs that collect only other paths, and nothing in the template says where the program
    // writes: a program that follows Lilypad's docs writes to /outputs, which nothing collects.
    entries.forEach((entry, i) => {
        const path = normalizePath((stringValue(field(entry, 'Path')) ?? '').trim());
        if (!path.startsWith('/'))
            return;
        const name = (stringValue(field(entry, 'Name')) ?? '').trim() || 'outputs';
        report(RULES.outputsPath, `Outputs[${i}].Path is "${path}", and nothing collects ${OUTPUTS}: a program that writes its results to ${OUTPUTS}, as Lilypad's docs tell modules to, loses them (only files under ${path} come back, as "${name}/").`, field(entry, 'Path') ?? entry);
    });
}
/** `/outputs/` and `/outputs` are one mount point. */
function normalizePath(p) {
    return p.length > 1 ? p.replace(/\/+$/, '') : p;
}
/**
 * Paths the template tells the program to write to: anything under /outputs, the value of an
 * environment variable named for output (`OUTPUT_DIR=/x`), and the argument of an output flag
 * (`--result_dir /x`, `-o=/x`), in an entrypoint word or inside a shell command.
 */
function outputPathsHanded(docker) {
    const out = new Map();
    const add = (path, how) => {
        const p = normalizePath(path.replace(/\/[^/]*\.[A-Za-z0-9]{1,5}$/, ''));
        if (p !== '' && p !== '/' && !out.has(p))
            out.set(p, how);
    };
    const words = items(field(docker, 'Entrypoint'))
        .map(stringValue)
        .filter((s) => s !== undefined);
    words.forEach((w, i) => {
        if (!w.includes('/')) {
            // No path in it, but it may be a flag whose path is the next word.
            const next = words[i + 1];
            if (/^--?[\w-]+$/.test(w) && OUTPUT_NAME.test(w) && next?.startsWith('/'))
                add(next, `Entrypoint: "${w}", "${next}"`);
            return;
        }
        for (const m of w.matchAll(/(?:^|[\s=:,"'])(\/outputs(?:\/[\w.\-/]*)?)/g))
            add(m[1], `Entrypoint: "${shorten(w)}"`);
        for (const m of w.matchAll(/(?:^|\s)(--?[\w-]+)(?:=|\s+)(\/[\w.\-/]+)/g))
            if (OUTPUT_NAME.test(m[1]))
                add(m[2], `Entrypoint: "${shorten(w)}"`);
        const next = words[i + 1];
        if (/^--?[\w-]+$/.test(w) && OUTPUT_NAME.test(w) && next?.startsWith('/'))
            add(next, `Entrypoint: "${w}", "${next}"`);
    });
    for (const env of items(field(docker, 'EnvironmentVariables')).map(stringValue)) {
        if (env === undefined)
            continue;
        const eq = env.indexOf('=');
        const name = eq < 0 ? env : env.slice(0, eq);
        const value = eq < 0 ? '' : env.slice(eq + 1).trim();
        if (value.startsWith('/outputs') || (OUTPUT_NAME.test(name) && value.startsWith('/')))
            add(value.split(/[\s,;:]/)[0], `EnvironmentVariables: "${shorten(env)}"`);
    }
    return [...out].map(([path, how]) => ({ path, how }));
}
function shorten(s, max = 80) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
function lintTimeouts(root, spec, report) {
    if (spec) {
        const timeout = field(spec, 'Timeout');
        const seconds = numberValue(timeout);
        if (!seconds)
            report(RULES.timeoutMissing, `Spec.Timeout is not set: the solver ends the job after its ${SOLVER_DEFAULT_EXECUTION_SECONDS} s default.`, timeout ?? spec);
        else if (seconds > MAX_TIMEOUT_SECONDS)
            report(RULES.timeoutOverCap, `Spec.Timeout is ${seconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap: the job ends at the cap however long it asks for.`, timeout);
    }
    const execTimeout = field(root, 'executionTimeoutSeconds');
    const execSeconds = numberValue(execTimeout);
    if (execSeconds !== undefined && execSeconds > MAX_TIMEOUT_SECONDS) {
        report(RULES.timeoutOverCap, `executionTimeoutSeconds is ${execSeconds} s, over the network's ${MAX_TIMEOUT_SECONDS} s cap.`, execTimeout);
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/positions.ts
class LineIndex {
    constructor(text) {
        this.text = text;
        this.starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
    offsetOfPosition(p) {
        return (this.starts[p.line - 1] ?? this.text.length) + p.column - 1;
    }
    /** The offset of a 1-based line and byte column as Go reports them (`NAME:LINE:COL`, COL 0-based bytes). */
    offsetOfGoPosition(line, byteCol) {
        const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
        let bytes = 0;
        let i = start;
        while (i < this.text.length && bytes < byteCol && this.text[i] !== '\n') {
            const c = this.text.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += c > 0xffff ? 2 : 1;
        }
        return i;
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/probe-budget.ts
/** About 10× what the most demanding real module needs (sdv-pipeline: 110 probes of ~4 KiB). */
const DEFAULT_PROBE_LIMITS = { renders: 2_000, characters: 4 * 1024 * 1024 };
class ProbeBudget {
    constructor(session, limits, 
    /** About how long one probe is: the module's rendered length. */
    probeLength) {
        this.session = session;
        this.limits = limits;
        this.probeLength = probeLength;
        this.renders = 0;
        this.characters = 0;
        this.reached = false;
        this.notProbed = [];
    }
    /** Whether one more probe fits; once it does not, none does. */
    allows() {
        if (!this.reached && (this.renders >= this.limits.renders || this.characters + this.probeLength > this.limits.characters))
            this.reached = true;
        return !this.reached;
    }
    /** A probe render, or undefined when the budget does not allow one. */
    render(inputs) {
        if (!this.allows())
            return undefined;
        const r = this.session.render(inputs);
        this.renders++;
        this.characters += r.output.length;
        return r;
    }
    use() {
        return {
            renders: this.renders,
            characters: this.characters,
            maxRenders: this.limits.renders,
            maxCharacters: this.limits.characters,
            reached: this.reached,
            inputsNotProbed: [...this.notProbed],
        };
    }
}
/** The record of a validation that ran no probes (the template does not parse, or nothing loads). */
function noProbes(limits) {
    return { renders: 0, characters: 0, maxRenders: limits.renders, maxCharacters: limits.characters, reached: false, inputsNotProbed: [] };
}

;// CONCATENATED MODULE: ../../packages/module-spec/schema/lilypad-module.schema.json
const lilypad_module_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Lilypad module (rendered lilypad_module.json.tmpl)","description":"The JSON document a Lilypad module template renders to, as Lilypad v2.23.0 decodes it into data.Module (pkg/data/data.go) with Go encoding/json. Stricter than Lilypad: Go matches keys case-insensitively and silently ignores unknown keys; this schema requires the exact spelling of every key and rejects unknown ones. Nothing is required: Lilypad decodes {} to an all-zero module. Validate the rendered text, not the template.","type":"object","additionalProperties":false,"properties":{"machine":{"$ref":"#/$defs/MachineSpec"},"job":{"$ref":"#/$defs/Job"},"inputFiles":{"$ref":"#/$defs/InputFiles"},"executionTimeoutSeconds":{"type":"integer","title":"Execution timeout in seconds","description":"Go uint64, Lilypad v2.22.0+. 0 = the solver default (TIMEOUT_EXECUTION_SECONDS, 900 s). Every job ends after the network cap TIMEOUT_TOTAL_SECONDS = 7200 s.","minimum":0},"author":{"$ref":"#/$defs/ModuleAuthor"},"description":{"type":"string","title":"Description","description":"Metadata for module listings (v2.18.0+); not used by the CLI."},"image":{"type":"string","title":"Module picture","description":"An image URL (a picture for module listings, v2.18.0+), NOT the Docker image: that is job.Spec.Docker.Image."},"model":{"$ref":"#/$defs/ModuleModel"}},"$defs":{"MachineSpec":{"type":"object","title":"Machine requirements","description":"data.MachineSpec: the minimum hardware, hoisted into the job offer and matched by the solver against resource-provider offers (a provider with less of any of these does not match).","additionalProperties":false,"properties":{"gpu":{"type":"integer","title":"GPU count","description":"Number of GPUs. The Go comment says milli-GPU, but providers offer a GPU count and every real module uses 0 or 1. Keep job.Spec.Resources.GPU equal to it.","minimum":0},"gpus":{"type":["array","null"],"title":"GPU requirements","description":"Only when non-empty: the provider must have at least one GPU and its largest VRAM must be at least the largest vram listed here. VRAM goes here, not directly under machine.","items":{"$ref":"#/$defs/GPUSpec"}},"cpu":{"type":"integer","title":"CPU in milli-CPU","description":"Milli-CPU: 1000 = one core. Providers offer their Bacalhau CPU capacity × 1000.","minimum":0},"ram":{"type":"integer","title":"RAM in MB","description":"Megabytes (per the Go comment and --offer-ram help).","minimum":0},"disk":{"type":"integer","title":"Disk in bytes","description":"Bytes; 0 = any.","minimum":0}}},"GPUSpec":{"type":"object","title":"GPU","description":"data.GPUSpec: one GPU the module needs.","additionalProperties":false,"properties":{"name":{"type":"string","title":"GPU name","description":"e.g. \\"NVIDIA GeForce RTX 4090\\"; informational."},"vendor":{"type":"string","title":"GPU vendor","description":"e.g. \\"NVIDIA\\"; informational."},"vram":{"type":"integer","title":"VRAM in MiB","description":"Minimum video memory in MiB (the matcher tests use 24576 for 24 GB).","minimum":0}}},"Job":{"type":"object","title":"Bacalhau job (V1beta1)","description":"bacalhau.Job: a Bacalhau \\"V1beta1\\" job (Lilypad\'s vendored copy of old Bacalhau types). Since Lilypad v2.11.0 the resource provider runs only Spec.Docker.{Image, Entrypoint, EnvironmentVariables}, Spec.Resources, Spec.Network, Spec.Timeout and Spec.Outputs of it.","additionalProperties":false,"properties":{"APIVersion":{"type":"string","title":"API version","description":"Always \\"V1beta1\\" in practice; not checked by Lilypad.","examples":["V1beta1"]},"Metadata":{"$ref":"#/$defs/Metadata"},"Spec":{"$ref":"#/$defs/Spec"}}},"Metadata":{"type":"object","title":"Job metadata","description":"bacalhau.Metadata; parsed, not used to run the job.","additionalProperties":false,"properties":{"ID":{"type":"string","title":"Job ID"},"CreatedAt":{"type":"string","title":"Created at","description":"RFC 3339 time (\\"0001-01-01T00:00:00Z\\" in the samples); \\"\\" does not decode.","examples":["0001-01-01T00:00:00Z"]},"ClientID":{"type":"string","title":"Client ID"},"Requester":{"$ref":"#/$defs/JobRequester"}}},"JobRequester":{"type":"object","title":"Requester","description":"bacalhau.JobRequester.","additionalProperties":false,"properties":{"RequesterNodeID":{"type":"string","title":"Requester node ID"},"RequesterPublicKey":{"type":["string","null"],"title":"Requester public key","description":"Standard base64."}}},"Spec":{"type":"object","title":"Job spec","description":"bacalhau.Spec.","additionalProperties":false,"properties":{"Engine":{"$ref":"#/$defs/Engine"},"EngineSpec":{"$ref":"#/$defs/EngineSpec"},"Publisher":{"$ref":"#/$defs/Publisher","description":"Deprecated in favour of PublisherSpec.Type; dropped by resource providers since v2.11.0."},"PublisherSpec":{"$ref":"#/$defs/PublisherSpec"},"Docker":{"$ref":"#/$defs/JobSpecDocker"},"Wasm":{"$ref":"#/$defs/JobSpecWasm"},"Resources":{"$ref":"#/$defs/ResourceUsageConfig"},"Network":{"$ref":"#/$defs/NetworkConfig"},"Timeout":{"type":"integer","title":"Timeout in seconds","description":"Go int64, seconds; becomes Bacalhau\'s execution timeout. At most the network cap of 7200 s (TIMEOUT_TOTAL_SECONDS). Samples use 600, 1800, 3600.","minimum":0},"Inputs":{"type":["array","null"],"title":"Inputs","description":"Dropped by resource providers since v2.11.0 (never passed to Bacalhau): use inputFiles.","items":{"$ref":"#/$defs/StorageSpec"}},"Outputs":{"type":["array","null"],"title":"Outputs","description":"Result paths. By convention {\\"Name\\": \\"outputs\\", \\"Path\\": \\"/outputs\\"}: only files written there come back to the user.","items":{"$ref":"#/$defs/StorageSpec"}},"Annotations":{"type":["array","null"],"title":"Annotations","description":"Dropped by resource providers since v2.11.0.","items":{"type":"string"}},"NodeSelectors":{"type":["array","null"],"title":"Node selectors","description":"Dropped by resource providers since v2.11.0.","items":{"$ref":"#/$defs/LabelSelectorRequirement"}},"DoNotTrack":{"type":"boolean","title":"Do not track"},"Deal":{"$ref":"#/$defs/Deal"}}},"Engine":{"type":"string","title":"Engine","description":"Noop, Docker or Wasm, matched case-insensitively (strings.EqualFold). An unknown name only logs \\"executor: unknown engine type\\". Resource providers run every job with Docker since v2.11.0.","pattern":"^(?:[Nn][Oo][Oo][Pp]|[Dd][Oo][Cc][Kk\\\\u212a][Ee][Rr]|[Ww][Aa][Ss\\\\u017f][Mm])$","examples":["Docker","Wasm","Noop"]},"Publisher":{"type":"string","title":"Publisher","description":"Noop, Ipfs, Estuary or S3, matched case-insensitively after trimming white space (ParsePublisher); anything else fails to decode with \\"publisher: unknown type\\".","pattern":"^[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\\\u017f]|[Ee][Ss\\\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\\\u017f]3)[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*$","examples":["Ipfs","Estuary","S3","Noop"]},"StorageSourceType":{"type":"string","title":"Storage source","description":"Matched case-insensitively after trimming white space (ParseStorageSourceType); anything else fails to decode with \\"executor: unknown source type\\".","pattern":"^[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*(?:[Ii][Pp][Ff][Ss\\\\u017f]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee][Ll][Ff][Ss\\\\u017f]|[Uu][Rr][Ll][Dd][Oo][Ww][Nn][Ll][Oo][Aa][Dd]|[Ee][Ss\\\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ii][Nn][Ll][Ii][Nn][Ee]|[Ll][Oo][Cc][Aa][Ll][Dd][Ii][Rr][Ee][Cc][Tt][Oo][Rr][Yy]|[Ss\\\\u017f]3)[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*$","examples":["IPFS","RepoClone","RepoCloneLFS","URLDownload","Estuary","Inline","LocalDirectory","S3"]},"Network":{"type":"string","title":"Network type","description":"None, Full or HTTP, matched case-insensitively after trimming white space (ParseNetwork); anything else, \\"\\" included, fails to decode with \\"bacalhau.Network: unknown type\\".","pattern":"^[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*(?:[Nn][Oo][Nn][Ee]|[Ff][Uu][Ll][Ll]|[Hh][Tt][Tt][Pp])[\\\\t\\\\n\\\\u000b\\\\f\\\\r \\\\u0085\\\\u00a0\\\\u1680\\\\u2000-\\\\u200a\\\\u2028\\\\u2029\\\\u202f\\\\u205f\\\\u3000]*$","examples":["None","HTTP","Full"]},"EngineSpec":{"type":"object","title":"Engine spec","description":"bacalhau.EngineSpec; parsed, unused (the resource provider reads Docker.Image, not EngineSpec.Params).","additionalProperties":false,"properties":{"Type":{"type":"string","title":"Engine type"},"Params":{"type":["object","null"],"title":"Engine parameters","description":"map[string]interface{}: any JSON values."}}},"PublisherSpec":{"type":"object","title":"Publisher spec","description":"bacalhau.PublisherSpec; dropped by resource providers since v2.11.0 (results always come back through Lilypad).","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Publisher"},"Params":{"type":["object","null"],"title":"Publisher parameters","description":"map[string]interface{}: any JSON values."}}},"JobSpecDocker":{"type":"object","title":"Docker","description":"bacalhau.JobSpecDocker: the container that does the work.","additionalProperties":false,"properties":{"Image":{"type":"string","title":"Docker image","description":"Reference of the image to run, ideally pinned: [registry/]repository[:tag]@sha256:<64 hex digits>. Empty = nothing to run."},"Entrypoint":{"type":["array","null"],"title":"Entrypoint","description":"The command and its arguments; null keeps the image\'s own entrypoint.","items":{"type":"string"}},"Parameters":{"type":["array","null"],"title":"Parameters","description":"Dropped by resource providers since v2.11.0: put arguments in Entrypoint.","items":{"type":"string"}},"EnvironmentVariables":{"type":["array","null"],"title":"Environment variables","description":"\\"KEY=value\\" strings, passed as they are.","items":{"type":"string"}},"WorkingDirectory":{"type":"string","title":"Working directory","description":"Dropped by resource providers since v2.11.0: set WORKDIR in the image."}}},"JobSpecWasm":{"type":"object","title":"Wasm","description":"bacalhau.JobSpecWasm; dropped by resource providers since v2.11.0 (they run Docker only).","additionalProperties":false,"properties":{"EntryModule":{"$ref":"#/$defs/StorageSpec"},"EntryPoint":{"type":"string","title":"Entry point"},"Parameters":{"type":["array","null"],"title":"Parameters","items":{"type":"string"}},"EnvironmentVariables":{"type":["object","null"],"title":"Environment variables","description":"map[string]string.","additionalProperties":{"type":"string"}},"ImportModules":{"type":["array","null"],"title":"Import modules","items":{"$ref":"#/$defs/StorageSpec"}}}},"ResourceUsageConfig":{"type":"object","title":"Resources","description":"bacalhau.ResourceUsageConfig: all strings, parsed by Bacalhau on the resource provider.","additionalProperties":false,"properties":{"CPU":{"type":"string","title":"CPU","description":"Cores as Bacalhau parses them, e.g. \\"1\\", \\"0.5\\", \\"500m\\"."},"Memory":{"type":"string","title":"Memory","description":"With a unit, e.g. \\"8Gb\\", \\"16Gb\\", \\"24000MB\\"; a bare number may be read as bytes."},"Disk":{"type":"string","title":"Disk","description":"With a unit, e.g. \\"10Gb\\"."},"GPU":{"type":"string","title":"GPU","description":"GPU count as a string (\\"1\\", \\"\\" or \\"0\\" for none); must equal machine.gpu."}}},"NetworkConfig":{"type":"object","title":"Network","description":"bacalhau.NetworkConfig.","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Network"},"Domains":{"type":["array","null"],"title":"Domains","description":"Domains reachable with Type HTTP.","items":{"type":"string"}}}},"StorageSpec":{"type":"object","title":"Storage spec","description":"bacalhau.StorageSpec: an input or output location.","additionalProperties":false,"properties":{"StorageSource":{"$ref":"#/$defs/StorageSourceType"},"Name":{"type":"string","title":"Name","description":"For outputs, conventionally \\"outputs\\"."},"CID":{"type":"string","title":"CID","description":"IPFS content ID (StorageSource IPFS)."},"URL":{"type":"string","title":"URL","description":"For StorageSource URLDownload."},"S3":{"$ref":"#/$defs/S3StorageSpec"},"Repo":{"type":"string","title":"Repository","description":"For StorageSource RepoClone / RepoCloneLFS."},"SourcePath":{"type":"string","title":"Source path"},"ReadWrite":{"type":"boolean","title":"Read-write"},"Path":{"type":"string","title":"Path","description":"Mount path in the container; outputs conventionally \\"/outputs\\"."},"Metadata":{"type":["object","null"],"title":"Metadata","description":"map[string]string.","additionalProperties":{"type":"string"}}}},"S3StorageSpec":{"type":["object","null"],"title":"S3 location","description":"bacalhau.S3StorageSpec (a pointer: null allowed).","additionalProperties":false,"properties":{"Bucket":{"type":"string","title":"Bucket"},"Key":{"type":"string","title":"Key"},"Checksum":{"type":"string","title":"SHA-256 checksum"},"VersionID":{"type":"string","title":"Version ID"},"Endpoint":{"type":"string","title":"Endpoint"},"Region":{"type":"string","title":"Region"}}},"LabelSelectorRequirement":{"type":"object","title":"Node selector","description":"bacalhau.LabelSelectorRequirement (a Kubernetes-style label selector).","additionalProperties":false,"properties":{"Key":{"type":"string","title":"Label key"},"Operator":{"type":"string","title":"Operator","description":"A Kubernetes selection.Operator, e.g. \\"in\\", \\"notin\\", \\"exists\\", \\"gt\\", \\"lt\\"."},"Values":{"type":["array","null"],"title":"Values","items":{"type":"string"}}}},"Deal":{"type":"object","title":"Deal","description":"bacalhau.Deal; dropped by resource providers since v2.11.0. Samples always use {\\"Concurrency\\": 1}.","additionalProperties":false,"properties":{"TargetingMode":{"type":"boolean","title":"Targeting mode"},"Concurrency":{"type":"integer","title":"Concurrency","description":"Number of nodes to run the job on.","minimum":0}}},"ModuleAuthor":{"type":"object","title":"Author","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Author name"},"avatar":{"type":"string","title":"Avatar URL"},"address":{"type":"string","title":"Wallet address"}}},"ModuleModel":{"type":"object","title":"Model","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Model name"},"type":{"type":"string","title":"Model type"},"size":{"type":"string","title":"Model size"}}},"InputFiles":{"type":"object","title":"Input files","description":"Files the user passes with --inputs-path (v2.19.0+): the directory is checked, tarred (at most 10 MB) and mounted at /inputs. A file listed twice, even across required and optional, is refused.","additionalProperties":false,"properties":{"required":{"type":["array","null"],"title":"Required files","description":"File names that must be in the inputs directory (no sub-directories).","items":{"type":"string"}},"optional":{"type":["array","null"],"title":"Optional files","description":"File names that may be in the inputs directory.","items":{"type":"string"}}}}}}');
;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/generated/module-schema-validator.js
// GENERATED by packages/module-spec/scripts/build-schema.ts from schema/lilypad-module.schema.json
// (ajv standalone code). Do not edit: run `pnpm --filter @lilypad-actions/module-spec build:schema`.
/* eslint-disable */

const module_schema_validator_validate = module_schema_validator_validate20;
const module_schema_validator_schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Lilypad module (rendered lilypad_module.json.tmpl)","description":"The JSON document a Lilypad module template renders to, as Lilypad v2.23.0 decodes it into data.Module (pkg/data/data.go) with Go encoding/json. Stricter than Lilypad: Go matches keys case-insensitively and silently ignores unknown keys; this schema requires the exact spelling of every key and rejects unknown ones. Nothing is required: Lilypad decodes {} to an all-zero module. Validate the rendered text, not the template.","type":"object","additionalProperties":false,"properties":{"machine":{"$ref":"#/$defs/MachineSpec"},"job":{"$ref":"#/$defs/Job"},"inputFiles":{"$ref":"#/$defs/InputFiles"},"executionTimeoutSeconds":{"type":"integer","title":"Execution timeout in seconds","description":"Go uint64, Lilypad v2.22.0+. 0 = the solver default (TIMEOUT_EXECUTION_SECONDS, 900 s). Every job ends after the network cap TIMEOUT_TOTAL_SECONDS = 7200 s.","minimum":0},"author":{"$ref":"#/$defs/ModuleAuthor"},"description":{"type":"string","title":"Description","description":"Metadata for module listings (v2.18.0+); not used by the CLI."},"image":{"type":"string","title":"Module picture","description":"An image URL (a picture for module listings, v2.18.0+), NOT the Docker image: that is job.Spec.Docker.Image."},"model":{"$ref":"#/$defs/ModuleModel"}},"$defs":{"MachineSpec":{"type":"object","title":"Machine requirements","description":"data.MachineSpec: the minimum hardware, hoisted into the job offer and matched by the solver against resource-provider offers (a provider with less of any of these does not match).","additionalProperties":false,"properties":{"gpu":{"type":"integer","title":"GPU count","description":"Number of GPUs. The Go comment says milli-GPU, but providers offer a GPU count and every real module uses 0 or 1. Keep job.Spec.Resources.GPU equal to it.","minimum":0},"gpus":{"type":["array","null"],"title":"GPU requirements","description":"Only when non-empty: the provider must have at least one GPU and its largest VRAM must be at least the largest vram listed here. VRAM goes here, not directly under machine.","items":{"$ref":"#/$defs/GPUSpec"}},"cpu":{"type":"integer","title":"CPU in milli-CPU","description":"Milli-CPU: 1000 = one core. Providers offer their Bacalhau CPU capacity × 1000.","minimum":0},"ram":{"type":"integer","title":"RAM in MB","description":"Megabytes (per the Go comment and --offer-ram help).","minimum":0},"disk":{"type":"integer","title":"Disk in bytes","description":"Bytes; 0 = any.","minimum":0}}},"GPUSpec":{"type":"object","title":"GPU","description":"data.GPUSpec: one GPU the module needs.","additionalProperties":false,"properties":{"name":{"type":"string","title":"GPU name","description":"e.g. \"NVIDIA GeForce RTX 4090\"; informational."},"vendor":{"type":"string","title":"GPU vendor","description":"e.g. \"NVIDIA\"; informational."},"vram":{"type":"integer","title":"VRAM in MiB","description":"Minimum video memory in MiB (the matcher tests use 24576 for 24 GB).","minimum":0}}},"Job":{"type":"object","title":"Bacalhau job (V1beta1)","description":"bacalhau.Job: a Bacalhau \"V1beta1\" job (Lilypad's vendored copy of old Bacalhau types). Since Lilypad v2.11.0 the resource provider runs only Spec.Docker.{Image, Entrypoint, EnvironmentVariables}, Spec.Resources, Spec.Network, Spec.Timeout and Spec.Outputs of it.","additionalProperties":false,"properties":{"APIVersion":{"type":"string","title":"API version","description":"Always \"V1beta1\" in practice; not checked by Lilypad.","examples":["V1beta1"]},"Metadata":{"$ref":"#/$defs/Metadata"},"Spec":{"$ref":"#/$defs/Spec"}}},"Metadata":{"type":"object","title":"Job metadata","description":"bacalhau.Metadata; parsed, not used to run the job.","additionalProperties":false,"properties":{"ID":{"type":"string","title":"Job ID"},"CreatedAt":{"type":"string","title":"Created at","description":"RFC 3339 time (\"0001-01-01T00:00:00Z\" in the samples); \"\" does not decode.","examples":["0001-01-01T00:00:00Z"]},"ClientID":{"type":"string","title":"Client ID"},"Requester":{"$ref":"#/$defs/JobRequester"}}},"JobRequester":{"type":"object","title":"Requester","description":"bacalhau.JobRequester.","additionalProperties":false,"properties":{"RequesterNodeID":{"type":"string","title":"Requester node ID"},"RequesterPublicKey":{"type":["string","null"],"title":"Requester public key","description":"Standard base64."}}},"Spec":{"type":"object","title":"Job spec","description":"bacalhau.Spec.","additionalProperties":false,"properties":{"Engine":{"$ref":"#/$defs/Engine"},"EngineSpec":{"$ref":"#/$defs/EngineSpec"},"Publisher":{"$ref":"#/$defs/Publisher","description":"Deprecated in favour of PublisherSpec.Type; dropped by resource providers since v2.11.0."},"PublisherSpec":{"$ref":"#/$defs/PublisherSpec"},"Docker":{"$ref":"#/$defs/JobSpecDocker"},"Wasm":{"$ref":"#/$defs/JobSpecWasm"},"Resources":{"$ref":"#/$defs/ResourceUsageConfig"},"Network":{"$ref":"#/$defs/NetworkConfig"},"Timeout":{"type":"integer","title":"Timeout in seconds","description":"Go int64, seconds; becomes Bacalhau's execution timeout. At most the network cap of 7200 s (TIMEOUT_TOTAL_SECONDS). Samples use 600, 1800, 3600.","minimum":0},"Inputs":{"type":["array","null"],"title":"Inputs","description":"Dropped by resource providers since v2.11.0 (never passed to Bacalhau): use inputFiles.","items":{"$ref":"#/$defs/StorageSpec"}},"Outputs":{"type":["array","null"],"title":"Outputs","description":"Result paths. By convention {\"Name\": \"outputs\", \"Path\": \"/outputs\"}: only files written there come back to the user.","items":{"$ref":"#/$defs/StorageSpec"}},"Annotations":{"type":["array","null"],"title":"Annotations","description":"Dropped by resource providers since v2.11.0.","items":{"type":"string"}},"NodeSelectors":{"type":["array","null"],"title":"Node selectors","description":"Dropped by resource providers since v2.11.0.","items":{"$ref":"#/$defs/LabelSelectorRequirement"}},"DoNotTrack":{"type":"boolean","title":"Do not track"},"Deal":{"$ref":"#/$defs/Deal"}}},"Engine":{"type":"string","title":"Engine","description":"Noop, Docker or Wasm, matched case-insensitively (strings.EqualFold). An unknown name only logs \"executor: unknown engine type\". Resource providers run every job with Docker since v2.11.0.","pattern":"^(?:[Nn][Oo][Oo][Pp]|[Dd][Oo][Cc][Kk\\u212a][Ee][Rr]|[Ww][Aa][Ss\\u017f][Mm])$","examples":["Docker","Wasm","Noop"]},"Publisher":{"type":"string","title":"Publisher","description":"Noop, Ipfs, Estuary or S3, matched case-insensitively after trimming white space (ParsePublisher); anything else fails to decode with \"publisher: unknown type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\u017f]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["Ipfs","Estuary","S3","Noop"]},"StorageSourceType":{"type":"string","title":"Storage source","description":"Matched case-insensitively after trimming white space (ParseStorageSourceType); anything else fails to decode with \"executor: unknown source type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Ii][Pp][Ff][Ss\\u017f]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee][Ll][Ff][Ss\\u017f]|[Uu][Rr][Ll][Dd][Oo][Ww][Nn][Ll][Oo][Aa][Dd]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ii][Nn][Ll][Ii][Nn][Ee]|[Ll][Oo][Cc][Aa][Ll][Dd][Ii][Rr][Ee][Cc][Tt][Oo][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["IPFS","RepoClone","RepoCloneLFS","URLDownload","Estuary","Inline","LocalDirectory","S3"]},"Network":{"type":"string","title":"Network type","description":"None, Full or HTTP, matched case-insensitively after trimming white space (ParseNetwork); anything else, \"\" included, fails to decode with \"bacalhau.Network: unknown type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Nn][Ee]|[Ff][Uu][Ll][Ll]|[Hh][Tt][Tt][Pp])[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["None","HTTP","Full"]},"EngineSpec":{"type":"object","title":"Engine spec","description":"bacalhau.EngineSpec; parsed, unused (the resource provider reads Docker.Image, not EngineSpec.Params).","additionalProperties":false,"properties":{"Type":{"type":"string","title":"Engine type"},"Params":{"type":["object","null"],"title":"Engine parameters","description":"map[string]interface{}: any JSON values."}}},"PublisherSpec":{"type":"object","title":"Publisher spec","description":"bacalhau.PublisherSpec; dropped by resource providers since v2.11.0 (results always come back through Lilypad).","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Publisher"},"Params":{"type":["object","null"],"title":"Publisher parameters","description":"map[string]interface{}: any JSON values."}}},"JobSpecDocker":{"type":"object","title":"Docker","description":"bacalhau.JobSpecDocker: the container that does the work.","additionalProperties":false,"properties":{"Image":{"type":"string","title":"Docker image","description":"Reference of the image to run, ideally pinned: [registry/]repository[:tag]@sha256:<64 hex digits>. Empty = nothing to run."},"Entrypoint":{"type":["array","null"],"title":"Entrypoint","description":"The command and its arguments; null keeps the image's own entrypoint.","items":{"type":"string"}},"Parameters":{"type":["array","null"],"title":"Parameters","description":"Dropped by resource providers since v2.11.0: put arguments in Entrypoint.","items":{"type":"string"}},"EnvironmentVariables":{"type":["array","null"],"title":"Environment variables","description":"\"KEY=value\" strings, passed as they are.","items":{"type":"string"}},"WorkingDirectory":{"type":"string","title":"Working directory","description":"Dropped by resource providers since v2.11.0: set WORKDIR in the image."}}},"JobSpecWasm":{"type":"object","title":"Wasm","description":"bacalhau.JobSpecWasm; dropped by resource providers since v2.11.0 (they run Docker only).","additionalProperties":false,"properties":{"EntryModule":{"$ref":"#/$defs/StorageSpec"},"EntryPoint":{"type":"string","title":"Entry point"},"Parameters":{"type":["array","null"],"title":"Parameters","items":{"type":"string"}},"EnvironmentVariables":{"type":["object","null"],"title":"Environment variables","description":"map[string]string.","additionalProperties":{"type":"string"}},"ImportModules":{"type":["array","null"],"title":"Import modules","items":{"$ref":"#/$defs/StorageSpec"}}}},"ResourceUsageConfig":{"type":"object","title":"Resources","description":"bacalhau.ResourceUsageConfig: all strings, parsed by Bacalhau on the resource provider.","additionalProperties":false,"properties":{"CPU":{"type":"string","title":"CPU","description":"Cores as Bacalhau parses them, e.g. \"1\", \"0.5\", \"500m\"."},"Memory":{"type":"string","title":"Memory","description":"With a unit, e.g. \"8Gb\", \"16Gb\", \"24000MB\"; a bare number may be read as bytes."},"Disk":{"type":"string","title":"Disk","description":"With a unit, e.g. \"10Gb\"."},"GPU":{"type":"string","title":"GPU","description":"GPU count as a string (\"1\", \"\" or \"0\" for none); must equal machine.gpu."}}},"NetworkConfig":{"type":"object","title":"Network","description":"bacalhau.NetworkConfig.","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Network"},"Domains":{"type":["array","null"],"title":"Domains","description":"Domains reachable with Type HTTP.","items":{"type":"string"}}}},"StorageSpec":{"type":"object","title":"Storage spec","description":"bacalhau.StorageSpec: an input or output location.","additionalProperties":false,"properties":{"StorageSource":{"$ref":"#/$defs/StorageSourceType"},"Name":{"type":"string","title":"Name","description":"For outputs, conventionally \"outputs\"."},"CID":{"type":"string","title":"CID","description":"IPFS content ID (StorageSource IPFS)."},"URL":{"type":"string","title":"URL","description":"For StorageSource URLDownload."},"S3":{"$ref":"#/$defs/S3StorageSpec"},"Repo":{"type":"string","title":"Repository","description":"For StorageSource RepoClone / RepoCloneLFS."},"SourcePath":{"type":"string","title":"Source path"},"ReadWrite":{"type":"boolean","title":"Read-write"},"Path":{"type":"string","title":"Path","description":"Mount path in the container; outputs conventionally \"/outputs\"."},"Metadata":{"type":["object","null"],"title":"Metadata","description":"map[string]string.","additionalProperties":{"type":"string"}}}},"S3StorageSpec":{"type":["object","null"],"title":"S3 location","description":"bacalhau.S3StorageSpec (a pointer: null allowed).","additionalProperties":false,"properties":{"Bucket":{"type":"string","title":"Bucket"},"Key":{"type":"string","title":"Key"},"Checksum":{"type":"string","title":"SHA-256 checksum"},"VersionID":{"type":"string","title":"Version ID"},"Endpoint":{"type":"string","title":"Endpoint"},"Region":{"type":"string","title":"Region"}}},"LabelSelectorRequirement":{"type":"object","title":"Node selector","description":"bacalhau.LabelSelectorRequirement (a Kubernetes-style label selector).","additionalProperties":false,"properties":{"Key":{"type":"string","title":"Label key"},"Operator":{"type":"string","title":"Operator","description":"A Kubernetes selection.Operator, e.g. \"in\", \"notin\", \"exists\", \"gt\", \"lt\"."},"Values":{"type":["array","null"],"title":"Values","items":{"type":"string"}}}},"Deal":{"type":"object","title":"Deal","description":"bacalhau.Deal; dropped by resource providers since v2.11.0. Samples always use {\"Concurrency\": 1}.","additionalProperties":false,"properties":{"TargetingMode":{"type":"boolean","title":"Targeting mode"},"Concurrency":{"type":"integer","title":"Concurrency","description":"Number of nodes to run the job on.","minimum":0}}},"ModuleAuthor":{"type":"object","title":"Author","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Author name"},"avatar":{"type":"string","title":"Avatar URL"},"address":{"type":"string","title":"Wallet address"}}},"ModuleModel":{"type":"object","title":"Model","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Model name"},"type":{"type":"string","title":"Model type"},"size":{"type":"string","title":"Model size"}}},"InputFiles":{"type":"object","title":"Input files","description":"Files the user passes with --inputs-path (v2.19.0+): the directory is checked, tarred (at most 10 MB) and mounted at /inputs. A file listed twice, even across required and optional, is refused.","additionalProperties":false,"properties":{"required":{"type":["array","null"],"title":"Required files","description":"File names that must be in the inputs directory (no sub-directories).","items":{"type":"string"}},"optional":{"type":["array","null"],"title":"Optional files","description":"File names that may be in the inputs directory.","items":{"type":"string"}}}}}};
const schema53 = {"type":"object","title":"Input files","description":"Files the user passes with --inputs-path (v2.19.0+): the directory is checked, tarred (at most 10 MB) and mounted at /inputs. A file listed twice, even across required and optional, is refused.","additionalProperties":false,"properties":{"required":{"type":["array","null"],"title":"Required files","description":"File names that must be in the inputs directory (no sub-directories).","items":{"type":"string"}},"optional":{"type":["array","null"],"title":"Optional files","description":"File names that may be in the inputs directory.","items":{"type":"string"}}}};
const schema54 = {"type":"object","title":"Author","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Author name"},"avatar":{"type":"string","title":"Avatar URL"},"address":{"type":"string","title":"Wallet address"}}};
const schema55 = {"type":"object","title":"Model","description":"Metadata for module listings (v2.18.0+); not used by the CLI.","additionalProperties":false,"properties":{"name":{"type":"string","title":"Model name"},"type":{"type":"string","title":"Model type"},"size":{"type":"string","title":"Model size"}}};
const schema32 = {"type":"object","title":"Machine requirements","description":"data.MachineSpec: the minimum hardware, hoisted into the job offer and matched by the solver against resource-provider offers (a provider with less of any of these does not match).","additionalProperties":false,"properties":{"gpu":{"type":"integer","title":"GPU count","description":"Number of GPUs. The Go comment says milli-GPU, but providers offer a GPU count and every real module uses 0 or 1. Keep job.Spec.Resources.GPU equal to it.","minimum":0},"gpus":{"type":["array","null"],"title":"GPU requirements","description":"Only when non-empty: the provider must have at least one GPU and its largest VRAM must be at least the largest vram listed here. VRAM goes here, not directly under machine.","items":{"$ref":"#/$defs/GPUSpec"}},"cpu":{"type":"integer","title":"CPU in milli-CPU","description":"Milli-CPU: 1000 = one core. Providers offer their Bacalhau CPU capacity × 1000.","minimum":0},"ram":{"type":"integer","title":"RAM in MB","description":"Megabytes (per the Go comment and --offer-ram help).","minimum":0},"disk":{"type":"integer","title":"Disk in bytes","description":"Bytes; 0 = any.","minimum":0}}};
const schema33 = {"type":"object","title":"GPU","description":"data.GPUSpec: one GPU the module needs.","additionalProperties":false,"properties":{"name":{"type":"string","title":"GPU name","description":"e.g. \"NVIDIA GeForce RTX 4090\"; informational."},"vendor":{"type":"string","title":"GPU vendor","description":"e.g. \"NVIDIA\"; informational."},"vram":{"type":"integer","title":"VRAM in MiB","description":"Minimum video memory in MiB (the matcher tests use 24576 for 24 GB).","minimum":0}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "gpu") || (key0 === "gpus")) || (key0 === "cpu")) || (key0 === "ram")) || (key0 === "disk"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.gpu !== undefined){
let data0 = data.gpu;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/gpu",schemaPath:"#/properties/gpu/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/gpu",schemaPath:"#/properties/gpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.gpus !== undefined){
let data1 = data.gpus;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/gpus",schemaPath:"#/properties/gpus/type",keyword:"type",params:{type: schema32.properties.gpus.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "vendor")) || (key1 === "vram"))){
const err4 = {instancePath:instancePath+"/gpus/" + i0,schemaPath:"#/$defs/GPUSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err5 = {instancePath:instancePath+"/gpus/" + i0+"/name",schemaPath:"#/$defs/GPUSpec/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.vendor !== undefined){
if(typeof data2.vendor !== "string"){
const err6 = {instancePath:instancePath+"/gpus/" + i0+"/vendor",schemaPath:"#/$defs/GPUSpec/properties/vendor/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.vram !== undefined){
let data5 = data2.vram;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/gpus/" + i0+"/vram",schemaPath:"#/$defs/GPUSpec/properties/vram/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/gpus/" + i0+"/vram",schemaPath:"#/$defs/GPUSpec/properties/vram/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/gpus/" + i0,schemaPath:"#/$defs/GPUSpec/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.cpu !== undefined){
let data6 = data.cpu;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/cpu",schemaPath:"#/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.ram !== undefined){
let data7 = data.ram;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/ram",schemaPath:"#/properties/ram/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.disk !== undefined){
let data8 = data.disk;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err14 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err15 = {instancePath:instancePath+"/disk",schemaPath:"#/properties/disk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"type":"object","title":"Bacalhau job (V1beta1)","description":"bacalhau.Job: a Bacalhau \"V1beta1\" job (Lilypad's vendored copy of old Bacalhau types). Since Lilypad v2.11.0 the resource provider runs only Spec.Docker.{Image, Entrypoint, EnvironmentVariables}, Spec.Resources, Spec.Network, Spec.Timeout and Spec.Outputs of it.","additionalProperties":false,"properties":{"APIVersion":{"type":"string","title":"API version","description":"Always \"V1beta1\" in practice; not checked by Lilypad.","examples":["V1beta1"]},"Metadata":{"$ref":"#/$defs/Metadata"},"Spec":{"$ref":"#/$defs/Spec"}}};
const schema35 = {"type":"object","title":"Job metadata","description":"bacalhau.Metadata; parsed, not used to run the job.","additionalProperties":false,"properties":{"ID":{"type":"string","title":"Job ID"},"CreatedAt":{"type":"string","title":"Created at","description":"RFC 3339 time (\"0001-01-01T00:00:00Z\" in the samples); \"\" does not decode.","examples":["0001-01-01T00:00:00Z"]},"ClientID":{"type":"string","title":"Client ID"},"Requester":{"$ref":"#/$defs/JobRequester"}}};
const schema36 = {"type":"object","title":"Requester","description":"bacalhau.JobRequester.","additionalProperties":false,"properties":{"RequesterNodeID":{"type":"string","title":"Requester node ID"},"RequesterPublicKey":{"type":["string","null"],"title":"Requester public key","description":"Standard base64."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "ID") || (key0 === "CreatedAt")) || (key0 === "ClientID")) || (key0 === "Requester"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.ID !== undefined){
if(typeof data.ID !== "string"){
const err1 = {instancePath:instancePath+"/ID",schemaPath:"#/properties/ID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.CreatedAt !== undefined){
if(typeof data.CreatedAt !== "string"){
const err2 = {instancePath:instancePath+"/CreatedAt",schemaPath:"#/properties/CreatedAt/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ClientID !== undefined){
if(typeof data.ClientID !== "string"){
const err3 = {instancePath:instancePath+"/ClientID",schemaPath:"#/properties/ClientID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Requester !== undefined){
let data3 = data.Requester;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "RequesterNodeID") || (key1 === "RequesterPublicKey"))){
const err4 = {instancePath:instancePath+"/Requester",schemaPath:"#/$defs/JobRequester/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data3.RequesterNodeID !== undefined){
if(typeof data3.RequesterNodeID !== "string"){
const err5 = {instancePath:instancePath+"/Requester/RequesterNodeID",schemaPath:"#/$defs/JobRequester/properties/RequesterNodeID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data3.RequesterPublicKey !== undefined){
let data5 = data3.RequesterPublicKey;
if((typeof data5 !== "string") && (data5 !== null)){
const err6 = {instancePath:instancePath+"/Requester/RequesterPublicKey",schemaPath:"#/$defs/JobRequester/properties/RequesterPublicKey/type",keyword:"type",params:{type: schema36.properties.RequesterPublicKey.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/Requester",schemaPath:"#/$defs/JobRequester/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema37 = {"type":"object","title":"Job spec","description":"bacalhau.Spec.","additionalProperties":false,"properties":{"Engine":{"$ref":"#/$defs/Engine"},"EngineSpec":{"$ref":"#/$defs/EngineSpec"},"Publisher":{"$ref":"#/$defs/Publisher","description":"Deprecated in favour of PublisherSpec.Type; dropped by resource providers since v2.11.0."},"PublisherSpec":{"$ref":"#/$defs/PublisherSpec"},"Docker":{"$ref":"#/$defs/JobSpecDocker"},"Wasm":{"$ref":"#/$defs/JobSpecWasm"},"Resources":{"$ref":"#/$defs/ResourceUsageConfig"},"Network":{"$ref":"#/$defs/NetworkConfig"},"Timeout":{"type":"integer","title":"Timeout in seconds","description":"Go int64, seconds; becomes Bacalhau's execution timeout. At most the network cap of 7200 s (TIMEOUT_TOTAL_SECONDS). Samples use 600, 1800, 3600.","minimum":0},"Inputs":{"type":["array","null"],"title":"Inputs","description":"Dropped by resource providers since v2.11.0 (never passed to Bacalhau): use inputFiles.","items":{"$ref":"#/$defs/StorageSpec"}},"Outputs":{"type":["array","null"],"title":"Outputs","description":"Result paths. By convention {\"Name\": \"outputs\", \"Path\": \"/outputs\"}: only files written there come back to the user.","items":{"$ref":"#/$defs/StorageSpec"}},"Annotations":{"type":["array","null"],"title":"Annotations","description":"Dropped by resource providers since v2.11.0.","items":{"type":"string"}},"NodeSelectors":{"type":["array","null"],"title":"Node selectors","description":"Dropped by resource providers since v2.11.0.","items":{"$ref":"#/$defs/LabelSelectorRequirement"}},"DoNotTrack":{"type":"boolean","title":"Do not track"},"Deal":{"$ref":"#/$defs/Deal"}}};
const schema38 = {"type":"string","title":"Engine","description":"Noop, Docker or Wasm, matched case-insensitively (strings.EqualFold). An unknown name only logs \"executor: unknown engine type\". Resource providers run every job with Docker since v2.11.0.","pattern":"^(?:[Nn][Oo][Oo][Pp]|[Dd][Oo][Cc][Kk\\u212a][Ee][Rr]|[Ww][Aa][Ss\\u017f][Mm])$","examples":["Docker","Wasm","Noop"]};
const schema39 = {"type":"object","title":"Engine spec","description":"bacalhau.EngineSpec; parsed, unused (the resource provider reads Docker.Image, not EngineSpec.Params).","additionalProperties":false,"properties":{"Type":{"type":"string","title":"Engine type"},"Params":{"type":["object","null"],"title":"Engine parameters","description":"map[string]interface{}: any JSON values."}}};
const schema40 = {"type":"string","title":"Publisher","description":"Noop, Ipfs, Estuary or S3, matched case-insensitively after trimming white space (ParsePublisher); anything else fails to decode with \"publisher: unknown type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\u017f]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["Ipfs","Estuary","S3","Noop"]};
const schema43 = {"type":"object","title":"Docker","description":"bacalhau.JobSpecDocker: the container that does the work.","additionalProperties":false,"properties":{"Image":{"type":"string","title":"Docker image","description":"Reference of the image to run, ideally pinned: [registry/]repository[:tag]@sha256:<64 hex digits>. Empty = nothing to run."},"Entrypoint":{"type":["array","null"],"title":"Entrypoint","description":"The command and its arguments; null keeps the image's own entrypoint.","items":{"type":"string"}},"Parameters":{"type":["array","null"],"title":"Parameters","description":"Dropped by resource providers since v2.11.0: put arguments in Entrypoint.","items":{"type":"string"}},"EnvironmentVariables":{"type":["array","null"],"title":"Environment variables","description":"\"KEY=value\" strings, passed as they are.","items":{"type":"string"}},"WorkingDirectory":{"type":"string","title":"Working directory","description":"Dropped by resource providers since v2.11.0: set WORKDIR in the image."}}};
const schema48 = {"type":"object","title":"Resources","description":"bacalhau.ResourceUsageConfig: all strings, parsed by Bacalhau on the resource provider.","additionalProperties":false,"properties":{"CPU":{"type":"string","title":"CPU","description":"Cores as Bacalhau parses them, e.g. \"1\", \"0.5\", \"500m\"."},"Memory":{"type":"string","title":"Memory","description":"With a unit, e.g. \"8Gb\", \"16Gb\", \"24000MB\"; a bare number may be read as bytes."},"Disk":{"type":"string","title":"Disk","description":"With a unit, e.g. \"10Gb\"."},"GPU":{"type":"string","title":"GPU","description":"GPU count as a string (\"1\", \"\" or \"0\" for none); must equal machine.gpu."}}};
const schema51 = {"type":"object","title":"Node selector","description":"bacalhau.LabelSelectorRequirement (a Kubernetes-style label selector).","additionalProperties":false,"properties":{"Key":{"type":"string","title":"Label key"},"Operator":{"type":"string","title":"Operator","description":"A Kubernetes selection.Operator, e.g. \"in\", \"notin\", \"exists\", \"gt\", \"lt\"."},"Values":{"type":["array","null"],"title":"Values","items":{"type":"string"}}}};
const schema52 = {"type":"object","title":"Deal","description":"bacalhau.Deal; dropped by resource providers since v2.11.0. Samples always use {\"Concurrency\": 1}.","additionalProperties":false,"properties":{"TargetingMode":{"type":"boolean","title":"Targeting mode"},"Concurrency":{"type":"integer","title":"Concurrency","description":"Number of nodes to run the job on.","minimum":0}}};
const func1 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^(?:[Nn][Oo][Oo][Pp]|[Dd][Oo][Cc][Kk\\u212a][Ee][Rr]|[Ww][Aa][Ss\\u017f][Mm])$", "u");
const pattern5 = new RegExp("^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\u017f]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", "u");
const schema41 = {"type":"object","title":"Publisher spec","description":"bacalhau.PublisherSpec; dropped by resource providers since v2.11.0 (results always come back through Lilypad).","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Publisher"},"Params":{"type":["object","null"],"title":"Publisher parameters","description":"map[string]interface{}: any JSON values."}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "Type") || (key0 === "Params"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/Publisher/pattern",keyword:"pattern",params:{pattern: "^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\u017f]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/Publisher/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Params !== undefined){
let data1 = data.Params;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/Params",schemaPath:"#/properties/Params/type",keyword:"type",params:{type: schema41.properties.Params.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","title":"Wasm","description":"bacalhau.JobSpecWasm; dropped by resource providers since v2.11.0 (they run Docker only).","additionalProperties":false,"properties":{"EntryModule":{"$ref":"#/$defs/StorageSpec"},"EntryPoint":{"type":"string","title":"Entry point"},"Parameters":{"type":["array","null"],"title":"Parameters","items":{"type":"string"}},"EnvironmentVariables":{"type":["object","null"],"title":"Environment variables","description":"map[string]string.","additionalProperties":{"type":"string"}},"ImportModules":{"type":["array","null"],"title":"Import modules","items":{"$ref":"#/$defs/StorageSpec"}}}};
const schema45 = {"type":"object","title":"Storage spec","description":"bacalhau.StorageSpec: an input or output location.","additionalProperties":false,"properties":{"StorageSource":{"$ref":"#/$defs/StorageSourceType"},"Name":{"type":"string","title":"Name","description":"For outputs, conventionally \"outputs\"."},"CID":{"type":"string","title":"CID","description":"IPFS content ID (StorageSource IPFS)."},"URL":{"type":"string","title":"URL","description":"For StorageSource URLDownload."},"S3":{"$ref":"#/$defs/S3StorageSpec"},"Repo":{"type":"string","title":"Repository","description":"For StorageSource RepoClone / RepoCloneLFS."},"SourcePath":{"type":"string","title":"Source path"},"ReadWrite":{"type":"boolean","title":"Read-write"},"Path":{"type":"string","title":"Path","description":"Mount path in the container; outputs conventionally \"/outputs\"."},"Metadata":{"type":["object","null"],"title":"Metadata","description":"map[string]string.","additionalProperties":{"type":"string"}}}};
const schema46 = {"type":"string","title":"Storage source","description":"Matched case-insensitively after trimming white space (ParseStorageSourceType); anything else fails to decode with \"executor: unknown source type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Ii][Pp][Ff][Ss\\u017f]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee][Ll][Ff][Ss\\u017f]|[Uu][Rr][Ll][Dd][Oo][Ww][Nn][Ll][Oo][Aa][Dd]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ii][Nn][Ll][Ii][Nn][Ee]|[Ll][Oo][Cc][Aa][Ll][Dd][Ii][Rr][Ee][Cc][Tt][Oo][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["IPFS","RepoClone","RepoCloneLFS","URLDownload","Estuary","Inline","LocalDirectory","S3"]};
const schema47 = {"type":["object","null"],"title":"S3 location","description":"bacalhau.S3StorageSpec (a pointer: null allowed).","additionalProperties":false,"properties":{"Bucket":{"type":"string","title":"Bucket"},"Key":{"type":"string","title":"Key"},"Checksum":{"type":"string","title":"SHA-256 checksum"},"VersionID":{"type":"string","title":"Version ID"},"Endpoint":{"type":"string","title":"Endpoint"},"Region":{"type":"string","title":"Region"}}};
const pattern7 = new RegExp("^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Ii][Pp][Ff][Ss\\u017f]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee][Ll][Ff][Ss\\u017f]|[Uu][Rr][Ll][Dd][Oo][Ww][Nn][Ll][Oo][Aa][Dd]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ii][Nn][Ll][Ii][Nn][Ee]|[Ll][Oo][Cc][Aa][Ll][Dd][Ii][Rr][Ee][Cc][Tt][Oo][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema45.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.StorageSource !== undefined){
let data0 = data.StorageSource;
if(typeof data0 === "string"){
if(!pattern7.test(data0)){
const err1 = {instancePath:instancePath+"/StorageSource",schemaPath:"#/$defs/StorageSourceType/pattern",keyword:"pattern",params:{pattern: "^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Ii][Pp][Ff][Ss\\u017f]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee]|[Rr][Ee][Pp][Oo][Cc][Ll][Oo][Nn][Ee][Ll][Ff][Ss\\u017f]|[Uu][Rr][Ll][Dd][Oo][Ww][Nn][Ll][Oo][Aa][Dd]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ii][Nn][Ll][Ii][Nn][Ee]|[Ll][Oo][Cc][Aa][Ll][Dd][Ii][Rr][Ee][Cc][Tt][Oo][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/StorageSource",schemaPath:"#/$defs/StorageSourceType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Name !== undefined){
if(typeof data.Name !== "string"){
const err3 = {instancePath:instancePath+"/Name",schemaPath:"#/properties/Name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.CID !== undefined){
if(typeof data.CID !== "string"){
const err4 = {instancePath:instancePath+"/CID",schemaPath:"#/properties/CID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.URL !== undefined){
if(typeof data.URL !== "string"){
const err5 = {instancePath:instancePath+"/URL",schemaPath:"#/properties/URL/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.S3 !== undefined){
let data4 = data.S3;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
const err6 = {instancePath:instancePath+"/S3",schemaPath:"#/$defs/S3StorageSpec/type",keyword:"type",params:{type: schema47.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((((key1 === "Bucket") || (key1 === "Key")) || (key1 === "Checksum")) || (key1 === "VersionID")) || (key1 === "Endpoint")) || (key1 === "Region"))){
const err7 = {instancePath:instancePath+"/S3",schemaPath:"#/$defs/S3StorageSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.Bucket !== undefined){
if(typeof data4.Bucket !== "string"){
const err8 = {instancePath:instancePath+"/S3/Bucket",schemaPath:"#/$defs/S3StorageSpec/properties/Bucket/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.Key !== undefined){
if(typeof data4.Key !== "string"){
const err9 = {instancePath:instancePath+"/S3/Key",schemaPath:"#/$defs/S3StorageSpec/properties/Key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.Checksum !== undefined){
if(typeof data4.Checksum !== "string"){
const err10 = {instancePath:instancePath+"/S3/Checksum",schemaPath:"#/$defs/S3StorageSpec/properties/Checksum/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.VersionID !== undefined){
if(typeof data4.VersionID !== "string"){
const err11 = {instancePath:instancePath+"/S3/VersionID",schemaPath:"#/$defs/S3StorageSpec/properties/VersionID/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.Endpoint !== undefined){
if(typeof data4.Endpoint !== "string"){
const err12 = {instancePath:instancePath+"/S3/Endpoint",schemaPath:"#/$defs/S3StorageSpec/properties/Endpoint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.Region !== undefined){
if(typeof data4.Region !== "string"){
const err13 = {instancePath:instancePath+"/S3/Region",schemaPath:"#/$defs/S3StorageSpec/properties/Region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
if(data.Repo !== undefined){
if(typeof data.Repo !== "string"){
const err14 = {instancePath:instancePath+"/Repo",schemaPath:"#/properties/Repo/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.SourcePath !== undefined){
if(typeof data.SourcePath !== "string"){
const err15 = {instancePath:instancePath+"/SourcePath",schemaPath:"#/properties/SourcePath/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.ReadWrite !== undefined){
if(typeof data.ReadWrite !== "boolean"){
const err16 = {instancePath:instancePath+"/ReadWrite",schemaPath:"#/properties/ReadWrite/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Path !== undefined){
if(typeof data.Path !== "string"){
const err17 = {instancePath:instancePath+"/Path",schemaPath:"#/properties/Path/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.Metadata !== undefined){
let data15 = data.Metadata;
if((!(data15 && typeof data15 == "object" && !Array.isArray(data15))) && (data15 !== null)){
const err18 = {instancePath:instancePath+"/Metadata",schemaPath:"#/properties/Metadata/type",keyword:"type",params:{type: schema45.properties.Metadata.type}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key2 in data15){
if(typeof data15[key2] !== "string"){
const err19 = {instancePath:instancePath+"/Metadata/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/Metadata/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "EntryModule") || (key0 === "EntryPoint")) || (key0 === "Parameters")) || (key0 === "EnvironmentVariables")) || (key0 === "ImportModules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.EntryModule !== undefined){
if(!(validate30(data.EntryModule, {instancePath:instancePath+"/EntryModule",parentData:data,parentDataProperty:"EntryModule",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.EntryPoint !== undefined){
if(typeof data.EntryPoint !== "string"){
const err1 = {instancePath:instancePath+"/EntryPoint",schemaPath:"#/properties/EntryPoint/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data2 = data.Parameters;
if((!(Array.isArray(data2))) && (data2 !== null)){
const err2 = {instancePath:instancePath+"/Parameters",schemaPath:"#/properties/Parameters/type",keyword:"type",params:{type: schema44.properties.Parameters.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(typeof data2[i0] !== "string"){
const err3 = {instancePath:instancePath+"/Parameters/" + i0,schemaPath:"#/properties/Parameters/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
if(data.EnvironmentVariables !== undefined){
let data4 = data.EnvironmentVariables;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
const err4 = {instancePath:instancePath+"/EnvironmentVariables",schemaPath:"#/properties/EnvironmentVariables/type",keyword:"type",params:{type: schema44.properties.EnvironmentVariables.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(typeof data4[key1] !== "string"){
const err5 = {instancePath:instancePath+"/EnvironmentVariables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/EnvironmentVariables/additionalProperties/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
if(data.ImportModules !== undefined){
let data6 = data.ImportModules;
if((!(Array.isArray(data6))) && (data6 !== null)){
const err6 = {instancePath:instancePath+"/ImportModules",schemaPath:"#/properties/ImportModules/type",keyword:"type",params:{type: schema44.properties.ImportModules.type}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data6[i1], {instancePath:instancePath+"/ImportModules/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","title":"Network","description":"bacalhau.NetworkConfig.","additionalProperties":false,"properties":{"Type":{"$ref":"#/$defs/Network"},"Domains":{"type":["array","null"],"title":"Domains","description":"Domains reachable with Type HTTP.","items":{"type":"string"}}}};
const schema50 = {"type":"string","title":"Network type","description":"None, Full or HTTP, matched case-insensitively after trimming white space (ParseNetwork); anything else, \"\" included, fails to decode with \"bacalhau.Network: unknown type\".","pattern":"^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Nn][Ee]|[Ff][Uu][Ll][Ll]|[Hh][Tt][Tt][Pp])[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$","examples":["None","HTTP","Full"]};
const pattern8 = new RegExp("^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Nn][Ee]|[Ff][Uu][Ll][Ll]|[Hh][Tt][Tt][Pp])[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "Type") || (key0 === "Domains"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/Network/pattern",keyword:"pattern",params:{pattern: "^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Nn][Ee]|[Ff][Uu][Ll][Ll]|[Hh][Tt][Tt][Pp])[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/Network/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Domains !== undefined){
let data1 = data.Domains;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/Domains",schemaPath:"#/properties/Domains/type",keyword:"type",params:{type: schema49.properties.Domains.type}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err4 = {instancePath:instancePath+"/Domains/" + i0,schemaPath:"#/properties/Domains/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Engine !== undefined){
let data0 = data.Engine;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/Engine",schemaPath:"#/$defs/Engine/pattern",keyword:"pattern",params:{pattern: "^(?:[Nn][Oo][Oo][Pp]|[Dd][Oo][Cc][Kk\\u212a][Ee][Rr]|[Ww][Aa][Ss\\u017f][Mm])$"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/Engine",schemaPath:"#/$defs/Engine/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.EngineSpec !== undefined){
let data1 = data.EngineSpec;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "Type") || (key1 === "Params"))){
const err3 = {instancePath:instancePath+"/EngineSpec",schemaPath:"#/$defs/EngineSpec/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.Type !== undefined){
if(typeof data1.Type !== "string"){
const err4 = {instancePath:instancePath+"/EngineSpec/Type",schemaPath:"#/$defs/EngineSpec/properties/Type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.Params !== undefined){
let data3 = data1.Params;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err5 = {instancePath:instancePath+"/EngineSpec/Params",schemaPath:"#/$defs/EngineSpec/properties/Params/type",keyword:"type",params:{type: schema39.properties.Params.type}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/EngineSpec",schemaPath:"#/$defs/EngineSpec/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Publisher !== undefined){
let data4 = data.Publisher;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err7 = {instancePath:instancePath+"/Publisher",schemaPath:"#/$defs/Publisher/pattern",keyword:"pattern",params:{pattern: "^[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(?:[Nn][Oo][Oo][Pp]|[Ii][Pp][Ff][Ss\\u017f]|[Ee][Ss\\u017f][Tt][Uu][Aa][Rr][Yy]|[Ss\\u017f]3)[\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Publisher",schemaPath:"#/$defs/Publisher/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.PublisherSpec !== undefined){
if(!(validate27(data.PublisherSpec, {instancePath:instancePath+"/PublisherSpec",parentData:data,parentDataProperty:"PublisherSpec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.Docker !== undefined){
let data6 = data.Docker;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!(((((key2 === "Image") || (key2 === "Entrypoint")) || (key2 === "Parameters")) || (key2 === "EnvironmentVariables")) || (key2 === "WorkingDirectory"))){
const err9 = {instancePath:instancePath+"/Docker",schemaPath:"#/$defs/JobSpecDocker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data6.Image !== undefined){
if(typeof data6.Image !== "string"){
const err10 = {instancePath:instancePath+"/Docker/Image",schemaPath:"#/$defs/JobSpecDocker/properties/Image/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.Entrypoint !== undefined){
let data8 = data6.Entrypoint;
if((!(Array.isArray(data8))) && (data8 !== null)){
const err11 = {instancePath:instancePath+"/Docker/Entrypoint",schemaPath:"#/$defs/JobSpecDocker/properties/Entrypoint/type",keyword:"type",params:{type: schema43.properties.Entrypoint.type}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err12 = {instancePath:instancePath+"/Docker/Entrypoint/" + i0,schemaPath:"#/$defs/JobSpecDocker/properties/Entrypoint/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
if(data6.Parameters !== undefined){
let data10 = data6.Parameters;
if((!(Array.isArray(data10))) && (data10 !== null)){
const err13 = {instancePath:instancePath+"/Docker/Parameters",schemaPath:"#/$defs/JobSpecDocker/properties/Parameters/type",keyword:"type",params:{type: schema43.properties.Parameters.type}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(typeof data10[i1] !== "string"){
const err14 = {instancePath:instancePath+"/Docker/Parameters/" + i1,schemaPath:"#/$defs/JobSpecDocker/properties/Parameters/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data6.EnvironmentVariables !== undefined){
let data12 = data6.EnvironmentVariables;
if((!(Array.isArray(data12))) && (data12 !== null)){
const err15 = {instancePath:instancePath+"/Docker/EnvironmentVariables",schemaPath:"#/$defs/JobSpecDocker/properties/EnvironmentVariables/type",keyword:"type",params:{type: schema43.properties.EnvironmentVariables.type}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(typeof data12[i2] !== "string"){
const err16 = {instancePath:instancePath+"/Docker/EnvironmentVariables/" + i2,schemaPath:"#/$defs/JobSpecDocker/properties/EnvironmentVariables/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
if(data6.WorkingDirectory !== undefined){
if(typeof data6.WorkingDirectory !== "string"){
const err17 = {instancePath:instancePath+"/Docker/WorkingDirectory",schemaPath:"#/$defs/JobSpecDocker/properties/WorkingDirectory/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/Docker",schemaPath:"#/$defs/JobSpecDocker/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.Wasm !== undefined){
if(!(validate29(data.Wasm, {instancePath:instancePath+"/Wasm",parentData:data,parentDataProperty:"Wasm",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.Resources !== undefined){
let data16 = data.Resources;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key3 in data16){
if(!((((key3 === "CPU") || (key3 === "Memory")) || (key3 === "Disk")) || (key3 === "GPU"))){
const err19 = {instancePath:instancePath+"/Resources",schemaPath:"#/$defs/ResourceUsageConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data16.CPU !== undefined){
if(typeof data16.CPU !== "string"){
const err20 = {instancePath:instancePath+"/Resources/CPU",schemaPath:"#/$defs/ResourceUsageConfig/properties/CPU/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data16.Memory !== undefined){
if(typeof data16.Memory !== "string"){
const err21 = {instancePath:instancePath+"/Resources/Memory",schemaPath:"#/$defs/ResourceUsageConfig/properties/Memory/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data16.Disk !== undefined){
if(typeof data16.Disk !== "string"){
const err22 = {instancePath:instancePath+"/Resources/Disk",schemaPath:"#/$defs/ResourceUsageConfig/properties/Disk/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data16.GPU !== undefined){
if(typeof data16.GPU !== "string"){
const err23 = {instancePath:instancePath+"/Resources/GPU",schemaPath:"#/$defs/ResourceUsageConfig/properties/GPU/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/Resources",schemaPath:"#/$defs/ResourceUsageConfig/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.Network !== undefined){
if(!(validate34(data.Network, {instancePath:instancePath+"/Network",parentData:data,parentDataProperty:"Network",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.Timeout !== undefined){
let data22 = data.Timeout;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err25 = {instancePath:instancePath+"/Timeout",schemaPath:"#/properties/Timeout/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
const err26 = {instancePath:instancePath+"/Timeout",schemaPath:"#/properties/Timeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.Inputs !== undefined){
let data23 = data.Inputs;
if((!(Array.isArray(data23))) && (data23 !== null)){
const err27 = {instancePath:instancePath+"/Inputs",schemaPath:"#/properties/Inputs/type",keyword:"type",params:{type: schema37.properties.Inputs.type}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
if(!(validate30(data23[i3], {instancePath:instancePath+"/Inputs/" + i3,parentData:data23,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
}
if(data.Outputs !== undefined){
let data25 = data.Outputs;
if((!(Array.isArray(data25))) && (data25 !== null)){
const err28 = {instancePath:instancePath+"/Outputs",schemaPath:"#/properties/Outputs/type",keyword:"type",params:{type: schema37.properties.Outputs.type}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(Array.isArray(data25)){
const len4 = data25.length;
for(let i4=0; i4<len4; i4++){
if(!(validate30(data25[i4], {instancePath:instancePath+"/Outputs/" + i4,parentData:data25,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
}
if(data.Annotations !== undefined){
let data27 = data.Annotations;
if((!(Array.isArray(data27))) && (data27 !== null)){
const err29 = {instancePath:instancePath+"/Annotations",schemaPath:"#/properties/Annotations/type",keyword:"type",params:{type: schema37.properties.Annotations.type}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(Array.isArray(data27)){
const len5 = data27.length;
for(let i5=0; i5<len5; i5++){
if(typeof data27[i5] !== "string"){
const err30 = {instancePath:instancePath+"/Annotations/" + i5,schemaPath:"#/properties/Annotations/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
if(data.NodeSelectors !== undefined){
let data29 = data.NodeSelectors;
if((!(Array.isArray(data29))) && (data29 !== null)){
const err31 = {instancePath:instancePath+"/NodeSelectors",schemaPath:"#/properties/NodeSelectors/type",keyword:"type",params:{type: schema37.properties.NodeSelectors.type}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(Array.isArray(data29)){
const len6 = data29.length;
for(let i6=0; i6<len6; i6++){
let data30 = data29[i6];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key4 in data30){
if(!(((key4 === "Key") || (key4 === "Operator")) || (key4 === "Values"))){
const err32 = {instancePath:instancePath+"/NodeSelectors/" + i6,schemaPath:"#/$defs/LabelSelectorRequirement/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data30.Key !== undefined){
if(typeof data30.Key !== "string"){
const err33 = {instancePath:instancePath+"/NodeSelectors/" + i6+"/Key",schemaPath:"#/$defs/LabelSelectorRequirement/properties/Key/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data30.Operator !== undefined){
if(typeof data30.Operator !== "string"){
const err34 = {instancePath:instancePath+"/NodeSelectors/" + i6+"/Operator",schemaPath:"#/$defs/LabelSelectorRequirement/properties/Operator/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data30.Values !== undefined){
let data33 = data30.Values;
if((!(Array.isArray(data33))) && (data33 !== null)){
const err35 = {instancePath:instancePath+"/NodeSelectors/" + i6+"/Values",schemaPath:"#/$defs/LabelSelectorRequirement/properties/Values/type",keyword:"type",params:{type: schema51.properties.Values.type}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(Array.isArray(data33)){
const len7 = data33.length;
for(let i7=0; i7<len7; i7++){
if(typeof data33[i7] !== "string"){
const err36 = {instancePath:instancePath+"/NodeSelectors/" + i6+"/Values/" + i7,schemaPath:"#/$defs/LabelSelectorRequirement/properties/Values/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/NodeSelectors/" + i6,schemaPath:"#/$defs/LabelSelectorRequirement/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
if(data.DoNotTrack !== undefined){
if(typeof data.DoNotTrack !== "boolean"){
const err38 = {instancePath:instancePath+"/DoNotTrack",schemaPath:"#/properties/DoNotTrack/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.Deal !== undefined){
let data36 = data.Deal;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key5 in data36){
if(!((key5 === "TargetingMode") || (key5 === "Concurrency"))){
const err39 = {instancePath:instancePath+"/Deal",schemaPath:"#/$defs/Deal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data36.TargetingMode !== undefined){
if(typeof data36.TargetingMode !== "boolean"){
const err40 = {instancePath:instancePath+"/Deal/TargetingMode",schemaPath:"#/$defs/Deal/properties/TargetingMode/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data36.Concurrency !== undefined){
let data38 = data36.Concurrency;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err41 = {instancePath:instancePath+"/Deal/Concurrency",schemaPath:"#/$defs/Deal/properties/Concurrency/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err42 = {instancePath:instancePath+"/Deal/Concurrency",schemaPath:"#/$defs/Deal/properties/Concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
}
else {
const err43 = {instancePath:instancePath+"/Deal",schemaPath:"#/$defs/Deal/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "APIVersion") || (key0 === "Metadata")) || (key0 === "Spec"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.APIVersion !== undefined){
if(typeof data.APIVersion !== "string"){
const err1 = {instancePath:instancePath+"/APIVersion",schemaPath:"#/properties/APIVersion/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Metadata !== undefined){
if(!(validate24(data.Metadata, {instancePath:instancePath+"/Metadata",parentData:data,parentDataProperty:"Metadata",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.Spec !== undefined){
if(!(validate26(data.Spec, {instancePath:instancePath+"/Spec",parentData:data,parentDataProperty:"Spec",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function module_schema_validator_validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = module_schema_validator_validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "machine") || (key0 === "job")) || (key0 === "inputFiles")) || (key0 === "executionTimeoutSeconds")) || (key0 === "author")) || (key0 === "description")) || (key0 === "image")) || (key0 === "model"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.machine !== undefined){
if(!(validate21(data.machine, {instancePath:instancePath+"/machine",parentData:data,parentDataProperty:"machine",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.job !== undefined){
if(!(validate23(data.job, {instancePath:instancePath+"/job",parentData:data,parentDataProperty:"job",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.inputFiles !== undefined){
let data2 = data.inputFiles;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "required") || (key1 === "optional"))){
const err1 = {instancePath:instancePath+"/inputFiles",schemaPath:"#/$defs/InputFiles/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.required !== undefined){
let data3 = data2.required;
if((!(Array.isArray(data3))) && (data3 !== null)){
const err2 = {instancePath:instancePath+"/inputFiles/required",schemaPath:"#/$defs/InputFiles/properties/required/type",keyword:"type",params:{type: schema53.properties.required.type}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(typeof data3[i0] !== "string"){
const err3 = {instancePath:instancePath+"/inputFiles/required/" + i0,schemaPath:"#/$defs/InputFiles/properties/required/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
if(data2.optional !== undefined){
let data5 = data2.optional;
if((!(Array.isArray(data5))) && (data5 !== null)){
const err4 = {instancePath:instancePath+"/inputFiles/optional",schemaPath:"#/$defs/InputFiles/properties/optional/type",keyword:"type",params:{type: schema53.properties.optional.type}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(typeof data5[i1] !== "string"){
const err5 = {instancePath:instancePath+"/inputFiles/optional/" + i1,schemaPath:"#/$defs/InputFiles/properties/optional/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/inputFiles",schemaPath:"#/$defs/InputFiles/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.executionTimeoutSeconds !== undefined){
let data7 = data.executionTimeoutSeconds;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err7 = {instancePath:instancePath+"/executionTimeoutSeconds",schemaPath:"#/properties/executionTimeoutSeconds/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err8 = {instancePath:instancePath+"/executionTimeoutSeconds",schemaPath:"#/properties/executionTimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.author !== undefined){
let data8 = data.author;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(!(((key2 === "name") || (key2 === "avatar")) || (key2 === "address"))){
const err9 = {instancePath:instancePath+"/author",schemaPath:"#/$defs/ModuleAuthor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data8.name !== undefined){
if(typeof data8.name !== "string"){
const err10 = {instancePath:instancePath+"/author/name",schemaPath:"#/$defs/ModuleAuthor/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data8.avatar !== undefined){
if(typeof data8.avatar !== "string"){
const err11 = {instancePath:instancePath+"/author/avatar",schemaPath:"#/$defs/ModuleAuthor/properties/avatar/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.address !== undefined){
if(typeof data8.address !== "string"){
const err12 = {instancePath:instancePath+"/author/address",schemaPath:"#/$defs/ModuleAuthor/properties/address/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/author",schemaPath:"#/$defs/ModuleAuthor/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err14 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.image !== undefined){
if(typeof data.image !== "string"){
const err15 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.model !== undefined){
let data14 = data.model;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!(((key3 === "name") || (key3 === "type")) || (key3 === "size"))){
const err16 = {instancePath:instancePath+"/model",schemaPath:"#/$defs/ModuleModel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data14.name !== undefined){
if(typeof data14.name !== "string"){
const err17 = {instancePath:instancePath+"/model/name",schemaPath:"#/$defs/ModuleModel/properties/name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data14.type !== undefined){
if(typeof data14.type !== "string"){
const err18 = {instancePath:instancePath+"/model/type",schemaPath:"#/$defs/ModuleModel/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data14.size !== undefined){
if(typeof data14.size !== "string"){
const err19 = {instancePath:instancePath+"/model/size",schemaPath:"#/$defs/ModuleModel/properties/size/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/model",schemaPath:"#/$defs/ModuleModel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
module_schema_validator_validate20.errors = vErrors;
return errors === 0;
}
module_schema_validator_validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/unknown-keys.ts
// What a key Lilypad does not read costs. Go's decoder skips it without a word (format doc §3.5),
// so the question is what the author meant by it:
// - a field Lilypad reads, written in the wrong object (`vram` under machine, `Image` under Spec):
//   the setting is lost — misplaced-key, naming where it belongs;
// - a misspelling of a field of this object (`Entrypiont`, `Enviroment`, `output`), compared
//   case-insensitively and by edit distance, also against the field name's beginning: lost too —
//   key-typo, naming the field;
// - a setting Lilypad does not have at all (`Volumes`, `Ports`, `User`): the job runs without
//   it — unsupported-key;
// - anything else (`Verifier`, `Language`: leftovers of older Bacalhau job specs): it only
//   misleads readers — unknown-key, a warning.
// A key of the first three kinds whose value is empty (`"vram": 0`, `"Volumes": []`) asks for
// nothing, so nothing is lost: no finding at all.




/** Fields older Bacalhau job specs had, which Lilypad's vendored copy dropped. */
const OLD_BACALHAU_SPEC_FIELDS = new Set(['VERIFIER', 'LANGUAGE', 'CONTEXTS', 'SHARDING', 'EXECUTIONPLAN']);
/** Names people give a field under another name (folded), and the field's JSON name. */
const ALIASES = new Map([
    ['ENV', 'EnvironmentVariables'],
    ['ENVS', 'EnvironmentVariables'],
    ['ENVIRONMENT', 'EnvironmentVariables'],
    ['ENVVARS', 'EnvironmentVariables'],
    ['ENVIRONMENTVARIABLE', 'EnvironmentVariables'],
    ['CMD', 'Entrypoint'],
    ['COMMAND', 'Entrypoint'],
    ['ARGS', 'Entrypoint'],
    ['ARGUMENTS', 'Entrypoint'],
    ['WORKDIR', 'WorkingDirectory'],
    ['CWD', 'WorkingDirectory'],
]);
/** Container settings Lilypad has no field for anywhere (folded names). */
const UNSUPPORTED = new Map([
    ['VOLUMES', 'no volumes are mounted (only /outputs, and /inputs with inputFiles)'],
    ['VOLUME', 'no volumes are mounted (only /outputs, and /inputs with inputFiles)'],
    ['MOUNTS', 'nothing is mounted (only /outputs, and /inputs with inputFiles)'],
    ['BINDS', 'nothing is mounted (only /outputs, and /inputs with inputFiles)'],
    ['PORTS', 'no ports are published: nothing can connect to the job'],
    ['EXPOSEDPORTS', 'no ports are published: nothing can connect to the job'],
    ['PORTBINDINGS', 'no ports are published: nothing can connect to the job'],
    ['USER', "the container runs as the image's own user"],
    ['PRIVILEGED', 'the container is never privileged'],
    ['DEVICES', 'no devices are passed to the container (GPUs come from Resources.GPU)'],
    ['CAPADD', 'no capabilities are added'],
    ['SHMSIZE', "the container keeps Docker's default 64 MB /dev/shm"],
    ['RUNTIME', "the provider's default runtime is used"],
    ['HOSTCONFIG', 'no Docker host configuration is read'],
]);
/**
 * The finding for `key`, unknown in the object at `parentPath` (canonical field names, numbers for
 * array items), whose value is `value`; undefined when it costs nothing.
 */
function classifyUnknownKey(key, parentPath, value, parent) {
    const where = describePath(parentPath);
    const folded = foldAsciiName(key);
    const shape = parentPath.map((s) => (typeof s === 'number' ? '[]' : s));
    const empty = isEmptyValue(value);
    if (folded !== undefined && OLD_BACALHAU_SPEC_FIELDS.has(folded) && shape.join('.') === 'job.Spec') {
        return { rule: RULES.unknownKey, message: `\`${key}\` is not a field of ${where} (older Bacalhau job specs had it); Lilypad ignores it.` };
    }
    const alias = folded === undefined ? undefined : ALIASES.get(folded);
    const meant = alias ?? key;
    const meantFolded = foldAsciiName(meant);
    const destination = meantFolded === undefined ? undefined : misplacementOf(meantFolded, shape);
    const here = typeAt(parentPath);
    const inThisObject = alias !== undefined && here?.kind === 'struct' && here.fields.some((f) => f.json === alias);
    if (inThisObject) {
        if (empty)
            return undefined;
        return { rule: RULES.keyTypo, message: `\`${key}\` is not a field of ${where}: Lilypad ignores it. It looks like \`${alias}\`, which is where Lilypad reads this setting.` };
    }
    if (destination) {
        if (empty)
            return undefined;
        return { rule: RULES.misplacedKey, message: misplacedMessage(key, meant, where, destination, value, parent) };
    }
    const unsupported = folded === undefined ? undefined : UNSUPPORTED.get(folded);
    if (unsupported) {
        if (empty)
            return undefined;
        return { rule: RULES.unsupportedKey, message: `\`${key}\` is not a setting Lilypad has: it is ignored, and ${unsupported}.` };
    }
    const suggestion = suggestField(key, here);
    if (suggestion) {
        if (empty)
            return undefined;
        return { rule: RULES.keyTypo, message: `\`${key}\` is not a field of ${where}: Lilypad ignores it and the setting is lost. Did you mean \`${suggestion}\`?` };
    }
    return { rule: RULES.unknownKey, message: `\`${key}\` is not a field of ${where}; Lilypad ignores it.` };
}
function misplacedMessage(key, meant, where, destination, value, parent) {
    const base = `\`${key}\` is not a field of ${where}: Lilypad reads ${meant === key ? 'it' : `\`${meant}\``} at ${destination} and ignores it here`;
    if (destination === 'machine.gpus[].vram' && value.kind === 'number') {
        // Moving it into machine.gpus would make the solver require a GPU: wrong for a module that asks for none.
        const gpu = parent?.kind === 'object' ? parent.members.findLast((m) => m.key.toLowerCase() === 'gpu')?.value : undefined;
        if (gpu?.kind === 'number' && Number(gpu.text) === 0) {
            return `${base}. The module asks for no GPU (machine.gpu is 0): remove it, or ask for a GPU with machine.gpu and machine.gpus[].vram.`;
        }
        return `${base}, so the solver may give the job a GPU with less than ${value.text} MiB of memory.`;
    }
    if (destination === 'machine.gpus')
        return `${base}, so the solver does not know the job's GPU needs.`;
    return `${base}.`;
}
/** `0`, `""`, `false`, `null`, `[]`, `{}`: a value that asks for nothing. */
function isEmptyValue(n) {
    switch (n.kind) {
        case 'null':
            return true;
        case 'bool':
            return !n.value;
        case 'number':
            return Number(n.text) === 0;
        case 'string':
            return n.value === '';
        case 'array':
            return n.items.length === 0;
        case 'object':
            return n.members.length === 0;
    }
}
let fieldPlaces;
/** Every struct field of data.Module with the path of the struct that holds it, by folded name. */
function fieldPlacesNamed(folded) {
    if (!fieldPlaces) {
        const byName = new Map();
        const visit = (t, path) => {
            if (t.kind === 'pointer')
                return visit(t.elem, path);
            if (t.kind === 'slice')
                return visit(t.elem, [...path, '[]']);
            if (t.kind !== 'struct')
                return;
            for (const f of t.fields) {
                const place = { folded: foldAsciiName(f.json), parent: path, display: describeShape([...path, f.json]) };
                byName.set(place.folded, [...(byName.get(place.folded) ?? []), place]);
                visit(f.type, [...path, f.json]);
            }
        };
        visit(MODULE_TYPE, []);
        fieldPlaces = byName;
    }
    return fieldPlaces.get(folded) ?? [];
}
/**
 * Where a key that is unknown at `shape` belongs: the field elsewhere in the module with that name
 * whose place shares the most of `shape` (`vram` under machine → machine.gpus[].vram, a top-level
 * `gpus` → machine.gpus, `Image` under job.Spec → job.Spec.Docker.Image); none when it is a tie.
 */
function misplacementOf(folded, shape) {
    let best = [];
    let bestScore = -1;
    for (const place of fieldPlacesNamed(folded)) {
        let score = 0;
        while (score < place.parent.length && score < shape.length && place.parent[score] === shape[score])
            score++;
        if (score > bestScore) {
            best = [place];
            bestScore = score;
        }
        else if (score === bestScore)
            best.push(place);
    }
    // A tie between the Docker and the Wasm spec goes to Docker: resource providers run only Docker.
    if (best.length > 1)
        best = best.filter((p) => !p.parent.includes('Wasm'));
    return best.length === 1 ? best[0].display : undefined;
}
/** The Go type at a canonical path of the module. */
function typeAt(path) {
    let t = MODULE_TYPE;
    for (const seg of path) {
        if (t?.kind === 'pointer')
            t = t.elem;
        if (!t)
            return undefined;
        if (typeof seg === 'number')
            t = t.kind === 'slice' ? t.elem : undefined;
        else if (t.kind === 'struct')
            t = t.fields.find((f) => f.json === seg)?.type;
        else if (t.kind === 'map')
            t = t.elem;
        else
            return undefined;
    }
    return t?.kind === 'pointer' ? t.elem : t;
}
/**
 * The field of `t` that `key` is a misspelling of, if exactly one is close: within an edit
 * distance of 1 (keys of 3–5 letters) or 2 (longer), ignoring case, of the field's name or of its
 * beginning (`Enviroment` → `EnvironmentVariables`, `output` → `Outputs`).
 */
function suggestField(key, t) {
    if (t?.kind !== 'struct' || key.length < 3)
        return undefined;
    const k = key.toLowerCase();
    const limit = k.length >= 6 ? 2 : 1;
    const close = t.fields.filter((f) => {
        const name = f.json.toLowerCase();
        if (editDistance(k, name) <= limit)
            return true;
        // A misspelt beginning of a long name: compare with the name's prefixes of about k's length.
        if (k.length < 5 || name.length <= k.length)
            return false;
        for (let n = k.length - 1; n <= k.length + 1; n++)
            if (editDistance(k, name.slice(0, n)) <= limit)
                return true;
        return false;
    });
    return close.length === 1 ? close[0].json : undefined;
}
/** `job.Spec.Outputs[0]`; the module itself is "the top level". */
function describePath(path) {
    if (path.length === 0)
        return 'the top level';
    let out = '';
    for (const s of path)
        out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
    return out;
}
function describeShape(shape) {
    return shape.reduce((out, s) => (s === '[]' ? `${out}[]` : out === '' ? s : `${out}.${s}`), '');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/schema-lints.ts
// The strict check of the rendered module against schema/lilypad-module.schema.json: exact key
// spelling, no unknown or misplaced keys, ranges. Lilypad's Go decoder is lenient where the schema
// is not — it binds keys case-insensitively (`outputs` fills Outputs), merges or overwrites
// duplicate keys, and skips unknown keys without a word (format doc §3.5) — so before ajv runs,
// the document is walked along data.Module's Go types (decode/module-type.ts): keys Go would bind
// by folding are reported as `key-case` and renamed to their field, duplicates as `duplicate-key`,
// and the value ajv sees is the one Go's decoder ends up with. Every ajv error then maps back to
// the node it is about (through the canonical JSON pointer → source span table built on the way),
// and its pointer is reported with the keys as written.
//
// The schema is compiled at build time (scripts/build-schema.ts, ajv standalone code): no ajv and
// no schema compilation at run time.







/** Findings of the strict schema check on a rendered module that Lilypad decodes. */
function schemaFindings(tree) {
    const walk = new CanonicalWalk();
    const value = walk.value(tree, MODULE_TYPE, '', '', []);
    const out = walk.findings;
    if (!module_schema_validator_validate(value)) {
        const seen = new Set();
        for (const e of module_schema_validator_validate.errors ?? []) {
            const f = mapError(e, walk.sites);
            if (!f)
                continue;
            const key = `${f.rule.id}\u0000${f.pointer}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push(f);
        }
    }
    return out.sort((a, b) => a.offset - b.offset);
}
/**
 * Builds the value Go's decoder would bind (canonical field names, duplicates resolved as Go
 * resolves them), recording each value's source and the key-case / duplicate findings.
 */
class CanonicalWalk {
    constructor() {
        this.sites = new Map();
        this.findings = [];
    }
    value(node, type, canon, raw, path, member, into) {
        const site = { node, pointer: raw, path };
        if (member)
            site.member = member;
        this.sites.set(canon, site);
        const t = type?.kind === 'pointer' ? type.elem : type;
        if (node.kind === 'object' && t?.kind === 'struct') {
            const target = isPlainObject(into) ? into : {};
            this.struct(node, t, target, canon, raw, path);
            return target;
        }
        if (node.kind === 'object' && t?.kind === 'map') {
            const target = {};
            const given = new Map();
            for (const m of node.members) {
                const seg = escapePointer(m.key);
                this.duplicate(given.get(m.key), m, path, raw, 'keeps only the last');
                given.set(m.key, m);
                schema_lints_define(target, m.key, this.value(m.value, t.elem, `${canon}/${seg}`, `${raw}/${seg}`, [...path, m.key], m));
            }
            return target;
        }
        if (node.kind === 'array' && t?.kind === 'slice') {
            return node.items.map((item, i) => this.value(item, t.elem, `${canon}/${i}`, `${raw}/${i}`, [...path, i]));
        }
        // Leaves, and containers where any value goes (interface{}) or where none is expected (the
        // schema reports the type): only the kind matters to the schema, so deep documents are not walked.
        switch (node.kind) {
            case 'object':
                return {};
            case 'array':
                return [];
            case 'string':
            case 'bool':
                return node.value;
            case 'number':
                return Number(node.text);
            case 'null':
                return null;
        }
    }
    struct(node, t, target, canon, raw, path) {
        const given = new Map();
        for (const m of node.members) {
            const f = bindField(t, m.key);
            const name = f?.json ?? m.key;
            const seg = escapePointer(name);
            const rawPointer = `${raw}/${escapePointer(m.key)}`;
            if (f && m.key !== f.json) {
                this.findings.push({
                    rule: RULES.keyCase,
                    message: `\`${m.key}\` is spelt \`${f.json}\` (${describePath([...path, f.json])}): Lilypad's Go decoder ignores case, other tools do not.`,
                    offset: m.keyStart,
                    pointer: rawPointer,
                });
            }
            if (f) {
                const merges = f.type.kind === 'struct' || (f.type.kind === 'pointer' && f.type.elem.kind === 'struct');
                this.duplicate(given.get(f.json), m, path, raw, merges ? 'merges the two objects' : 'keeps only the last');
                given.set(f.json, m);
                const previous = Object.prototype.hasOwnProperty.call(target, name) ? target[name] : undefined;
                schema_lints_define(target, name, this.value(m.value, f.type, `${canon}/${seg}`, rawPointer, [...path, name], m, merges ? previous : undefined));
            }
            else {
                // Unknown to Go: ajv reports the key; its value is never looked at.
                this.sites.set(`${canon}/${seg}`, { node: m.value, member: m, pointer: rawPointer, path: [...path, m.key] });
                schema_lints_define(target, name, null);
            }
        }
    }
    duplicate(earlier, later, path, raw, what) {
        if (!earlier)
            return;
        const spelt = earlier.key === later.key ? `\`${later.key}\` is` : `\`${earlier.key}\` and \`${later.key}\` are`;
        this.findings.push({
            rule: RULES.duplicateKey,
            message: `${spelt} given twice in ${describePath(path)}; Lilypad ${what}.`,
            offset: earlier.keyStart,
            pointer: `${raw}/${escapePointer(earlier.key)}`,
        });
    }
}
const fieldIndexes = new WeakMap();
/** The struct field encoding/json binds `key` to: the exact json name, else the first that folds equal. */
function bindField(t, key) {
    let index = fieldIndexes.get(t);
    if (!index) {
        index = { exact: new Map(), folded: new Map() };
        for (const f of t.fields) {
            index.exact.set(f.json, f);
            const k = foldAsciiName(f.json);
            if (!index.folded.has(k))
                index.folded.set(k, f);
        }
        fieldIndexes.set(t, index);
    }
    const exact = index.exact.get(key);
    if (exact)
        return exact;
    const folded = foldAsciiName(key);
    return folded === undefined ? undefined : index.folded.get(folded);
}
function schema_lints_define(target, key, value) {
    // As JSON.parse does: `__proto__` is an own key like any other.
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
// --- ajv errors → findings -------------------------------------------------------------------
function mapError(e, sites) {
    if (e.keyword === 'additionalProperties') {
        const key = String(e.params.additionalProperty);
        const site = sites.get(`${e.instancePath}/${escapePointer(key)}`);
        if (!site?.member)
            return undefined;
        const found = classifyUnknownKey(key, site.path.slice(0, -1), site.member.value, sites.get(e.instancePath)?.node);
        return found && { ...found, offset: site.member.keyStart, pointer: site.pointer };
    }
    const site = sites.get(e.instancePath);
    if (!site)
        return undefined;
    // `null` where the module has an object: Go leaves the field as if it were absent, which has no
    // effect at all. An Engine name Lilypad does not know is engine-not-docker's (module-lints).
    if (e.keyword === 'type' && site.node.kind === 'null')
        return undefined;
    if (site.path.join('.') === 'job.Spec.Engine')
        return undefined;
    return { rule: RULES.schemaType, message: valueMessage(e, site), offset: site.node.start, pointer: site.pointer };
}
function valueMessage(e, site) {
    const where = site.path.length === 0 ? 'the module' : describePath(site.path);
    const node = site.node;
    const shown = node.kind === 'string' ? JSON.stringify(node.value) : node.kind === 'number' ? node.text : node.kind;
    const schema = schemaForPath(site.path);
    const last = site.path[site.path.length - 1];
    const title = site.path.length > 0 && typeof schema?.title === 'string' && schema.title.toLowerCase() !== String(last).toLowerCase() ? ` (${schema.title})` : '';
    switch (e.keyword) {
        case 'type': {
            const expected = [].concat(e.params.type).filter((t) => t !== 'null').join(' or ');
            if (node.kind === 'null')
                return `${where}${title} is null where the module format has ${article(expected)}; Lilypad ignores the null and keeps the field empty.`;
            return `${where}${title} is ${article(node.kind)}, not ${article(expected)}.`;
        }
        case 'minimum':
            return `${where}${title} is ${shown}; it must be at least ${String(e.params.limit)}.`;
        case 'pattern': {
            const names = Array.isArray(schema?.examples) ? schema.examples.join(', ') : undefined;
            return `${where}${title} is ${shown}, which Lilypad does not recognise${names ? `: use one of ${names}` : ''}.`;
        }
        case 'enum':
            return `${where}${title} is ${shown}, not one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}.`;
        default:
            return `${where}${title} is ${shown}, which the module format does not allow (${e.keyword}).`;
    }
}
function article(word) {
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
const DEFS = lilypad_module_schema_namespaceObject.$defs;
function deref(node) {
    // A $ref with siblings (a property's own title) keeps them over the definition's.
    return node.$ref ? { ...DEFS[node.$ref.replace('#/$defs/', '')], ...node } : node;
}
/**
 * The schema of the value at a canonical path. (ajv's schemaPath is relative to whichever
 * compiled function reported the error, so the schema is walked along the instance instead.)
 */
function schemaForPath(path) {
    let node = deref(lilypad_module_schema_namespaceObject);
    for (const seg of path) {
        if (!node)
            return undefined;
        const next = typeof seg === 'number' ? node.items : (node.properties?.[seg] ?? node.additionalProperties);
        node = typeof next === 'object' ? deref(next) : undefined;
    }
    return node;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/validate.ts
// Validation of one module template, with two answers kept apart: does it load in the Lilypad CLI
// with the sample inputs (render + decode exactly as `lilypad run` does), and what goes wrong when
// it runs on a resource provider or with other inputs (findings, by consequence). Every finding
// points at the template line that causes it.











const SAMPLE_VALUE = 'lilypad';
/**
 * Validates a module template: `report.loads` (Lilypad's verdict per sample input set),
 * `report.findings` (problems, by consequence), `report.verdict` (both, counted) and
 * `report.valid` (it loads with every input set and has no error). Throws only on a bug or on a
 * rule setting that names no configurable rule (callers check settings where they read them:
 * ruleSettingProblem).
 */
function validateTemplate(opts) {
    const name = opts.name ?? opts.file;
    const lines = new LineIndex(opts.text);
    const settings = new RuleSettings(opts.rules);
    const limits = opts.budget ?? DEFAULT_PROBE_LIMITS;
    const findings = new FindingList(opts.file, lines, settings);
    let session;
    try {
        session = RenderSession.parse(name, opts.text);
    }
    catch (e) {
        if (!(e instanceof errors_TemplateError))
            throw e;
        const [line, message] = splitGoPosition(e.message, name);
        const undefinedFn = /^function "([^"]+)" not defined$/.exec(message);
        const rule = undefinedFn ? RULES.unsupportedFunction : RULES.templateParse;
        findings.add(rule, message, { line: line ?? 1, column: 1 });
        const error = lilypadRenderError({ ok: false, phase: 'parse', message: e.message }, {});
        return validate_finish(opts, findings, settings, [], [{ inputs: {}, outcome: 'parse-error', error }], undefined, noProbes(limits));
    }
    const uses = discoverInputUses(session.tmpl);
    const used = summarizeUses(uses);
    const sets = opts.inputSets && opts.inputSets.length > 0 ? opts.inputSets : [Object.fromEntries(used.map((u) => [u.name, SAMPLE_VALUE]))];
    const renders = sets.map((set) => session.render(set));
    for (const r of renders)
        reportLoadFailure(session, r, findings, name);
    // The module's content is checked on a render that loads: a sample set, or failing that none.
    const sampleBase = renders.find(RenderSession.loads);
    const base = sampleBase ?? [session.render({})].find(RenderSession.loads);
    let image;
    if (base?.decoded?.ok) {
        const tree = base.decoded.tree;
        image = moduleImage(tree);
        const at = (offset) => lines.position(templateOffset(base.segments, offset) ?? 0);
        for (const f of lintModule(tree, { dockerfile: opts.dockerfile })) {
            findings.add(f.rule, f.message, at(f.at.member ? f.at.member.keyStart : f.at.value.start), { pointer: f.at.pointer });
        }
        for (const f of schemaFindings(tree))
            findings.add(f.rule, f.message, at(f.offset), { pointer: f.pointer });
    }
    // Inputs: which are required, and which values break the module, varying one input at a time.
    // Probes run only on a sample input set that loads: a module that breaks whatever the inputs
    // is reported once, by the finding that explains the break, not again as input hazards. With
    // nothing to vary, a guarded input is the best guess at optional (unless the module loads with no
    // inputs at all: then each is optional, whatever breaks the sample sets).
    const inputs = used.map((u) => ({ name: u.name, guarded: u.guarded, optional: base ? true : u.guarded, at: lines.position(u.offset) }));
    let budget = noProbes(limits);
    if (sampleBase) {
        const probes = new ProbeBudget(session, limits, sampleBase.output.length);
        const prober = new InputProber(session, sampleBase, SAMPLE_VALUE, probes);
        for (const info of inputs) {
            if (!probeRequired(info, sampleBase, probes, findings)) {
                probes.notProbed.push(info.name);
                continue;
            }
            const breaking = prober.probe(info.name);
            if (breaking === undefined) {
                probes.notProbed.push(info.name);
                continue;
            }
            for (const f of breaking)
                findings.add(f.rule, f.message, lines.position(f.offset), { inputs: f.inputs, severity: f.severity });
        }
        budget = probes.use();
        if (budget.reached) {
            const shown = budget.inputsNotProbed.slice(0, 10).map((n) => `\`${n}\``).join(', ');
            const more = budget.inputsNotProbed.length > 10 ? ` and ${budget.inputsNotProbed.length - 10} more` : '';
            findings.add(RULES.probeBudget, `Validation stopped probing inputs after ${budget.renders} renders (${budget.characters} characters; limits ${budget.maxRenders} renders, ${budget.maxCharacters} characters): ${budget.inputsNotProbed.length} of ${inputs.length} inputs were not checked with hostile values or left out: ${shown}${more}.`, inputs.find((i) => i.name === budget.inputsNotProbed[0])?.at ?? { line: 1, column: 1 });
        }
        const breakingAt = new Set(findings.items.filter((f) => f.rule !== RULES.inputRequired.id).map((f) => lines.offsetOfPosition(f.start)));
        for (const f of staticInputFindings(session, breakingAt))
            findings.add(f.rule, f.message, lines.position(f.offset), { severity: f.severity });
    }
    return validate_finish(opts, findings, settings, inputs, renders.map(RenderSession.verdict), image, budget);
}
/** Render without the input (through the budget); false when the budget allows no probe. */
function probeRequired(info, base, probes, findings) {
    // Checked before the copy of the input set: past the budget, nothing may cost O(inputs).
    if (!probes.allows())
        return false;
    if (!(info.name in base.inputs))
        return true;
    const without = { ...base.inputs };
    delete without[info.name];
    const r = probes.render(without);
    if (!r)
        return false;
    if (RenderSession.loads(r))
        return true;
    info.optional = false;
    const why = RenderSession.verdict(r).error ?? '';
    findings.add(RULES.inputRequired, `Input \`${info.name}\` is required: without it Lilypad fails (${validate_shorten(why)}).`, info.at, { inputs: without });
    return true;
}
/** The finding that says why a sample input set does not load (the quoted input that broke it, if that is why). */
function reportLoadFailure(session, r, findings, name) {
    if (r.execError) {
        const [line, message, col] = splitGoPosition(r.execError.message, name);
        const pos = line !== undefined && col !== undefined ? findings.lines.position(findings.lines.offsetOfGoPosition(line, col)) : { line: line ?? 1, column: 1 };
        findings.add(RULES.templateExec, message, pos, { inputs: r.inputs });
        return;
    }
    const d = r.decoded;
    if (!d || d.ok)
        return;
    const quoted = explainBrokenRender(session, r);
    if (quoted && findings.add(quoted.rule, quoted.message, findings.lines.position(quoted.offset), { inputs: r.inputs }))
        return;
    const rule = d.kind === 'syntax' ? RULES.jsonSyntax : RULES.jsonType;
    const pos = findings.lines.position(templateOffset(r.segments, d.index) ?? 0);
    const pointer = d.kind === 'type' && d.path ? pathToPointer(d.path) : undefined;
    findings.add(rule, `The rendered module does not decode: ${d.message}.`, pos, { inputs: r.inputs, pointer });
}
/** The decoder's field path (`job.Spec.Inputs[0].StorageSource`) as a JSON pointer. */
function pathToPointer(path) {
    return path
        .split(/\.|\[(\d+)\]/)
        .filter((p) => p !== undefined && p !== '')
        .map((p) => `/${p.replaceAll('~', '~0').replaceAll('/', '~1')}`)
        .join('');
}
/** Split Go's `template: NAME:LINE[:COL]: message` into its parts. */
function splitGoPosition(message, name) {
    const prefix = `template: ${name}:`;
    if (!message.startsWith(prefix))
        return [undefined, message, undefined];
    const m = /^(\d+)(?::(\d+))?: /.exec(message.slice(prefix.length));
    if (!m)
        return [undefined, message, undefined];
    return [Number(m[1]), message.slice(prefix.length + m[0].length), m[2] === undefined ? undefined : Number(m[2])];
}
function validate_shorten(s, max = 200) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/** Findings, deduplicated by rule and place, with the rule settings applied. */
class FindingList {
    constructor(file, lines, settings) {
        this.file = file;
        this.lines = lines;
        this.settings = settings;
        this.items = [];
        this.seen = new Set();
    }
    /** Adds a finding unless its rule is off; false when the rule is off. */
    add(rule, message, start, extra = {}) {
        const severity = rule.load ? rule.severity : this.settings.severity(rule, rule.graded ? (extra.severity ?? rule.severity) : rule.severity);
        if (severity === 'off')
            return false;
        const key = `${rule.id}\u0000${start.line}:${start.column}`;
        if (this.seen.has(key))
            return true;
        this.seen.add(key);
        const f = { rule: rule.id, severity, message, hint: rule.hint, file: this.file, start };
        if (extra.pointer !== undefined)
            f.pointer = extra.pointer;
        if (extra.inputs !== undefined)
            f.inputs = extra.inputs;
        this.items.push(f);
        return true;
    }
}
function validate_finish(opts, findings, settings, inputs, loads, image, budget) {
    const list = findings.items.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column || a.rule.localeCompare(b.rule));
    const errors = list.filter((f) => f.severity === 'error').length;
    const warnings = list.filter((f) => f.severity === 'warning').length;
    const loading = loads.filter((l) => l.outcome === 'ok').length;
    const verdict = { loads: loading === loads.length, inputSets: loads.length, inputSetsLoading: loading, errors, warnings };
    const valid = verdict.loads && errors === 0 && !(opts.strict === true && warnings > 0);
    const report = { file: opts.file, valid, verdict, inputs, loads, findings: list, overrides: settings.applied(), budget };
    if (image !== undefined)
        report.image = image;
    return report;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/validate/module-folder.ts
// Validating a module as it sits in a checked-out repository (the validate-module action): its
// template read by the one template reader, its own .lilypad/validate.yml with the caller's rule
// settings over it, and its Dockerfile for the hints. Paths in the report are workspace-relative,
// so annotations land on the repository's files.





/** The report for a module folder; `shown` is the template's workspace-relative path. */
function validateModuleFolder(folder) {
    const inWorkspace = (p) => external_node_path_default().relative(folder.workspace, p).split((external_node_path_default()).sep).join('/');
    const file = external_node_path_default().resolve(folder.workspace, folder.path, folder.template);
    const shown = inWorkspace(file);
    const text = readTemplateFile(file, { shown, hints: { missing: 'check the path and template inputs', directory: 'template names the file inside path' } });
    const moduleDir = external_node_path_default().dirname(file);
    const config = readRuleConfig(moduleDir, inWorkspace(external_node_path_default().join(moduleDir, '.lilypad/validate.yml')));
    const dockerfile = readDockerfile(moduleDir, inWorkspace(external_node_path_default().join(moduleDir, 'Dockerfile')));
    const report = validateTemplate({
        file: shown,
        text,
        strict: folder.strict ?? false,
        rules: [...config.overrides, ...(folder.rules ?? [])],
        ...(folder.inputSets ? { inputSets: folder.inputSets } : {}),
        ...(dockerfile ? { dockerfile } : {}),
    });
    return { report, shown };
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/report/tally.ts
// What every report format shares: counting findings, ordering them by severity, and showing a
// template's path the way the reader's tool expects it (relative to the GitHub workspace).

/** Counts over a set of reports. */
function tally(reports) {
    const t = { errors: 0, warnings: 0, infos: 0, files: reports.length, invalid: 0, loading: 0, inputSets: 0, inputSetsLoading: 0 };
    for (const r of reports) {
        if (!r.valid)
            t.invalid++;
        if (r.verdict.loads)
            t.loading++;
        t.inputSets += r.verdict.inputSets;
        t.inputSetsLoading += r.verdict.inputSetsLoading;
        for (const f of r.findings) {
            if (f.severity === 'error')
                t.errors++;
            else if (f.severity === 'warning')
                t.warnings++;
            else
                t.infos++;
        }
    }
    return t;
}
/**
 * The two answers on one line: `loads: yes (3 input sets) · 2 errors, 4 warnings`; for several
 * files `loads: no (1 of 2 files) · …`.
 */
function verdictLine(t) {
    const loads = t.loading === t.files;
    let detail;
    if (t.files === 1)
        detail = loads ? plural(t.inputSets, 'input set') : `${t.inputSets - t.inputSetsLoading} of ${plural(t.inputSets, 'input set')} ${t.inputSets - t.inputSetsLoading === 1 ? 'fails' : 'fail'}`;
    else
        detail = loads ? `${plural(t.files, 'file')}, ${plural(t.inputSets, 'input set')}` : `${t.files - t.loading} of ${plural(t.files, 'file')} ${t.files - t.loading === 1 ? 'fails' : 'fail'}`;
    return `loads: ${loads ? 'yes' : 'no'} (${detail}) · ${countsText(t)}`;
}
/** `1 error`, `2 warnings`. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** `2 errors, 1 warning` (infos only when there are some). */
function countsText(t) {
    const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
    if (t.infos > 0)
        parts.push(plural(t.infos, 'note'));
    return parts.join(', ');
}
const RANK = { error: 0, warning: 1, info: 2 };
/** Most severe first; then by file and position (the sort is stable, so report order breaks ties). */
function bySeverity(a, b) {
    return RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column;
}
/** A report's file as the reader should see it: relative to the workspace, with `/` separators. */
function displayPath(file, opts) {
    if (opts.workspace === undefined)
        return file.split((external_node_path_default()).sep).join('/');
    const abs = external_node_path_default().resolve(opts.cwd ?? process.cwd(), file);
    const rel = external_node_path_default().relative(external_node_path_default().resolve(opts.workspace), abs);
    return (rel === '' ? '.' : rel).split((external_node_path_default()).sep).join('/');
}
/** `Message=lilypad, Seed=42`, each value cut to `max` characters, or `(no inputs)`. */
function inputSetText(inputs, max = 40) {
    const entries = Object.entries(inputs);
    if (entries.length === 0)
        return '(no inputs)';
    return entries.map(([k, v]) => `${k}=${JSON.stringify(tally_shorten(v, max)).slice(1, -1)}`).join(', ');
}
/** Cut `s` to at most `max` characters, marking the cut with `…`. */
function tally_shorten(s, max) {
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
/** Every rule setting the reports applied, once each (all files of a run share them). */
function appliedOverrides(reports) {
    const seen = new Map();
    for (const r of reports)
        for (const o of r.overrides)
            seen.set(`${o.rule}\u0000${o.setting}\u0000${o.source}`, o);
    return [...seen.values()];
}
/** `image-not-pinned off (.lilypad/validate.yml:2:3), unknown-key error (--rule)`. */
function overridesText(overrides) {
    return overrides.map((o) => `${o.rule} ${o.setting} (${o.source})`).join(', ');
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/report/json.ts

/**
 * Bumped on any change that could break a reader of the document. 2: the two answers (`verdict`:
 * loads, errors, warnings), the rule settings applied (`overrides`) and the probe budget.
 */
const REPORT_FORMAT_VERSION = 2;
/** The reports as one JSON document (`{ "version": 1, … }`), pretty-printed, with a final newline. */
function formatJson(reports) {
    return `${JSON.stringify(toJsonDocument(reports), null, 2)}\n`;
}
/** The document formatJson prints, as an object. */
function toJsonDocument(reports) {
    const t = tally(reports);
    return {
        version: REPORT_FORMAT_VERSION,
        valid: reports.every((r) => r.valid),
        verdict: { loads: t.loading === t.files, files: t.files, filesLoading: t.loading, errors: t.errors, warnings: t.warnings },
        counts: { errors: t.errors, warnings: t.warnings, infos: t.infos, files: t.files, invalid: t.invalid },
        files: reports.map(fileReport),
    };
}
function fileReport(r) {
    return {
        file: r.file,
        valid: r.valid,
        verdict: { loads: r.verdict.loads, inputSets: r.verdict.inputSets, inputSetsLoading: r.verdict.inputSetsLoading, errors: r.verdict.errors, warnings: r.verdict.warnings },
        image: r.image ?? null,
        inputs: r.inputs.map(input),
        loads: r.loads.map((l) => ({ inputs: { ...l.inputs }, outcome: l.outcome, error: l.error ?? null })),
        findings: r.findings.map(finding),
        overrides: r.overrides.map((o) => ({ rule: o.rule, setting: o.setting, source: o.source })),
        budget: {
            renders: r.budget.renders,
            characters: r.budget.characters,
            maxRenders: r.budget.maxRenders,
            maxCharacters: r.budget.maxCharacters,
            reached: r.budget.reached,
            inputsNotProbed: [...r.budget.inputsNotProbed],
        },
    };
}
/** One template's inputs as JSON (`lilypad-module inputs --format json`): `{ "version", "file", "inputs", "error": null }`. */
function formatInputsJson(r) {
    return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, file: r.file, inputs: r.inputs.map(input), error: null }, null, 2)}\n`;
}
/**
 * The same document when the inputs cannot be read because the template does not parse:
 * `"inputs": null` and the error with its place, so a script reading stdout always gets JSON.
 */
function formatInputsJsonError(file, error) {
    return `${JSON.stringify({ version: REPORT_FORMAT_VERSION, file, inputs: null, error: { message: error.message, start: position(error.start) } }, null, 2)}\n`;
}
function input(i) {
    return { name: i.name, optional: i.optional, guarded: i.guarded, at: position(i.at) };
}
function finding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        hint: f.hint ?? null,
        file: f.file,
        start: position(f.start),
        end: f.end ? position(f.end) : null,
        pointer: f.pointer ?? null,
        inputs: f.inputs ? { ...f.inputs } : null,
    };
}
function position(p) {
    return { line: p.line, column: p.column };
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/report/github.ts
// Findings as GitHub annotations. GitHub shows at most 10 annotations of each kind (error,
// warning, notice) per step and 50 per job, and silently drops the rest; so the most severe are
// chosen first, duplicates are dropped, and a last notice says how many were left out.
// githubAnnotations is the one place that choice is made: formatGithub prints it as workflow
// commands for the CLI, and the validate-module action hands the same list to @actions/core.


const GITHUB_ANNOTATION_LIMITS = { perKind: 10, total: 50 };
const KIND = { error: 'error', warning: 'warning', info: 'notice' };
/** The annotations to emit for these reports: deduplicated, most severe first, within GitHub's caps. */
function githubAnnotations(reports, opts = {}) {
    const limits = opts.limits ?? GITHUB_ANNOTATION_LIMITS;
    const seen = new Set();
    const all = [];
    for (const f of reports.flatMap((r) => r.findings).sort(bySeverity)) {
        const a = {
            kind: KIND[f.severity],
            file: displayPath(f.file, opts),
            line: f.start.line,
            column: f.start.column,
            title: f.rule,
            message: f.hint ? `${f.message}\n${f.hint}` : f.message,
        };
        const key = JSON.stringify([a.kind, a.file, a.line, a.column, a.title, a.message]);
        if (seen.has(key))
            continue;
        seen.add(key);
        all.push(a);
    }
    // The closing notice needs a slot of its own when anything is left out: try without it first.
    const other = opts.alsoEmitted ?? {};
    let kept = withinLimits(all, limits, other, 0);
    if (kept.length === all.length)
        return kept;
    kept = withinLimits(all, limits, other, 1);
    const left = all.length - kept.length;
    const byKind = ['error', 'warning', 'notice']
        .map((kind) => [kind, all.filter((a) => a.kind === kind).length - kept.filter((a) => a.kind === kind).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => plural(n, kind))
        .join(', ');
    kept.push({
        kind: 'notice',
        title: 'more findings',
        message: `${plural(left, 'more finding')} not shown as annotations (${byKind}): GitHub shows at most ${limits.perKind} of each kind per step. All findings are in ${opts.fullReport ?? 'the text or JSON report'}.`,
    });
    return kept;
}
/** The first annotations that fit beside `other` ones, keeping `reserved` notice slots free. */
function withinLimits(all, limits, other, reserved) {
    const used = { error: other.error ?? 0, warning: other.warning ?? 0, notice: (other.notice ?? 0) + reserved };
    const base = used.error + used.warning + used.notice;
    const kept = [];
    for (const a of all) {
        if (base + kept.length >= limits.total)
            break;
        if (used[a.kind] >= limits.perKind)
            continue;
        used[a.kind]++;
        kept.push(a);
    }
    return kept;
}
/** The annotations as workflow commands (`::error file=…,line=…,col=…,title=…::message`), one a line. */
function formatGithub(reports, opts = {}) {
    return githubAnnotations(reports, opts)
        .map((a) => `${workflowCommand(a)}\n`)
        .join('');
}
/** One annotation as a workflow command, escaped as GitHub's runner unescapes it. */
function workflowCommand(a) {
    return formatCommand(a.kind, [['file', a.file], ['line', a.line], ['col', a.column], ['title', a.title]], a.message);
}

;// CONCATENATED MODULE: ../../packages/workflow-commands/src/markdown-text.ts
// Untrusted text in Markdown we write (job summaries, PR comments, README tables): a PR title, a
// module's finding, a case name. GitHub renders summaries and comments as GFM with a sanitised HTML
// subset, so text we did not write must neither break a table row nor turn into links, images,
// emphasis or HTML. Trusted text we write with Markdown in it on purpose (scripts/action-docs.mjs,
// module-runner's deliberate-differences table) only needs `|` escaped and does not come here.
// Line breaks of every kind (a lone CR ends a GFM line too) and the other C0 controls and DEL,
// which render as nothing or as boxes and can hide text from a reviewer.
const LINE_BREAK = /\r\n|\r|\n/g;
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g;
/**
 * Untrusted text for a table cell or a line: Markdown and HTML neutralised (`&` as `&amp;`, every
 * character that starts Markdown syntax backslash-escaped), line breaks as `<br>`, tabs as spaces,
 * other control characters dropped. Code spans in it (`` `x` ``) are kept, as `markdownCode` writes them.
 */
function markdownCell(text, where = 'cell') {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('`', i);
        const close = open < 0 ? -1 : text.indexOf('`', open + 1);
        if (close < 0) {
            out.push(escapeInline(text.slice(i)));
            break;
        }
        // An empty pair is no code span in Markdown; written as one it would pair with a later `` run.
        out.push(escapeInline(text.slice(i, open)), close === open + 1 ? '\\`\\`' : markdownCode(text.slice(open + 1, close), where));
        i = close + 1;
    }
    return out.join('');
}
function escapeInline(s) {
    return s
        .replace(LINE_BREAK, '\n')
        .replace(/\t/g, ' ')
        .replace(CONTROL, '')
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_[\]<>|~$#]/g, (c) => `\\${c}`)
        .replace(/\n/g, '<br>');
}
/** Untrusted text as one code span that survives any content: line breaks and tabs as spaces,
 * control characters dropped, enough backticks around it. */
function markdownCode(text, where = 'cell') {
    const one = text.replace(LINE_BREAK, ' ').replace(/\t/g, ' ').replace(CONTROL, '');
    const body = where === 'cell' ? one.replace(/\|/g, '\\|') : one;
    const ticks = '`'.repeat(Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/report/bounded-text.ts
// Markdown for GitHub's job summary, which refuses more than 1 MiB per step: text that stops whole,
// at the first part that would not fit, so a summary is cut between rows, never inside one.
/** Markdown that stops, for good, at the first addition that would not fit in `max` bytes. */
class BoundedText {
    constructor(max) {
        this.max = max;
        this.parts = [];
        this.used = 0;
        this.truncated = false;
    }
    add(s) {
        if (this.truncated)
            return false;
        const n = Buffer.byteLength(s, 'utf8');
        if (this.used + n > this.max) {
            this.truncated = true;
            return false;
        }
        this.parts.push(s);
        this.used += n;
        return true;
    }
    /** A table, row by row; returns how many rows did not fit. `align`: a `---`/`---:` per column. */
    table(header, rows, align = header.map(() => '---')) {
        const line = (cells) => `| ${cells.join(' | ')} |\n`;
        if (!this.add(line(header) + line(align)))
            return rows.length;
        const written = rows.findIndex((r) => !this.add(line(r)));
        return written < 0 ? 0 : rows.length - written;
    }
    text() {
        return this.parts.join('').trimEnd();
    }
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/report/summary.ts
// The job summary (GITHUB_STEP_SUMMARY): a verdict line with both answers (loads; errors and
// warnings), the rule settings applied, then per template its findings, its
// inputs and whether Lilypad loads it with each input set. GitHub refuses a summary over 1 MiB
// and the step then fails, so the Markdown stops well before that, saying what it left out.



const DEFAULT_SUMMARY_BYTES = 256 * 1024;
/** Room kept for the closing note of a truncated summary. */
const NOTE_RESERVE = 1024;
const SEVERITY_LABEL = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };
/** The reports as the job summary's Markdown, at most `maxBytes` bytes of UTF-8. */
function formatSummary(reports, opts = {}) {
    const max = opts.maxBytes ?? DEFAULT_SUMMARY_BYTES;
    const out = new BoundedText(max - NOTE_RESERVE);
    const t = tally(reports);
    const where = t.files === 1 ? displayPath(reports[0].file, opts) : undefined;
    out.add(`## ${opts.title ?? 'Lilypad module validation'}\n\n`);
    const verdict = t.invalid === 0 ? '✅ **Valid**' : '❌ **Invalid**';
    const what = where ? markdownCode(where, 'text') : `${plural(t.files, 'file')}${t.invalid ? `, ${t.invalid} invalid` : ''}`;
    out.add(`${verdict} (${what}): ${markdownCell(verdictLine(t), 'text')}.\n`);
    const overrides = appliedOverrides(reports);
    if (overrides.length > 0)
        out.add(`\nRules set: ${markdownCell(overridesText(overrides), 'text')}.\n`);
    const omitted = { findings: 0, inputs: 0, loads: 0 };
    for (const report of reports) {
        const file = displayPath(report.file, opts);
        out.add(`\n### ${markdownCode(file, 'text')}: ${report.valid ? 'valid' : 'invalid'}\n\n`);
        if (report.image)
            out.add(`Image: ${markdownCode(report.image, 'text')}\n\n`);
        if (report.budget.reached)
            out.add(`Probes stopped at the budget after ${report.budget.renders} renders: ${plural(report.budget.inputsNotProbed.length, 'input')} not probed.\n\n`);
        const findings = [...report.findings].sort(bySeverity);
        if (findings.length === 0)
            out.add('No findings.\n');
        else
            omitted.findings += out.table(['severity', 'rule', 'location', 'message'], findings.map((f) => findingRow(f, file)));
        out.add('\n**Inputs**\n\n');
        if (report.inputs.length === 0)
            out.add('The template reads no inputs.\n');
        else
            omitted.inputs += out.table(['input', 'required', 'guarded', 'first use'], report.inputs.map((i) => inputRow(i, file)));
        out.add('\n**Loads in Lilypad**\n\n');
        omitted.loads += out.table(['input set', 'verdict'], report.loads.map(loadRow));
    }
    const text = out.text();
    if (!out.truncated)
        return `${text}\n`;
    const parts = [plural(omitted.findings, 'finding'), plural(omitted.inputs, 'input'), plural(omitted.loads, 'load verdict')];
    return `${text}\n\n> [!NOTE]\n> The summary stops here to stay under ${Math.round(max / 1024)} KiB (GitHub's limit is 1 MiB): ${parts.join(', ')} not shown. All are in ${opts.fullReport ?? 'the JSON report'}.\n`;
}
function findingRow(f, file) {
    const message = f.hint ? `${markdownCell(f.message)}<br>*Hint:* ${markdownCell(f.hint)}` : markdownCell(f.message);
    return [SEVERITY_LABEL[f.severity], markdownCode(f.rule), markdownCode(`${file}:${f.start.line}:${f.start.column}`), message];
}
function inputRow(i, file) {
    return [markdownCode(i.name), i.optional ? 'optional' : '**required**', i.guarded ? 'yes' : 'no', markdownCode(`${file}:${i.at.line}:${i.at.column}`)];
}
function loadRow(l) {
    const verdict = l.outcome === 'ok' ? '✅ loads' : `❌ ${l.outcome}: ${markdownCell(tally_shorten(l.error ?? '', 300))}`;
    return [markdownCode(inputSetText(l.inputs)), verdict];
}

;// CONCATENATED MODULE: ../../packages/workflow-commands/src/safe-text.ts
// Untrusted text (a template's Image, a test case's name, a PR title, a line a container printed)
// on a step's stdout or stderr, made unable to start a workflow command.
//
// How GitHub's runner reads a step's output (actions/runner): every line of stdout and of stderr
// (StreamReader.ReadLine: a line ends at LF, CR or CRLF) goes through ActionCommandManager, which
// tries two parsers in turn:
// - ActionCommand.TryParseV2: the line, with leading white space trimmed (Char.IsWhiteSpace),
//   starts with `::`, and a second `::` ends the command's name and properties;
// - ActionCommand.TryParse, the legacy form: `##[name props]data` ANYWHERE in the line.
// Both compare with .NET's culture-sensitive StartsWith/IndexOf, which on ICU skip characters that
// collate as nothing (zero-width and format characters, controls, some combining marks), so a
// `:\u200B:` may read as `::`. The runner is started without invariant globalization.
//
// So a safe line: has no line break; shows every control, format and default-ignorable character
// as a visible escape (`\n`, `\u200b`), except ESC before `[` (terminal colours, which are never
// ignored into a `::`); does not begin, after white space, with `:` `:` (combining marks between
// them allowed for); and has no `#` `#` `[` (same allowance). The last two get a backslash:
// `\::error::x`, `##\[error]x` (in Markdown, `\[` still shows as `[`). Text that is already safe
// comes back unchanged, so escaping twice is harmless.
/** Line breaks as the runner splits lines. */
const safe_text_LINE_BREAK = /\r\n|\r|\n/;
/**
 * Characters shown as escapes: controls but TAB (ESC only when no `[` follows), format
 * characters, line and paragraph separators, default-ignorables and lone surrogates.
 */
const HIDDEN = /\x1b(?!\[)|[\0-\x08\x0a-\x1a\x1c-\x1f\x7f-\x9f]|[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
/** `::` at the start after white space, combining marks between the colons allowed for. */
const LEADING_COMMAND = /^(\p{White_Space}*)(:\p{M}*:)/u;
/** `##[` anywhere, combining marks (and a kept ESC before the bracket) allowed for. */
const LEGACY_COMMAND = /(#\p{M}*#\p{M}*)(\x1b?)(\p{M}*\[)/gu;
/**
 * The same for JSON text, less the white space JSON is laid out with (TAB, LF, CR): inside a JSON
 * string JSON.stringify has escaped those already, and outside one they are layout.
 */
const HIDDEN_IN_JSON = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|[\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
const NAMED = { '\n': '\\n', '\r': '\\r' };
function visible(ch) {
    const named = NAMED[ch];
    if (named)
        return named;
    const cp = ch.codePointAt(0);
    return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}
/** One line of untrusted text that cannot start a workflow command, wherever it is printed on a line. */
function safeLine(text) {
    return text
        .replace(HIDDEN, visible)
        .replace(LEADING_COMMAND, (_, space, colons) => `${space}\\${colons}`)
        .replace(LEGACY_COMMAND, (_, hashes, esc, bracket) => `${hashes}${esc ? '\\u001b' : ''}\\${bracket}`);
}
/** Text of several lines, each made safe on its own (line breaks kept, CRLF and CR as LF). */
function safeLines(text) {
    return text.split(safe_text_LINE_BREAK).map(safeLine).join('\n');
}
/**
 * JSON text (as JSON.stringify writes it) that means the same and cannot start a command. The
 * characters that matter can only occur inside JSON strings, where `\uXXXX` spells them the same:
 * hidden characters become escapes and `##[` becomes `##\u005b`. No line of JSON starts with `::`.
 */
function safeJson(json) {
    return json
        // An astral character (the tag characters) is spelled as its surrogate pair, as JSON does.
        .replace(HIDDEN_IN_JSON, (ch) => ch.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))
        .replace(LEGACY_COMMAND, (_, hashes, esc, bracket) => `${hashes}${esc}${bracket.slice(0, -1)}\\u005b`);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ../../packages/workflow-commands/src/stop-commands.ts
// Text printed verbatim (what a module's container or its Dockerfile's RUN steps wrote), with the
// runner's command processing switched off around it: `::stop-commands::<token>` … `::<token>::`.
// This is the runner's own answer (ActionCommandManager: while stopped, every line is plain log
// output, in either parser's form, until a command named after the token arrives), and it shows
// the text as it was, colours and all, where escaping would change it.
//
// What the runner requires of it:
// - The token must be unguessable: while stopped it is itself a command (`::<token>::`, and
//   `##[<token>]` in the legacy form), so text that knows it can switch commands back on. 128
//   random bits, a new token for every block, and never one that occurs in the text.
// - It must be a valid stop token (ValidateStopToken): not empty, not `pause-logging`, not a
//   command's name. Hexadecimal digits behind a letter are none of those.
// - The resume line must start a line: the text is ended with a newline if it has none.
// - The state is per step, shared by stdout and stderr: write the markers on the stream the text
//   goes to. A step that dies inside a block leaves commands off for the rest of that step only.

/** A fresh stop token: `t` and 32 hexadecimal digits. */
function newStopToken() {
    return `t${(0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex')}`;
}
function tokenFor(texts) {
    for (;;) {
        const token = newStopToken();
        // Case-insensitively: the runner compares the resume command's name so.
        if (!texts.some((t) => t.toLowerCase().includes(token)))
            return token;
    }
}
/** `text`, verbatim, between a stop-commands line and its resume line; ends with a newline. */
function stopCommands(text) {
    const token = tokenFor([text]);
    const body = text === '' || /[\r\n]$/.test(text) ? text : `${text}\n`;
    return `::stop-commands::${token}\n${body}::${token}::\n`;
}
/**
 * Starts a verbatim block on `sink` (the stream the text goes to). Until end(), nothing written
 * through the block is a command; end() ends an unfinished last line first.
 */
function beginStopCommands(sink) {
    const token = newStopToken();
    let open = true;
    let atLineStart = true;
    sink(`::stop-commands::${token}\n`);
    return {
        write(text) {
            if (!open)
                throw new Error('write after end() of a stop-commands block');
            if (text === '')
                return;
            sink(text);
            atLineStart = /[\r\n]$/.test(text);
        },
        end() {
            if (!open)
                return;
            open = false;
            sink(`${atLineStart ? '' : '\n'}::${token}::\n`);
        },
    };
}

;// CONCATENATED MODULE: ../shared/fail.ts
// Every action's top-level catch. What the user can fix (a UserError, from any package) fails the
// step with its one-line description and no stack; anything else is our bug: the stack goes to the
// log and one line to the annotation. No action keeps a list of error classes.



/** Runs the action's `main`, failing the step as failStep says when it throws. */
function runAction(action, main, options = {}) {
    main().catch((e) => failStep(action, e, options));
}
/** Fails the step for `e`: a UserError's description (messages may quote untrusted text: safeLines), or a bug. */
function failStep(action, e, options = {}) {
    if (isUserError(e))
        return failUser(e, options);
    console.error(e instanceof Error ? e.stack : e);
    setFailed(`${action} failed unexpectedly (a bug; please report it)${options.onBug ?? ''}: ${e instanceof Error ? e.message : String(e)}`);
}
function failUser(e, options) {
    if (e.output && e.output.lines.length > 0) {
        // Another program's lines (a failing build step's tail), where the reason usually is: verbatim.
        info(e.output.title);
        process.stdout.write(stopCommands(e.output.lines.map((l) => `  ${l}`).join('\n')));
    }
    if (options.annotateProblems && e.problems.length > 0) {
        // GitHub shows at most 10 error annotations per step.
        for (const p of e.problems.slice(0, 10)) {
            const { file, line, column } = p.location;
            error(p.message, { ...(options.annotateProblems.title ? { title: options.annotateProblems.title } : {}), file, ...(line ? { startLine: line } : {}), ...(column ? { startColumn: column } : {}) });
        }
        return setFailed(safeLines(e.headline()));
    }
    setFailed(safeLines(e.describe()));
}

;// CONCATENATED MODULE: ../shared/input-values.ts
// The actions' plain input values (booleans, seconds, choices, the summary mode) and the error for
// a wrong one. Its own file, importing only the dependency-free errors package, so that an action
// that needs only these (gpu-gate) does not bundle module-spec, which inputs.ts needs for the
// `inputs` input.

/** Something the workflow author must fix in the step's `with:`; shown as one error line, no stack. */
class ConfigurationError extends UserError {
}
/** A `true`/`false` input (any case); empty gives `fallback`. */
function parseBoolean(name, value, fallback) {
    if (value.trim() === '')
        return fallback;
    if (/^true$/i.test(value.trim()))
        return true;
    if (/^false$/i.test(value.trim()))
        return false;
    throw new ConfigurationError(`${name}: expected true or false, got ${JSON.stringify(value)}`);
}
/** A whole number of seconds, at least 1; empty gives `fallback`. */
function parseSeconds(name, value, fallback) {
    if (value.trim() === '')
        return fallback;
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
        throw new ConfigurationError(`${name}: expected a whole number of seconds (at least 1), got ${JSON.stringify(value)}`);
    }
    return Number(value);
}
/** One of `choices`; empty gives the first. */
function parseChoice(name, value, choices) {
    const v = value.trim() || choices[0];
    if (!choices.includes(v))
        throw new ConfigurationError(`${name}: expected ${choices.join(', ')}, got ${JSON.stringify(value)}`);
    return v;
}
const SUMMARY_MODES = ['auto', 'always', 'never'];
/**
 * Every action's `summary` input: `auto` (a job summary when there is something to say), `always`
 * or `never`; empty gives `auto`. `true` and `false` (run-module's first spelling) mean always and never.
 */
function parseSummary(value) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return 'auto';
    if (v === 'true')
        return 'always';
    if (v === 'false')
        return 'never';
    if (!SUMMARY_MODES.includes(v))
        throw new ConfigurationError(`summary: expected auto, always or never, got ${JSON.stringify(value)}`);
    return v;
}
/** Whether to write the job summary: always, or in auto mode when the run has something to say. */
function wantsSummary(mode, noteworthy) {
    return mode === 'always' || (mode === 'auto' && noteworthy);
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/go-csv.ts
// Go's encoding/csv, reduced to what pflag's StringToString flag uses: `csv.NewReader(s).Read()`
// with the defaults (Comma ',', no Comment, LazyQuotes false, TrimLeadingSpace false), i.e. the
// FIRST record of the text only. A port of Go 1.23 src/encoding/csv/reader.go readRecord, working
// on UTF-8 bytes because Go's error columns are 1-based byte offsets.
const QUOTE = 0x22; // "
const COMMA = 0x2c; // ,
const LF = 0x0a;
const CR = 0x0d;
const ERR_BARE_QUOTE = 'bare " in non-quoted-field';
const ERR_QUOTE = 'extraneous or missing " in quoted-field';
/** csv.ParseError; `message` is Go's ParseError.Error() text. */
class CsvParseError extends Error {
    constructor(startLine, line, column, reason) {
        super(startLine !== line
            ? `record on line ${startLine}; parse error on line ${line}, column ${column}: ${reason}`
            : `parse error on line ${line}, column ${column}: ${reason}`);
        this.startLine = startLine;
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.name = 'CsvParseError';
    }
}
/** Go's bufio-based readLine: one line including its `\n`, `\r\n` folded to `\n`, `\r` dropped before EOF. */
class LineReader {
    constructor(buf) {
        this.buf = buf;
        this.offset = 0;
        this.numLine = 0;
    }
    /** [line, eof]; eof is Go's io.EOF, returned only with an empty line. */
    readLine() {
        const start = this.offset;
        const nl = this.buf.indexOf(LF, start);
        const end = nl < 0 ? this.buf.length : nl + 1;
        this.offset = end;
        this.numLine++;
        let line = this.buf.subarray(start, end);
        const eof = nl < 0;
        if (line.length > 0 && eof && line[line.length - 1] === CR) {
            // "For backwards compatibility, drop trailing \r before EOF."
            line = line.subarray(0, line.length - 1);
        }
        const n = line.length;
        if (n >= 2 && line[n - 2] === CR && line[n - 1] === LF) {
            const copy = line.slice(0, n - 1);
            copy[n - 2] = LF;
            line = copy;
        }
        return [line, eof && end === start];
    }
}
function lengthNL(b) {
    return b.length > 0 && b[b.length - 1] === LF ? 1 : 0;
}
const decoder = new TextDecoder();
/**
 * The first record of `text` as Go's `csv.NewReader(strings.NewReader(text)).Read()` returns it.
 * Throws CsvParseError with Go's message; returns null where Go returns io.EOF (no record at all).
 */
function readFirstCsvRecord(text) {
    const r = new LineReader(new TextEncoder().encode(text));
    // Read line (automatically skipping past empty lines).
    let line;
    let eof;
    for (;;) {
        [line, eof] = r.readLine();
        if (!eof && line.length === lengthNL(line))
            continue; // skip empty lines
        break;
    }
    if (eof)
        return null;
    const recLine = r.numLine;
    const fields = [];
    let field = [];
    const pos = { line: r.numLine, col: 1 };
    parseField: for (;;) {
        if (line.length === 0 || line[0] !== QUOTE) {
            // Non-quoted string field.
            const i = line.indexOf(COMMA);
            const raw = i >= 0 ? line.subarray(0, i) : line.subarray(0, line.length - lengthNL(line));
            const j = raw.indexOf(QUOTE);
            if (j >= 0)
                throw new CsvParseError(recLine, r.numLine, pos.col + j, ERR_BARE_QUOTE);
            fields.push(Array.from(raw));
            if (i >= 0) {
                line = line.subarray(i + 1);
                pos.col += i + 1;
                continue parseField;
            }
            break parseField;
        }
        // Quoted string field.
        line = line.subarray(1);
        pos.col += 1;
        for (;;) {
            const i = line.indexOf(QUOTE);
            if (i >= 0) {
                // Hit next quote.
                for (const b of line.subarray(0, i))
                    field.push(b);
                line = line.subarray(i + 1);
                pos.col += i + 1;
                const next = line.length > 0 ? line[0] : -1;
                if (next === QUOTE) {
                    // `""` sequence (append quote).
                    field.push(QUOTE);
                    line = line.subarray(1);
                    pos.col += 1;
                }
                else if (next === COMMA) {
                    // `",` sequence (end of field).
                    line = line.subarray(1);
                    pos.col += 1;
                    fields.push(field);
                    field = [];
                    continue parseField;
                }
                else if (lengthNL(line) === line.length) {
                    // `"\n` sequence (end of line).
                    fields.push(field);
                    break parseField;
                }
                else {
                    // `"*` sequence (invalid non-escaped quote).
                    throw new CsvParseError(recLine, r.numLine, pos.col - 1, ERR_QUOTE);
                }
            }
            else if (line.length > 0) {
                // Hit end of line (copy all data so far); the field goes on on the next line.
                for (const b of line)
                    field.push(b);
                pos.col += line.length;
                [line] = r.readLine();
                if (line.length > 0) {
                    pos.line++;
                    pos.col = 1;
                }
            }
            else {
                // Abrupt end of input inside a quoted field.
                throw new CsvParseError(recLine, pos.line, pos.col, ERR_QUOTE);
            }
        }
    }
    return fields.map((f) => decoder.decode(Uint8Array.from(f)));
}

;// CONCATENATED MODULE: ../../packages/module-spec/src/inputs.ts
// How `lilypad run -i K=V` turns its values into the inputs map. Lilypad declares `-i/--input` as a
// pflag StringToString flag (pkg/options/job-creator.go AddJobCreatorOfferCliFlags) and pins
// spf13/pflag v1.0.5, whose stringToStringValue.Set is reproduced here. Its quirks are Lilypad's:
// a value with exactly one `=` has every `"` trimmed from both ends of the WHOLE argument
// (`-i 'Message="hi"'` gives `"hi`), and a value with two or more `=` is read as a CSV record
// whose every field must be `k=v` (`-i 'P=a=b, c'` is an error, `-i a=1,b=2` sets two keys).


/** Lilypad's spelling of the flag in pflag's messages (`-i, --input`). */
const INPUT_FLAG_NAME = '-i, --input';
/** A value pflag's Set rejects; `message` is pflag's error text (also csv.ParseError texts). */
class InputFlagError extends Error {
    constructor(message, 
    /** The whole flag value, as given. */
    value) {
        super(message);
        this.value = value;
        this.name = 'InputFlagError';
    }
    /** The line cobra prints after `Error: `: pflag's FlagSet.Set wrapping of this error. */
    get flagMessage() {
        return `invalid argument ${quote(this.value)} for ${quote(INPUT_FLAG_NAME)} flag: ${this.message}`;
    }
}
function trimQuotes(s) {
    let a = 0;
    let b = s.length;
    while (a < b && s[a] === '"')
        a++;
    while (b > a && s[b - 1] === '"')
        b--;
    return s.slice(a, b);
}
/** The pairs one `-i` value sets (pflag v1.0.5 stringToStringValue.Set, before merging). */
function parseInputFlagValue(val) {
    const n = val.split('=').length - 1;
    let pairs;
    if (n === 0) {
        throw new InputFlagError(`${val} must be formatted as key=value`, val);
    }
    else if (n === 1) {
        pairs = [trimQuotes(val)];
    }
    else {
        try {
            // With at least two `=` there is a non-empty line, so Read never returns io.EOF here.
            pairs = readFirstCsvRecord(val) ?? [];
        }
        catch (e) {
            throw new InputFlagError(e.message, val);
        }
    }
    const out = new Map();
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        if (eq < 0)
            throw new InputFlagError(`${pair} must be formatted as key=value`, val);
        out.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return out;
}
/**
 * The inputs map Lilypad builds from its `-i/--input` values, in command-line order: each value is
 * parsed as pflag does and merged, later keys winning. Throws InputFlagError with pflag's message.
 */
function parseInputFlags(args) {
    const merged = new Map();
    for (const val of args) {
        for (const [k, v] of parseInputFlagValue(val))
            merged.set(k, v);
    }
    // fromEntries defines own properties, so a key such as `__proto__` stays an ordinary key.
    return Object.fromEntries(merged);
}

;// CONCATENATED MODULE: ../shared/inputs.ts
// The action's `inputs` input: sample input sets as lines of KEY=VALUE, sets separated by a line
// `---`. Each line is one `lilypad run -i` value, parsed by Lilypad's rules (pflag), so that what
// the action checks is what `lilypad run` would be given.



/** The input sets `text` describes; none (undefined) for an empty text. Throws ConfigurationError naming the line. */
function parseInputSets(text) {
    const lines = text.split(/\r?\n/);
    if (lines.every((l) => l.trim() === ''))
        return undefined;
    const sets = [new Map()];
    lines.forEach((raw, k) => {
        const line = raw.trim();
        if (line === '')
            return;
        if (line === '---') {
            sets.push(new Map());
            return;
        }
        try {
            for (const [key, value] of parseInputFlagValue(line))
                sets.at(-1).set(key, value);
        }
        catch (e) {
            if (e instanceof InputFlagError)
                throw new ConfigurationError(`inputs, line ${k + 1}: ${e.flagMessage} (write KEY=VALUE, or --- between input sets)`);
            throw e;
        }
    });
    // A Map then fromEntries, so that an input named __proto__ stays an input.
    return sets.map((s) => Object.fromEntries(s));
}
/**
 * The `rules` input: one `<rule-id>=off|warning|error` a line (blank lines and `#` comments
 * skipped), applied over the module's .lilypad/validate.yml. Throws ConfigurationError naming the line.
 */
function parseRuleLines(text) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, k) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        try {
            out.push(parseRuleSetting(line, `rules input, line ${k + 1}`));
        }
        catch (e) {
            if (e instanceof RuleSettingError)
                throw new ConfigurationError(`rules, line ${k + 1}: ${e.message}`);
            throw e;
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/main.ts
// validate-module: reads the step's inputs, validates the module folder with module-spec's
// validateModuleFolder (the CLI's template reader and checks), and maps the report to outputs,
// annotations on the template's lines, the job summary and the step's status.








const FULL_REPORT = 'the job summary and the JSON report (output `report`)';
function readInputs() {
    const summary = parseSummary(getInput('summary'));
    const strict = getInput('strict') || 'false';
    if (!/^(true|false)$/i.test(strict))
        throw new ConfigurationError(`strict: expected true or false, got ${JSON.stringify(strict)}`);
    return {
        path: getInput('path') || '.',
        template: getInput('template') || lilypad_defaults_TEMPLATE_FILE,
        inputSets: parseInputSets(getInput('inputs', { trimWhitespace: false })),
        strict: strict.toLowerCase() === 'true',
        // The workflow's `rules`, over the module's own .lilypad/validate.yml.
        rules: parseRuleLines(getInput('rules', { trimWhitespace: false })),
        summary,
    };
}
async function run() {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const { report, shown } = validateModuleFolder({ workspace, ...inputs });
    // valid: Lilypad loads it with every input set, and no error (with strict, no warning).
    setOutput('valid', String(report.valid));
    setOutput('loads', String(report.verdict.loads));
    setOutput('image', report.image ?? '');
    setOutput('inputs', JSON.stringify(report.inputs.map((i) => i.name)));
    const reportFile = external_node_path_default().join((0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), 'validate-module-')), 'report.json');
    (0,external_node_fs_namespaceObject.writeFileSync)(reportFile, formatJson([report]));
    setOutput('report', reportFile);
    // setFailed adds an error annotation of its own; it counts against GitHub's caps too.
    for (const a of githubAnnotations([report], { workspace, cwd: workspace, fullReport: FULL_REPORT, alsoEmitted: { error: report.valid ? 0 : 1 } })) {
        const props = a.file === undefined ? { title: a.title } : { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
        core_namespaceObject[a.kind](a.message, props);
    }
    if (wantsSummary(inputs.summary, !report.valid || report.findings.length > 0) && process.env.GITHUB_STEP_SUMMARY) {
        await summary.addRaw(formatSummary([report], { workspace, cwd: workspace, fullReport: FULL_REPORT })).write();
    }
    const verdict = verdictLine(tally([report]));
    if (!report.valid)
        setFailed(`${shown} is not a valid Lilypad module: ${verdict}${inputs.strict ? ' (strict: warnings count)' : ''}.`);
    // The path is the workflow's and the repository's text, not ours.
    else
        info(safeLines(`${shown} is a valid Lilypad module: ${verdict}.`));
}
// .lilypad/validate.yml's problems: each on its line, then the step fails.
runAction('validate-module', run, { annotateProblems: { title: 'validate.yml' } });

})();

module.exports = __webpack_exports__;
/******/ })()
;