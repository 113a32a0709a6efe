"use strict";
var Is = Object.create;
var nn = Object.defineProperty;
var Os = Object.getOwnPropertyDescriptor;
var _s = Object.getOwnPropertyNames;
var Ms = Object.getPrototypeOf, Ls = Object.prototype.hasOwnProperty;
var rn = (e, t) => () => {
  try {
    return t || e((t = { exports: {} }).exports, t), t.exports;
  } catch (n) {
    throw t = 0, n;
  }
};
var Us = (e, t, n, r) => {
  if (t && typeof t == "object" || typeof t == "function")
    for (let i of _s(t))
      !Ls.call(e, i) && i !== n && nn(e, i, { get: () => t[i], enumerable: !(r = Os(t, i)) || r.enumerable });
  return e;
};
var H = (e, t, n) => (n = e != null ? Is(Ms(e)) : {}, Us(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  t || !e || !e.__esModule ? nn(n, "default", { value: e, enumerable: !0 }) : n,
  e
));

// node_modules/tunnel/lib/tunnel.js
var mn = rn((te) => {
  "use strict";
  var yc = require("net"), Ws = require("tls"), it = require("http"), pn = require("https"), Gs = require("events"), bc = require("assert"), Vs = require("util");
  te.httpOverHttp = qs;
  te.httpsOverHttp = Ks;
  te.httpOverHttps = Js;
  te.httpsOverHttps = Xs;
  function qs(e) {
    var t = new L(e);
    return t.request = it.request, t;
  }
  function Ks(e) {
    var t = new L(e);
    return t.request = it.request, t.createSocket = dn, t.defaultPort = 443, t;
  }
  function Js(e) {
    var t = new L(e);
    return t.request = pn.request, t;
  }
  function Xs(e) {
    var t = new L(e);
    return t.request = pn.request, t.createSocket = dn, t.defaultPort = 443, t;
  }
  function L(e) {
    var t = this;
    t.options = e || {}, t.proxyOptions = t.options.proxy || {}, t.maxSockets = t.options.maxSockets || it.Agent.defaultMaxSockets, t.requests = [], t.sockets = [], t.on("free", function(r, i, s, o) {
      for (var u = fn(i, s, o), p = 0, c = t.requests.length; p < c; ++p) {
        var l = t.requests[p];
        if (l.host === u.host && l.port === u.port) {
          t.requests.splice(p, 1), l.request.onSocket(r);
          return;
        }
      }
      r.destroy(), t.removeSocket(r);
    });
  }
  Vs.inherits(L, Gs.EventEmitter);
  L.prototype.addRequest = function(t, n, r, i) {
    var s = this, o = st({ request: t }, s.options, fn(n, r, i));
    if (s.sockets.length >= this.maxSockets) {
      s.requests.push(o);
      return;
    }
    s.createSocket(o, function(u) {
      u.on("free", p), u.on("close", c), u.on("agentRemove", c), t.onSocket(u);
      function p() {
        s.emit("free", u, o);
      }
      function c(l) {
        s.removeSocket(u), u.removeListener("free", p), u.removeListener("close", c), u.removeListener("agentRemove", c);
      }
    });
  };
  L.prototype.createSocket = function(t, n) {
    var r = this, i = {};
    r.sockets.push(i);
    var s = st({}, r.proxyOptions, {
      method: "CONNECT",
      path: t.host + ":" + t.port,
      agent: !1,
      headers: {
        host: t.host + ":" + t.port
      }
    });
    t.localAddress && (s.localAddress = t.localAddress), s.proxyAuth && (s.headers = s.headers || {}, s.headers["Proxy-Authorization"] = "Basic " + new Buffer(s.proxyAuth).toString("base64")), G("making CONNECT request");
    var o = r.request(s);
    o.useChunkedEncodingByDefault = !1, o.once("response", u), o.once("upgrade", p), o.once("connect", c), o.once("error", l), o.end();
    function u(f) {
      f.upgrade = !0;
    }
    function p(f, m, h) {
      process.nextTick(function() {
        c(f, m, h);
      });
    }
    function c(f, m, h) {
      if (o.removeAllListeners(), m.removeAllListeners(), f.statusCode !== 200) {
        G(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var b = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      if (h.length > 0) {
        G("got illegal response body from proxy"), m.destroy();
        var b = new Error("got illegal response body from proxy");
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      return G("tunneling connection has established"), r.sockets[r.sockets.indexOf(i)] = m, n(m);
    }
    function l(f) {
      o.removeAllListeners(), G(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", t.request.emit("error", m), r.removeSocket(i);
    }
  };
  L.prototype.removeSocket = function(t) {
    var n = this.sockets.indexOf(t);
    if (n !== -1) {
      this.sockets.splice(n, 1);
      var r = this.requests.shift();
      r && this.createSocket(r, function(i) {
        r.request.onSocket(i);
      });
    }
  };
  function dn(e, t) {
    var n = this;
    L.prototype.createSocket.call(n, e, function(r) {
      var i = e.request.getHeader("host"), s = st({}, n.options, {
        socket: r,
        servername: i ? i.replace(/:.*$/, "") : e.host
      }), o = Ws.connect(0, s);
      n.sockets[n.sockets.indexOf(r)] = o, t(o);
    });
  }
  function fn(e, t, n) {
    return typeof e == "string" ? {
      host: e,
      port: t,
      localAddress: n
    } : e;
  }
  function st(e) {
    for (var t = 1, n = arguments.length; t < n; ++t) {
      var r = arguments[t];
      if (typeof r == "object")
        for (var i = Object.keys(r), s = 0, o = i.length; s < o; ++s) {
          var u = i[s];
          r[u] !== void 0 && (e[u] = r[u]);
        }
    }
    return e;
  }
  var G;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? G = function() {
    var e = Array.prototype.slice.call(arguments);
    typeof e[0] == "string" ? e[0] = "TUNNEL: " + e[0] : e.unshift("TUNNEL:"), console.error.apply(console, e);
  } : G = function() {
  };
  te.debug = G;
});

// node_modules/tunnel/index.js
var gn = rn((wc, hn) => {
  hn.exports = mn();
});

// node_modules/@actions/core/lib/command.js
var on = H(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function j(e) {
  return e == null ? "" : typeof e == "string" || e instanceof String ? e : JSON.stringify(e);
}
function Re(e) {
  return Object.keys(e).length ? {
    title: e.title,
    file: e.file,
    line: e.startLine,
    endLine: e.endLine,
    col: e.startColumn,
    endColumn: e.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function W(e, t, n) {
  let r = new nt(e, t, n);
  process.stdout.write(r.toString() + on.EOL);
}
function rt(e, t = "") {
  W(e, {}, t);
}
var sn = "::", nt = class {
  constructor(t, n, r) {
    t || (t = "missing.command"), this.command = t, this.properties = n, this.message = r;
  }
  toString() {
    let t = sn + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      t += " ";
      let n = !0;
      for (let r in this.properties)
        if (this.properties.hasOwnProperty(r)) {
          let i = this.properties[r];
          i && (n ? n = !1 : t += ",", t += `${r}=${Fs(i)}`);
        }
    }
    return t += `${sn}${Bs(this.message)}`, t;
  }
};
function Bs(e) {
  return j(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function Fs(e) {
  return j(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var an = H(require("crypto"), 1), Ee = H(require("fs"), 1), Se = H(require("os"), 1);
function un(e, t) {
  let n = process.env[`GITHUB_${e}`];
  if (!n)
    throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!Ee.existsSync(n))
    throw new Error(`Missing file at path: ${n}`);
  Ee.appendFileSync(n, `${j(t)}${Se.EOL}`, {
    encoding: "utf8"
  });
}
function cn(e, t) {
  let n = `ghadelimiter_${an.randomUUID()}`, r = j(t);
  if (e.includes(n))
    throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);
  if (r.includes(n))
    throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);
  return `${e}<<${n}${Se.EOL}${r}${Se.EOL}${n}`;
}

// node_modules/@actions/core/lib/core.js
var lt = H(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function ln(e) {
  let t = e.protocol === "https:";
  if (Hs(e))
    return;
  let n = t ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (n)
    try {
      return new ke(n);
    } catch {
      if (!n.startsWith("http://") && !n.startsWith("https://"))
        return new ke(`http://${n}`);
    }
  else
    return;
}
function Hs(e) {
  if (!e.hostname)
    return !1;
  let t = e.hostname;
  if (js(t))
    return !0;
  let n = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!n)
    return !1;
  let r;
  e.port ? r = Number(e.port) : e.protocol === "http:" ? r = 80 : e.protocol === "https:" && (r = 443);
  let i = [e.hostname.toUpperCase()];
  typeof r == "number" && i.push(`${i[0]}:${r}`);
  for (let s of n.split(",").map((o) => o.trim().toUpperCase()).filter((o) => o))
    if (s === "*" || i.some((o) => o === s || o.endsWith(`.${s}`) || s.startsWith(".") && o.endsWith(`${s}`)))
      return !0;
  return !1;
}
function js(e) {
  let t = e.toLowerCase();
  return t === "localhost" || t.startsWith("127.") || t.startsWith("[::1]") || t.startsWith("[0:0:0:0:0:0:0:1]");
}
var ke = class extends URL {
  constructor(t, n) {
    super(t, n), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/core/lib/summary.js
var bn = require("os"), ce = require("fs"), ot = function(e, t, n, r) {
  function i(s) {
    return s instanceof n ? s : new n(function(o) {
      o(s);
    });
  }
  return new (n || (n = Promise))(function(s, o) {
    function u(l) {
      try {
        c(r.next(l));
      } catch (f) {
        o(f);
      }
    }
    function p(l) {
      try {
        c(r.throw(l));
      } catch (f) {
        o(f);
      }
    }
    function c(l) {
      l.done ? s(l.value) : i(l.value).then(u, p);
    }
    c((r = r.apply(e, t || [])).next());
  });
}, { access: Ys, appendFile: zs, writeFile: Zs } = ce.promises, yn = "GITHUB_STEP_SUMMARY";
var at = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return ot(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let t = process.env[yn];
      if (!t)
        throw new Error(`Unable to find environment variable for $${yn}. Check if your runtime environment supports job summaries.`);
      try {
        yield Ys(t, ce.constants.R_OK | ce.constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = t, this._filePath;
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
  wrap(t, n, r = {}) {
    let i = Object.entries(r).map(([s, o]) => ` ${s}="${o}"`).join("");
    return n ? `<${t}${i}>${n}</${t}>` : `<${t}${i}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(t) {
    return ot(this, void 0, void 0, function* () {
      let n = !!t?.overwrite, r = yield this.filePath();
      return yield (n ? Zs : zs)(r, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return ot(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
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
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(t, n = !1) {
    return this._buffer += t, n ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(bn.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(t, n) {
    let r = Object.assign({}, n && { lang: n }), i = this.wrap("pre", this.wrap("code", t), r);
    return this.addRaw(i).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(t, n = !1) {
    let r = n ? "ol" : "ul", i = t.map((o) => this.wrap("li", o)).join(""), s = this.wrap(r, i);
    return this.addRaw(s).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(t) {
    let n = t.map((i) => {
      let s = i.map((o) => {
        if (typeof o == "string")
          return this.wrap("td", o);
        let { header: u, data: p, colspan: c, rowspan: l } = o, f = u ? "th" : "td", m = Object.assign(Object.assign({}, c && { colspan: c }), l && { rowspan: l });
        return this.wrap(f, p, m);
      }).join("");
      return this.wrap("tr", s);
    }).join(""), r = this.wrap("table", n);
    return this.addRaw(r).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(t, n) {
    let r = this.wrap("details", this.wrap("summary", t) + n);
    return this.addRaw(r).addEOL();
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
  addImage(t, n, r) {
    let { width: i, height: s } = r || {}, o = Object.assign(Object.assign({}, i && { width: i }), s && { height: s }), u = this.wrap("img", null, Object.assign({ src: t, alt: n }, o));
    return this.addRaw(u).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(t, n) {
    let r = `h${n}`, i = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(r) ? r : "h1", s = this.wrap(i, t);
    return this.addRaw(s).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let t = this.wrap("hr", null);
    return this.addRaw(t).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let t = this.wrap("br", null);
    return this.addRaw(t).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(t, n) {
    let r = Object.assign({}, n && { cite: n }), i = this.wrap("blockquote", t, r);
    return this.addRaw(i).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(t, n) {
    let r = this.wrap("a", t, { href: n });
    return this.addRaw(r).addEOL();
  }
}, Qs = new at();
var ut = Qs;

// node_modules/@actions/core/lib/platform.js
var ct = H(require("os"), 1);
var Ec = ct.default.platform(), kc = ct.default.arch();

// node_modules/@actions/core/lib/core.js
var Tn;
(function(e) {
  e[e.Success = 0] = "Success", e[e.Failure = 1] = "Failure";
})(Tn || (Tn = {}));
function wn(e) {
  W("add-mask", {}, e);
}
function xn(e, t) {
  let n = process.env[`INPUT_${e.replace(/ /g, "_").toUpperCase()}`] || "";
  if (t && t.required && !n)
    throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? n : n.trim();
}
function Rn(e, t) {
  if (process.env.GITHUB_OUTPUT || "")
    return un("OUTPUT", cn(e, t));
  process.stdout.write(lt.EOL), W("set-output", { name: e }, j(t));
}
function Sn() {
  return process.env.RUNNER_DEBUG === "1";
}
function En(e) {
  W("debug", {}, e);
}
function kn(e, t = {}) {
  W("error", Re(t), e instanceof Error ? e.toString() : e);
}
function An(e, t = {}) {
  W("warning", Re(t), e instanceof Error ? e.toString() : e);
}
function vn(e, t = {}) {
  W("notice", Re(t), e instanceof Error ? e.toString() : e);
}
function Cn(e) {
  process.stdout.write(e + lt.EOL);
}
function Dn(e) {
  rt("group", e);
}
function Pn() {
  rt("endgroup");
}

// src/inputs/refusals.ts
var d = class extends Error {
  constructor(n, r) {
    super(n);
    this.rule = n;
    this.offendingValue = r;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
}, $ = class extends Error {
  constructor(n, r, i) {
    super(`Input "${n}" ${r}`);
    this.input = n;
    this.rule = r;
    this.offendingValue = i;
    this.name = "InputError";
  }
  input;
  rule;
  offendingValue;
};
function g(e, t) {
  try {
    return t();
  } catch (n) {
    throw n instanceof d ? new $(e, n.rule, n.offendingValue) : n;
  }
}
var le = class extends Error {
  constructor(n) {
    super(n.map((r) => r.message).join(`
`));
    this.errors = n;
    this.name = "InputErrors";
  }
  errors;
}, J = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(t) {
    try {
      return t();
    } catch (n) {
      if (!(n instanceof $)) throw n;
      this.errors.push(n);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new le(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var pt = "-----BEGIN CERTIFICATE-----", Nn = "-----END CERTIFICATE-----", $n = 1024 * 1024, In = "must be PEM text or the path of a PEM file with at least one certificate";
function On(e, t) {
  let n = e.trim();
  if (n === "") return [];
  let r = n.includes("-----BEGIN") ? n : ro(n, t), i = no(r);
  if (i.length === 0) throw new d(In, _n(n));
  return i.forEach(io), i;
}
function no(e) {
  let t = [];
  for (let n = e.indexOf(pt); n >= 0; n = e.indexOf(pt, n + 1)) {
    let r = e.indexOf(Nn, n + pt.length);
    if (r < 0) break;
    t.push(e.slice(n, r + Nn.length)), n = r;
  }
  return t;
}
function ro(e, t) {
  try {
    return t(e);
  } catch (n) {
    let r = n.code ?? "unreadable";
    throw new d(`${In}; the file cannot be read (${r})`, e);
  }
}
function io(e) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(e);
  } catch {
    throw new d("contains a certificate that is not valid PEM", _n(e));
  }
}
function _n(e) {
  return e.includes("-----BEGIN") ? `${e.slice(0, 40)}\u2026` : e;
}

// src/inputs/files.ts
var C = require("node:fs"), dt = 1024 * 1024, pe = class extends Error {
  constructor(n) {
    super(n);
    this.code = n;
    this.name = "FileRefusal";
  }
  code;
};
function Mn(e, t) {
  if (!(0, C.statSync)(e).isFile()) throw new pe("not a regular file");
  let n = (0, C.openSync)(e, "r");
  try {
    let r = [], i = 0;
    for (; ; ) {
      let s = Buffer.allocUnsafe(dt), o = (0, C.readSync)(n, s, 0, dt, null);
      if (o === 0) break;
      if (i += o, i > t) throw new pe(`larger than ${t} bytes`);
      r.push(s.subarray(0, o));
    }
    return Buffer.concat(r, i).toString("utf8");
  } finally {
    (0, C.closeSync)(n);
  }
}
function Ln(e, t = dt) {
  return {
    *[Symbol.iterator]() {
      if (!(0, C.statSync)(e).isFile()) throw new pe("not a regular file");
      let n = (0, C.openSync)(e, "r");
      try {
        let r = Buffer.allocUnsafeSlow(t);
        for (; ; ) {
          let i = (0, C.readSync)(n, r, 0, t, null);
          if (i === 0) return;
          yield r.subarray(0, i);
        }
      } finally {
        (0, C.closeSync)(n);
      }
    }
  };
}

// src/inputs/text-rules.ts
var X = 128, so = /[\u0000-\u001f\u007f-\u009f]/, oo = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Ae(e) {
  return so.test(e);
}
function ft(e) {
  return oo.test(e);
}
function ne(e, t = {}) {
  if (!ft(e))
    throw new d(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (t.secret ? " (value hidden)" : ""),
      t.secret ? void 0 : e
    );
}
function ve(e, t = X) {
  if (e.length > t)
    throw new d(`must be at most ${t} characters (it has ${e.length})`, e);
}
function U(e, t = "is required") {
  if (e === "") throw new d(t);
}

// src/inputs/credentials.ts
var mt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Un(e, t) {
  let n = e["auth-type"] !== "" || e["auth-value"] !== "", r = e["app-id"] !== "" || e["app-secret"] !== "";
  if (n && r) {
    t.take(() => {
      throw new $(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  return r ? ao(e, t) : uo(e, t);
}
function ao(e, t) {
  let n = t.take(
    () => g("app-id", () => (U(e["app-id"], "is required with app-secret (the API key ID)"), ne(e["app-id"]), e["app-id"]))
  ), r = t.take(
    () => g("app-secret", () => (U(e["app-secret"], "is required with app-id (the API key secret)"), ne(e["app-secret"], { secret: !0 }), e["app-secret"]))
  );
  return n && r ? { kind: "api-key", appId: n, appSecret: r } : void 0;
}
function uo(e, t) {
  let n = t.take(() => g("auth-type", () => lo(e["auth-type"]))), r = t.take(() => g("auth-value", () => co(e["auth-value"])));
  return n && r ? { kind: "header", authType: n, authValue: r } : void 0;
}
function co(e) {
  return U(e), ne(e, { secret: !0 }), e;
}
function lo(e) {
  U(
    e,
    `is required (one of ${mt.join(", ")}), or give app-id and app-secret instead`
  );
  let t = e.toUpperCase(), n = mt.find((r) => r === t);
  if (!n) throw new d(`must be one of ${mt.join(", ")}`, e);
  return n;
}

// src/inputs/dbt-inputs.ts
var Me = require("node:path");

// src/inputs/json-scan.ts
var Bn = 1e5, po = 9, fo = 10, mo = 13, ht = 32, re = 34, ho = 43, Fn = 44, Ce = 45, go = 46, me = 48, $e = 57, Hn = 58, gt = 91, jn = 92, yt = 93, De = 123, Pe = 125, yo = 101, bo = 69, Wn = 117, I = -1, de = 0, Ne = 1, bt = 2, To = 3, Gn = 4, wt = new Uint8Array(256);
for (let e of [34, 92, 47, 98, 102, 110, 114, 116]) wt[e] = 1;
var Vn = {
  116: { kind: "true", bytes: Buffer.from("true") },
  102: { kind: "false", bytes: Buffer.from("false") },
  110: { kind: "null", bytes: Buffer.from("null") }
}, qn = Buffer.alloc(0), Tt = new Uint32Array(0), wo = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1, xo = [-2139062144, -2139062272, -2139095040, -2147483648];
function Xn(e, t) {
  let n = new xt(e);
  try {
    return t(n);
  } finally {
    n.close();
  }
}
var xt = class {
  chunks;
  /** The current chunk, and the position of the next byte in it. */
  buf = qn;
  pos = 0;
  /** The chunk as 32-bit words when it is aligned for them (else none), to pass over strings. */
  words = Tt;
  /** The offset in the text of the current chunk's first byte. */
  base = 0;
  ended = !1;
  /** The line of the next byte (from 1), and the offset where that line starts. */
  line = 1;
  lineStart = 0;
  collecting = null;
  /** For each object or array a reader entered: whether no member was read yet. */
  entered = [];
  constructor(t) {
    let n = typeof t == "string" ? [Buffer.from(t, "utf8")] : t;
    this.chunks = n[Symbol.iterator]();
  }
  /** Lets the source go; the scanner reads no more. */
  close() {
    this.ended = !0, this.chunks.return?.();
  }
  /** What the next value is, after any whitespace; refused when no value starts there. */
  kind() {
    let t = this.skipWhitespace();
    if (t === De) return "object";
    if (t === gt) return "array";
    if (t === re) return "string";
    if (t === Ce || t >= me && t <= $e) return "number";
    let n = Vn[t];
    return n ? n.kind : this.expected(t, "a value");
  }
  /** Steps into the object that kind() said is next. */
  enterObject() {
    this.expect(De, "'{'"), this.entered.push(!0);
  }
  /**
   * The next key of the object entered last, its ':' consumed: the reader then reads, skips or
   * enters its value. Undefined at the object's end, which leaves it. A key of more than
   * maxBytes is refused with tooLarge's error.
   */
  nextKey(t, n) {
    if (this.nextMember(Pe, "'}'")) return;
    let r = this.skipWhitespace();
    r !== re && this.expected(r, "a key (a string)"), this.collect(t, n), this.pos++, this.skipStringBody();
    let i = this.collected();
    return this.expect(Hn, "':'"), i.includes(jn) ? JSON.parse(i.toString("utf8")) : i.toString("utf8", 1, i.length - 1);
  }
  /** Steps into the array that kind() said is next. */
  enterArray() {
    this.expect(gt, "'['"), this.entered.push(!0);
  }
  /**
   * Whether the array entered last has another item, which the reader then reads, skips or
   * enters. False at the array's end, which leaves it.
   */
  nextItem() {
    return this.nextMember(yt, "']'") ? !1 : (this.kind(), !0);
  }
  /** Passes over the next value, checking it, without building it. */
  skipValue() {
    let t = [], n = I, r = de, i = this.buf, s = this.pos;
    for (; ; ) {
      if (r === Ne && n === I) {
        this.pos = s;
        return;
      }
      let o = s < i.length ? i[s] : I;
      if (o <= ht && (this.pos = s, o = this.skipWhitespace(), i = this.buf, s = this.pos), r === de) {
        if (o === re)
          this.pos = s + 1, this.skipStringBody();
        else if (o === De || o === gt) {
          t.length >= Bn && this.fail(`nested more than ${Bn} levels deep`), n = o === De ? Pe : yt, t.push(n), s++, r = bt;
          continue;
        } else
          this.pos = s, this.skipScalar(o);
        i = this.buf, s = this.pos, r = Ne;
      } else r === Ne ? (s++, o === Fn ? r = n === Pe ? To : de : o === n ? (t.pop(), n = t.at(-1) ?? I) : (this.pos = s - 1, this.expected(o, n === Pe ? "',' or '}'" : "',' or ']'"))) : r === bt && o === n ? (s++, t.pop(), n = t.at(-1) ?? I, r = Ne) : r === bt && n === yt ? r = de : r === Gn ? (o !== Hn && (this.pos = s, this.expected(o, "':'")), s++, r = de) : (o !== re && (this.pos = s, this.expected(o, "a key (a string)")), this.pos = s + 1, this.skipStringBody(), i = this.buf, s = this.pos, r = Gn);
    }
  }
  /**
   * The next value, parsed: its bytes are collected (at most maxBytes, else tooLarge's error is
   * thrown) and given to JSON.parse.
   */
  readValue(t, n) {
    this.skipWhitespace();
    let r = { offset: this.offset(), line: this.line, lineStart: this.lineStart };
    this.collect(t, n), this.skipValue();
    let i = this.collected();
    try {
      return JSON.parse(i.toString("utf8"));
    } catch {
      return this.line = r.line, this.lineStart = r.lineStart, this.fail("a value JSON.parse refuses", r.offset);
    }
  }
  /** Refuses anything but whitespace after the text's one value. */
  finish() {
    this.skipWhitespace() !== I && this.fail("more text after the JSON value");
  }
  /** The offset in the text of the next byte. */
  offset() {
    return this.base + this.pos;
  }
  /** Throws the refusal of a malformed text, naming where it broke. */
  fail(t, n = this.offset()) {
    throw new d(
      `is not valid JSON at byte ${n} (line ${this.line}, column ${n - this.lineStart + 1}): ${t}`
    );
  }
  // --- reading bytes ---------------------------------------------------------------------------
  /** Moves to the next chunk once the current one is used up; false at the end of the text. */
  advanceChunk() {
    if (this.ended) return !1;
    let t = this.collecting;
    if (t) {
      let n = this.buf.subarray(t.start, this.pos);
      if (t.size += n.length, t.size > t.maxBytes) throw t.tooLarge();
      t.parts.push(Buffer.from(n)), t.start = 0;
    }
    for (this.base += this.buf.length, this.buf = qn, this.words = Tt, this.pos = 0; ; ) {
      let n = this.chunks.next();
      if (n.done === !0)
        return this.ended = !0, !1;
      let r = n.value;
      if (r.length > 0)
        return this.buf = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength), this.words = wo && r.byteOffset % 4 === 0 ? new Uint32Array(r.buffer, r.byteOffset, r.length >> 2) : Tt, !0;
    }
  }
  /** The next byte, not consumed; END at the end of the text. */
  peek() {
    return this.pos < this.buf.length || this.advanceChunk() ? this.buf[this.pos] : I;
  }
  /** Passes over whitespace, counting lines; the next byte (not consumed) or END. */
  skipWhitespace() {
    for (; ; ) {
      let t = this.buf, n = t.length, r = this.pos;
      for (; r < n; ) {
        let i = t[r];
        if (i === ht || i === po || i === mo)
          r++;
        else if (i === fo)
          r++, this.line++, this.lineStart = this.base + r;
        else
          return this.pos = r, i;
      }
      if (this.pos = r, !this.advanceChunk()) return I;
    }
  }
  /** Consumes this byte after any whitespace, or refuses what is there instead. */
  expect(t, n) {
    let r = this.skipWhitespace();
    r !== t && this.expected(r, n), this.pos++;
  }
  expected(t, n) {
    return this.fail(t === I ? `the text ends where ${n} was expected` : `expected ${n}`);
  }
  /**
   * Before a member of the object or array entered last: true (and the container left) at its
   * end, else the comma before any member but the first is consumed.
   */
  nextMember(t, n) {
    let r = this.entered.at(-1);
    if (r === void 0)
      throw new Error("nextKey or nextItem called outside any object or array");
    let i = this.skipWhitespace();
    return i === t ? (this.pos++, this.entered.pop(), !0) : (r || (i !== Fn && this.expected(i, `',' or ${n}`), this.pos++), this.entered[this.entered.length - 1] = !1, !1);
  }
  skipScalar(t) {
    if (t === re)
      this.pos++, this.skipStringBody();
    else if (t === Ce || t >= me && t <= $e)
      this.skipNumber();
    else {
      let n = Vn[t];
      n || this.expected(t, "a value");
      let { bytes: r } = n;
      if (this.pos + r.length <= this.buf.length) {
        let i = 0;
        for (; i < r.length && this.buf[this.pos + i] === r[i]; ) i++;
        if (i === r.length) {
          this.pos += i;
          return;
        }
      }
      for (let i of r)
        this.peek() !== i && this.fail(`expected ${n.kind}`), this.pos++;
    }
  }
  /** After the opening quote: up to and past the closing one. */
  skipStringBody() {
    for (; ; ) {
      let t = this.buf, n = this.words, r = n.length * 4, i = t.length, s = this.pos;
      for (; s < i; ) {
        if (s < r) {
          let u = s >> 2, p = Jn(n[u]) & xo[s & 3];
          for (; p === 0 && ++u < n.length; ) p = Jn(n[u]);
          if (p === 0) {
            s = r;
            continue;
          }
          s = u * 4 + Ro(p);
        }
        let o = t[s];
        if (o === re) {
          this.pos = s + 1;
          return;
        }
        if (o === jn) {
          let u = s + 1 < i ? t[s + 1] : I;
          if (wt[u] === 1) {
            s += 2;
            continue;
          }
          if (u === Wn && s + 5 < i && So(t, s + 2)) {
            s += 6;
            continue;
          }
          break;
        }
        o < ht && (this.pos = s, this.fail("a control character in a string (it must be escaped)")), s++;
      }
      this.pos = s, s < i ? this.skipEscape() : this.advanceChunk() || this.fail("the text ends inside a string");
    }
  }
  /** A backslash and what it escapes. */
  skipEscape() {
    this.pos++;
    let t = this.peek();
    if (t === I && this.fail("the text ends inside a string"), wt[t] === 1) {
      this.pos++;
      return;
    }
    t !== Wn && this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'), this.pos++;
    for (let n = 0; n < 4; n++)
      fe(this.peek()) || this.fail("a \\u escape without four hexadecimal digits"), this.pos++;
  }
  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  skipNumber() {
    let t = this.peek();
    t === Ce && (this.pos++, t = this.peek()), t === me ? this.pos++ : this.digits(), t = this.peek(), t === go && (this.pos++, this.digits(), t = this.peek()), (t === yo || t === bo) && (this.pos++, t = this.peek(), (t === ho || t === Ce) && this.pos++, this.digits());
  }
  /** One digit or more. */
  digits() {
    Kn(this.peek()) || this.fail("a number without its digits");
    do
      this.pos++;
    while (Kn(this.peek()));
  }
  /** Starts collecting the bytes of what comes next (the next byte is its first). */
  collect(t, n) {
    this.collecting = { parts: [], size: 0, start: this.pos, maxBytes: t, tooLarge: n };
  }
  /** The bytes collected since collect(), up to the current position. */
  collected() {
    let t = this.collecting;
    if (!t) throw new Error("nothing was being collected");
    this.collecting = null;
    let n = this.buf.subarray(t.start, this.pos), r = t.size + n.length;
    if (r > t.maxBytes) throw t.tooLarge();
    return t.parts.length === 0 ? n : Buffer.concat([...t.parts, n], r);
  }
};
function Kn(e) {
  return e >= me && e <= $e;
}
function Jn(e) {
  let t = e ^ 572662306, n = e ^ 1549556828;
  return (t - 16843009 & ~t | n - 16843009 & ~n | e - 538976288 & ~e) & -2139062144;
}
function Ro(e) {
  return 31 - Math.clz32(e & -e) >> 3;
}
function So(e, t) {
  return fe(e[t]) && fe(e[t + 1]) && fe(e[t + 2]) && fe(e[t + 3]);
}
function fe(e) {
  return e >= me && e <= $e || e >= 65 && e <= 70 || e >= 97 && e <= 102;
}

// src/inputs/dbt-artifacts.ts
var Eo = ["v12", "v20"], ko = ["v6"], Rt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]), he = 16 * 1024 * 1024, Yn = he / (1024 * 1024);
function Zn(e) {
  let t;
  if (er(e, "run-results", ko, (n, r) => n !== "results" ? !1 : (t = r.kind() === "array" ? Ao(r) : (r.skipValue(), void 0), !0)), !t) throw new d('has no "results" list');
  return t;
}
function Ao(e) {
  let t = [];
  for (e.enterArray(); e.nextItem(); ) {
    if (e.kind() !== "object") {
      e.skipValue();
      continue;
    }
    let n = {};
    e.enterObject();
    for (let s = ie(e); s !== void 0; s = ie(e))
      s === "unique_id" || s === "status" ? n[s] = e.readValue(he, () => Ie(`a result's ${s}`)) : e.skipValue();
    let { unique_id: r, status: i } = n;
    typeof r == "string" && t.push({ uniqueId: r, status: String(i) });
  }
  return t;
}
function Qn(e, t) {
  let n;
  if (er(e, "manifest", Eo, (r, i) => {
    if (r !== "nodes") return !1;
    let s = i.kind();
    return s === "object" ? n = vo(i, t) : (i.skipValue(), n = s === "array" ? /* @__PURE__ */ new Map() : void 0), !0;
  }), !n) throw new d('has no "nodes" map');
  return n;
}
function vo(e, t) {
  let n = /* @__PURE__ */ new Map();
  e.enterObject();
  for (let r = ie(e); r !== void 0; r = ie(e)) {
    let i = t.has(r) ? e.kind() : void 0;
    if (i === "object" || i === "array") {
      let s = e.readValue(he, () => Ie(`node ${r}`));
      n.set(r, Co(r, s));
    } else
      e.skipValue(), i !== void 0 && n.delete(r);
  }
  return n;
}
function er(e, t, n, r) {
  Xn(e, (i) => {
    if (i.kind() !== "object")
      throw i.skipValue(), i.finish(), new d("is not a JSON object");
    let s = !1;
    i.enterObject();
    for (let o = ie(i); o !== void 0; o = ie(i))
      if (o === "metadata") {
        let u = i.readValue(he, () => Ie("its metadata"));
        zn(u, t, n), s = !0;
      } else r(o, i) || i.skipValue();
    i.finish(), s || zn(void 0, t, n);
  });
}
function zn(e, t, n) {
  let r = e?.dbt_schema_version, i = new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
  if (!i || !n.includes(i))
    throw new d(
      `is ${t} ${i ?? `of unknown version (${String(r).slice(0, 80)})`}; this action reads ${t} ${n.join(" and ")}`
    );
}
function ie(e) {
  return e.nextKey(he, () => Ie("a key"));
}
function Ie(e) {
  return new d(
    `has ${e} of more than ${Yn} MiB; this action reads values of up to ${Yn} MiB`
  );
}
function Co(e, t) {
  let n = t.config ?? {}, r = (s) => typeof s == "string" && s !== "" ? s : null, i = [t.tags, n.tags].flatMap((s) => Array.isArray(s) ? s : []);
  return {
    uniqueId: e,
    resourceType: r(t.resource_type) ?? e.split(".")[0] ?? "",
    name: r(t.name) ?? e.split(".").at(-1) ?? e,
    alias: r(t.alias),
    schema: r(t.schema),
    database: r(t.database),
    catalog: r(n.catalog),
    materialized: r(n.materialized),
    tags: [...new Set(i.filter((s) => typeof s == "string"))],
    originalFilePath: r(t.original_file_path)
  };
}
function tr(e) {
  return new Set(
    e.map((t) => t.uniqueId).filter((t) => Rt.has(t.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var nr = ["model", "seed", "snapshot"];
function St(e, t) {
  switch (e.kind) {
    case "tag":
      return t.tags.includes(e.value);
    case "path":
      return t.originalFilePath !== null && e.pattern.test(t.originalFilePath);
    case "resource_type":
      return t.resourceType === e.value;
    case "name":
      return t.name === e.value;
  }
}
function Et(e) {
  let t = e.indexOf(":"), n = t < 0 ? null : e.slice(0, t), r = e.slice(t + 1);
  if (r === "" || /\s/.test(r))
    throw new d("has a selector without a value or with spaces", e);
  switch (n) {
    case null:
      return { kind: "name", value: r };
    case "tag":
      return { kind: "tag", value: r };
    case "path":
      return { kind: "path", value: r, pattern: Do(r) };
    case "resource_type":
      if (!nr.includes(r))
        throw new d(
          `has resource_type:${r}; use ${nr.join(", ")}`,
          e
        );
      return { kind: "resource_type", value: r };
    default:
      throw new d("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", e);
  }
}
function Do(e) {
  let t = e.replace(/\/$/, "");
  if (!/[*?]/.test(t))
    return { source: t, test: (r) => r === t || r.startsWith(`${t}/`) };
  let n = Po(t);
  return { source: t, test: (r) => No(n, r) };
}
function Po(e) {
  let t = [];
  for (let n = 0; n < e.length; n++) {
    let r = e[n] ?? "";
    if (r === "*" && e[n + 1] === "*") {
      let i = e[n + 2] === "/";
      t.push({ kind: i ? "folders" : "any" }), n += i ? 2 : 1;
    } else r === "*" ? t.push({ kind: "segment" }) : r === "?" ? t.push({ kind: "one" }) : t.push({ kind: "char", char: r });
  }
  return t;
}
function No(e, t) {
  let n = rr(e, /* @__PURE__ */ new Set([0]));
  for (let r of t) {
    let i = /* @__PURE__ */ new Set();
    for (let s of n) {
      let o = e[Math.floor(s)];
      o && $o(o, s, r, i);
    }
    if (i.size === 0) return !1;
    n = rr(e, i);
  }
  return n.has(e.length);
}
function $o(e, t, n, r) {
  let i = n === "/";
  switch (e.kind) {
    case "char":
      e.char === n && r.add(t + 1);
      return;
    case "one":
      i || r.add(t + 1);
      return;
    case "segment":
      i || r.add(t);
      return;
    case "any":
      r.add(t);
      return;
    case "folders": {
      let s = Math.floor(t) + 0.5;
      r.add(s), i && r.add(Math.floor(t) + 1);
    }
  }
}
function rr(e, t) {
  for (let n of t) {
    let r = Number.isInteger(n) ? e[n] : void 0;
    r && r.kind !== "char" && r.kind !== "one" && t.add(n + 1);
  }
  return t;
}

// src/inputs/table-name.ts
var O = "[\\p{L}\\p{N}_$-]+", Io = new RegExp(`^(${O})\\.\`(${O})\\.(${O})\`\\.(${O})$`, "u"), Oo = new RegExp(`^(${O})\\.(${O})\\.(${O})\\.(${O})$`, "u"), _o = new RegExp(`^${O}$`, "u"), Mo = new RegExp(`^(${O})\\.(${O})$`, "u"), Lo = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function Oe(e) {
  let t = e.trim();
  if (Io.test(t)) return { tableName: kt(t), backticksAdded: !1 };
  let n = Oo.exec(t);
  if (n) {
    let [r = "", i = "", s = "", o = ""] = n.slice(1);
    return {
      tableName: kt(or(r, `${i}.${s}`, o)),
      backticksAdded: !0
    };
  }
  throw new d(Lo, t);
}
function se(e) {
  let t = e.trim();
  if (!_o.test(t))
    throw new d(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      t
    );
  return t;
}
function ir(e) {
  let t = Uo(e.trim());
  if (!Mo.test(t))
    throw new d("must be catalog.schema (e.g. default_catalog.sales)", e.trim());
  return t;
}
function sr(e, t, n) {
  return kt(or(e, t, n));
}
function or(e, t, n) {
  return `${e}.\`${t}\`.${n}`;
}
function Uo(e) {
  return e.length >= 2 && e.startsWith("`") && e.endsWith("`") ? e.slice(1, -1) : e;
}
function kt(e) {
  try {
    ve(e, X);
  } catch {
    throw new d(
      `must compose a tableName of at most ${X} characters (it has ${e.length})`,
      e
    );
  }
  return e;
}

// src/inputs/dbt-mapping.ts
var Bo = /* @__PURE__ */ new Set(["success", "partial success"]);
function ar(e, t, n) {
  let r = { mapped: [], skipped: [] }, i = /* @__PURE__ */ new Set();
  for (let s of e) {
    if (i.has(s.uniqueId)) continue;
    i.add(s.uniqueId);
    let o = Fo(s, t.get(s.uniqueId), n);
    "tableName" in o ? r.mapped.push({ uniqueId: s.uniqueId, ...o }) : r.skipped.push({ uniqueId: s.uniqueId, ...o });
  }
  return r;
}
function Fo(e, t, n) {
  let r = Ho(e, t, n);
  if (r) return r;
  if (!t) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: jo(t, n) };
  } catch (i) {
    return { kind: "invalid-table-name", reason: `its table name ${i instanceof d ? i.rule : String(i)}` };
  }
}
function Ho(e, t, n) {
  let r = t?.resourceType ?? e.uniqueId.split(".")[0] ?? "";
  return Rt.has(r) ? Bo.has(e.status) ? t ? t.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : n.select.length > 0 && !n.select.some((i) => St(i, t)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : n.exclude.some((i) => St(i, t)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${e.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${r || "node"}, not a table` };
}
function jo(e, t) {
  let n = e.schema ?? "", r = e.database !== n ? e.database : null, i = e.catalog ?? r ?? t.defaultCatalog, s = `${t.datasource}.\`${i}.${n}\`.${e.alias ?? e.name}`;
  return Oe(s).tableName;
}

// src/inputs/list.ts
function D(e) {
  return e.split(/[\n,]/).map((t) => t.trim()).filter((t) => t !== "");
}

// src/inputs/trigger-plan.ts
function _e(e, t, n) {
  let r = [...new Set(e)], i = [...new Set(t)].sort(), s = r.length * i.length;
  if (s > n.maxTriggers) {
    let o = s > n.largest ? `split the backfill across steps or a job matrix (one step takes at most ${n.largest})` : "narrow partition or raise max-triggers";
    throw new d(
      `is ${n.maxTriggers}, and the plan has ${s} triggers (${r.length} table${r.length === 1 ? "" : "s"} \xD7 ${i.length} partitions, ${i[0]}..${i.at(-1)}): ${o}`
    );
  }
  return r.flatMap((o) => i.map((u) => ({ tableName: o, partition: u })));
}

// src/inputs/dbt-inputs.ts
var At = "default_catalog";
function lr(e, t, n, r) {
  let i = n.take(
    () => g("datasource", () => (U(
      e.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), se(e.datasource)))
  ), s = n.take(
    () => g("dbt-catalog", () => se(e["dbt-catalog"] || At))
  ), o = n.take(
    () => g("dbt-select", () => D(e["dbt-select"]).map(Et))
  ), u = n.take(
    () => g("dbt-exclude", () => D(e["dbt-exclude"]).map(Et))
  ), p = n.take(() => Wo(e, t, r));
  if (!(i === void 0 || s === void 0 || o === void 0 || u === void 0 || p === void 0))
    return ar(p.results, p.nodes, { datasource: i, defaultCatalog: s, select: o, exclude: u });
}
function Wo(e, t, n) {
  let r = e["dbt-run-results"], i = e["dbt-manifest"] || (0, Me.join)((0, Me.dirname)(r), "manifest.json"), s = g(
    "dbt-run-results",
    () => ur(t, r, Zn)
  );
  if (n) {
    let { tableNames: c, partitions: l, limits: f } = n;
    g("max-triggers", () => _e(c, l, f));
  }
  let o = tr(s), u = g(
    "dbt-manifest",
    () => ur(t, i, (c) => Qn(c, o))
  ), p = [...o].filter((c) => !u.has(c));
  if (p.length > 0)
    throw new $(
      "dbt-manifest",
      `has no node ${p[0]}${p.length > 1 ? ` (nor ${p.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      i
    );
  return { results: s, nodes: u };
}
function ur(e, t, n) {
  let r;
  try {
    r = e(t);
  } catch (i) {
    throw cr(i, t);
  }
  try {
    return n(r);
  } catch (i) {
    throw i instanceof d ? new d(i.rule, t) : typeof i.code == "string" ? cr(i, t) : i;
  }
}
function cr(e, t) {
  let n = e.code;
  return new d(
    `names a file that cannot be read (${typeof n == "string" ? n : "unreadable"})`,
    t
  );
}

// src/inputs/host.ts
var vt = "/anymetrics/api/v1/scheduler/task/trigger", Go = "/anymetrics/api/v1/token/create", Vo = "/anymetrics/api/v1/accelerate/latestTime", qo = "/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList", pr = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", Le = /^[a-z][a-z0-9+.-]*:\/\//i, Ko = /[/?#\\]/;
function Ue(e) {
  let t = Le.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search(Ko), s = (r < 0 ? n : n.slice(0, r)).lastIndexOf("@"), o = s >= 0 ? s : n.lastIndexOf("@");
  if (!(o < 0))
    return {
      scheme: t,
      userinfo: n.slice(0, o),
      rest: n.slice(o + 1),
      ambiguous: s < 0
    };
}
function dr(e) {
  let t = Ue(e.trim());
  if (!t || t.userinfo === "") return [];
  let { userinfo: n } = t, r = n.indexOf(":"), i = r < 0 ? n : n.slice(0, r), s = r < 0 ? "" : n.slice(r + 1), o = r < 0 ? i : s, u = [
    o,
    ge(o),
    Ct(ge(i), ge(s))
  ];
  return t.ambiguous && u.push(n), [...new Set(u.filter((p) => p !== ""))];
}
function Ct(e, t) {
  return Buffer.from(`${e}:${t}`).toString("base64");
}
function Y(e) {
  let t = Ue(e.trim()), n = t ? `${t.scheme}***@${t.rest}` : e.trim();
  return Jo(n);
}
function Jo(e) {
  let t = Le.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search(/[?#]/);
  return r < 0 ? e : `${t}${n.slice(0, r)}${n[r]}\u2026`;
}
function fr(e) {
  let t = e.trim();
  if (t === "") throw new d("is required");
  if (Ae(t) || /\s/.test(t))
    throw new d("must not contain spaces or control characters", Y(t));
  if (Ue(t)?.ambiguous)
    throw new d(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      Y(t)
    );
  let n = Xo(t), r = n.pathname.replace(/\/+$/, ""), i = r.endsWith(vt) ? r.slice(0, -vt.length) : r, s = `${n.protocol}//${n.host}${i}`, o = {
    url: s + vt,
    tokenUrl: s + Go,
    planStatusUrl: s + Vo,
    planListUrl: s + qo,
    display: s
  };
  return (n.username !== "" || n.password !== "") && (o.basicAuth = {
    username: ge(n.username),
    password: ge(n.password)
  }), o;
}
function Xo(e) {
  let t = Le.test(e), n = Yo(t ? e : `http://${e}`, e);
  if (n.protocol !== "http:" && n.protocol !== "https:")
    throw new d("must use http:// or https://", Y(e));
  if (n.hostname === "") throw new d(pr, Y(e));
  if (!t && n.port === "")
    throw new d(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      Y(e)
    );
  let r = Ue(e)?.rest ?? e.slice(Le.exec(e)?.[0].length ?? 0);
  if (n.search !== "" || n.hash !== "" || /[?#]/.test(r))
    throw new d("must not contain a query (?) or fragment (#)", Y(e));
  return n;
}
function Yo(e, t) {
  try {
    return new URL(e);
  } catch {
    throw new d(pr, Y(t));
  }
}
function ge(e) {
  try {
    return decodeURIComponent(e);
  } catch {
    return e;
  }
}

// src/inputs/partition.ts
var Fe = 864e5, zo = /^(\d{4})-(\d{2})-(\d{2})$/, Zo = /^today\s*-\s*(\d{1,5})$/i, mr = 36600, Qo = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", hr = "..", gr = 36600, yr = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, br = {
  CST: "CST is ambiguous: write Asia/Shanghai or America/Chicago",
  EST: "EST is ambiguous: write America/New_York (or America/Panama, which has no daylight saving)",
  IST: "IST is ambiguous: write Asia/Kolkata, Europe/Dublin or Asia/Jerusalem",
  BST: "BST is ambiguous: write Europe/London or Asia/Dhaka",
  GMT: "write UTC, or Europe/London for British time",
  PST: "write America/Los_Angeles",
  PDT: "write America/Los_Angeles",
  MST: "write America/Denver (or America/Phoenix, which has no daylight saving)",
  JST: "write Asia/Tokyo",
  KST: "write Asia/Seoul",
  HKT: "write Asia/Hong_Kong",
  SGT: "write Asia/Singapore",
  CET: "write a city zone such as Europe/Berlin or Europe/Paris",
  EET: "write a city zone such as Europe/Athens or Europe/Helsinki"
};
function wr(e) {
  if (e === "UTC") return null;
  let t = e.toUpperCase();
  if (br[t]) return br[t];
  if (/^[+-]\d/.test(e) || /^(UTC|GMT)[+-]/i.test(e))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let n = ea(e);
  return n === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : yr.test(e) ? null : `is a legacy alias or abbreviation: write ${yr.test(n) && n !== e ? n : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function ea(e) {
  if (e.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: e }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function xr(e) {
  return ye(Be(e));
}
function Dt(e, t) {
  if (e.length === 0) throw new d("must name at least one partition");
  let n = /* @__PURE__ */ new Set();
  for (let r of e)
    for (let i of ta(r.trim(), t)) n.add(i);
  return [...n].sort((r, i) => r - i).map(ye);
}
function ta(e, t) {
  let n = e.indexOf(hr);
  if (n < 0) return [Rr(e, t)];
  if (e.includes("..."))
    throw new d("has a range with three dots: write A..B (two dots)", e);
  let [r = "", i = ""] = [
    e.slice(0, n),
    e.slice(n + hr.length)
  ].map((u) => u.trim());
  if (r === "" || i === "")
    throw new d(
      `has a range without its ${r === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      e
    );
  let s = Tr(r, e, t), o = Tr(i, e, t);
  if (o < s)
    throw new d(
      `has a reversed range (${ye(s)} is after ${ye(o)}): write it oldest first`,
      e
    );
  if (o - s >= gr)
    throw new d(`has a range longer than ${gr} days`, e);
  return Array.from({ length: o - s + 1 }, (u, p) => s + p);
}
function Tr(e, t, n) {
  try {
    return Rr(e, n);
  } catch (r) {
    throw r instanceof d ? new d(r.rule, t) : r;
  }
}
function Rr(e, t) {
  let n = e.toLowerCase();
  if (n === "today") return Be(t);
  if (n === "yesterday") return Be(t) - 1;
  let r = Zo.exec(e);
  if (r) {
    let i = Number(r[1]);
    if (i > mr)
      throw new d(`must not reach back more than ${mr} days`, e);
    return Be(t) - i;
  }
  return na(e);
}
function na(e) {
  let t = zo.exec(e);
  if (!t) throw new d(Qo, e);
  let [n, r, i] = t.slice(1).map(Number), s = Date.UTC(n, r - 1, i) / Fe;
  if (n < 1 || ye(s) !== e)
    throw new d("must be a real calendar date (yyyy-MM-dd)", e);
  return s;
}
function Be({ now: e, timeZone: t }) {
  if (t === "UTC") return Math.floor(e.getTime() / Fe);
  let n = new Intl.DateTimeFormat("en-US", {
    timeZone: t,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(e), r = (i) => Number(n.find((s) => s.type === i)?.value);
  return Date.UTC(r("year"), r("month") - 1, r("day")) / Fe;
}
function ye(e) {
  return new Date(e * Fe).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var Sr = 3600;
function Er(e) {
  let t = Number(e);
  if (!/^\d+(\.\d+)?$/.test(e) || t <= 0 || t > Sr)
    throw new d(
      `must be a number of seconds above 0, at most ${Sr}`,
      e
    );
  let n = Math.round(t * 1e3);
  if (n < 1) throw new d("must be at least 0.001 (1 ms); it rounds to 0 ms", e);
  return n;
}
function Pt(e, t, n) {
  let r = Number(e);
  if (!/^\d+(\.\d+)?$/.test(e) || r < n.min || r > n.max || r <= 0) {
    let i = n.min > 0 ? `from ${n.min}` : "above 0";
    throw new d(`must be a number of ${t.name} ${i}, at most ${n.max}`, e);
  }
  return Math.round(r * t.ms);
}
function He(e, t, n) {
  if (!/^\d+$/.test(e) || Number(e) < t || Number(e) > n)
    throw new d(`must be a whole number from ${t} to ${n}`, e);
  return Number(e);
}
function kr(e) {
  if (e.toLowerCase() === "check") return "check";
  try {
    return Nt(e) ? "plan" : "off";
  } catch {
    throw new d("must be true, false or check", e);
  }
}
function Nt(e) {
  if (["true", "True", "TRUE"].includes(e)) return !0;
  if (["false", "False", "FALSE"].includes(e)) return !1;
  throw new d("must be true or false", e);
}
function Ar(e) {
  let t = wr(e);
  if (t) throw new d(t, e);
  return e;
}

// src/inputs/wait-plans.ts
var vr = "id:", Cr = 100;
function Dr(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of D(e)) {
    let r = ra(n);
    t.set(`${r.by}:${r.value}`, r);
  }
  if (t.size > Cr)
    throw new d(
      `names ${t.size} plans; at most ${Cr} (split the wait across steps)`
    );
  return [...t.values()];
}
function ra(e) {
  let t = e.toLowerCase().startsWith(vr), n = t ? e.slice(vr.length).trim() : e;
  if (n === "") throw new d("has an id: entry without a plan ID", e);
  if (Ae(n))
    throw new d("has a plan with control characters", e);
  if (n.length > X)
    throw new d(`has a plan longer than ${X} characters`, e);
  return { by: t ? "id" : "name", value: n, label: t ? `id:${n}` : n };
}

// src/inputs/table-inputs.ts
var ia = ["datasource", "catalog-schema", "table"];
function It(e, t, n, r) {
  let i = D(e["table-name"]), s = ia.filter(
    (o) => e[o] !== "" && !(n && o === "datasource")
  );
  return i.length > 0 && s.length > 0 ? Pr(
    r,
    "table-name",
    `cannot be combined with ${s.join(", ")}: give full names or their parts, not both`
  ) : i.length > 0 ? r.take(() => i.map((o) => sa(o, t))) : s.length === 0 && n ? [] : s.length === 0 ? Pr(
    r,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : oa(e, n, r);
}
function Pr(e, t, n) {
  return e.take(() => {
    throw new $(t, n);
  });
}
function sa(e, t) {
  let n = g("table-name", () => Oe(e));
  return n.backticksAdded && t.push(`table-name: added the backticks the platform requires: ${n.tableName}`), n.tableName;
}
function oa(e, t, n) {
  let r = (t ? new J() : n).take(
    () => $t(e, "datasource", se)
  ), i = n.take(() => $t(e, "catalog-schema", ir)), s = n.take(
    () => $t(e, "table", (o) => D(o).map(se))
  );
  if (!(r === void 0 || i === void 0 || s === void 0))
    return n.take(
      () => g("table", () => s.map((o) => sr(r, i, o)))
    );
}
function $t(e, t, n) {
  if (D(e[t]).length === 0)
    throw new $(t, "is required when datasource, catalog-schema or table is given");
  return g(t, () => n(e[t]));
}

// src/inputs/parse-inputs.ts
var Nr = [
  "host",
  "tenant-id",
  "auth-type",
  "auth-value",
  "app-id",
  "app-secret",
  "table-name",
  "datasource",
  "catalog-schema",
  "table",
  "partition",
  "timezone",
  "timeout-seconds",
  "retries",
  "concurrency",
  "fail-fast",
  "dry-run",
  "max-triggers",
  "ca-certificate",
  "dbt-run-results",
  "dbt-manifest",
  "dbt-select",
  "dbt-exclude",
  "dbt-catalog",
  "wait-for-plans",
  "wait-timeout-minutes",
  "wait-interval-seconds"
], aa = 10, ua = 32, Ot = 2e3, ca = 350, la = 600, pa = { name: "minutes", ms: 6e4 }, da = { name: "seconds", ms: 1e3 }, $r = {
  timeZone: { input: "timezone", default: "UTC", parse: Ar },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: Er },
  retries: {
    input: "retries",
    default: "3",
    parse: (e) => He(e, 0, aa)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (e) => He(e, 1, ua)
  },
  failFast: { input: "fail-fast", default: "false", parse: Nt },
  dryRun: { input: "dry-run", default: "false", parse: kr },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (e) => He(e, 1, Ot)
  },
  waitTimeoutMs: {
    input: "wait-timeout-minutes",
    default: "60",
    parse: (e) => Pt(e, pa, { min: 0, max: ca })
  },
  waitIntervalMs: {
    input: "wait-interval-seconds",
    default: "30",
    parse: (e) => Pt(e, da, { min: 1, max: la })
  }
}, Jl = {
  partition: "today",
  "dbt-catalog": At,
  ...Object.fromEntries(Object.values($r).map((e) => [e.input, e.default]))
};
function Ir(e) {
  return [e["auth-value"], e["app-secret"], ...dr(e.host)].filter(
    (t) => t !== ""
  );
}
function Or(e, t) {
  let n = [], r = new J(), i = r.take(() => g("host", () => fr(e.host))), s = r.take(() => g("tenant-id", () => ha(e["tenant-id"]))), o = Un(e, r), u = e["dbt-run-results"] !== "", p = u ? lr(e, t.readArtifact, r, fa(e, t.now)) : void 0, c = It(e, n, u, r), l = c && (!u || p) ? [...c, ...ga(p)] : void 0, f = _r(e, r), { timeZone: m, maxTriggers: h } = f, b = m === void 0 ? void 0 : r.take(
    () => g(
      "partition",
      () => Dt(D(e.partition || "today"), { now: t.now, timeZone: m })
    )
  ), y = l && b && h !== void 0 ? r.take(
    () => g(
      "max-triggers",
      () => _e(l, b, { maxTriggers: h, largest: Ot })
    )
  ) : void 0, S = r.take(
    () => g("wait-for-plans", () => Dr(e["wait-for-plans"]))
  ), M = r.take(
    () => g("ca-certificate", () => On(e["ca-certificate"], t.readTextFile))
  );
  r.throwIfAny();
  let _ = {
    ...f,
    endpoint: i,
    tenantId: s,
    credentials: o,
    plan: y,
    caCertificates: M,
    waitForPlans: S
  }, ue = ma(_);
  return {
    config: { ...ue, today: xr({ now: t.now, timeZone: ue.timeZone }), dbt: p },
    notices: n
  };
}
function fa(e, t) {
  let n = new J(), r = It(e, [], !0, n), { timeZone: i, maxTriggers: s } = _r(e, n);
  if (r === void 0 || i === void 0 || s === void 0)
    return;
  let o = n.take(
    () => g(
      "partition",
      () => Dt(D(e.partition || "today"), { now: t, timeZone: i })
    )
  );
  return o && { tableNames: r, partitions: o, limits: { maxTriggers: s, largest: Ot } };
}
function _r(e, t) {
  let n = Object.entries($r).map(([r, i]) => [
    r,
    t.take(
      () => g(i.input, () => i.parse(e[i.input] || i.default))
    )
  ]);
  return Object.fromEntries(n);
}
function ma(e) {
  for (let [t, n] of Object.entries(e))
    if (n === void 0) throw new Error(`input ${t} was neither parsed nor refused`);
  return e;
}
function ha(e) {
  return U(e), ne(e), ve(e), e;
}
function ga(e) {
  return e ? e.mapped.map((t) => t.tableName) : [];
}

// src/platform/retry-policy.ts
var Mr = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, ya = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), ba = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "TIMEOUT",
  // the action's own deadline (timeout-seconds) passed
  "EPROXY",
  // the proxy could not open a tunnel (it may be restarting)
  "EAI_AGAIN",
  "ENETUNREACH",
  "ENETDOWN",
  "EHOSTUNREACH",
  "ECLOSED"
  // the connection closed with no answer (a proxy or the server gave up)
]);
function _t(e) {
  return "status" in e ? ya.has(e.status) : ba.has(e.errorCode);
}
function Ta(e, t, n) {
  let r = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** (e - 1));
  return Math.floor(n() * r);
}
function Lr(e, t) {
  if (e === void 0) return;
  let n = e.trim();
  if (/^\d+$/.test(n)) return Number(n) * 1e3;
  let r = Date.parse(n);
  if (!(Number.isNaN(r) || !/[a-z]/i.test(n)))
    return Math.max(0, r - t);
}
var wa = 250;
function Ur(e, t, n, r) {
  return n !== void 0 ? Mt(n, t) : Ta(e, t, r);
}
function Mt(e, t) {
  return Math.min(Math.max(e, wa), t.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var zr = require("node:net");

// src/secret-matching.ts
var xa = /^[0-9a-fA-F]{2}$/, Ra = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" "), Br = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  plus: "+",
  sol: "/",
  equals: "=",
  ...Object.fromEntries(
    Ra.map((e, t) => [e, String.fromCharCode(160 + t)])
  )
}, Sa = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " "
}, Fr = new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "u"), Ea = new RegExp("\\p{M}", "gu");
function be(e, t = !0) {
  let n = { chars: "", starts: [], ends: [] }, r = [];
  for (let i = 0; i < e.length; ) {
    let s = t ? Aa(e, i) : Wr(e, i);
    for (let o of ka(s.text)) {
      r.push(o);
      for (let u = 0; u < o.length; u++)
        n.starts.push(i), n.ends.push(i + s.length);
    }
    i += s.length;
  }
  return n.chars = r.join(""), n;
}
function ka(e) {
  return e.length === 1 && e > " " && e < "\x7F" && e !== "+" ? [e] : e === "" || Fr.test(e) ? [] : [...e.normalize("NFKD").replace(Ea, "")].filter((n) => !Fr.test(n));
}
function Aa(e, t) {
  let n = e[t] ?? "";
  return n === "%" ? va(e, t) : n === "&" ? Ca(e, t) : n === "\\" ? Da(e, t) : Wr(e, t);
}
function Wr(e, t) {
  let n = e.codePointAt(t) ?? 0;
  return { text: String.fromCodePoint(n), length: n > 65535 ? 2 : 1 };
}
function va(e, t) {
  let n = Hr(e, t);
  if (n === void 0) return { text: "%", length: 1 };
  let r = n < 128 ? 1 : n >= 240 ? 4 : n >= 224 ? 3 : n >= 192 ? 2 : 1, i = [n];
  for (let o = 1; o < r; o++) {
    let u = Hr(e, t + o * 3);
    if (u === void 0) break;
    i.push(u);
  }
  let s = new TextDecoder().decode(Uint8Array.from(i));
  return s.includes("\uFFFD") ? { text: String.fromCharCode(n), length: 3 } : { text: s, length: i.length * 3 };
}
function Hr(e, t) {
  if (e[t] !== "%") return;
  let n = e.slice(t + 1, t + 3);
  return xa.test(n) ? parseInt(n, 16) : void 0;
}
function Ca(e, t) {
  let n = e.indexOf(";", t + 1);
  if (n < 0 || n - t > 12) return { text: "&", length: 1 };
  let r = e.slice(t + 1, n), i = /^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
  if (i?.[1]) {
    let o = i[1].startsWith("x") || i[1].startsWith("X") ? parseInt(i[1].slice(1), 16) : parseInt(i[1], 10);
    if (o > 0 && o <= 1114111)
      return { text: String.fromCodePoint(o), length: n - t + 1 };
  }
  let s = Br[r] ?? Br[r.toLowerCase()];
  return s === void 0 ? { text: "&", length: 1 } : { text: s, length: n - t + 1 };
}
function Da(e, t) {
  let n = e[t + 1] ?? "", r = jr(e, t);
  if (r !== void 0) {
    let s = r >= 55296 && r <= 56319 ? jr(e, t + 6) : void 0;
    return s !== void 0 && s >= 56320 && s <= 57343 ? { text: String.fromCharCode(r, s), length: 12 } : { text: String.fromCharCode(r), length: 6 };
  }
  let i = Sa[n];
  return i === void 0 ? { text: "\\", length: 1 } : { text: i, length: 2 };
}
function jr(e, t) {
  if (e[t] !== "\\" || e[t + 1] !== "u") return;
  let n = e.slice(t + 2, t + 6);
  return /^[0-9a-fA-F]{4}$/.test(n) ? parseInt(n, 16) : void 0;
}
function Gr(e, t) {
  if (t.length === 0 || e === "") return [];
  let n = [];
  for (let r of [be(e), be(e, !1)])
    Pa(r, t, e.length, n);
  return Na(n);
}
function Pa(e, t, n, r) {
  for (let i of t)
    for (let s = e.chars.indexOf(i); s >= 0; ) {
      let o = s + i.length - 1;
      r.push([e.starts[s] ?? 0, e.ends[o] ?? n]), s = e.chars.indexOf(i, s + 1);
    }
}
function Na(e) {
  e.sort((n, r) => n[0] - r[0]);
  let t = [];
  for (let [n, r] of e) {
    let i = t.at(-1);
    i && n <= i[1] ? i[1] = Math.max(i[1], r) : t.push([n, r]);
  }
  return t;
}

// src/trust.ts
var $a = "***", Ia = 1e3, Oa = 256 * 1024, _a = 12, Ma = 200, La = 120, Jr = /[\s\u0085]+/g, Ua = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "gu"), Vr = "\uFFFD", Ba = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, Fa = /##\[/g;
function a(e, ...t) {
  let n = e[0] ?? "";
  return t.forEach((r, i) => {
    n += String(r) + (e[i + 1] ?? "");
  }), n;
}
function z(e, t) {
  return e.join(t);
}
function E(e) {
  return Ut(Lt(e));
}
var je = class {
  /** Every exact form of every secret (for the runner's own mask). */
  forms = [];
  /** The same forms in canonical form, as redaction matches them. */
  canonicalForms = [];
  /** The longest exact form: how far past a cut a secret can reach. */
  longestForm = 0;
  constructor(t = []) {
    t.forEach((n) => this.addSecret(n));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(t) {
    let n = qa(t).filter((i) => !this.forms.includes(i));
    this.forms = [...this.forms, ...n].sort((i, s) => s.length - i.length);
    let r = n.flatMap((i) => [be(i).chars, be(i, !1).chars]).filter((i) => i !== "");
    return this.canonicalForms = [.../* @__PURE__ */ new Set([...this.canonicalForms, ...r])], this.longestForm = this.forms[0]?.length ?? 0, n;
  }
  /**
   * Known secrets replaced by `***` in whatever form they came back: matched on a canonical
   * form of the text (encodings decoded, invisible characters and spaces dropped, Unicode
   * normalized) and masked over the whole span of the original they were made of.
   */
  redact(t) {
    let n = Gr(t, this.canonicalForms);
    if (n.length === 0) return t;
    let r = "", i = 0;
    for (let [s, o] of n)
      r += t.slice(i, s) + $a, i = o;
    return r + t.slice(i);
  }
  /** A platform or transport text as one inert, bounded line. */
  text(t, n = Ia) {
    let r = t.replace(Jr, " ");
    return this.finish(Lt(this.redactPart(r, n * 2 + 64)), n);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(t, n = Ma) {
    return this.finish(Lt(Ga(this.redactPart(t, Oa))), n);
  }
  /**
   * Redacts the first `room` characters of a long text (plus room for a secret's longest
   * encoded form), and drops that margin from the end when the text was cut: a secret
   * straddling the cut is not whole, so not matched, and its prefix must not be shown either.
   */
  redactPart(t, n) {
    let r = this.longestForm * _a;
    if (t.length <= n + r) return this.redact(t);
    let i = this.redact(t.slice(0, n + r));
    return r > 0 ? i.slice(0, -r) : i;
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(t, n = La) {
    let r = Ut(Wa(JSON.stringify(this.redact(t))));
    return r.length > n ? `${Xr(r, n)}\u2026"` : r;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(t, n) {
    return Ha(V(Ut(this.redact(t)), n));
  }
};
function Ha(e) {
  return Buffer.from(e, "utf16le").toString("utf16le");
}
var ja = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function Wa(e) {
  return e.replace(ja, (t) => `\\u${t.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function Lt(e) {
  return e.replace(Ba, Vr).replace(Jr, " ").replace(Ua, Vr).trim();
}
function Ut(e) {
  let t = e.replace(Fa, "## ["), n = t.trimStart();
  return n.startsWith("::") ? `: :${n.slice(2)}` : t;
}
function Xr(e, t) {
  let n = e.slice(0, t), r = n.charCodeAt(n.length - 1);
  return r >= 55296 && r <= 56319 ? n.slice(0, -1) : n;
}
var qr = /<\/(script|style|head)\s*>/gi;
function Ga(e) {
  let t = "", n = 0;
  for (; n < e.length; ) {
    let r = e.indexOf("<", n), i = r < 0 ? -1 : e.indexOf(">", r + 1);
    if (i < 0) return t + e.slice(n);
    if (t += `${e.slice(n, r)} `, n = i + 1, Va(e, r)) {
      qr.lastIndex = n;
      let s = qr.exec(e);
      n = s ? s.index + s[0].length : e.length;
    }
  }
  return t;
}
function Va(e, t) {
  let n = e.charCodeAt(t + 1) | 32;
  return n !== 115 && n !== 104 ? !1 : /^<(script|style|head)\b/i.test(e.slice(t, t + 8));
}
function qa(e) {
  if (e === "") return [];
  let t = [
    e,
    encodeURIComponent(e),
    encodeURIComponent(e).replace(/%20/g, "+"),
    JSON.stringify(e).slice(1, -1),
    Kr(e, "&#39;"),
    Kr(e, "&#x27;"),
    ...Ka(e)
  ];
  return [...new Set(t)].filter((n) => n !== "");
}
function Kr(e, t) {
  let n = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": t
  };
  return e.replace(/[&<>"']/g, (r) => n[r] ?? r);
}
function Ka(e) {
  let t = Buffer.from(e, "utf8"), n = t.toString("base64"), r = [n, n.replace(/=+$/, "")];
  for (let i of [0, 1, 2]) {
    let s = Buffer.concat([Buffer.alloc(i), t]).toString("base64"), o = Math.ceil(i * 8 / 6), u = Math.floor((i + t.length) * 8 / 6);
    r.push(s.slice(o, u));
  }
  return r.filter((i) => i.length >= 6).flatMap((i) => [i, i.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function V(e, t) {
  return e.length > t ? `${Xr(e, t)}\u2026` : e;
}
function Yr(e, t) {
  return e.toFixed(t);
}

// src/platform/transport-errors.ts
var R = class extends Error {
  constructor(n, r) {
    super(n);
    this.description = n;
    this.code = r;
    this.name = "TransportError";
  }
  description;
  code;
}, Zr = new R("cancelled", "CANCELLED"), Qr = new R("cancelled", "CANCELLED_SENT"), Ja = "tunneling socket could not be established";
function ei(e, t, n) {
  return {
    url: e,
    host: n.text(e.host, 300),
    proxy: t ? n.text(`${t.protocol}//${t.host}`, 300) : void 0
  };
}
function Bt(e) {
  if (e instanceof R) return e;
  let t = e?.code, n = e instanceof Error ? e.message : String(e);
  return new R(n, typeof t == "string" ? t : "UNKNOWN");
}
async function ti(e, t) {
  let n = Bt(e);
  if (n.description.startsWith(Ja)) {
    let r = n.description.split("cause=")[1] ?? n.code;
    return new R(r, "EPROXY");
  }
  return n.code === "EPROTO" && /wrong version number/i.test(n.description) ? new R(n.description, "EPLAINPORT") : n.code === "ECONNRESET" && t.url.protocol === "http:" && !t.proxy && (t.speaksTls ??= Xa(t.url), await t.speaksTls) ? new R(n.description, "ETLSPORT") : n;
}
function Xa(e) {
  return new Promise((t) => {
    let n = process.getBuiltinModule("node:tls").connect({
      host: e.hostname,
      port: Number(e.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, zr.isIP)(e.hostname) ? {} : { servername: e.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), r = (i) => {
      n.destroy(), t(i);
    };
    n.once("secureConnect", () => r(!0)), n.once("error", () => r(!1)), n.once("timeout", () => r(!1));
  });
}
function Ya(e, t, n, r) {
  let i = e.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${t}${n} sent an answer that is not valid HTTP (${r})${i}`;
}
var za = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), Za = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function ni(e, t, n) {
  let r = t.text(e.code, 64), i = n?.host ?? a`the host`, s = n?.proxy ? a` via proxy ${n.proxy}` : a``;
  if (e.code.startsWith("HPE_")) return Ya(e, i, s, r);
  switch (e.code) {
    case "ELOCAL":
      return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;
    case "EUPGRADE":
    case "ECLOSED":
      return a`${i}${s}: ${t.text(e.description)}`;
    case "CANCELLED":
      return a`cancelled before the request reached ${i}`;
    case "CANCELLED_SENT":
      return a`cancelled while waiting for ${i} to answer; the platform may have received it and started the refresh`;
    case "TIMEOUT":
      return a`${i}${s} sent no answer within ${t.text(e.description.replace(/^no answer within /, ""))}`;
    case "EPROXY":
      return a`could not open a tunnel to ${i} through the proxy ${n?.proxy ?? a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return a`${i} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return a`${i} speaks TLS: use https://${i} instead of http://`;
  }
  if (za.has(e.code))
    return a`the TLS certificate of ${i} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
  let o = Za[e.code];
  return o ? a`${o} by ${i}${s} (${r})` : a`${i}${s}: ${t.text(e.description)}`;
}

// src/platform/verdict.ts
var Qa = 32, eu = 128, tu = 8, Ft = 4096;
function ii(e, t) {
  if (ru(e.status)) return cu(e, t);
  let n = pu(e.body);
  if (!n) return lu(e, t);
  let r = su(n, t), i = ou(e.status, n, r, t);
  return {
    succeeded: i === null,
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    reason: i,
    warning: i === null && si(n.data)?.trim() === "false" ? a`the platform answered data "false"` : null
  };
}
function P(e) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: e, warning: null };
}
function nu(e) {
  return e >= 200 && e < 300;
}
function ru(e) {
  return e >= 300 && e < 400 && e !== 304;
}
function iu(e) {
  return jt(e) ? String(e).trim() : null;
}
function su(e, t) {
  let n = (r, i) => {
    let s = si(r);
    return s === null || s.trim() === "" ? null : t.text(s, i);
  };
  return {
    code: jt(e.code) ? n(e.code, Qa) : null,
    traceId: jt(e.traceId) ? n(e.traceId, eu) : null,
    data: n(e.data),
    errorMsg: n(e.errorMsg),
    detailErrorMsg: n(e.detailErrorMsg)
  };
}
function ou(e, t, n, r) {
  let i = au(n.errorMsg, n.detailErrorMsg);
  if (!nu(e))
    return i !== null ? a`HTTP ${e}: ${i}` : a`HTTP ${e}${Ht(n.code)}`;
  if (i !== null) return i;
  let s = uu(t, r);
  return s.value !== !0 ? s.name === null ? a`the response has neither "succeed" nor "success"${Ht(n.code)}` : a`the platform answered ${s.name}: ${s.shown}${Ht(n.code)}` : iu(t.code) !== "200" ? n.code === null ? a`the platform answered code null` : a`the platform answered code "${n.code}"` : null;
}
function au(e, t) {
  return e === null ? t : t === null || t === e ? e : a`${e}: ${t}`;
}
function uu(e, t) {
  return "succeed" in e ? { name: a`succeed`, ...ri(e.succeed, t) } : "success" in e ? { name: a`success`, ...ri(e.success, t) } : { name: null, value: void 0, shown: a`` };
}
function ri(e, t) {
  return { value: e, shown: t.text(We(e), 60) };
}
function Ht(e) {
  return e === null ? a`` : a` (code ${e})`;
}
function cu(e, t) {
  let n = e.location ? t.text(e.location, 300) : a`an address it did not give`;
  return P(
    a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`
  );
}
function lu(e, t) {
  let n = t.excerpt(e.body), r = e.body.trim() === "" ? a`an empty body` : n === "" ? a`a page of markup with no text, not a JSON object` : a`a body that is not a JSON object: ${n}`;
  return P(a`HTTP ${e.status} with ${r}`);
}
function pu(e) {
  try {
    let t = JSON.parse(e);
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : null;
  } catch {
    return null;
  }
}
function jt(e) {
  return typeof e == "string" || typeof e == "number";
}
function si(e) {
  return e == null ? null : typeof e == "string" ? e : We(e);
}
function We(e) {
  let t = [], n = 0, r = (o) => (t.push(o), n += o.length, n < Ft), i = (o, u) => {
    if (o === null || typeof o != "object") return r(JSON.stringify(o) ?? "null");
    if (u >= tu) return r("\u2026");
    let p = Array.isArray(o) ? o.map((c) => [null, c]) : Object.entries(o);
    if (!r(Array.isArray(o) ? "[" : "{")) return !1;
    for (let [c, [l, f]] of p.entries())
      if (c > 0 && !r(",") || l !== null && !r(`${JSON.stringify(l)}:`) || !i(f, u + 1)) return !1;
    return r(Array.isArray(o) ? "]" : "}");
  };
  i(e, 0);
  let s = t.join("");
  return n < Ft ? s : `${s.slice(0, Ft)}\u2026`;
}

// src/platform/attempt.ts
function Z(e, t, n = Date.now()) {
  let r = _t({ status: e.status }), i = r ? Lr(e.retryAfter, n) : void 0;
  return {
    verdict: ii(e, t),
    answered: !0,
    local: !1,
    rateLimited: e.status === 429,
    retryable: r,
    pushbackMs: i ?? (e.status === 429 ? 0 : void 0),
    cancelled: !1,
    sentBeforeCancel: !1
  };
}
function oi(e, t, n) {
  let r = Bt(e);
  return {
    verdict: P(ni(r, t, n)),
    answered: !1,
    local: r.code === "ELOCAL",
    rateLimited: !1,
    retryable: _t({ errorCode: r.code }),
    pushbackMs: void 0,
    cancelled: r.code === "CANCELLED" || r.code === "CANCELLED_SENT",
    sentBeforeCancel: r.code === "CANCELLED_SENT"
  };
}
function Te(e, t) {
  let { code: n, traceId: r } = e.verdict;
  return { ...e, verdict: { ...P(t), code: n, traceId: r } };
}

// src/platform/connection.ts
var ui = H(require("node:http"), 1);

// src/platform/tls-trust.ts
function ai(e) {
  let t = process.getBuiltinModule("node:tls"), n = t.getCACertificates;
  return [...n ? n("default") : t.rootCertificates, ...e];
}

// src/platform/connection.ts
async function ci(e, t) {
  let n = e.protocol === "https:", r = n ? process.getBuiltinModule("node:https") : ui.default, i = ln(e), s = i?.hostname ? await du(n, i, t.maxSockets) : new r.Agent({ keepAlive: !0, maxSockets: t.maxSockets });
  return n && t.caCertificates.length > 0 && fu(s, t.caCertificates), { agent: s, transport: r, proxy: i?.hostname ? i : void 0 };
}
async function du(e, t, n) {
  let r = await Promise.resolve().then(() => H(gn(), 1)), i = t.protocol === "https:", s = e ? i ? r.httpsOverHttps : r.httpsOverHttp : i ? r.httpOverHttps : r.httpOverHttp, o = t.username || t.password ? { proxyAuth: `${t.username}:${t.password}` } : {}, u = Number(t.port || (i ? 443 : 80)), p = {
    maxSockets: n,
    keepAlive: !0,
    proxy: { ...o, host: t.hostname, port: u }
  };
  return s(p);
}
function fu(e, t) {
  let n = e;
  n.options = { ...n.options, ca: ai(t) };
}

// src/platform/http-exchange.ts
var li = 1024 * 1024;
function pi(e) {
  let { transport: t, url: n, agent: r, headers: i, payload: s, timeoutMs: o, signal: u } = e;
  return new Promise((p, c) => {
    let l = !1, f = !1, m = (v) => {
      l || (l = !0, clearTimeout(M), v());
    }, h = () => new R(`no answer within ${o / 1e3} s`, "TIMEOUT"), b = !1, y = () => b ? Qr : Zr, S = (v) => m(() => c(f ? h() : u?.aborted ? y() : v)), M = setTimeout(() => {
      f = !0, _?.destroy(h()), S(h());
    }, o), _;
    try {
      _ = t.request(n, {
        method: "POST",
        agent: r,
        headers: { ...i, "content-length": Buffer.byteLength(s) },
        ...u ? { signal: u } : {}
      });
    } catch (v) {
      return S(mu(v));
    }
    let ue = !1;
    _.on("response", (v) => {
      ue = !0, gu(v).then(
        (tt) => m(
          () => p({ status: v.statusCode ?? 0, body: tt, ...hu(v) })
        ),
        S
      );
    }), _.on("upgrade", (v, tt) => {
      tt.destroy(), S(
        new R(
          `answered ${v.statusCode ?? 101} ${v.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), _.on("finish", () => b = !0), _.on("error", S), _.on("close", () => {
      ue || S(new R("the connection closed without an answer", "ECLOSED"));
    }), _.end(Buffer.from(s, "utf8"));
  });
}
function mu(e) {
  let t = e instanceof Error ? e.message : String(e);
  return new R(t, "ELOCAL");
}
function hu(e) {
  let { "retry-after": t, location: n } = e.headers;
  return {
    ...typeof t == "string" ? { retryAfter: t } : {},
    ...typeof n == "string" ? { location: n } : {}
  };
}
function gu(e) {
  return new Promise((t, n) => {
    let r = [], i = 0;
    e.on("data", (s) => {
      i < li && r.push(s), i += s.length;
    }), e.on(
      "end",
      () => t(Buffer.concat(r).subarray(0, li).toString("utf8"))
    ), e.on("error", n), e.on("close", () => {
      e.complete || n(new R("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/plan-status-answer.ts
function fi(e, t) {
  let n = Z(e, t);
  if (!n.verdict.succeeded) return n;
  let r = yu(e.body);
  return r ? {
    ...n,
    status: {
      hasNotReady: bu(r.hasNotReady),
      latestDateTime: di(r.latestDateTime),
      latestRefreshTime: di(r.latestRefreshTime)
    }
  } : Te(n, a`the status answer has no data object`);
}
function yu(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : void 0;
  } catch {
    return;
  }
}
function bu(e) {
  return e === !0 || e === "true" ? !0 : e === !1 || e === "false" ? !1 : null;
}
function di(e) {
  return e === void 0 || typeof e == "string" && e.trim() === "" ? null : e;
}

// src/platform/token-answer.ts
function mi(e, t, n) {
  let r = Tu(e.body);
  r !== void 0 && n(r);
  let i = Z(e, t);
  return i.verdict.succeeded ? r === void 0 ? Te(i, a`the token answer has no token (a non-empty string) in data`) : ft(r) ? { ...i, token: r } : Te(
    i,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : i;
}
function Tu(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "string" && t.trim() !== "" ? t : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function hi(e) {
  let t = new URL(e.endpointUrl), n = new URL(e.tokenUrl), r = new URL(e.planStatusUrl), i = new URL(e.planListUrl), { agent: s, transport: o, proxy: u } = await ci(t, {
    maxSockets: e.maxSockets ?? 16,
    caCertificates: e.caCertificates ?? []
  }), p = ei(t, u, e.boundary), c = async (m) => oi(await ti(m, p), e.boundary, p), l = (m, h, b, y) => pi({ transport: o, url: m, agent: s, headers: h, payload: b, timeoutMs: e.timeoutMs, signal: y }), f = xu(e);
  return {
    trigger: (m, h, b) => {
      let y = wu(m, e.tenantId);
      return e.onTriggerBody?.(y), l(
        t,
        { ...f, ...Wt(e.tenantId, h) },
        y,
        b
      ).then((S) => Z(S, e.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (m, h, b) => l(
      n,
      f,
      JSON.stringify({ appId: m.appId, appSecret: m.appSecret }),
      b
    ).then((y) => mi(y, e.boundary, h), c),
    planStatus: (m, h, b) => l(
      r,
      { ...f, ...Wt(e.tenantId, h) },
      JSON.stringify(
        m.by === "id" ? { planIdList: [m.value] } : { planNameList: [m.value] }
      ),
      b
    ).then((y) => fi(y, e.boundary), c),
    planList: (m, h) => l(
      i,
      { ...f, ...Wt(e.tenantId, m) },
      JSON.stringify({ pager: { pageNumber: 1, pageSize: 1 } }),
      h
    ).then((b) => Z(b, e.boundary), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => s.destroy?.()
  };
}
function wu(e, t) {
  let n = {
    tableName: e.tableName,
    tenantId: t,
    tablePartition: e.partition
  };
  return JSON.stringify(n);
}
function xu(e) {
  let t = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": e.userAgent
  };
  if (e.basicAuth) {
    let { username: n, password: r } = e.basicAuth;
    t.authorization = `Basic ${Ct(n, r)}`;
  }
  return t;
}
function Wt(e, t) {
  return {
    "tenant-id": e,
    "auth-type": t.authType,
    "auth-value": t.authValue
  };
}

// src/run/freshness.ts
var Ru = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/, Su = /^\d{10,16}$/;
function Gt(e) {
  if (typeof e == "number")
    return Number.isFinite(e) && e >= 0 ? { ms: e } : { problem: "not a time" };
  if (typeof e != "string") return { problem: "not a time" };
  let t = e.trim();
  if (Su.test(t)) return { ms: Number(t) };
  let n = Ru.exec(t);
  if (!n) return { problem: "not a time this action reads" };
  let [, r, i, s, o = "0", u = "0", p = "0", c = "", l] = n, f = [r, i, s, o, u, p].map(Number), m = Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
  return Eu(m, f) ? { ms: m + +`0.${c || "0"}` * 1e3 - ku(l) } : { problem: "not a real date and time" };
}
function Eu(e, t) {
  let n = new Date(e);
  return [
    n.getUTCFullYear(),
    n.getUTCMonth() + 1,
    n.getUTCDate(),
    n.getUTCHours(),
    n.getUTCMinutes(),
    n.getUTCSeconds()
  ].every((i, s) => i === t[s]);
}
function ku(e) {
  if (!e || e === "Z") return 0;
  let t = e.startsWith("-") ? -1 : 1, n = e.slice(1).replace(":", "");
  return t * (Number(n.slice(0, 2)) * 60 + Number(n.slice(2))) * 6e4;
}
function gi(e, t) {
  return t === null ? !1 : e === null || t > e;
}
function yi(e, t) {
  if (e === null || t === void 0) return !1;
  let n = Gt(t);
  return "ms" in n && e < n.ms;
}

// src/run/retry-loop.ts
var Au = 10;
function Q(e, t) {
  return {
    sleep: (n) => t.sleep(n, e.stopSignal),
    random: t.random,
    nowMs: t.nowMs,
    stopped: () => e.stopped
  };
}
async function q(e, t, n, r) {
  let i = t.retries + 1, s = 0, o, u = !1;
  for (let p = 1; ; p++) {
    let c = await e();
    if (!c || c.cancelled)
      return {
        last: o,
        attempts: c?.sentBeforeCancel ? p : p - 1,
        answered: u,
        cancelled: !!c?.cancelled,
        sentBeforeCancel: !!c?.sentBeforeCancel
      };
    if (u ||= c.answered || c.local, o = c, c.rateLimited && s < Au && (s++, i++), !c.retryable || p >= i || n.stopped())
      return { last: o, attempts: p, answered: u, cancelled: !1, sentBeforeCancel: !1 };
    let l = Ur(p, t, c.pushbackMs, n.random), f = c.verdict.reason ?? a`transient failure`;
    if (r({ attempt: p, maxAttempts: i, reason: f, waitMs: l, counted: !c.rateLimited }), await n.sleep(l), n.stopped())
      return { last: o, attempts: p, answered: u, cancelled: !1, sentBeforeCancel: !1 };
  }
}

// src/run/plan-watch.ts
async function Ge(e, t) {
  let n = [], r = { ...t, renewCredential: void 0 };
  for (let i of e) {
    let s = t.boundary.text(i.label, 200), o = await xi(i, s, r);
    if (o.kind !== "read")
      return { failed: { label: s, verdict: o.verdict, attempts: o.attempts } };
    n.push({
      plan: i,
      label: s,
      baseline: o.reading,
      last: o.reading,
      state: "waiting",
      reason: null,
      polls: 0,
      waitedMs: 0
    });
  }
  return { watches: n };
}
var vu = 6e4;
async function wi(e, t, n, r) {
  let { clock: i, control: s } = n, o = i.nowMs(), u = o + t.timeoutMs, p = o, c = null;
  for (; ; ) {
    let f = u - i.nowMs();
    if (f <= 0 || s.stopped || (await i.sleep(Math.min(t.intervalMs, f), s.stopSignal), s.stopped)) break;
    for (let m of e.filter((h) => h.state === "waiting")) {
      if (s.stopped) break;
      let h = await xi(m.plan, m.label, n);
      if (m.polls++, m.waitedMs = i.nowMs() - o, h.kind === "stopped") break;
      if (h.kind !== "transient") {
        if (h.kind !== "read") {
          if (m.state = "failed", m.reason = h.verdict.reason, m.last = { ...m.last, traceId: h.verdict.traceId ?? m.last.traceId }, h.kind === "refused") {
            c = a`the wait ended when the platform refused ${m.label}`;
            break;
          }
          continue;
        }
        m.last = h.reading, gi(m.baseline.refreshMs, h.reading.refreshMs) && (m.state = "fresh", r.onFresh(m));
      }
    }
    if (c || e.every((m) => m.state !== "waiting")) break;
    if (i.nowMs() - p >= vu) {
      p = i.nowMs();
      let m = e.filter((h) => h.state === "waiting").length;
      r.onProgress(m, e.length, p - o, t.timeoutMs);
    }
  }
  let l = i.nowMs() - o;
  for (let f of e.filter((m) => m.state === "waiting"))
    f.waitedMs = l, s.stopped ? Vt(f, a`the run was cancelled during the wait`) : (f.state = "stale", f.reason = c);
}
function Vt(e, t) {
  e.state = "not-waited", e.reason = t;
}
async function xi(e, t, n) {
  let r = !1;
  for (; ; ) {
    let i, s = await q(
      async () => {
        let u = await n.read(e, n.control.abortSignal);
        return i = u.status, u;
      },
      n.policy,
      n.stage,
      (u) => n.onRetry(t, u)
    ), o = s.last;
    if (i && o?.verdict.succeeded)
      return Cu(i, o.verdict.traceId, n.boundary);
    if (s.cancelled || !o || n.control.stopped)
      return { kind: "stopped", verdict: o?.verdict ?? P(a`cancelled before the platform answered`), attempts: s.attempts };
    if (o.retryable || !o.answered)
      return { kind: "transient", verdict: o.verdict, attempts: s.attempts };
    if (!(!r && n.renewCredential && (r = !0, await n.renewCredential())))
      return { kind: "refused", verdict: o.verdict, attempts: s.attempts };
  }
}
function Cu(e, t, n) {
  let r = Ti(e.latestRefreshTime), i = Ti(e.latestDateTime), s = (o) => o === null ? null : n.text(bi(o), 64);
  if (r !== null && "problem" in r) {
    let o = n.quote(bi(e.latestRefreshTime), 80), u = a`latestRefreshTime ${o} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch milliseconds`;
    return { kind: "unreadable", verdict: { ...P(u), traceId: t }, attempts: 1 };
  }
  return {
    kind: "read",
    reading: {
      hasNotReady: e.hasNotReady,
      latestDateTime: s(e.latestDateTime),
      latestRefreshTime: s(e.latestRefreshTime),
      refreshMs: r === null ? null : r.ms,
      dataMs: i !== null && "ms" in i ? i.ms : null,
      traceId: t
    }
  };
}
function bi(e) {
  return typeof e == "string" ? e : We(e);
}
function Ti(e) {
  return e == null ? null : Gt(e);
}

// src/run/run-control.ts
var Ri = require("node:events");
var qe = 3, Du = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, Ve = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  constructor() {
    (0, Ri.setMaxListeners)(0, this.stopping.signal, this.aborting.signal);
  }
  stop(t) {
    this.firstCause ??= t, this.stopping.abort();
  }
  /** Tears down requests still in flight (their triggers are reported as not run). */
  abortInFlight() {
    this.aborting.abort();
  }
  get cause() {
    return this.firstCause;
  }
  get stopped() {
    return this.stopping.signal.aborted;
  }
  /** Aborted when the run stops: waits listen to it. */
  get stopSignal() {
    return this.stopping.signal;
  }
  /** Aborted when in-flight requests must end: requests listen to it. */
  get abortSignal() {
    return this.aborting.signal;
  }
  get notRunReason() {
    return Du[this.firstCause ?? "cancelled"];
  }
};

// src/run/pacer.ts
var Ke = class {
  constructor(t) {
    this.clock = t;
  }
  clock;
  /** Requests a second; undefined while unpaced. */
  rate;
  nextSendMs = 0;
  steady = !1;
  /** Requests sent before this moment belong to a burst already answered with a cut. */
  lastCutMs = -1 / 0;
  recent = [];
  get paced() {
    return this.rate !== void 0;
  }
  /** Waits for this request's turn (at once while unpaced, or once the run has stopped). */
  async turn() {
    let t = this.clock.nowMs();
    if (this.rate === void 0) return t;
    let n = Math.max(t, this.nextSendMs);
    return this.nextSendMs = n + 1e3 / this.rate, n > t && !this.clock.stopped?.() && await this.clock.sleep(n - t), this.clock.nowMs();
  }
  accepted() {
    let t = this.clock.nowMs();
    for (this.recent.push(t); (this.recent[0] ?? t) < t - 2e3; ) this.recent.shift();
    this.rate !== void 0 && (this.rate = this.steady ? this.rate + 0.05 : this.rate * 1.05);
  }
  /**
   * Even one request at a time was refused: pace, or pace slower (once per burst). The first
   * time, the estimate is what the platform accepted lately; with nothing accepted, the pool
   * waits the pause the platform asked for (Retry-After) before the first paced send.
   */
  pushedBack(t, n) {
    let r = this.clock.nowMs();
    if (this.rate === void 0) {
      let i = this.recent.filter((o) => o >= r - 2e3), s = Math.max(250, r - (i[0] ?? r));
      this.rate = Math.max(0.5, i.length * 1e3 / s), this.lastCutMs = r, this.nextSendMs = r + (i.length > 0 ? 1e3 / this.rate : n);
      return;
    }
    t < this.lastCutMs || (this.rate = Math.max(0.5, this.rate * 0.85), this.steady = !0, this.lastCutMs = r);
  }
};

// src/run/throttle.ts
var Si = 2, Je = class {
  constructor(t, n) {
    this.maxConcurrency = t;
    this.clock = n;
    this.current = t, this.pacer = new Ke(n);
  }
  maxConcurrency;
  clock;
  current;
  inFlight = 0;
  generation = 0;
  acceptedAtLevel = 0;
  /** Accepted in this generation, window full or not: what the server took of the last burst. */
  acceptedInGeneration = 0;
  /** The highest level that had a full round accepted. */
  stable = 0;
  /** The lowest level refused since; probed again only after `probeRun` rounds. */
  failed;
  probeRun = Si;
  waiting = [];
  pacer;
  get limit() {
    return this.current;
  }
  /** Waits for a free slot and for any pause the server asked for to pass. */
  async acquire() {
    for (; this.inFlight >= this.current; )
      await new Promise((n) => this.waiting.push(n));
    this.inFlight++;
    let t = await this.pacer.turn();
    return {
      generation: this.generation,
      level: this.current,
      full: this.inFlight >= this.current,
      sentMs: t
    };
  }
  release() {
    this.inFlight--, this.wakeWaiting();
  }
  /** The server answered without pushing back. */
  accepted(t) {
    this.pacer.accepted(), t.generation === this.generation && this.acceptedInGeneration++, !(t.generation !== this.generation || !t.full) && (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise() || (this.stable = Math.max(this.stable, this.current), this.failed !== void 0 && this.current >= this.failed && (this.failed = void 0, this.probeRun = Si), this.current < this.maxConcurrency ? this.change(this.current + 1) : this.acceptedAtLevel = 0));
  }
  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(t, n) {
    if (t.level <= 1 || this.pacer.paced) {
      this.pacer.pushedBack(t.sentMs, n), t.generation === this.generation && this.change(1);
      return;
    }
    if (t.generation !== this.generation) return;
    let r = this.stable > 0 && t.level > this.stable;
    if (this.failed = t.level, r)
      this.probeRun *= 2, this.change(this.stable);
    else {
      let i = Math.floor(t.level / 2), s = this.acceptedInGeneration;
      this.stable = 0, this.change(s > 0 ? Math.min(s, i) : i);
    }
  }
  /** How many rounds at this level before the next one is tried. */
  roundsBeforeRaise() {
    return this.failed !== void 0 && this.current + 1 >= this.failed ? this.probeRun : 1;
  }
  change(t) {
    this.current = Math.min(this.maxConcurrency, Math.max(1, t)), this.generation++, this.acceptedAtLevel = 0, this.acceptedInGeneration = 0, this.wakeWaiting();
  }
  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  wakeWaiting() {
    let t = this.current - this.inFlight;
    t > 0 && this.waiting.splice(0, t).forEach((n) => n());
  }
};

// src/run/trigger.ts
var Pu = a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function Ei(e, t, n) {
  let r = n.nowMs(), i = await q(
    () => n.send(e),
    t,
    n,
    (s) => n.onRetry({ ...qt(e, n.boundary), ...s })
  );
  return i.sentBeforeCancel ? {
    ...Xe(e, n.boundary, Pu),
    status: "unknown",
    attempts: i.attempts,
    durationMs: n.nowMs() - r
  } : !i.last || i.cancelled ? Xe(e, n.boundary, n.notRunReason()) : Nu(e, n.boundary, i.last.verdict, {
    attempts: i.attempts,
    durationMs: n.nowMs() - r,
    answered: i.answered
  });
}
function qt(e, t) {
  return {
    tableName: t.text(e.tableName),
    partition: t.text(e.partition)
  };
}
function Nu(e, t, n, r) {
  return {
    ...qt(e, t),
    status: n.succeeded ? "succeeded" : "failed",
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    errorMsg: n.reason,
    warning: n.warning,
    ...r
  };
}
function Xe(e, t, n) {
  return {
    ...qt(e, t),
    status: "not-run",
    code: null,
    traceId: null,
    data: null,
    errorMsg: n,
    warning: null,
    attempts: 0,
    durationMs: 0,
    answered: !1
  };
}

// src/run/pool.ts
async function ki(e, t, n) {
  let { control: r } = n, i = new Je(t.concurrency, {
    nowMs: n.nowMs,
    sleep: (y) => n.sleep(y, r.stopSignal),
    stopped: () => r.stopped
  }), s = $u(i, n, t.retryPolicy), o = new Array(e.length), u = e.entries(), p = 0, c = 0, l = (y) => {
    y.status === "not-run" || y.status === "unknown" || (c = y.answered ? 0 : c + 1, c >= qe && r.stop("unreachable"), y.status === "failed" && t.failFast && r.stop("fail-fast"));
  }, f = async () => {
    for (let [y, S] of u) {
      if (r.stopped) return;
      try {
        let M = await Ei(S, t.retryPolicy, s);
        o[y] = M, n.onFinished(M, ++p, e.length), l(M);
      } catch (M) {
        throw r.stop("crashed"), M;
      }
    }
  }, m = Math.min(t.concurrency, e.length), b = (await Promise.allSettled(Array.from({ length: m }, f))).find((y) => y.status === "rejected");
  if (b) throw b.reason;
  return e.map(
    (y, S) => o[S] ?? Xe(y, n.boundary, r.notRunReason)
  );
}
function $u(e, t, n) {
  let { control: r } = t;
  return {
    ...Q(r, t),
    send: async (i) => {
      let s = await e.acquire();
      try {
        if (r.stopped) return;
        let o = await t.send(i, r.abortSignal);
        return o.pushbackMs === void 0 ? e.accepted(s) : e.pushedBack(s, Mt(o.pushbackMs, n)), o;
      } finally {
        e.release();
      }
    },
    onRetry: t.onRetry,
    boundary: t.boundary,
    notRunReason: () => r.notRunReason
  };
}

// src/run/token-exchange.ts
async function Ai(e, t, n, r, i, s) {
  let o, u = await q(
    async () => {
      let p = await e.createToken(t, i.onToken, s);
      return o = p.token, p;
    },
    n,
    r,
    i.onRetry
  );
  return o !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: o } } : {
    failed: u.last?.verdict ?? P(a`cancelled before the platform answered`),
    attempts: u.attempts
  };
}

// src/run/refresh.ts
async function vi(e, t) {
  let { client: n, control: r, hooks: i } = t, s = await Kt(e, t);
  if (!s) return;
  let o = Jt(e, t, s), u = [];
  if (e.waitForPlans.length > 0) {
    let c = await Ge(e.waitForPlans, o);
    if ("failed" in c) {
      await i.baselineFailed(c.failed.label, c.failed.verdict);
      return;
    }
    u = c.watches, i.baselines(u);
  }
  i.runStarted();
  let p = await ki(
    e.plan,
    {
      concurrency: e.concurrency,
      failFast: e.failFast,
      retryPolicy: e.policy
    },
    {
      ...t.clock,
      send: (c, l) => n.trigger(c, s.current, l),
      boundary: t.boundary,
      control: r,
      onRetry: (c) => i.retry(c),
      onFinished: (c, l, f) => i.finished(c, l, f)
    }
  );
  return u.length > 0 && await Iu(p, u, e, o, i), { results: p, cause: r.cause, watches: u };
}
async function Iu(e, t, n, r, i) {
  let s = e.filter((o) => o.status !== "succeeded").length;
  if (s > 0 || r.control.stopped) {
    let o = r.control.stopped ? a`the run stopped before the wait` : a`${s} trigger${s === 1 ? a`` : a`s`} not accepted, so a refresh may never come`;
    t.forEach((u) => Vt(u, o));
    return;
  }
  i.waitStarted(t.length, n.waitTimeoutMs, n.waitIntervalMs), await wi(
    t,
    { timeoutMs: n.waitTimeoutMs, intervalMs: n.waitIntervalMs },
    r,
    { onFresh: (o) => i.planFresh(o), onProgress: i.waitProgress }
  );
}
async function Kt(e, t) {
  let { credentials: n } = e;
  if (n.kind === "header") return { current: n };
  let r = () => Ai(
    t.client,
    n,
    e.policy,
    Q(t.control, t.clock),
    { onToken: t.hooks.onToken, onRetry: t.hooks.tokenRetry },
    t.control.abortSignal
  ), i = await r();
  if ("failed" in i) {
    await t.hooks.tokenRefused(Ou(i.failed, t.control), i.attempts);
    return;
  }
  let s = { current: i.credential };
  return s.renew = async () => {
    s.renew = void 0;
    let o = await r();
    return "failed" in o ? !1 : (s.current = o.credential, !0);
  }, s;
}
function Ou(e, t) {
  if (t.cause !== "cancelled") return e;
  let n = e.reason ? a` (last answer: ${e.reason})` : a``;
  return { ...e, reason: a`the run was cancelled during the token request${n}` };
}
function Jt(e, t, n) {
  return {
    read: (r, i) => t.client.planStatus(r, n.current, i),
    renewCredential: async () => n.renew ? n.renew() : !1,
    policy: e.policy,
    stage: Q(t.control, t.clock),
    clock: t.clock,
    control: t.control,
    boundary: t.boundary,
    onRetry: (r, i) => t.hooks.planRetry(r, i)
  };
}

// src/run/connection-check.ts
async function Ci(e, t) {
  let n = await Kt(e, t);
  if (!n) return { passed: !1, reported: !0 };
  if (e.waitForPlans.length > 0) {
    let i = await Ge(
      e.waitForPlans,
      Jt(e, t, n)
    );
    return "failed" in i ? {
      passed: !1,
      step: a`reading plan ${i.failed.label}`,
      verdict: i.failed.verdict
    } : { passed: !0, watches: i.watches };
  }
  let r = await q(
    () => t.client.planList(n.current, t.control.abortSignal),
    e.policy,
    Q(t.control, t.clock),
    (i) => t.hooks.listRetry(a`list`, i)
  );
  return r.last?.verdict.succeeded ? { passed: !0, watches: [] } : {
    passed: !1,
    step: a`listing materialization plans`,
    verdict: r.last?.verdict ?? P(a`cancelled before an answer`)
  };
}

// src/report/markdown.ts
function w(e) {
  if (e === "") return "";
  if (e.includes("|")) return `<code>${T(e)}</code>`;
  let t = 0;
  for (let r of e.matchAll(/`+/g)) t = Math.max(t, r[0].length);
  if (t === 0) return `\`${e}\``;
  let n = "`".repeat(t + 1);
  return `${n} ${e} ${n}`;
}
var _u = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, Mu = /[\\`*_[\]()!~|:.@]/g;
function T(e) {
  return e.replace(Mu, (t) => `\\${t}`).replace(/[&<>]/g, (t) => _u[t] ?? t);
}

// src/report/format.ts
var Lu = [
  ...[500, 200, 80, 20, 0].map((e) => ({ textLimit: e, idLimit: 1 / 0, rowCap: 1 / 0 })),
  { textLimit: 0, idLimit: 40, rowCap: 1 / 0 },
  ...[1e3, 300, 100, 30, 10].map((e) => ({ textLimit: 0, idLimit: 40, rowCap: e })),
  // Last, for what keeps every row (the results output): the shortest identifiers.
  { textLimit: 0, idLimit: 8, rowCap: 10 }
];
function x(e) {
  return e === 1 ? a`` : a`s`;
}
function ee(e) {
  return e < 1e3 ? a`${e} ms` : a`${Yr(e / 1e3, 1)} s`;
}
function K(e, t) {
  let n = "";
  for (let r of Lu)
    if (n = t(r), Buffer.byteLength(n) <= e) return n;
  return n;
}
function k(e, t) {
  let n = e.slice(0, t);
  return { rows: n, more: e.length - n.length };
}
function B(e, t) {
  return e === null ? null : V(e, t);
}

// src/report/summary-parts.ts
function N(e) {
  return e > 0 ? [
    "",
    `\u2026and ${e} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}

// src/report/dbt-report.ts
var Uu = /* @__PURE__ */ new Set(["invalid-table-name"]);
function Di(e, t) {
  return {
    mapped: e.mapped.map((n) => ({
      node: t.text(n.uniqueId),
      table: t.text(n.tableName)
    })),
    skipped: e.skipped.map((n) => ({
      node: t.text(n.uniqueId),
      kind: n.kind,
      reason: t.text(n.reason)
    }))
  };
}
function Pi(e) {
  return {
    group: a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.skipped.length} skipped`,
    lines: [
      ...e.mapped.map(({ node: t, table: n }) => a`${t} → ${n}`),
      ...e.skipped.map(({ node: t, reason: n }) => a`${t}: skipped, ${n}`)
    ],
    warnings: e.skipped.filter(({ kind: t }) => Uu.has(t)).map(({ node: t, reason: n }) => a`${t}: ${n}`)
  };
}
function Ni(e, t) {
  let n = (o) => w(V(o, t.idLimit)), r = k(e.mapped, t.rowCap), i = k(e.skipped, t.rowCap), s = e.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${e.skipped.length} dbt node${x(e.skipped.length)} skipped</summary>`,
    "",
    ...i.rows.map(
      ({ node: o, reason: u }) => `- ${n(o)}: ${T(V(u, Math.max(t.textLimit, 80)))}`
    ),
    ...N(i.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...r.rows.map(({ node: o, table: u }) => `| ${n(o)} | ${w(u)} |`),
    ...N(r.more),
    ...s,
    ""
  ].join(`
`);
}

// src/report/tally.ts
function Xt(e) {
  return e.filter((t) => t.status === "failed");
}
function oe(e) {
  return {
    succeeded: e.filter((t) => t.status === "succeeded"),
    failed: Xt(e),
    notRun: e.filter((t) => t.status === "not-run"),
    unknown: e.filter((t) => t.status === "unknown")
  };
}

// src/report/lines.ts
var A = "AnyMetrics refresh failed", Ye = "AnyMetrics refresh input is invalid";
function Yt(e, t = 1 / 0) {
  let n = V(e.errorMsg ?? a`failed`, t);
  return a`${e.tableName} ${e.partition}: ${n}${Bu(e)}${$i(e)}`;
}
function Bu(e) {
  return e.attempts > 1 ? a` (after ${e.attempts} attempts in ${ee(e.durationMs)})` : a``;
}
function $i(e) {
  return e.traceId ? a` (traceId ${e.traceId})` : a``;
}
function Ii(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of e) {
    let r = n.errorMsg ?? "";
    t.set(r, [...t.get(r) ?? [], n]);
  }
  return [...t.values()].map((n) => {
    let [r] = n;
    if (n.length === 1) return { line: Yt(r), count: 1 };
    let i = r.errorMsg ?? a`failed`;
    return {
      line: a`${n.length} triggers failed: ${i} (first: ${r.tableName} ${r.partition}${$i(r)})`,
      count: n.length
    };
  });
}
function Oi(e, t, n) {
  let r = e.filter((s) => s.status === "not-run").length, i = r === 0 ? a`every trigger had been sent` : a`${r} trigger${x(r)} not run`;
  if (t === "cancelled") {
    let s = e.filter((u) => u.status === "unknown").length, o = s > 0 ? a`, ${s} sent but cut off (outcome unknown: the platform may have started them)` : a``;
    return a`The run was cancelled: ${i}${o}; the rest are reported as they ended`;
  }
  if (t === "unreachable") {
    let s = [...e].reverse().find((u) => u.status === "failed" && !u.answered), o = s?.errorMsg ? a` (last: ${s.errorMsg})` : a``;
    return a`The platform at ${n} is unreachable: ${qe} triggers in a row got no answer after their retries${o}; ${i}`;
  }
  return null;
}
function Fu(e) {
  let t = {
    succeeded: a`✅ succeeded`,
    "not-run": a`⏭️ ${e.errorMsg ?? a`not run`}`,
    unknown: a`❓ unknown: ${e.errorMsg ?? a``}`,
    failed: a`❌ failed: ${e.errorMsg ?? a``}`
  }[e.status], n = a`${e.attempts} attempt${x(e.attempts)}`;
  return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId ?? a`none`}, ${n}, ${ee(e.durationMs)})`;
}
function _i(e, t, n) {
  return a`[${t}/${n}] ${Fu(e)}`;
}
function Mi(e) {
  return a`${e.tableName} ${e.partition}: ${zt(e)}`;
}
function zt(e) {
  let t = e.counted ? a`failed (${e.reason})` : a`was refused for pace (${e.reason}; not counted as a retry)`;
  return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${ee(e.waitMs)}`;
}
function Li(e) {
  return e.warning ? a`${e.tableName} ${e.partition}: ${e.warning}` : null;
}
function ze(e) {
  let { succeeded: t, failed: n, notRun: r, unknown: i } = oe(e), s = [a`${t.length} succeeded`, a`${n.length} failed`];
  return i.length > 0 && s.push(a`${i.length} unknown`), r.length > 0 && s.push(a`${r.length} not run`), a`${z(s, ", ")}, ${e.length} in all`;
}
function Ui(e) {
  return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`;
}
function Bi(e, t, n) {
  return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n, e)})`;
}
function Fi(e) {
  let t = a`${e.length} trigger${x(e.length)} planned`;
  return {
    group: a`Dry run: ${t}, nothing will be sent`,
    lines: e.map((n) => a`${n.tableName} ${n.partition}`),
    notice: a`Dry run: ${t}; nothing was sent`
  };
}
var Hu = 400;
function Hi(e, t) {
  let n = t.text(e.rule, Hu), r = e.offendingValue === void 0 ? a`` : a`; got ${t.quote(e.offendingValue)}`;
  return a`Input "${E(e.input)}" ${n}${r}`;
}
function ji(e, t) {
  let n = e.traceId ? a` (traceId ${e.traceId})` : a``, r = t > 1 ? a` after ${t} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.reason ?? a`refused`}${n}; no trigger was sent`;
}
function Wi(e, t) {
  return a`plan ${e} status: ${zt(t)}`;
}
function Gi(e) {
  return a`token request: ${zt(e)}`;
}
function Vi(e) {
  return a`anymetrics-refresh stopped unexpectedly: ${e}`;
}
function Zt(e, t) {
  return e === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`;
}
function qi(e, t, n) {
  return [
    a`${e} answered`,
    t ? a`app-id and app-secret were exchanged for a token` : a`the credential was accepted`,
    a`the tenant was accepted`,
    n.length > 0 ? a`every plan to wait for was found: ${z(n, ", ")}` : a`the materialization plan list was read`
  ];
}
function Ki(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Connection check failed while ${e}: ${t ?? a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`;
}
function Ji(e, t) {
  return a`today in ${e} is ${t}`;
}
function Xi(e) {
  return a`Request body: ${e}`;
}
var Yi = a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`, zi = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/freshness-report.ts
var ae = { fresh: "", plans: "[]", "data-through": "" };
function Zi(e) {
  return a`After the triggers it would wait for ${e.length} materialization plan${x(e.length)}: ${z(e, ", ")}`;
}
function Qi(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = k(e, t.rowCap);
  return [
    "### Would wait for these plans",
    "",
    ...n.map((i) => `- ${w(i)}`),
    ...N(r),
    ""
  ].join(`
`);
}
function es(e, t, n) {
  return a`Waiting up to ${we(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${ee(n)})`;
}
function Qt(e) {
  return a`plan ${e.label}: latest refresh ended ${us(e.baseline.latestRefreshTime)}, data through ${e.baseline.latestDateTime ?? a`unknown`}`;
}
function ts(e) {
  return a`plan ${e.label} is fresh: a refresh ended ${us(e.last.latestRefreshTime)}, data through ${e.last.latestDateTime ?? a`unknown`} (after ${e.polls} poll${x(e.polls)}, ${we(e.waitedMs)})`;
}
function ns(e, t, n, r) {
  return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.floor(n / 6e4)} min of ${we(r)}`;
}
function rs(e, t) {
  let n = a`no refresh ended since ${e.last.latestRefreshTime ?? a`the start (none had ended)`} (platform time); data through ${e.last.latestDateTime ?? a`unknown`}`;
  switch (e.state) {
    case "stale":
      return e.reason ? a`Plan ${e.label} is not fresh: ${e.reason}; ${n}` : a`Plan ${e.label} is not fresh after ${we(t)}: ${n}`;
    case "failed":
      return a`Plan ${e.label} could not be followed: ${e.reason ?? a`refused`}${Vu(e)}`;
    default:
      return null;
  }
}
function is(e, t) {
  return e.state !== "fresh" ? null : e.last.hasNotReady === !0 ? a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)` : t ? a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime ?? a`earlier`}, before the newest partition this run refreshed` : null;
}
function ss(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Could not read materialization plan ${e} before triggering: ${t ?? a`refused`}${r}; no trigger was sent`;
}
function os(e) {
  return {
    fresh: String(e.every((t) => t.state === "fresh")),
    plans: JSON.stringify(e.map(ju)),
    "data-through": Wu(e)
  };
}
function ju(e) {
  return {
    plan: e.label,
    fresh: e.state === "fresh",
    hasNotReady: e.last.hasNotReady,
    latestDateTime: e.last.latestDateTime,
    latestRefreshTime: e.last.latestRefreshTime,
    baselineRefreshTime: e.baseline.latestRefreshTime,
    waitedSeconds: Math.round(e.waitedMs / 1e3),
    polls: e.polls,
    traceId: e.last.traceId
  };
}
function Wu(e) {
  let t;
  for (let n of e)
    n.last.dataMs !== null && (!t || n.last.dataMs < (t.last.dataMs ?? 1 / 0)) && (t = n);
  return t?.last.latestDateTime ?? "";
}
var Gu = {
  fresh: "\u2705 fresh",
  stale: "\u274C not fresh",
  failed: "\u274C could not be followed",
  "not-waited": "\u23ED\uFE0F not waited for",
  waiting: "\u23F3 waiting"
};
function as(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = k(e, t.rowCap), i = e.filter((s) => s.state !== "fresh" && s.reason).slice(0, Math.min(t.rowCap, 20)).map((s) => `- ${w(s.label)}: ${T(s.reason ?? "")}`);
  return [
    "### Freshness",
    "",
    "| Plan | Status | Refreshed at (platform time) | Data through | Waited |",
    "| --- | --- | --- | --- | --- |",
    ...n.map(
      (s) => `| ${w(s.label)} | ${Gu[s.state]} | ${T(s.last.latestRefreshTime ?? "")} | ${T(s.last.latestDateTime ?? "")} | ${we(s.waitedMs)} |`
    ),
    ...N(r),
    ...i.length > 0 ? ["", ...i] : [],
    ""
  ].join(`
`);
}
function us(e) {
  return e ? a`at ${e} (platform time)` : a`never (none recorded)`;
}
function Vu(e) {
  return e.last.traceId ? a` (traceId ${e.last.traceId})` : a``;
}
function we(e) {
  if (e < 6e4) return ee(e);
  let t = e / 6e4;
  return Number.isInteger(t) ? a`${t} min` : a`${Math.round(t * 10) / 10} min`;
}

// src/report/outputs.ts
var cs = 1e6;
function ls(e, t = ae) {
  let { succeeded: n, failed: r } = oe(e), i = e.length > 0 && n.length === e.length;
  return {
    success: String(i && t.fresh !== "false"),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": e.map((s) => s.traceId ?? "").join(","),
    "error-message": K(cs, (s) => qu(r, s)),
    results: Ku(e),
    "succeeded-count": String(n.length),
    "failed-count": String(r.length),
    ...t
  };
}
function F(e = [], t = ae) {
  return {
    success: "false",
    "trace-id": "",
    "error-message": e.join(`
`),
    results: "[]",
    "succeeded-count": "0",
    "failed-count": "0",
    ...t
  };
}
function qu(e, t) {
  let { rows: n, more: r } = k(e, t.rowCap), i = n.map((s) => Yt(s, t.textLimit));
  return r > 0 && i.push(a`…and ${r} more: see the results output`), i.join(`
`);
}
function Ku(e) {
  return K(
    cs,
    (t) => JSON.stringify(e.map((n) => Ju(n, t)))
  );
}
function Ju(e, t) {
  let { partition: n, status: r, code: i, attempts: s, durationMs: o } = e;
  return {
    tableName: B(e.tableName, t.idLimit),
    partition: n,
    success: r === "succeeded",
    status: r,
    code: B(i, t.idLimit),
    traceId: B(e.traceId, t.idLimit),
    data: B(e.data, t.textLimit),
    errorMsg: B(e.errorMsg, t.textLimit),
    attempts: s,
    durationMs: o
  };
}

// src/report/sink.ts
var ps = require("node:fs");
function ds(e) {
  let t = [], n = () => {
    if (t.length === 0) return;
    let i = t.join(`
`);
    t = [], e.info(i);
  }, r = (i) => (...s) => (n(), i(...s));
  return {
    info: (i) => {
      t.push(i) === 1 && setImmediate(n);
    },
    setSecret: r(e.setSecret),
    debug: r(e.debug),
    notice: r(e.notice),
    warning: r(e.warning),
    error: r(e.error),
    startGroup: r(e.startGroup),
    endGroup: r(e.endGroup),
    setOutput: r(e.setOutput),
    writeSummary: r(e.writeSummary),
    fail: r(e.fail)
  };
}
function en(e) {
  if (!e) return;
  let t;
  try {
    t = (0, ps.statSync)(e);
  } catch {
    return;
  }
  if (!(t.isFile() || t.isCharacterDevice()))
    throw Object.assign(new Error(`${e} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/backfill-grid.ts
var Xu = {
  succeeded: "\u2705",
  failed: "\u274C",
  unknown: "\u2753",
  "not-run": "\u23ED\uFE0F"
}, Yu = "\u2705 succeeded \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";
function fs(e) {
  let t = [...new Set(e.map((n) => n.partition))].sort();
  return t.length === 0 ? "" : t.length === 1 ? `Partition ${t[0]}` : `Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`;
}
function ms(e) {
  let t = gs(e), n = [...t.values()].every((r) => r.length > 1);
  return t.size > 0 && n && t.size + zu < e.length;
}
var zu = 6;
function hs(e, t) {
  let n = [...gs(e)], { rows: r, more: i } = k(n, t.rowCap);
  return [
    `### Triggers by table and date (${e.length})`,
    "",
    Yu,
    "",
    "| Table | Dates | One mark per date, in order |",
    "| --- | --- | --- |",
    ...r.map(([s, o]) => {
      let u = [...o].sort((c, l) => c.partition.localeCompare(l.partition)), p = `${u[0]?.partition ?? ""}..${u.at(-1)?.partition ?? ""}`;
      return `| ${w(s)} | ${p} | ${u.map((c) => Xu[c.status]).join("")} |`;
    }),
    ...N(i),
    ""
  ];
}
function gs(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of e)
    t.set(n.tableName, [...t.get(n.tableName) ?? [], n]);
  return t;
}

// src/report/summary.ts
var Qe = 1e6, Zu = 10, ys = () => "";
function bs(e, t, n = ys, r = !1) {
  let { succeeded: i, failed: s, notRun: o, unknown: u } = oe(e), p = s.length + o.length + u.length === 0 && !r ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${A}`;
  return K(
    Qe,
    (c) => [
      `## ${p}`,
      "",
      `**${ze(e)}**`,
      "",
      fs(e),
      "",
      ...Ze(`\u274C Failed (${s.length})`, s, c, [
        ["Table", (l) => w(l.tableName)],
        ["Partition", (l) => T(l.partition)],
        ["Reason", (l) => T(B(l.errorMsg, c.textLimit) ?? "")],
        ["Trace ID", (l) => l.traceId ? w(l.traceId) : ""],
        ["Attempts", (l) => String(l.attempts)]
      ]),
      ...Ze(`\u2753 Unknown: sent, then cut off (${u.length})`, u, c, [
        ["Table", (l) => w(l.tableName)],
        ["Partition", (l) => T(l.partition)],
        ["What to do", (l) => T(l.errorMsg ?? "")]
      ]),
      ...Ze(`\u23ED\uFE0F Not run (${o.length})`, o, c, [
        ["Table", (l) => w(l.tableName)],
        ["Partition", (l) => T(l.partition)],
        ["Reason", (l) => T(l.errorMsg ?? "")]
      ]),
      // A backfill reads best as a grid (one line per table); single dates as rows.
      ...ms(e) ? hs(e, c) : Qu(
        i.length > Zu,
        `\u2705 Succeeded (${i.length})`,
        Ze(`\u2705 Succeeded (${i.length})`, i, c, [
          ["Table", (l) => w(l.tableName)],
          ["Partition", (l) => T(l.partition)],
          ["Trace ID", (l) => l.traceId ? w(l.traceId) : ""],
          ["Attempts", (l) => String(l.attempts)],
          ["Note", (l) => T(B(l.warning, c.textLimit) ?? "")]
        ])
      ),
      n(c),
      xs(t),
      ""
    ].join(`
`)
  );
}
function Ze(e, t, n, r) {
  if (t.length === 0) return [];
  let { rows: i, more: s } = k(t, n.rowCap), o = r.filter(
    ([u, p]) => u !== "Note" || i.some((c) => p(c) !== "")
  );
  return [
    `### ${e}`,
    "",
    `| ${o.map(([u]) => u).join(" | ")} |`,
    `| ${o.map(() => "---").join(" | ")} |`,
    ...i.map((u) => `| ${o.map(([, p]) => p(u)).join(" | ")} |`),
    ...N(s),
    ""
  ];
}
function Qu(e, t, n) {
  return !e || n.length === 0 ? n : [`<details><summary>${t}</summary>`, "", ...n.slice(1), "</details>", ""];
}
function tn(e, t, n = ys, r = ["## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]) {
  return K(Qe, (i) => {
    let { rows: s, more: o } = k(e, i.rowCap);
    return [
      ...r,
      "",
      `**${e.length} trigger${x(e.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...s.map(
        (u) => `| ${w(u.tableName)} | ${T(u.partition)} |`
      ),
      ...N(o),
      "",
      n(i),
      xs(t),
      ""
    ].join(`
`);
  });
}
function xe(e) {
  return `## \u274C ${A}

${T(e)}
`;
}
function Ts(e) {
  return K(Qe, (t) => {
    let { rows: n, more: r } = k(e, t.rowCap);
    return [
      `## \u274C ${Ye}: nothing was sent`,
      "",
      ...n.map((i) => `- ${T(i)}`),
      ...N(r),
      ""
    ].join(`
`);
  });
}
function ws(e) {
  return K(
    Qe,
    (t) => `## AnyMetrics refresh: nothing to refresh

${e(t)}`
  );
}
function xs(e) {
  let t = [];
  return e.workflow && t.push(`Workflow **${T(e.workflow)}**`), e.runNumber && t.push(`run #${T(e.runNumber)}`), e.sha && t.push(`commit ${w(e.sha.slice(0, 7))}`), e.event && t.push(`event ${w(e.event)}`), t.join(" \xB7 ");
}

// src/report/printer.ts
var ec = 4, Rs = 10, et = class {
  constructor(t, n, r) {
    this.boundary = n;
    this.context = r;
    this.sink = ds(t);
  }
  boundary;
  context;
  groupOpen = !1;
  outputsWritten = !1;
  warnedShortSecret = !1;
  summaryWritten = !1;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = () => "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(t) {
    this.boundary.addSecret(t).forEach((n) => this.sink.setSecret(n)), t.length < ec && !this.warnedShortSecret && (this.warnedShortSecret = !0, this.sink.warning(Yi));
  }
  async inputRefused(t) {
    let n = t.map((r) => Hi(r, this.boundary));
    this.setOutputs(F(n)), this.annotate(n.map((r) => ({ line: r, count: 1, title: Ye }))), await this.writeSummary(Ts(n));
  }
  notices(t) {
    t.forEach((n) => this.sink.notice(E(this.boundary.text(n))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(t, n) {
    this.info(Ji(this.boundary.text(t), this.boundary.text(n)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(t) {
    let n = Di(t, this.boundary), { group: r, lines: i, warnings: s } = Pi(n);
    this.startGroup(r), i.forEach((o) => this.info(o)), this.endGroup(), s.forEach((o) => this.sink.warning(E(o))), this.summaryExtra = (o) => Ni(n, o);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(zi), this.setOutputs(F()), await this.writeSummary(ws(this.summaryExtra));
  }
  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(t, n = []) {
    let r = t.map((c) => ({
      tableName: this.boundary.text(c.tableName),
      partition: this.boundary.text(c.partition)
    })), i = n.map((c) => this.boundary.text(c, 200)), { group: s, lines: o, notice: u } = Fi(r);
    this.startGroup(s), o.forEach((c) => this.info(c)), this.endGroup(), i.length > 0 && this.info(Zi(i)), this.sink.notice(E(u)), this.setOutputs(F());
    let p = (c) => [Qi(i, c), this.summaryExtra(c)].join(`
`);
    await this.writeSummary(tn(r, this.context, p));
  }
  /** `dry-run: check` passed: what it proved, the plan, nothing triggered. */
  async checkPassed(t, n) {
    this.endGroup(), n.watches.forEach((o) => this.info(Qt(o)));
    let r = qi(
      this.boundary.text(n.host, 300),
      n.tokenExchanged,
      n.watches.map((o) => o.label)
    );
    r.forEach((o) => this.info(o)), this.sink.notice(
      E(
        a`Connection check passed: ${z(r, "; ")}; nothing was triggered`
      )
    ), this.setOutputs(F());
    let i = t.map((o) => ({
      tableName: this.boundary.text(o.tableName),
      partition: this.boundary.text(o.partition)
    })), s = [
      "## \u2705 AnyMetrics connection check passed: nothing was triggered",
      "",
      ...r.map((o) => `- ${T(o)}`)
    ];
    await this.writeSummary(tn(i, this.context, this.summaryExtra, s));
  }
  /** `dry-run: check` failed: the step, the platform's own message, and the usual remedy. */
  async checkFailed(t, n) {
    this.endGroup();
    let r = Ki(t, n.reason, n.traceId);
    this.setOutputs(F([r])), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  tokenRetry(t) {
    this.info(Gi(t));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(t, n) {
    let r = ji(t, n);
    this.setOutputs(F([r])), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  runStarted(t, n, r) {
    this.startGroup(Bi(t, this.boundary.text(n), r));
  }
  requestBody(t) {
    this.sink.debug(E(Xi(this.boundary.text(t))));
  }
  retry(t) {
    this.info(Mi(t));
  }
  finished(t, n, r) {
    this.info(_i(t, n, r));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(t, n = {}) {
    this.endGroup(), this.info(ze(t));
    let { freshness: r } = n, i = r?.watches ?? [], s = ls(t, r ? os(i) : ae);
    this.setOutputs(s);
    let o = (f) => [as(i, f), this.summaryExtra(f)].join(`
`), u = s.fresh === "false";
    await this.writeSummary(bs(t, this.context, o, u));
    for (let f of t) {
      let m = Li(f);
      m && this.sink.warning(E(m));
    }
    this.planWarnings(r);
    let p = [], c = Oi(t, n.cause, this.boundary.text(n.host ?? ""));
    c && p.push({ line: c, count: 1, title: A });
    for (let f of i) {
      let m = rs(f, r?.timeoutMs ?? 0);
      m && p.push({ line: m, count: 1, title: A });
    }
    let l = Xt(t).filter(
      (f) => n.cause !== "unreachable" || f.answered
    );
    for (let f of Ii(l)) p.push({ ...f, title: A });
    this.annotate(p);
  }
  /** Before any trigger: the plans' baselines, one line each. */
  baselines(t) {
    t.forEach((n) => this.info(Qt(n)));
  }
  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(t, n) {
    this.endGroup();
    let r = ss(t, n.reason, n.traceId);
    this.setOutputs(F([r], { ...ae, fresh: "false" })), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  waitStarted(t, n, r) {
    this.startGroup(es(t, n, r));
  }
  planFresh(t) {
    this.info(ts(t));
  }
  waitProgress(t, n, r, i) {
    this.info(ns(t, n, r, i));
  }
  planRetry(t, n) {
    this.info(Wi(t, n));
  }
  /** Fresh plans whose data still looks incomplete: one warning each. */
  planWarnings(t) {
    for (let n of t?.watches ?? []) {
      let r = yi(n.last.dataMs, t?.newestPartition), i = is(n, r);
      i && this.sink.warning(E(i));
    }
  }
  /** Failure annotations within GitHub's ten: the last says how many more and where. */
  annotate(t) {
    let n = t.length > Rs ? t.slice(0, Rs - 1) : t;
    n.forEach((s) => this.fail(s.line, s.title));
    let r = t.slice(n.length);
    if (r.length === 0) return;
    let i = r.reduce((s, o) => s + o.count, 0);
    this.fail(Ui(i), r[0]?.title ?? A);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(t) {
    this.endGroup();
    let n = t instanceof Error ? t.message : String(t), r = Vi(this.boundary.text(n));
    this.setOutputs(F([r])), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  /**
   * Writes every output once: what a sink already holds is never rewritten (a crash after the
   * outputs were set leaves them as they are). A sink that fails says so in one line and fails
   * the step (later steps read outputs); the other sinks still get their record.
   */
  setOutputs(t) {
    if (!this.outputsWritten) {
      this.outputsWritten = !0;
      try {
        for (let [n, r] of Object.entries(t)) this.sink.setOutput(n, r);
      } catch (n) {
        this.fail(Zt("outputs", this.boundary.text(Ss(n))), A);
      }
    }
  }
  /** Writes the job summary once; a summary that cannot be written is one warning. */
  async writeSummary(t) {
    if (!this.summaryWritten) {
      this.summaryWritten = !0;
      try {
        await this.sink.writeSummary(t);
      } catch (n) {
        this.sink.warning(E(Zt("summary", this.boundary.text(Ss(n)))));
      }
    }
  }
  info(t) {
    this.sink.info(E(t));
  }
  fail(t, n) {
    this.sink.error(E(t), { title: n }), this.sink.fail();
  }
  startGroup(t) {
    this.endGroup(), this.sink.startGroup(E(t)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};
function Ss(e) {
  let t = e?.code;
  return typeof t == "string" ? t : e instanceof Error ? e.message : String(e);
}

// src/report/run-context.ts
function Es(e, t) {
  let n = (r) => {
    let i = e[r];
    return i ? t.text(i, 200) : void 0;
  };
  return {
    workflow: n("GITHUB_WORKFLOW"),
    runNumber: n("GITHUB_RUN_NUMBER"),
    sha: n("GITHUB_SHA"),
    event: n("GITHUB_EVENT_NAME")
  };
}

// src/run/cancel-on-signals.ts
var ks = ["SIGINT", "SIGTERM"];
function As(e) {
  let t = !1, n = (r) => {
    t && process.exit(r === "SIGINT" ? 130 : 143), t = !0, e.stop("cancelled"), setTimeout(() => e.abortInFlight(), 2e3).unref();
  };
  return ks.forEach((r) => process.on(r, n)), () => ks.forEach((r) => process.off(r, n));
}

// src/run/sleep.ts
function vs(e, t) {
  return new Promise((n) => {
    if (t.aborted) return n();
    let r = setTimeout(i, e);
    t.addEventListener("abort", i, { once: !0 });
    function i() {
      clearTimeout(r), t.removeEventListener("abort", i), n();
    }
  });
}

// src/main.ts
var tc = "anymetrics-refresh", Ds = { sleep: vs, random: Math.random, nowMs: Date.now };
async function Ps() {
  let e = rc(), t = new je(), n = new et(uc(), t, Es(process.env, t)), r = nc(n);
  try {
    Ir(e).forEach((s) => n.mask(s));
    let i = await ic(e, n);
    if (!i) return;
    if (n.today(i.timeZone, i.today), i.dbt && n.dbtMapping(i.dbt), i.dryRun === "check") return await Cs(i, t, n, oc);
    if (i.plan.length === 0) return await n.nothingToRefresh();
    if (i.dryRun === "plan")
      return await n.dryRun(
        i.plan,
        i.waitForPlans.map((s) => s.label)
      );
    await Cs(i, t, n, sc);
  } catch (i) {
    await n.crashed(i);
  } finally {
    r();
  }
}
function nc(e) {
  let t = () => {
    process.off("beforeExit", t), e.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", t), () => process.off("beforeExit", t);
}
function rc() {
  let e = Nr.map((t) => [t, xn(t)]);
  return Object.fromEntries(e);
}
async function ic(e, t) {
  try {
    let { config: n, notices: r } = Or(e, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (i) => Mn(i, $n),
      // Read as a stream, whatever their size: large projects write manifests of hundreds of MB.
      readArtifact: (i) => Ln(i)
    });
    return t.notices(r), n;
  } catch (n) {
    if (!(n instanceof le)) throw n;
    await t.inputRefused(n.errors);
    return;
  }
}
async function Cs(e, t, n, r) {
  let i = await ac(e, t, n), s = new Ve(), o = As(s);
  try {
    await r({ config: e, client: i, control: s, boundary: t, reporter: n });
  } finally {
    o(), i.close();
  }
}
async function sc({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let s = await vi(
    { ...e, policy: Ns(e) },
    { client: t, clock: Ds, control: n, boundary: r, hooks: $s(e, i) }
  );
  if (!s) return;
  let o = s.watches.length > 0;
  await i.runEnded(s.results, {
    cause: s.cause,
    host: e.endpoint.display,
    freshness: o ? {
      watches: s.watches,
      timeoutMs: e.waitTimeoutMs,
      newestPartition: e.plan.map((u) => u.partition).sort().at(-1)
    } : void 0
  });
}
async function oc({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let s = $s(e, i), o = await Ci(
    { ...e, policy: Ns(e) },
    {
      client: t,
      clock: Ds,
      control: n,
      boundary: r,
      hooks: { ...s, listRetry: s.planRetry }
    }
  );
  o.passed ? await i.checkPassed(e.plan, {
    host: e.endpoint.display,
    tokenExchanged: e.credentials.kind === "api-key",
    watches: o.watches
  }) : "reported" in o || await i.checkFailed(o.step, o.verdict);
}
function Ns(e) {
  return { retries: e.retries, ...Mr };
}
function $s(e, t) {
  return {
    onToken: (n) => t.mask(n),
    tokenRetry: (n) => t.tokenRetry(n),
    tokenRefused: (n, r) => t.tokenRefused(n, r),
    planRetry: (n, r) => t.planRetry(n, r),
    baselines: (n) => t.baselines(n),
    baselineFailed: (n, r) => t.baselineFailed(n, r),
    runStarted: () => t.runStarted(e.plan.length, e.endpoint.display, e.concurrency),
    retry: (n) => t.retry(n),
    finished: (n, r, i) => t.finished(n, r, i),
    waitStarted: (n, r, i) => t.waitStarted(n, r, i),
    planFresh: (n) => t.planFresh(n),
    waitProgress: (...n) => t.waitProgress(...n)
  };
}
function ac(e, t, n) {
  return hi({
    endpointUrl: e.endpoint.url,
    tokenUrl: e.endpoint.tokenUrl,
    planStatusUrl: e.endpoint.planStatusUrl,
    planListUrl: e.endpoint.planListUrl,
    tenantId: e.tenantId,
    basicAuth: e.endpoint.basicAuth,
    timeoutMs: e.timeoutMs,
    userAgent: tc,
    maxSockets: e.concurrency,
    caCertificates: e.caCertificates,
    boundary: t,
    onTriggerBody: Sn() ? (r) => n.requestBody(r) : void 0
  });
}
function uc() {
  return {
    setSecret: wn,
    debug: En,
    info: Cn,
    notice: (e) => vn(e),
    warning: (e) => An(e),
    error: (e, t) => kn(e, t),
    startGroup: Dn,
    endGroup: Pn,
    setOutput: (e, t) => {
      en(process.env.GITHUB_OUTPUT), Rn(e, t);
    },
    writeSummary: async (e) => {
      process.env.GITHUB_STEP_SUMMARY && (en(process.env.GITHUB_STEP_SUMMARY), await ut.addRaw(e).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
var cc = 1e3;
Ps().catch(() => {
  process.exitCode = 1;
}).finally(() => {
  setTimeout(() => process.exit(), cc).unref();
});
