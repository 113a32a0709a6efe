"use strict";
var Do = Object.create;
var Xt = Object.defineProperty;
var Co = Object.getOwnPropertyDescriptor;
var $o = Object.getOwnPropertyNames;
var Po = Object.getPrototypeOf, No = Object.prototype.hasOwnProperty;
var Yt = (e, t) => () => {
  try {
    return t || e((t = { exports: {} }).exports, t), t.exports;
  } catch (n) {
    throw t = 0, n;
  }
};
var Oo = (e, t, n, r) => {
  if (t && typeof t == "object" || typeof t == "function")
    for (let i of $o(t))
      !No.call(e, i) && i !== n && Xt(e, i, { get: () => t[i], enumerable: !(r = Co(t, i)) || r.enumerable });
  return e;
};
var F = (e, t, n) => (n = e != null ? Do(Po(e)) : {}, Oo(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  t || !e || !e.__esModule ? Xt(n, "default", { value: e, enumerable: !0 }) : n,
  e
));

// node_modules/tunnel/lib/tunnel.js
var un = Yt((ee) => {
  "use strict";
  var cc = require("net"), Uo = require("tls"), tt = require("http"), on = require("https"), Bo = require("events"), lc = require("assert"), Fo = require("util");
  ee.httpOverHttp = Ho;
  ee.httpsOverHttp = jo;
  ee.httpOverHttps = Wo;
  ee.httpsOverHttps = Go;
  function Ho(e) {
    var t = new L(e);
    return t.request = tt.request, t;
  }
  function jo(e) {
    var t = new L(e);
    return t.request = tt.request, t.createSocket = sn, t.defaultPort = 443, t;
  }
  function Wo(e) {
    var t = new L(e);
    return t.request = on.request, t;
  }
  function Go(e) {
    var t = new L(e);
    return t.request = on.request, t.createSocket = sn, t.defaultPort = 443, t;
  }
  function L(e) {
    var t = this;
    t.options = e || {}, t.proxyOptions = t.options.proxy || {}, t.maxSockets = t.options.maxSockets || tt.Agent.defaultMaxSockets, t.requests = [], t.sockets = [], t.on("free", function(r, i, o, s) {
      for (var u = an(i, o, s), l = 0, c = t.requests.length; l < c; ++l) {
        var p = t.requests[l];
        if (p.host === u.host && p.port === u.port) {
          t.requests.splice(l, 1), p.request.onSocket(r);
          return;
        }
      }
      r.destroy(), t.removeSocket(r);
    });
  }
  Fo.inherits(L, Bo.EventEmitter);
  L.prototype.addRequest = function(t, n, r, i) {
    var o = this, s = nt({ request: t }, o.options, an(n, r, i));
    if (o.sockets.length >= this.maxSockets) {
      o.requests.push(s);
      return;
    }
    o.createSocket(s, function(u) {
      u.on("free", l), u.on("close", c), u.on("agentRemove", c), t.onSocket(u);
      function l() {
        o.emit("free", u, s);
      }
      function c(p) {
        o.removeSocket(u), u.removeListener("free", l), u.removeListener("close", c), u.removeListener("agentRemove", c);
      }
    });
  };
  L.prototype.createSocket = function(t, n) {
    var r = this, i = {};
    r.sockets.push(i);
    var o = nt({}, r.proxyOptions, {
      method: "CONNECT",
      path: t.host + ":" + t.port,
      agent: !1,
      headers: {
        host: t.host + ":" + t.port
      }
    });
    t.localAddress && (o.localAddress = t.localAddress), o.proxyAuth && (o.headers = o.headers || {}, o.headers["Proxy-Authorization"] = "Basic " + new Buffer(o.proxyAuth).toString("base64")), W("making CONNECT request");
    var s = r.request(o);
    s.useChunkedEncodingByDefault = !1, s.once("response", u), s.once("upgrade", l), s.once("connect", c), s.once("error", p), s.end();
    function u(m) {
      m.upgrade = !0;
    }
    function l(m, f, h) {
      process.nextTick(function() {
        c(m, f, h);
      });
    }
    function c(m, f, h) {
      if (s.removeAllListeners(), f.removeAllListeners(), m.statusCode !== 200) {
        W(
          "tunneling socket could not be established, statusCode=%d",
          m.statusCode
        ), f.destroy();
        var b = new Error("tunneling socket could not be established, statusCode=" + m.statusCode);
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      if (h.length > 0) {
        W("got illegal response body from proxy"), f.destroy();
        var b = new Error("got illegal response body from proxy");
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      return W("tunneling connection has established"), r.sockets[r.sockets.indexOf(i)] = f, n(f);
    }
    function p(m) {
      s.removeAllListeners(), W(
        `tunneling socket could not be established, cause=%s
`,
        m.message,
        m.stack
      );
      var f = new Error("tunneling socket could not be established, cause=" + m.message);
      f.code = "ECONNRESET", t.request.emit("error", f), r.removeSocket(i);
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
  function sn(e, t) {
    var n = this;
    L.prototype.createSocket.call(n, e, function(r) {
      var i = e.request.getHeader("host"), o = nt({}, n.options, {
        socket: r,
        servername: i ? i.replace(/:.*$/, "") : e.host
      }), s = Uo.connect(0, o);
      n.sockets[n.sockets.indexOf(r)] = s, t(s);
    });
  }
  function an(e, t, n) {
    return typeof e == "string" ? {
      host: e,
      port: t,
      localAddress: n
    } : e;
  }
  function nt(e) {
    for (var t = 1, n = arguments.length; t < n; ++t) {
      var r = arguments[t];
      if (typeof r == "object")
        for (var i = Object.keys(r), o = 0, s = i.length; o < s; ++o) {
          var u = i[o];
          r[u] !== void 0 && (e[u] = r[u]);
        }
    }
    return e;
  }
  var W;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? W = function() {
    var e = Array.prototype.slice.call(arguments);
    typeof e[0] == "string" ? e[0] = "TUNNEL: " + e[0] : e.unshift("TUNNEL:"), console.error.apply(console, e);
  } : W = function() {
  };
  ee.debug = W;
});

// node_modules/tunnel/index.js
var ln = Yt((dc, cn) => {
  cn.exports = un();
});

// node_modules/@actions/core/lib/command.js
var Qt = F(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function H(e) {
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
function j(e, t, n) {
  let r = new Qe(e, t, n);
  process.stdout.write(r.toString() + Qt.EOL);
}
function et(e, t = "") {
  j(e, {}, t);
}
var Zt = "::", Qe = class {
  constructor(t, n, r) {
    t || (t = "missing.command"), this.command = t, this.properties = n, this.message = r;
  }
  toString() {
    let t = Zt + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      t += " ";
      let n = !0;
      for (let r in this.properties)
        if (this.properties.hasOwnProperty(r)) {
          let i = this.properties[r];
          i && (n ? n = !1 : t += ",", t += `${r}=${_o(i)}`);
        }
    }
    return t += `${Zt}${Io(this.message)}`, t;
  }
};
function Io(e) {
  return H(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function _o(e) {
  return H(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var en = F(require("crypto"), 1), Ee = F(require("fs"), 1), Se = F(require("os"), 1);
function tn(e, t) {
  let n = process.env[`GITHUB_${e}`];
  if (!n)
    throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!Ee.existsSync(n))
    throw new Error(`Missing file at path: ${n}`);
  Ee.appendFileSync(n, `${H(t)}${Se.EOL}`, {
    encoding: "utf8"
  });
}
function nn(e, t) {
  let n = `ghadelimiter_${en.randomUUID()}`, r = H(t);
  if (e.includes(n))
    throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);
  if (r.includes(n))
    throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);
  return `${e}<<${n}${Se.EOL}${r}${Se.EOL}${n}`;
}

// node_modules/@actions/core/lib/core.js
var at = F(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function rn(e) {
  let t = e.protocol === "https:";
  if (Lo(e))
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
function Lo(e) {
  if (!e.hostname)
    return !1;
  let t = e.hostname;
  if (Mo(t))
    return !0;
  let n = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!n)
    return !1;
  let r;
  e.port ? r = Number(e.port) : e.protocol === "http:" ? r = 80 : e.protocol === "https:" && (r = 443);
  let i = [e.hostname.toUpperCase()];
  typeof r == "number" && i.push(`${i[0]}:${r}`);
  for (let o of n.split(",").map((s) => s.trim().toUpperCase()).filter((s) => s))
    if (o === "*" || i.some((s) => s === o || s.endsWith(`.${o}`) || o.startsWith(".") && s.endsWith(`${o}`)))
      return !0;
  return !1;
}
function Mo(e) {
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
var dn = require("os"), ue = require("fs"), rt = function(e, t, n, r) {
  function i(o) {
    return o instanceof n ? o : new n(function(s) {
      s(o);
    });
  }
  return new (n || (n = Promise))(function(o, s) {
    function u(p) {
      try {
        c(r.next(p));
      } catch (m) {
        s(m);
      }
    }
    function l(p) {
      try {
        c(r.throw(p));
      } catch (m) {
        s(m);
      }
    }
    function c(p) {
      p.done ? o(p.value) : i(p.value).then(u, l);
    }
    c((r = r.apply(e, t || [])).next());
  });
}, { access: Vo, appendFile: qo, writeFile: Ko } = ue.promises, pn = "GITHUB_STEP_SUMMARY";
var it = class {
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
    return rt(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let t = process.env[pn];
      if (!t)
        throw new Error(`Unable to find environment variable for $${pn}. Check if your runtime environment supports job summaries.`);
      try {
        yield Vo(t, ue.constants.R_OK | ue.constants.W_OK);
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
    let i = Object.entries(r).map(([o, s]) => ` ${o}="${s}"`).join("");
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
    return rt(this, void 0, void 0, function* () {
      let n = !!t?.overwrite, r = yield this.filePath();
      return yield (n ? Ko : qo)(r, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return rt(this, void 0, void 0, function* () {
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
    return this.addRaw(dn.EOL);
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
    let r = n ? "ol" : "ul", i = t.map((s) => this.wrap("li", s)).join(""), o = this.wrap(r, i);
    return this.addRaw(o).addEOL();
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
      let o = i.map((s) => {
        if (typeof s == "string")
          return this.wrap("td", s);
        let { header: u, data: l, colspan: c, rowspan: p } = s, m = u ? "th" : "td", f = Object.assign(Object.assign({}, c && { colspan: c }), p && { rowspan: p });
        return this.wrap(m, l, f);
      }).join("");
      return this.wrap("tr", o);
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
    let { width: i, height: o } = r || {}, s = Object.assign(Object.assign({}, i && { width: i }), o && { height: o }), u = this.wrap("img", null, Object.assign({ src: t, alt: n }, s));
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
    let r = `h${n}`, i = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(r) ? r : "h1", o = this.wrap(i, t);
    return this.addRaw(o).addEOL();
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
}, Jo = new it();
var ot = Jo;

// node_modules/@actions/core/lib/platform.js
var st = F(require("os"), 1);
var gc = st.default.platform(), yc = st.default.arch();

// node_modules/@actions/core/lib/core.js
var fn;
(function(e) {
  e[e.Success = 0] = "Success", e[e.Failure = 1] = "Failure";
})(fn || (fn = {}));
function mn(e) {
  j("add-mask", {}, e);
}
function hn(e, t) {
  let n = process.env[`INPUT_${e.replace(/ /g, "_").toUpperCase()}`] || "";
  if (t && t.required && !n)
    throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? n : n.trim();
}
function gn(e, t) {
  if (process.env.GITHUB_OUTPUT || "")
    return tn("OUTPUT", nn(e, t));
  process.stdout.write(at.EOL), j("set-output", { name: e }, H(t));
}
function yn() {
  return process.env.RUNNER_DEBUG === "1";
}
function bn(e) {
  j("debug", {}, e);
}
function wn(e, t = {}) {
  j("error", Re(t), e instanceof Error ? e.toString() : e);
}
function Tn(e, t = {}) {
  j("warning", Re(t), e instanceof Error ? e.toString() : e);
}
function xn(e, t = {}) {
  j("notice", Re(t), e instanceof Error ? e.toString() : e);
}
function Rn(e) {
  process.stdout.write(e + at.EOL);
}
function Sn(e) {
  et("group", e);
}
function En() {
  et("endgroup");
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
}, N = class extends Error {
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
    throw n instanceof d ? new N(e, n.rule, n.offendingValue) : n;
  }
}
var ce = class extends Error {
  constructor(n) {
    super(n.map((r) => r.message).join(`
`));
    this.errors = n;
    this.name = "InputErrors";
  }
  errors;
}, K = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(t) {
    try {
      return t();
    } catch (n) {
      if (!(n instanceof N)) throw n;
      this.errors.push(n);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new ce(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var ut = "-----BEGIN CERTIFICATE-----", kn = "-----END CERTIFICATE-----", An = 1024 * 1024, vn = "must be PEM text or the path of a PEM file with at least one certificate";
function Dn(e, t) {
  let n = e.trim();
  if (n === "") return [];
  let r = n.includes("-----BEGIN") ? n : Zo(n, t), i = Yo(r);
  if (i.length === 0) throw new d(vn, Cn(n));
  return i.forEach(Qo), i;
}
function Yo(e) {
  let t = [];
  for (let n = e.indexOf(ut); n >= 0; n = e.indexOf(ut, n + 1)) {
    let r = e.indexOf(kn, n + ut.length);
    if (r < 0) break;
    t.push(e.slice(n, r + kn.length)), n = r;
  }
  return t;
}
function Zo(e, t) {
  try {
    return t(e);
  } catch (n) {
    let r = n.code ?? "unreadable";
    throw new d(`${vn}; the file cannot be read (${r})`, e);
  }
}
function Qo(e) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(e);
  } catch {
    throw new d("contains a certificate that is not valid PEM", Cn(e));
  }
}
function Cn(e) {
  return e.includes("-----BEGIN") ? `${e.slice(0, 40)}\u2026` : e;
}

// src/inputs/files.ts
var D = require("node:fs"), ct = 1024 * 1024, le = class extends Error {
  constructor(n) {
    super(n);
    this.code = n;
    this.name = "FileRefusal";
  }
  code;
};
function $n(e, t) {
  if (!(0, D.statSync)(e).isFile()) throw new le("not a regular file");
  let n = (0, D.openSync)(e, "r");
  try {
    let r = [], i = 0;
    for (; ; ) {
      let o = Buffer.allocUnsafe(ct), s = (0, D.readSync)(n, o, 0, ct, null);
      if (s === 0) break;
      if (i += s, i > t) throw new le(`larger than ${t} bytes`);
      r.push(o.subarray(0, s));
    }
    return Buffer.concat(r, i).toString("utf8");
  } finally {
    (0, D.closeSync)(n);
  }
}
function Pn(e, t = ct) {
  return {
    *[Symbol.iterator]() {
      if (!(0, D.statSync)(e).isFile()) throw new le("not a regular file");
      let n = (0, D.openSync)(e, "r");
      try {
        let r = Buffer.allocUnsafeSlow(t);
        for (; ; ) {
          let i = (0, D.readSync)(n, r, 0, t, null);
          if (i === 0) return;
          yield r.subarray(0, i);
        }
      } finally {
        (0, D.closeSync)(n);
      }
    }
  };
}

// src/inputs/text-rules.ts
var J = 128, es = /[\u0000-\u001f\u007f-\u009f]/, ts = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Ae(e) {
  return es.test(e);
}
function lt(e) {
  return ts.test(e);
}
function te(e, t = {}) {
  if (!lt(e))
    throw new d(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (t.secret ? " (value hidden)" : ""),
      t.secret ? void 0 : e
    );
}
function ve(e, t = J) {
  if (e.length > t)
    throw new d(`must be at most ${t} characters (it has ${e.length})`, e);
}
function M(e, t = "is required") {
  if (e === "") throw new d(t);
}

// src/inputs/credentials.ts
var pt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Nn(e, t) {
  let n = e["auth-type"] !== "" || e["auth-value"] !== "", r = e["app-id"] !== "" || e["app-secret"] !== "";
  if (n && r) {
    t.take(() => {
      throw new N(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  return r ? ns(e, t) : rs(e, t);
}
function ns(e, t) {
  let n = t.take(
    () => g("app-id", () => (M(e["app-id"], "is required with app-secret (the API key ID)"), te(e["app-id"]), e["app-id"]))
  ), r = t.take(
    () => g("app-secret", () => (M(e["app-secret"], "is required with app-id (the API key secret)"), te(e["app-secret"], { secret: !0 }), e["app-secret"]))
  );
  return n && r ? { kind: "api-key", appId: n, appSecret: r } : void 0;
}
function rs(e, t) {
  let n = t.take(() => g("auth-type", () => os(e["auth-type"]))), r = t.take(() => g("auth-value", () => is(e["auth-value"])));
  return n && r ? { kind: "header", authType: n, authValue: r } : void 0;
}
function is(e) {
  return M(e), te(e, { secret: !0 }), e;
}
function os(e) {
  M(
    e,
    `is required (one of ${pt.join(", ")}), or give app-id and app-secret instead`
  );
  let t = e.toUpperCase(), n = pt.find((r) => r === t);
  if (!n) throw new d(`must be one of ${pt.join(", ")}`, e);
  return n;
}

// src/inputs/dbt-inputs.ts
var Ie = require("node:path");

// src/inputs/json-scan.ts
var On = 1e5, ss = 9, as = 10, us = 13, In = 32, pe = 34, cs = 43, _n = 44, De = 45, ls = 46, me = 48, $e = 57, Ln = 58, dt = 91, Mn = 92, Un = 93, Ce = 123, de = 125, ps = 101, ds = 69, Bn = 117, ne = -1, mt = new Uint8Array(256);
for (let e of [34, 92, 47, 98, 102, 110, 114, 116]) mt[e] = 1;
var Fn = {
  116: { kind: "true", bytes: Buffer.from("true") },
  102: { kind: "false", bytes: Buffer.from("false") },
  110: { kind: "null", bytes: Buffer.from("null") }
}, Hn = Buffer.alloc(0), ft = new Uint32Array(0), fs = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1, ms = [-2139062144, -2139062272, -2139095040, -2147483648];
function Gn(e, t) {
  let n = new ht(e);
  try {
    return t(n);
  } finally {
    n.close();
  }
}
var ht = class {
  chunks;
  /** The current chunk, and the position of the next byte in it. */
  buf = Hn;
  pos = 0;
  /** The chunk as 32-bit words when it is aligned for them (else none), to pass over strings. */
  words = ft;
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
    if (t === Ce) return "object";
    if (t === dt) return "array";
    if (t === pe) return "string";
    if (t === De || t >= me && t <= $e) return "number";
    let n = Fn[t];
    return n ? n.kind : this.expected(t, "a value");
  }
  /** Steps into the object that kind() said is next. */
  enterObject() {
    this.expect(Ce, "'{'"), this.entered.push(!0);
  }
  /**
   * The next key of the object entered last, its ':' consumed: the reader then reads, skips or
   * enters its value. Undefined at the object's end, which leaves it. A key of more than
   * maxBytes is refused with tooLarge's error.
   */
  nextKey(t, n) {
    if (this.nextMember(de, "'}'")) return;
    let r = this.skipWhitespace();
    r !== pe && this.expected(r, "a key (a string)"), this.collect(t, n), this.pos++, this.skipStringBody();
    let i = this.collected();
    return this.expect(Ln, "':'"), i.includes(Mn) ? JSON.parse(i.toString("utf8")) : i.toString("utf8", 1, i.length - 1);
  }
  /** Steps into the array that kind() said is next. */
  enterArray() {
    this.expect(dt, "'['"), this.entered.push(!0);
  }
  /**
   * Whether the array entered last has another item, which the reader then reads, skips or
   * enters. False at the array's end, which leaves it.
   */
  nextItem() {
    return this.nextMember(Un, "']'") ? !1 : (this.kind(), !0);
  }
  /** Passes over the next value, checking it, without building it. */
  skipValue() {
    let t = [];
    for (; ; ) {
      let n = this.skipWhitespace();
      if (n === Ce || n === dt) {
        this.pos++;
        let r = n === Ce ? de : Un;
        if (this.skipWhitespace() === r)
          this.pos++;
        else {
          t.length >= On && this.fail(`nested more than ${On} levels deep`), t.push(r), r === de && this.skipKey();
          continue;
        }
      } else
        this.skipScalar(n);
      for (; ; ) {
        let r = t.at(-1);
        if (r === void 0) return;
        if (n = this.skipWhitespace(), n === _n) {
          this.pos++, r === de && this.skipKey();
          break;
        }
        n !== r && this.expected(n, r === de ? "',' or '}'" : "',' or ']'"), this.pos++, t.pop();
      }
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
    this.skipWhitespace() !== ne && this.fail("more text after the JSON value");
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
    for (this.base += this.buf.length, this.buf = Hn, this.words = ft, this.pos = 0; ; ) {
      let n = this.chunks.next();
      if (n.done === !0)
        return this.ended = !0, !1;
      let r = n.value;
      if (r.length > 0)
        return this.buf = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength), this.words = fs && r.byteOffset % 4 === 0 ? new Uint32Array(r.buffer, r.byteOffset, r.length >> 2) : ft, !0;
    }
  }
  /** The next byte, not consumed; END at the end of the text. */
  peek() {
    return this.pos < this.buf.length || this.advanceChunk() ? this.buf[this.pos] : ne;
  }
  /** Passes over whitespace, counting lines; the next byte (not consumed) or END. */
  skipWhitespace() {
    for (; ; ) {
      let t = this.buf, n = t.length, r = this.pos;
      for (; r < n; ) {
        let i = t[r];
        if (i === In || i === ss || i === us)
          r++;
        else if (i === as)
          r++, this.line++, this.lineStart = this.base + r;
        else
          return this.pos = r, i;
      }
      if (this.pos = r, !this.advanceChunk()) return ne;
    }
  }
  /** Consumes this byte after any whitespace, or refuses what is there instead. */
  expect(t, n) {
    let r = this.skipWhitespace();
    r !== t && this.expected(r, n), this.pos++;
  }
  expected(t, n) {
    return this.fail(t === ne ? `the text ends where ${n} was expected` : `expected ${n}`);
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
    return i === t ? (this.pos++, this.entered.pop(), !0) : (r || (i !== _n && this.expected(i, `',' or ${n}`), this.pos++), this.entered[this.entered.length - 1] = !1, !1);
  }
  /** A key and its colon, inside a skipped object. */
  skipKey() {
    let t = this.skipWhitespace();
    t !== pe && this.expected(t, "a key (a string)"), this.pos++, this.skipStringBody(), this.expect(Ln, "':'");
  }
  skipScalar(t) {
    if (t === pe)
      this.pos++, this.skipStringBody();
    else if (t === De || t >= me && t <= $e)
      this.skipNumber();
    else {
      let n = Fn[t];
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
      let t = this.buf, n = this.words, r = n.length * 4, i = t.length, o = this.pos;
      for (; o < i; ) {
        if (o < r) {
          let u = o >> 2, l = Wn(n[u]) & ms[o & 3];
          for (; l === 0 && ++u < n.length; ) l = Wn(n[u]);
          if (l === 0) {
            o = r;
            continue;
          }
          o = u * 4 + hs(l);
        }
        let s = t[o];
        if (s === pe) {
          this.pos = o + 1;
          return;
        }
        if (s === Mn) {
          let u = o + 1 < i ? t[o + 1] : ne;
          if (mt[u] === 1) {
            o += 2;
            continue;
          }
          if (u === Bn && o + 5 < i && gs(t, o + 2)) {
            o += 6;
            continue;
          }
          break;
        }
        s < In && (this.pos = o, this.fail("a control character in a string (it must be escaped)")), o++;
      }
      this.pos = o, o < i ? this.skipEscape() : this.advanceChunk() || this.fail("the text ends inside a string");
    }
  }
  /** A backslash and what it escapes. */
  skipEscape() {
    this.pos++;
    let t = this.peek();
    if (t === ne && this.fail("the text ends inside a string"), mt[t] === 1) {
      this.pos++;
      return;
    }
    t !== Bn && this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'), this.pos++;
    for (let n = 0; n < 4; n++)
      fe(this.peek()) || this.fail("a \\u escape without four hexadecimal digits"), this.pos++;
  }
  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  skipNumber() {
    let t = this.peek();
    t === De && (this.pos++, t = this.peek()), t === me ? this.pos++ : this.digits(), t = this.peek(), t === ls && (this.pos++, this.digits(), t = this.peek()), (t === ps || t === ds) && (this.pos++, t = this.peek(), (t === cs || t === De) && this.pos++, this.digits());
  }
  /** One digit or more. */
  digits() {
    jn(this.peek()) || this.fail("a number without its digits");
    do
      this.pos++;
    while (jn(this.peek()));
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
function jn(e) {
  return e >= me && e <= $e;
}
function Wn(e) {
  let t = e ^ 572662306, n = e ^ 1549556828;
  return (t - 16843009 & ~t | n - 16843009 & ~n | e - 538976288 & ~e) & -2139062144;
}
function hs(e) {
  return 31 - Math.clz32(e & -e) >> 3;
}
function gs(e, t) {
  return fe(e[t]) && fe(e[t + 1]) && fe(e[t + 2]) && fe(e[t + 3]);
}
function fe(e) {
  return e >= me && e <= $e || e >= 65 && e <= 70 || e >= 97 && e <= 102;
}

// src/inputs/dbt-artifacts.ts
var ys = ["v12", "v20"], bs = ["v6"], gt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]), he = 16 * 1024 * 1024, Vn = he / (1024 * 1024);
function Kn(e) {
  let t;
  if (zn(e, "run-results", bs, (n, r) => n !== "results" ? !1 : (t = r.kind() === "array" ? ws(r) : (r.skipValue(), void 0), !0)), !t) throw new d('has no "results" list');
  return t;
}
function ws(e) {
  let t = [];
  for (e.enterArray(); e.nextItem(); ) {
    if (e.kind() !== "object") {
      e.skipValue();
      continue;
    }
    let n = {};
    e.enterObject();
    for (let o = re(e); o !== void 0; o = re(e))
      o === "unique_id" || o === "status" ? n[o] = e.readValue(he, () => Pe(`a result's ${o}`)) : e.skipValue();
    let { unique_id: r, status: i } = n;
    typeof r == "string" && t.push({ uniqueId: r, status: String(i) });
  }
  return t;
}
function Jn(e, t) {
  let n;
  if (zn(e, "manifest", ys, (r, i) => {
    if (r !== "nodes") return !1;
    let o = i.kind();
    return o === "object" ? n = Ts(i, t) : (i.skipValue(), n = o === "array" ? /* @__PURE__ */ new Map() : void 0), !0;
  }), !n) throw new d('has no "nodes" map');
  return n;
}
function Ts(e, t) {
  let n = /* @__PURE__ */ new Map();
  e.enterObject();
  for (let r = re(e); r !== void 0; r = re(e)) {
    let i = t.has(r) ? e.kind() : void 0;
    if (i === "object" || i === "array") {
      let o = e.readValue(he, () => Pe(`node ${r}`));
      n.set(r, xs(r, o));
    } else
      e.skipValue(), i !== void 0 && n.delete(r);
  }
  return n;
}
function zn(e, t, n, r) {
  Gn(e, (i) => {
    if (i.kind() !== "object")
      throw i.skipValue(), i.finish(), new d("is not a JSON object");
    let o = !1;
    i.enterObject();
    for (let s = re(i); s !== void 0; s = re(i))
      if (s === "metadata") {
        let u = i.readValue(he, () => Pe("its metadata"));
        qn(u, t, n), o = !0;
      } else r(s, i) || i.skipValue();
    i.finish(), o || qn(void 0, t, n);
  });
}
function qn(e, t, n) {
  let r = e?.dbt_schema_version, i = new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
  if (!i || !n.includes(i))
    throw new d(
      `is ${t} ${i ?? `of unknown version (${String(r).slice(0, 80)})`}; this action reads ${t} ${n.join(" and ")}`
    );
}
function re(e) {
  return e.nextKey(he, () => Pe("a key"));
}
function Pe(e) {
  return new d(
    `has ${e} of more than ${Vn} MiB; this action reads values of up to ${Vn} MiB`
  );
}
function xs(e, t) {
  let n = t.config ?? {}, r = (o) => typeof o == "string" && o !== "" ? o : null, i = [t.tags, n.tags].flatMap((o) => Array.isArray(o) ? o : []);
  return {
    uniqueId: e,
    resourceType: r(t.resource_type) ?? e.split(".")[0] ?? "",
    name: r(t.name) ?? e.split(".").at(-1) ?? e,
    alias: r(t.alias),
    schema: r(t.schema),
    database: r(t.database),
    catalog: r(n.catalog),
    materialized: r(n.materialized),
    tags: [...new Set(i.filter((o) => typeof o == "string"))],
    originalFilePath: r(t.original_file_path)
  };
}
function Xn(e) {
  return new Set(
    e.map((t) => t.uniqueId).filter((t) => gt.has(t.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var Yn = ["model", "seed", "snapshot"];
function yt(e, t) {
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
function bt(e) {
  let t = e.indexOf(":"), n = t < 0 ? null : e.slice(0, t), r = e.slice(t + 1);
  if (r === "" || /\s/.test(r))
    throw new d("has a selector without a value or with spaces", e);
  switch (n) {
    case null:
      return { kind: "name", value: r };
    case "tag":
      return { kind: "tag", value: r };
    case "path":
      return { kind: "path", value: r, pattern: Rs(r) };
    case "resource_type":
      if (!Yn.includes(r))
        throw new d(
          `has resource_type:${r}; use ${Yn.join(", ")}`,
          e
        );
      return { kind: "resource_type", value: r };
    default:
      throw new d("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", e);
  }
}
function Rs(e) {
  let t = e.replace(/\/$/, "");
  if (!/[*?]/.test(t))
    return { source: t, test: (r) => r === t || r.startsWith(`${t}/`) };
  let n = Ss(t);
  return { source: t, test: (r) => Es(n, r) };
}
function Ss(e) {
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
function Es(e, t) {
  let n = Zn(e, /* @__PURE__ */ new Set([0]));
  for (let r of t) {
    let i = /* @__PURE__ */ new Set();
    for (let o of n) {
      let s = e[Math.floor(o)];
      s && ks(s, o, r, i);
    }
    if (i.size === 0) return !1;
    n = Zn(e, i);
  }
  return n.has(e.length);
}
function ks(e, t, n, r) {
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
      let o = Math.floor(t) + 0.5;
      r.add(o), i && r.add(Math.floor(t) + 1);
    }
  }
}
function Zn(e, t) {
  for (let n of t) {
    let r = Number.isInteger(n) ? e[n] : void 0;
    r && r.kind !== "char" && r.kind !== "one" && t.add(n + 1);
  }
  return t;
}

// src/inputs/table-name.ts
var O = "[\\p{L}\\p{N}_$-]+", As = new RegExp(`^(${O})\\.\`(${O})\\.(${O})\`\\.(${O})$`, "u"), vs = new RegExp(`^(${O})\\.(${O})\\.(${O})\\.(${O})$`, "u"), Ds = new RegExp(`^${O}$`, "u"), Cs = new RegExp(`^(${O})\\.(${O})$`, "u"), $s = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function Ne(e) {
  let t = e.trim();
  if (As.test(t)) return { tableName: wt(t), backticksAdded: !1 };
  let n = vs.exec(t);
  if (n) {
    let [r = "", i = "", o = "", s = ""] = n.slice(1);
    return {
      tableName: wt(tr(r, `${i}.${o}`, s)),
      backticksAdded: !0
    };
  }
  throw new d($s, t);
}
function ie(e) {
  let t = e.trim();
  if (!Ds.test(t))
    throw new d(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      t
    );
  return t;
}
function Qn(e) {
  let t = Ps(e.trim());
  if (!Cs.test(t))
    throw new d("must be catalog.schema (e.g. default_catalog.sales)", e.trim());
  return t;
}
function er(e, t, n) {
  return wt(tr(e, t, n));
}
function tr(e, t, n) {
  return `${e}.\`${t}\`.${n}`;
}
function Ps(e) {
  return e.length >= 2 && e.startsWith("`") && e.endsWith("`") ? e.slice(1, -1) : e;
}
function wt(e) {
  try {
    ve(e, J);
  } catch {
    throw new d(
      `must compose a tableName of at most ${J} characters (it has ${e.length})`,
      e
    );
  }
  return e;
}

// src/inputs/dbt-mapping.ts
var Ns = /* @__PURE__ */ new Set(["success", "partial success"]);
function nr(e, t, n) {
  let r = { mapped: [], skipped: [] }, i = /* @__PURE__ */ new Set();
  for (let o of e) {
    if (i.has(o.uniqueId)) continue;
    i.add(o.uniqueId);
    let s = Os(o, t.get(o.uniqueId), n);
    "tableName" in s ? r.mapped.push({ uniqueId: o.uniqueId, ...s }) : r.skipped.push({ uniqueId: o.uniqueId, ...s });
  }
  return r;
}
function Os(e, t, n) {
  let r = Is(e, t, n);
  if (r) return r;
  if (!t) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: _s(t, n) };
  } catch (i) {
    return { kind: "invalid-table-name", reason: `its table name ${i instanceof d ? i.rule : String(i)}` };
  }
}
function Is(e, t, n) {
  let r = t?.resourceType ?? e.uniqueId.split(".")[0] ?? "";
  return gt.has(r) ? Ns.has(e.status) ? t ? t.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : n.select.length > 0 && !n.select.some((i) => yt(i, t)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : n.exclude.some((i) => yt(i, t)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${e.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${r || "node"}, not a table` };
}
function _s(e, t) {
  let n = e.schema ?? "", r = e.database !== n ? e.database : null, i = e.catalog ?? r ?? t.defaultCatalog, o = `${t.datasource}.\`${i}.${n}\`.${e.alias ?? e.name}`;
  return Ne(o).tableName;
}

// src/inputs/list.ts
function C(e) {
  return e.split(/[\n,]/).map((t) => t.trim()).filter((t) => t !== "");
}

// src/inputs/trigger-plan.ts
function Oe(e, t, n) {
  let r = [...new Set(e)], i = [...new Set(t)].sort(), o = r.length * i.length;
  if (o > n.maxTriggers) {
    let s = o > n.largest ? `split the backfill across steps or a job matrix (one step takes at most ${n.largest})` : "narrow partition or raise max-triggers";
    throw new d(
      `is ${n.maxTriggers}, and the plan has ${o} triggers (${r.length} table${r.length === 1 ? "" : "s"} \xD7 ${i.length} partitions, ${i[0]}..${i.at(-1)}): ${s}`
    );
  }
  return r.flatMap((s) => i.map((u) => ({ tableName: s, partition: u })));
}

// src/inputs/dbt-inputs.ts
var Tt = "default_catalog";
function or(e, t, n, r) {
  let i = n.take(
    () => g("datasource", () => (M(
      e.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), ie(e.datasource)))
  ), o = n.take(
    () => g("dbt-catalog", () => ie(e["dbt-catalog"] || Tt))
  ), s = n.take(
    () => g("dbt-select", () => C(e["dbt-select"]).map(bt))
  ), u = n.take(
    () => g("dbt-exclude", () => C(e["dbt-exclude"]).map(bt))
  ), l = n.take(() => Ls(e, t, r));
  if (!(i === void 0 || o === void 0 || s === void 0 || u === void 0 || l === void 0))
    return nr(l.results, l.nodes, { datasource: i, defaultCatalog: o, select: s, exclude: u });
}
function Ls(e, t, n) {
  let r = e["dbt-run-results"], i = e["dbt-manifest"] || (0, Ie.join)((0, Ie.dirname)(r), "manifest.json"), o = g(
    "dbt-run-results",
    () => rr(t, r, Kn)
  );
  if (n) {
    let { tableNames: c, partitions: p, limits: m } = n;
    g("max-triggers", () => Oe(c, p, m));
  }
  let s = Xn(o), u = g(
    "dbt-manifest",
    () => rr(t, i, (c) => Jn(c, s))
  ), l = [...s].filter((c) => !u.has(c));
  if (l.length > 0)
    throw new N(
      "dbt-manifest",
      `has no node ${l[0]}${l.length > 1 ? ` (nor ${l.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      i
    );
  return { results: o, nodes: u };
}
function rr(e, t, n) {
  let r;
  try {
    r = e(t);
  } catch (i) {
    throw ir(i, t);
  }
  try {
    return n(r);
  } catch (i) {
    throw i instanceof d ? new d(i.rule, t) : typeof i.code == "string" ? ir(i, t) : i;
  }
}
function ir(e, t) {
  let n = e.code;
  return new d(
    `names a file that cannot be read (${typeof n == "string" ? n : "unreadable"})`,
    t
  );
}

// src/inputs/host.ts
var xt = "/anymetrics/api/v1/scheduler/task/trigger", Ms = "/anymetrics/api/v1/token/create", Us = "/anymetrics/api/v1/accelerate/latestTime", Bs = "/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList", sr = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", _e = /^[a-z][a-z0-9+.-]*:\/\//i, Fs = /[/?#\\]/;
function Le(e) {
  let t = _e.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search(Fs), o = (r < 0 ? n : n.slice(0, r)).lastIndexOf("@"), s = o >= 0 ? o : n.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: t,
      userinfo: n.slice(0, s),
      rest: n.slice(s + 1),
      ambiguous: o < 0
    };
}
function ar(e) {
  let t = Le(e.trim());
  if (!t || t.userinfo === "") return [];
  let { userinfo: n } = t, r = n.indexOf(":"), i = r < 0 ? n : n.slice(0, r), o = r < 0 ? "" : n.slice(r + 1), s = r < 0 ? i : o, u = [
    s,
    ge(s),
    Rt(ge(i), ge(o))
  ];
  return t.ambiguous && u.push(n), [...new Set(u.filter((l) => l !== ""))];
}
function Rt(e, t) {
  return Buffer.from(`${e}:${t}`).toString("base64");
}
function z(e) {
  let t = Le(e.trim()), n = t ? `${t.scheme}***@${t.rest}` : e.trim();
  return Hs(n);
}
function Hs(e) {
  let t = _e.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search(/[?#]/);
  return r < 0 ? e : `${t}${n.slice(0, r)}${n[r]}\u2026`;
}
function ur(e) {
  let t = e.trim();
  if (t === "") throw new d("is required");
  if (Ae(t) || /\s/.test(t))
    throw new d("must not contain spaces or control characters", z(t));
  if (Le(t)?.ambiguous)
    throw new d(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      z(t)
    );
  let n = js(t), r = n.pathname.replace(/\/+$/, ""), i = r.endsWith(xt) ? r.slice(0, -xt.length) : r, o = `${n.protocol}//${n.host}${i}`, s = {
    url: o + xt,
    tokenUrl: o + Ms,
    planStatusUrl: o + Us,
    planListUrl: o + Bs,
    display: o
  };
  return (n.username !== "" || n.password !== "") && (s.basicAuth = {
    username: ge(n.username),
    password: ge(n.password)
  }), s;
}
function js(e) {
  let t = _e.test(e), n = Ws(t ? e : `http://${e}`, e);
  if (n.protocol !== "http:" && n.protocol !== "https:")
    throw new d("must use http:// or https://", z(e));
  if (n.hostname === "") throw new d(sr, z(e));
  if (!t && n.port === "")
    throw new d(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      z(e)
    );
  let r = Le(e)?.rest ?? e.slice(_e.exec(e)?.[0].length ?? 0);
  if (n.search !== "" || n.hash !== "" || /[?#]/.test(r))
    throw new d("must not contain a query (?) or fragment (#)", z(e));
  return n;
}
function Ws(e, t) {
  try {
    return new URL(e);
  } catch {
    throw new d(sr, z(t));
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
var Ue = 864e5, Gs = /^(\d{4})-(\d{2})-(\d{2})$/, Vs = /^today\s*-\s*(\d{1,5})$/i, cr = 36600, qs = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", lr = "..", pr = 36600, dr = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, fr = {
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
function hr(e) {
  if (e === "UTC") return null;
  let t = e.toUpperCase();
  if (fr[t]) return fr[t];
  if (/^[+-]\d/.test(e) || /^(UTC|GMT)[+-]/i.test(e))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let n = Ks(e);
  return n === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : dr.test(e) ? null : `is a legacy alias or abbreviation: write ${dr.test(n) && n !== e ? n : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function Ks(e) {
  if (e.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: e }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function gr(e) {
  return ye(Me(e));
}
function St(e, t) {
  if (e.length === 0) throw new d("must name at least one partition");
  let n = /* @__PURE__ */ new Set();
  for (let r of e)
    for (let i of Js(r.trim(), t)) n.add(i);
  return [...n].sort((r, i) => r - i).map(ye);
}
function Js(e, t) {
  let n = e.indexOf(lr);
  if (n < 0) return [yr(e, t)];
  if (e.includes("..."))
    throw new d("has a range with three dots: write A..B (two dots)", e);
  let [r = "", i = ""] = [
    e.slice(0, n),
    e.slice(n + lr.length)
  ].map((u) => u.trim());
  if (r === "" || i === "")
    throw new d(
      `has a range without its ${r === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      e
    );
  let o = mr(r, e, t), s = mr(i, e, t);
  if (s < o)
    throw new d(
      `has a reversed range (${ye(o)} is after ${ye(s)}): write it oldest first`,
      e
    );
  if (s - o >= pr)
    throw new d(`has a range longer than ${pr} days`, e);
  return Array.from({ length: s - o + 1 }, (u, l) => o + l);
}
function mr(e, t, n) {
  try {
    return yr(e, n);
  } catch (r) {
    throw r instanceof d ? new d(r.rule, t) : r;
  }
}
function yr(e, t) {
  let n = e.toLowerCase();
  if (n === "today") return Me(t);
  if (n === "yesterday") return Me(t) - 1;
  let r = Vs.exec(e);
  if (r) {
    let i = Number(r[1]);
    if (i > cr)
      throw new d(`must not reach back more than ${cr} days`, e);
    return Me(t) - i;
  }
  return zs(e);
}
function zs(e) {
  let t = Gs.exec(e);
  if (!t) throw new d(qs, e);
  let [n, r, i] = t.slice(1).map(Number), o = Date.UTC(n, r - 1, i) / Ue;
  if (n < 1 || ye(o) !== e)
    throw new d("must be a real calendar date (yyyy-MM-dd)", e);
  return o;
}
function Me({ now: e, timeZone: t }) {
  if (t === "UTC") return Math.floor(e.getTime() / Ue);
  let n = new Intl.DateTimeFormat("en-US", {
    timeZone: t,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(e), r = (i) => Number(n.find((o) => o.type === i)?.value);
  return Date.UTC(r("year"), r("month") - 1, r("day")) / Ue;
}
function ye(e) {
  return new Date(e * Ue).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var br = 3600;
function wr(e) {
  let t = Number(e);
  if (!/^\d+(\.\d+)?$/.test(e) || t <= 0 || t > br)
    throw new d(
      `must be a number of seconds above 0, at most ${br}`,
      e
    );
  let n = Math.round(t * 1e3);
  if (n < 1) throw new d("must be at least 0.001 (1 ms); it rounds to 0 ms", e);
  return n;
}
function Et(e, t, n) {
  let r = Number(e);
  if (!/^\d+(\.\d+)?$/.test(e) || r < n.min || r > n.max || r <= 0) {
    let i = n.min > 0 ? `from ${n.min}` : "above 0";
    throw new d(`must be a number of ${t.name} ${i}, at most ${n.max}`, e);
  }
  return Math.round(r * t.ms);
}
function Be(e, t, n) {
  if (!/^\d+$/.test(e) || Number(e) < t || Number(e) > n)
    throw new d(`must be a whole number from ${t} to ${n}`, e);
  return Number(e);
}
function Tr(e) {
  if (e.toLowerCase() === "check") return "check";
  try {
    return kt(e) ? "plan" : "off";
  } catch {
    throw new d("must be true, false or check", e);
  }
}
function kt(e) {
  if (["true", "True", "TRUE"].includes(e)) return !0;
  if (["false", "False", "FALSE"].includes(e)) return !1;
  throw new d("must be true or false", e);
}
function xr(e) {
  let t = hr(e);
  if (t) throw new d(t, e);
  return e;
}

// src/inputs/wait-plans.ts
var Rr = "id:", Sr = 100;
function Er(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of C(e)) {
    let r = Xs(n);
    t.set(`${r.by}:${r.value}`, r);
  }
  if (t.size > Sr)
    throw new d(
      `names ${t.size} plans; at most ${Sr} (split the wait across steps)`
    );
  return [...t.values()];
}
function Xs(e) {
  let t = e.toLowerCase().startsWith(Rr), n = t ? e.slice(Rr.length).trim() : e;
  if (n === "") throw new d("has an id: entry without a plan ID", e);
  if (Ae(n))
    throw new d("has a plan with control characters", e);
  if (n.length > J)
    throw new d(`has a plan longer than ${J} characters`, e);
  return { by: t ? "id" : "name", value: n, label: t ? `id:${n}` : n };
}

// src/inputs/table-inputs.ts
var Ys = ["datasource", "catalog-schema", "table"];
function vt(e, t, n, r) {
  let i = C(e["table-name"]), o = Ys.filter(
    (s) => e[s] !== "" && !(n && s === "datasource")
  );
  return i.length > 0 && o.length > 0 ? kr(
    r,
    "table-name",
    `cannot be combined with ${o.join(", ")}: give full names or their parts, not both`
  ) : i.length > 0 ? r.take(() => i.map((s) => Zs(s, t))) : o.length === 0 && n ? [] : o.length === 0 ? kr(
    r,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : Qs(e, n, r);
}
function kr(e, t, n) {
  return e.take(() => {
    throw new N(t, n);
  });
}
function Zs(e, t) {
  let n = g("table-name", () => Ne(e));
  return n.backticksAdded && t.push(`table-name: added the backticks the platform requires: ${n.tableName}`), n.tableName;
}
function Qs(e, t, n) {
  let r = (t ? new K() : n).take(
    () => At(e, "datasource", ie)
  ), i = n.take(() => At(e, "catalog-schema", Qn)), o = n.take(
    () => At(e, "table", (s) => C(s).map(ie))
  );
  if (!(r === void 0 || i === void 0 || o === void 0))
    return n.take(
      () => g("table", () => o.map((s) => er(r, i, s)))
    );
}
function At(e, t, n) {
  if (C(e[t]).length === 0)
    throw new N(t, "is required when datasource, catalog-schema or table is given");
  return g(t, () => n(e[t]));
}

// src/inputs/parse-inputs.ts
var Ar = [
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
], ea = 10, ta = 32, Dt = 2e3, na = 350, ra = 600, ia = { name: "minutes", ms: 6e4 }, oa = { name: "seconds", ms: 1e3 }, vr = {
  timeZone: { input: "timezone", default: "UTC", parse: xr },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: wr },
  retries: {
    input: "retries",
    default: "3",
    parse: (e) => Be(e, 0, ea)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (e) => Be(e, 1, ta)
  },
  failFast: { input: "fail-fast", default: "false", parse: kt },
  dryRun: { input: "dry-run", default: "false", parse: Tr },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (e) => Be(e, 1, Dt)
  },
  waitTimeoutMs: {
    input: "wait-timeout-minutes",
    default: "60",
    parse: (e) => Et(e, ia, { min: 0, max: na })
  },
  waitIntervalMs: {
    input: "wait-interval-seconds",
    default: "30",
    parse: (e) => Et(e, oa, { min: 1, max: ra })
  }
}, Fl = {
  partition: "today",
  "dbt-catalog": Tt,
  ...Object.fromEntries(Object.values(vr).map((e) => [e.input, e.default]))
};
function Dr(e) {
  return [e["auth-value"], e["app-secret"], ...ar(e.host)].filter(
    (t) => t !== ""
  );
}
function Cr(e, t) {
  let n = [], r = new K(), i = r.take(() => g("host", () => ur(e.host))), o = r.take(() => g("tenant-id", () => ua(e["tenant-id"]))), s = Nn(e, r), u = e["dbt-run-results"] !== "", l = u ? or(e, t.readArtifact, r, sa(e, t.now)) : void 0, c = vt(e, n, u, r), p = c && (!u || l) ? [...c, ...ca(l)] : void 0, m = $r(e, r), { timeZone: f, maxTriggers: h } = m, b = f === void 0 ? void 0 : r.take(
    () => g(
      "partition",
      () => St(C(e.partition || "today"), { now: t.now, timeZone: f })
    )
  ), y = p && b && h !== void 0 ? r.take(
    () => g(
      "max-triggers",
      () => Oe(p, b, { maxTriggers: h, largest: Dt })
    )
  ) : void 0, S = r.take(
    () => g("wait-for-plans", () => Er(e["wait-for-plans"]))
  ), _ = r.take(
    () => g("ca-certificate", () => Dn(e["ca-certificate"], t.readTextFile))
  );
  r.throwIfAny();
  let I = {
    ...m,
    endpoint: i,
    tenantId: o,
    credentials: s,
    plan: y,
    caCertificates: _,
    waitForPlans: S
  }, ae = aa(I);
  return {
    config: { ...ae, today: gr({ now: t.now, timeZone: ae.timeZone }), dbt: l },
    notices: n
  };
}
function sa(e, t) {
  let n = new K(), r = vt(e, [], !0, n), { timeZone: i, maxTriggers: o } = $r(e, n);
  if (r === void 0 || i === void 0 || o === void 0)
    return;
  let s = n.take(
    () => g(
      "partition",
      () => St(C(e.partition || "today"), { now: t, timeZone: i })
    )
  );
  return s && { tableNames: r, partitions: s, limits: { maxTriggers: o, largest: Dt } };
}
function $r(e, t) {
  let n = Object.entries(vr).map(([r, i]) => [
    r,
    t.take(
      () => g(i.input, () => i.parse(e[i.input] || i.default))
    )
  ]);
  return Object.fromEntries(n);
}
function aa(e) {
  for (let [t, n] of Object.entries(e))
    if (n === void 0) throw new Error(`input ${t} was neither parsed nor refused`);
  return e;
}
function ua(e) {
  return M(e), te(e), ve(e), e;
}
function ca(e) {
  return e ? e.mapped.map((t) => t.tableName) : [];
}

// src/platform/retry-policy.ts
var Pr = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, la = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), pa = /* @__PURE__ */ new Set([
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
function Ct(e) {
  return "status" in e ? la.has(e.status) : pa.has(e.errorCode);
}
function da(e, t, n) {
  let r = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** (e - 1));
  return Math.floor(n() * r);
}
function Nr(e, t) {
  if (e === void 0) return;
  let n = e.trim();
  if (/^\d+$/.test(n)) return Number(n) * 1e3;
  let r = Date.parse(n);
  if (!(Number.isNaN(r) || !/[a-z]/i.test(n)))
    return Math.max(0, r - t);
}
var fa = 250;
function Or(e, t, n, r) {
  return n !== void 0 ? $t(n, t) : da(e, t, r);
}
function $t(e, t) {
  return Math.min(Math.max(e, fa), t.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var qr = require("node:net");

// src/secret-matching.ts
var ma = /^[0-9a-fA-F]{2}$/, ha = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" "), Ir = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  plus: "+",
  sol: "/",
  equals: "=",
  ...Object.fromEntries(
    ha.map((e, t) => [e, String.fromCharCode(160 + t)])
  )
}, ga = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " "
}, _r = new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "u"), ya = new RegExp("\\p{M}", "gu");
function be(e, t = !0) {
  let n = { chars: "", starts: [], ends: [] }, r = [];
  for (let i = 0; i < e.length; ) {
    let o = t ? wa(e, i) : Ur(e, i);
    for (let s of ba(o.text)) {
      r.push(s);
      for (let u = 0; u < s.length; u++)
        n.starts.push(i), n.ends.push(i + o.length);
    }
    i += o.length;
  }
  return n.chars = r.join(""), n;
}
function ba(e) {
  return e.length === 1 && e > " " && e < "\x7F" && e !== "+" ? [e] : e === "" || _r.test(e) ? [] : [...e.normalize("NFKD").replace(ya, "")].filter((n) => !_r.test(n));
}
function wa(e, t) {
  let n = e[t] ?? "";
  return n === "%" ? Ta(e, t) : n === "&" ? xa(e, t) : n === "\\" ? Ra(e, t) : Ur(e, t);
}
function Ur(e, t) {
  let n = e.codePointAt(t) ?? 0;
  return { text: String.fromCodePoint(n), length: n > 65535 ? 2 : 1 };
}
function Ta(e, t) {
  let n = Lr(e, t);
  if (n === void 0) return { text: "%", length: 1 };
  let r = n < 128 ? 1 : n >= 240 ? 4 : n >= 224 ? 3 : n >= 192 ? 2 : 1, i = [n];
  for (let s = 1; s < r; s++) {
    let u = Lr(e, t + s * 3);
    if (u === void 0) break;
    i.push(u);
  }
  let o = new TextDecoder().decode(Uint8Array.from(i));
  return o.includes("\uFFFD") ? { text: String.fromCharCode(n), length: 3 } : { text: o, length: i.length * 3 };
}
function Lr(e, t) {
  if (e[t] !== "%") return;
  let n = e.slice(t + 1, t + 3);
  return ma.test(n) ? parseInt(n, 16) : void 0;
}
function xa(e, t) {
  let n = e.indexOf(";", t + 1);
  if (n < 0 || n - t > 12) return { text: "&", length: 1 };
  let r = e.slice(t + 1, n), i = /^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
  if (i?.[1]) {
    let s = i[1].startsWith("x") || i[1].startsWith("X") ? parseInt(i[1].slice(1), 16) : parseInt(i[1], 10);
    if (s > 0 && s <= 1114111)
      return { text: String.fromCodePoint(s), length: n - t + 1 };
  }
  let o = Ir[r] ?? Ir[r.toLowerCase()];
  return o === void 0 ? { text: "&", length: 1 } : { text: o, length: n - t + 1 };
}
function Ra(e, t) {
  let n = e[t + 1] ?? "", r = Mr(e, t);
  if (r !== void 0) {
    let o = r >= 55296 && r <= 56319 ? Mr(e, t + 6) : void 0;
    return o !== void 0 && o >= 56320 && o <= 57343 ? { text: String.fromCharCode(r, o), length: 12 } : { text: String.fromCharCode(r), length: 6 };
  }
  let i = ga[n];
  return i === void 0 ? { text: "\\", length: 1 } : { text: i, length: 2 };
}
function Mr(e, t) {
  if (e[t] !== "\\" || e[t + 1] !== "u") return;
  let n = e.slice(t + 2, t + 6);
  return /^[0-9a-fA-F]{4}$/.test(n) ? parseInt(n, 16) : void 0;
}
function Br(e, t) {
  if (t.length === 0 || e === "") return [];
  let n = [];
  for (let r of [be(e), be(e, !1)])
    Sa(r, t, e.length, n);
  return Ea(n);
}
function Sa(e, t, n, r) {
  for (let i of t)
    for (let o = e.chars.indexOf(i); o >= 0; ) {
      let s = o + i.length - 1;
      r.push([e.starts[o] ?? 0, e.ends[s] ?? n]), o = e.chars.indexOf(i, o + 1);
    }
}
function Ea(e) {
  e.sort((n, r) => n[0] - r[0]);
  let t = [];
  for (let [n, r] of e) {
    let i = t.at(-1);
    i && n <= i[1] ? i[1] = Math.max(i[1], r) : t.push([n, r]);
  }
  return t;
}

// src/trust.ts
var ka = "***", Aa = 1e3, va = 256 * 1024, Da = 12, Ca = 200, $a = 120, Wr = /[\s\u0085]+/g, Pa = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "gu"), Fr = "\uFFFD", Na = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, Oa = /##\[/g;
function a(e, ...t) {
  let n = e[0] ?? "";
  return t.forEach((r, i) => {
    n += String(r) + (e[i + 1] ?? "");
  }), n;
}
function X(e, t) {
  return e.join(t);
}
function E(e) {
  return Nt(Pt(e));
}
var Fe = class {
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
    let n = Ba(t).filter((i) => !this.forms.includes(i));
    this.forms = [...this.forms, ...n].sort((i, o) => o.length - i.length);
    let r = n.flatMap((i) => [be(i).chars, be(i, !1).chars]).filter((i) => i !== "");
    return this.canonicalForms = [.../* @__PURE__ */ new Set([...this.canonicalForms, ...r])], this.longestForm = this.forms[0]?.length ?? 0, n;
  }
  /**
   * Known secrets replaced by `***` in whatever form they came back: matched on a canonical
   * form of the text (encodings decoded, invisible characters and spaces dropped, Unicode
   * normalized) and masked over the whole span of the original they were made of.
   */
  redact(t) {
    let n = Br(t, this.canonicalForms);
    if (n.length === 0) return t;
    let r = "", i = 0;
    for (let [o, s] of n)
      r += t.slice(i, o) + ka, i = s;
    return r + t.slice(i);
  }
  /** A platform or transport text as one inert, bounded line. */
  text(t, n = Aa) {
    let r = t.replace(Wr, " ");
    return this.finish(Pt(this.redactPart(r, n * 2 + 64)), n);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(t, n = Ca) {
    return this.finish(Pt(Ma(this.redactPart(t, va))), n);
  }
  /**
   * Redacts the first `room` characters of a long text (plus room for a secret's longest
   * encoded form), and drops that margin from the end when the text was cut: a secret
   * straddling the cut is not whole, so not matched, and its prefix must not be shown either.
   */
  redactPart(t, n) {
    let r = this.longestForm * Da;
    if (t.length <= n + r) return this.redact(t);
    let i = this.redact(t.slice(0, n + r));
    return r > 0 ? i.slice(0, -r) : i;
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(t, n = $a) {
    let r = Nt(La(JSON.stringify(this.redact(t))));
    return r.length > n ? `${Gr(r, n)}\u2026"` : r;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(t, n) {
    return Ia(G(Nt(this.redact(t)), n));
  }
};
function Ia(e) {
  return Buffer.from(e, "utf16le").toString("utf16le");
}
var _a = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function La(e) {
  return e.replace(_a, (t) => `\\u${t.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function Pt(e) {
  return e.replace(Na, Fr).replace(Wr, " ").replace(Pa, Fr).trim();
}
function Nt(e) {
  let t = e.replace(Oa, "## ["), n = t.trimStart();
  return n.startsWith("::") ? `: :${n.slice(2)}` : t;
}
function Gr(e, t) {
  let n = e.slice(0, t), r = n.charCodeAt(n.length - 1);
  return r >= 55296 && r <= 56319 ? n.slice(0, -1) : n;
}
var Hr = /<\/(script|style|head)\s*>/gi;
function Ma(e) {
  let t = "", n = 0;
  for (; n < e.length; ) {
    let r = e.indexOf("<", n), i = r < 0 ? -1 : e.indexOf(">", r + 1);
    if (i < 0) return t + e.slice(n);
    if (t += `${e.slice(n, r)} `, n = i + 1, Ua(e, r)) {
      Hr.lastIndex = n;
      let o = Hr.exec(e);
      n = o ? o.index + o[0].length : e.length;
    }
  }
  return t;
}
function Ua(e, t) {
  let n = e.charCodeAt(t + 1) | 32;
  return n !== 115 && n !== 104 ? !1 : /^<(script|style|head)\b/i.test(e.slice(t, t + 8));
}
function Ba(e) {
  if (e === "") return [];
  let t = [
    e,
    encodeURIComponent(e),
    encodeURIComponent(e).replace(/%20/g, "+"),
    JSON.stringify(e).slice(1, -1),
    jr(e, "&#39;"),
    jr(e, "&#x27;"),
    ...Fa(e)
  ];
  return [...new Set(t)].filter((n) => n !== "");
}
function jr(e, t) {
  let n = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": t
  };
  return e.replace(/[&<>"']/g, (r) => n[r] ?? r);
}
function Fa(e) {
  let t = Buffer.from(e, "utf8"), n = t.toString("base64"), r = [n, n.replace(/=+$/, "")];
  for (let i of [0, 1, 2]) {
    let o = Buffer.concat([Buffer.alloc(i), t]).toString("base64"), s = Math.ceil(i * 8 / 6), u = Math.floor((i + t.length) * 8 / 6);
    r.push(o.slice(s, u));
  }
  return r.filter((i) => i.length >= 6).flatMap((i) => [i, i.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function G(e, t) {
  return e.length > t ? `${Gr(e, t)}\u2026` : e;
}
function Vr(e, t) {
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
}, Kr = new R("cancelled", "CANCELLED"), Jr = new R("cancelled", "CANCELLED_SENT"), Ha = "tunneling socket could not be established";
function zr(e, t, n) {
  return {
    url: e,
    host: n.text(e.host, 300),
    proxy: t ? n.text(`${t.protocol}//${t.host}`, 300) : void 0
  };
}
function Ot(e) {
  if (e instanceof R) return e;
  let t = e?.code, n = e instanceof Error ? e.message : String(e);
  return new R(n, typeof t == "string" ? t : "UNKNOWN");
}
async function Xr(e, t) {
  let n = Ot(e);
  if (n.description.startsWith(Ha)) {
    let r = n.description.split("cause=")[1] ?? n.code;
    return new R(r, "EPROXY");
  }
  return n.code === "EPROTO" && /wrong version number/i.test(n.description) ? new R(n.description, "EPLAINPORT") : n.code === "ECONNRESET" && t.url.protocol === "http:" && !t.proxy && (t.speaksTls ??= ja(t.url), await t.speaksTls) ? new R(n.description, "ETLSPORT") : n;
}
function ja(e) {
  return new Promise((t) => {
    let n = process.getBuiltinModule("node:tls").connect({
      host: e.hostname,
      port: Number(e.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, qr.isIP)(e.hostname) ? {} : { servername: e.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), r = (i) => {
      n.destroy(), t(i);
    };
    n.once("secureConnect", () => r(!0)), n.once("error", () => r(!1)), n.once("timeout", () => r(!1));
  });
}
function Wa(e, t, n, r) {
  let i = e.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${t}${n} sent an answer that is not valid HTTP (${r})${i}`;
}
var Ga = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), Va = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Yr(e, t, n) {
  let r = t.text(e.code, 64), i = n?.host ?? a`the host`, o = n?.proxy ? a` via proxy ${n.proxy}` : a``;
  if (e.code.startsWith("HPE_")) return Wa(e, i, o, r);
  switch (e.code) {
    case "ELOCAL":
      return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;
    case "EUPGRADE":
    case "ECLOSED":
      return a`${i}${o}: ${t.text(e.description)}`;
    case "CANCELLED":
      return a`cancelled before the request reached ${i}`;
    case "CANCELLED_SENT":
      return a`cancelled while waiting for ${i} to answer; the platform may have received it and started the refresh`;
    case "TIMEOUT":
      return a`${i}${o} sent no answer within ${t.text(e.description.replace(/^no answer within /, ""))}`;
    case "EPROXY":
      return a`could not open a tunnel to ${i} through the proxy ${n?.proxy ?? a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return a`${i} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return a`${i} speaks TLS: use https://${i} instead of http://`;
  }
  if (Ga.has(e.code))
    return a`the TLS certificate of ${i} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = Va[e.code];
  return s ? a`${s} by ${i}${o} (${r})` : a`${i}${o}: ${t.text(e.description)}`;
}

// src/platform/verdict.ts
var qa = 32, Ka = 128, Ja = 8, It = 4096;
function Qr(e, t) {
  if (Xa(e.status)) return nu(e, t);
  let n = iu(e.body);
  if (!n) return ru(e, t);
  let r = Za(n, t), i = Qa(e.status, n, r, t);
  return {
    succeeded: i === null,
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    reason: i,
    warning: i === null && ei(n.data)?.trim() === "false" ? a`the platform answered data "false"` : null
  };
}
function $(e) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: e, warning: null };
}
function za(e) {
  return e >= 200 && e < 300;
}
function Xa(e) {
  return e >= 300 && e < 400 && e !== 304;
}
function Ya(e) {
  return Lt(e) ? String(e).trim() : null;
}
function Za(e, t) {
  let n = (r, i) => {
    let o = ei(r);
    return o === null || o.trim() === "" ? null : t.text(o, i);
  };
  return {
    code: Lt(e.code) ? n(e.code, qa) : null,
    traceId: Lt(e.traceId) ? n(e.traceId, Ka) : null,
    data: n(e.data),
    errorMsg: n(e.errorMsg),
    detailErrorMsg: n(e.detailErrorMsg)
  };
}
function Qa(e, t, n, r) {
  let i = eu(n.errorMsg, n.detailErrorMsg);
  if (!za(e))
    return i !== null ? a`HTTP ${e}: ${i}` : a`HTTP ${e}${_t(n.code)}`;
  if (i !== null) return i;
  let o = tu(t, r);
  return o.value !== !0 ? o.name === null ? a`the response has neither "succeed" nor "success"${_t(n.code)}` : a`the platform answered ${o.name}: ${o.shown}${_t(n.code)}` : Ya(t.code) !== "200" ? n.code === null ? a`the platform answered code null` : a`the platform answered code "${n.code}"` : null;
}
function eu(e, t) {
  return e === null ? t : t === null || t === e ? e : a`${e}: ${t}`;
}
function tu(e, t) {
  return "succeed" in e ? { name: a`succeed`, ...Zr(e.succeed, t) } : "success" in e ? { name: a`success`, ...Zr(e.success, t) } : { name: null, value: void 0, shown: a`` };
}
function Zr(e, t) {
  return { value: e, shown: t.text(He(e), 60) };
}
function _t(e) {
  return e === null ? a`` : a` (code ${e})`;
}
function nu(e, t) {
  let n = e.location ? t.text(e.location, 300) : a`an address it did not give`;
  return $(
    a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`
  );
}
function ru(e, t) {
  let n = t.excerpt(e.body), r = e.body.trim() === "" ? a`an empty body` : n === "" ? a`a page of markup with no text, not a JSON object` : a`a body that is not a JSON object: ${n}`;
  return $(a`HTTP ${e.status} with ${r}`);
}
function iu(e) {
  try {
    let t = JSON.parse(e);
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : null;
  } catch {
    return null;
  }
}
function Lt(e) {
  return typeof e == "string" || typeof e == "number";
}
function ei(e) {
  return e == null ? null : typeof e == "string" ? e : He(e);
}
function He(e) {
  let t = [], n = 0, r = (s) => (t.push(s), n += s.length, n < It), i = (s, u) => {
    if (s === null || typeof s != "object") return r(JSON.stringify(s) ?? "null");
    if (u >= Ja) return r("\u2026");
    let l = Array.isArray(s) ? s.map((c) => [null, c]) : Object.entries(s);
    if (!r(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [c, [p, m]] of l.entries())
      if (c > 0 && !r(",") || p !== null && !r(`${JSON.stringify(p)}:`) || !i(m, u + 1)) return !1;
    return r(Array.isArray(s) ? "]" : "}");
  };
  i(e, 0);
  let o = t.join("");
  return n < It ? o : `${o.slice(0, It)}\u2026`;
}

// src/platform/attempt.ts
function Y(e, t, n = Date.now()) {
  let r = Ct({ status: e.status }), i = r ? Nr(e.retryAfter, n) : void 0;
  return {
    verdict: Qr(e, t),
    answered: !0,
    local: !1,
    retryable: r,
    pushbackMs: i ?? (e.status === 429 ? 0 : void 0),
    cancelled: !1,
    sentBeforeCancel: !1
  };
}
function ti(e, t, n) {
  let r = Ot(e);
  return {
    verdict: $(Yr(r, t, n)),
    answered: !1,
    local: r.code === "ELOCAL",
    retryable: Ct({ errorCode: r.code }),
    pushbackMs: void 0,
    cancelled: r.code === "CANCELLED" || r.code === "CANCELLED_SENT",
    sentBeforeCancel: r.code === "CANCELLED_SENT"
  };
}
function we(e, t) {
  let { code: n, traceId: r } = e.verdict;
  return { ...e, verdict: { ...$(t), code: n, traceId: r } };
}

// src/platform/connection.ts
var ri = F(require("node:http"), 1);

// src/platform/tls-trust.ts
function ni(e) {
  let t = process.getBuiltinModule("node:tls"), n = t.getCACertificates;
  return [...n ? n("default") : t.rootCertificates, ...e];
}

// src/platform/connection.ts
async function ii(e, t) {
  let n = e.protocol === "https:", r = n ? process.getBuiltinModule("node:https") : ri.default, i = rn(e), o = i?.hostname ? await ou(n, i, t.maxSockets) : new r.Agent({ keepAlive: !0, maxSockets: t.maxSockets });
  return n && t.caCertificates.length > 0 && su(o, t.caCertificates), { agent: o, transport: r, proxy: i?.hostname ? i : void 0 };
}
async function ou(e, t, n) {
  let r = await Promise.resolve().then(() => F(ln(), 1)), i = t.protocol === "https:", o = e ? i ? r.httpsOverHttps : r.httpsOverHttp : i ? r.httpOverHttps : r.httpOverHttp, s = t.username || t.password ? { proxyAuth: `${t.username}:${t.password}` } : {}, u = Number(t.port || (i ? 443 : 80)), l = {
    maxSockets: n,
    keepAlive: !0,
    proxy: { ...s, host: t.hostname, port: u }
  };
  return o(l);
}
function su(e, t) {
  let n = e;
  n.options = { ...n.options, ca: ni(t) };
}

// src/platform/http-exchange.ts
var oi = 1024 * 1024;
function si(e) {
  let { transport: t, url: n, agent: r, headers: i, payload: o, timeoutMs: s, signal: u } = e;
  return new Promise((l, c) => {
    let p = !1, m = !1, f = (v) => {
      p || (p = !0, clearTimeout(_), v());
    }, h = () => new R(`no answer within ${s / 1e3} s`, "TIMEOUT"), b = !1, y = () => b ? Jr : Kr, S = (v) => f(() => c(m ? h() : u?.aborted ? y() : v)), _ = setTimeout(() => {
      m = !0, I?.destroy(h()), S(h());
    }, s), I;
    try {
      I = t.request(n, {
        method: "POST",
        agent: r,
        headers: { ...i, "content-length": Buffer.byteLength(o) },
        ...u ? { signal: u } : {}
      });
    } catch (v) {
      return S(au(v));
    }
    let ae = !1;
    I.on("response", (v) => {
      ae = !0, cu(v).then(
        (Ze) => f(
          () => l({ status: v.statusCode ?? 0, body: Ze, ...uu(v) })
        ),
        S
      );
    }), I.on("upgrade", (v, Ze) => {
      Ze.destroy(), S(
        new R(
          `answered ${v.statusCode ?? 101} ${v.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), I.on("finish", () => b = !0), I.on("error", S), I.on("close", () => {
      ae || S(new R("the connection closed without an answer", "ECLOSED"));
    }), I.end(Buffer.from(o, "utf8"));
  });
}
function au(e) {
  let t = e instanceof Error ? e.message : String(e);
  return new R(t, "ELOCAL");
}
function uu(e) {
  let { "retry-after": t, location: n } = e.headers;
  return {
    ...typeof t == "string" ? { retryAfter: t } : {},
    ...typeof n == "string" ? { location: n } : {}
  };
}
function cu(e) {
  return new Promise((t, n) => {
    let r = [], i = 0;
    e.on("data", (o) => {
      i < oi && r.push(o), i += o.length;
    }), e.on(
      "end",
      () => t(Buffer.concat(r).subarray(0, oi).toString("utf8"))
    ), e.on("error", n), e.on("close", () => {
      e.complete || n(new R("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/plan-status-answer.ts
function ui(e, t) {
  let n = Y(e, t);
  if (!n.verdict.succeeded) return n;
  let r = lu(e.body);
  return r ? {
    ...n,
    status: {
      hasNotReady: pu(r.hasNotReady),
      latestDateTime: ai(r.latestDateTime),
      latestRefreshTime: ai(r.latestRefreshTime)
    }
  } : we(n, a`the status answer has no data object`);
}
function lu(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : void 0;
  } catch {
    return;
  }
}
function pu(e) {
  return e === !0 || e === "true" ? !0 : e === !1 || e === "false" ? !1 : null;
}
function ai(e) {
  return e === void 0 || typeof e == "string" && e.trim() === "" ? null : e;
}

// src/platform/token-answer.ts
function ci(e, t, n) {
  let r = du(e.body);
  r !== void 0 && n(r);
  let i = Y(e, t);
  return i.verdict.succeeded ? r === void 0 ? we(i, a`the token answer has no token (a non-empty string) in data`) : lt(r) ? { ...i, token: r } : we(
    i,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : i;
}
function du(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "string" && t.trim() !== "" ? t : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function li(e) {
  let t = new URL(e.endpointUrl), n = new URL(e.tokenUrl), r = new URL(e.planStatusUrl), i = new URL(e.planListUrl), { agent: o, transport: s, proxy: u } = await ii(t, {
    maxSockets: e.maxSockets ?? 16,
    caCertificates: e.caCertificates ?? []
  }), l = zr(t, u, e.boundary), c = async (f) => ti(await Xr(f, l), e.boundary, l), p = (f, h, b, y) => si({ transport: s, url: f, agent: o, headers: h, payload: b, timeoutMs: e.timeoutMs, signal: y }), m = mu(e);
  return {
    trigger: (f, h, b) => {
      let y = fu(f, e.tenantId);
      return e.onTriggerBody?.(y), p(
        t,
        { ...m, ...Mt(e.tenantId, h) },
        y,
        b
      ).then((S) => Y(S, e.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (f, h, b) => p(
      n,
      m,
      JSON.stringify({ appId: f.appId, appSecret: f.appSecret }),
      b
    ).then((y) => ci(y, e.boundary, h), c),
    planStatus: (f, h, b) => p(
      r,
      { ...m, ...Mt(e.tenantId, h) },
      JSON.stringify(
        f.by === "id" ? { planIdList: [f.value] } : { planNameList: [f.value] }
      ),
      b
    ).then((y) => ui(y, e.boundary), c),
    planList: (f, h) => p(
      i,
      { ...m, ...Mt(e.tenantId, f) },
      JSON.stringify({ pager: { pageNumber: 1, pageSize: 1 } }),
      h
    ).then((b) => Y(b, e.boundary), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => o.destroy?.()
  };
}
function fu(e, t) {
  let n = {
    tableName: e.tableName,
    tenantId: t,
    tablePartition: e.partition
  };
  return JSON.stringify(n);
}
function mu(e) {
  let t = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": e.userAgent
  };
  if (e.basicAuth) {
    let { username: n, password: r } = e.basicAuth;
    t.authorization = `Basic ${Rt(n, r)}`;
  }
  return t;
}
function Mt(e, t) {
  return {
    "tenant-id": e,
    "auth-type": t.authType,
    "auth-value": t.authValue
  };
}

// src/run/freshness.ts
var hu = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/, gu = /^\d{10,16}$/;
function Ut(e) {
  if (typeof e == "number")
    return Number.isFinite(e) && e >= 0 ? { ms: e } : { problem: "not a time" };
  if (typeof e != "string") return { problem: "not a time" };
  let t = e.trim();
  if (gu.test(t)) return { ms: Number(t) };
  let n = hu.exec(t);
  if (!n) return { problem: "not a time this action reads" };
  let [, r, i, o, s = "0", u = "0", l = "0", c = "", p] = n, m = [r, i, o, s, u, l].map(Number), f = Date.UTC(m[0], m[1] - 1, m[2], m[3], m[4], m[5]);
  return yu(f, m) ? { ms: f + +`0.${c || "0"}` * 1e3 - bu(p) } : { problem: "not a real date and time" };
}
function yu(e, t) {
  let n = new Date(e);
  return [
    n.getUTCFullYear(),
    n.getUTCMonth() + 1,
    n.getUTCDate(),
    n.getUTCHours(),
    n.getUTCMinutes(),
    n.getUTCSeconds()
  ].every((i, o) => i === t[o]);
}
function bu(e) {
  if (!e || e === "Z") return 0;
  let t = e.startsWith("-") ? -1 : 1, n = e.slice(1).replace(":", "");
  return t * (Number(n.slice(0, 2)) * 60 + Number(n.slice(2))) * 6e4;
}
function pi(e, t) {
  return t === null ? !1 : e === null || t > e;
}
function di(e, t) {
  if (e === null || t === void 0) return !1;
  let n = Ut(t);
  return "ms" in n && e < n.ms;
}

// src/run/retry-loop.ts
function Z(e, t) {
  return {
    sleep: (n) => t.sleep(n, e.stopSignal),
    random: t.random,
    nowMs: t.nowMs,
    stopped: () => e.stopped
  };
}
async function V(e, t, n, r) {
  let i = t.retries + 1, o, s = !1;
  for (let u = 1; ; u++) {
    let l = await e();
    if (!l || l.cancelled)
      return {
        last: o,
        attempts: l?.sentBeforeCancel ? u : u - 1,
        answered: s,
        cancelled: !!l?.cancelled,
        sentBeforeCancel: !!l?.sentBeforeCancel
      };
    if (s ||= l.answered || l.local, o = l, !l.retryable || u >= i || n.stopped())
      return { last: o, attempts: u, answered: s, cancelled: !1, sentBeforeCancel: !1 };
    let c = Or(u, t, l.pushbackMs, n.random), p = l.verdict.reason ?? a`transient failure`;
    if (r({ attempt: u, maxAttempts: i, reason: p, waitMs: c }), await n.sleep(c), n.stopped())
      return { last: o, attempts: u, answered: s, cancelled: !1, sentBeforeCancel: !1 };
  }
}

// src/run/plan-watch.ts
async function je(e, t) {
  let n = [], r = { ...t, renewCredential: void 0 };
  for (let i of e) {
    let o = t.boundary.text(i.label, 200), s = await gi(i, o, r);
    if (s.kind !== "read")
      return { failed: { label: o, verdict: s.verdict, attempts: s.attempts } };
    n.push({
      plan: i,
      label: o,
      baseline: s.reading,
      last: s.reading,
      state: "waiting",
      reason: null,
      polls: 0,
      waitedMs: 0
    });
  }
  return { watches: n };
}
var wu = 6e4;
async function hi(e, t, n, r) {
  let { clock: i, control: o } = n, s = i.nowMs(), u = s + t.timeoutMs, l = s, c = null;
  for (; ; ) {
    let m = u - i.nowMs();
    if (m <= 0 || o.stopped || (await i.sleep(Math.min(t.intervalMs, m), o.stopSignal), o.stopped)) break;
    for (let f of e.filter((h) => h.state === "waiting")) {
      if (o.stopped) break;
      let h = await gi(f.plan, f.label, n);
      if (f.polls++, f.waitedMs = i.nowMs() - s, h.kind === "stopped") break;
      if (h.kind !== "transient") {
        if (h.kind !== "read") {
          if (f.state = "failed", f.reason = h.verdict.reason, f.last = { ...f.last, traceId: h.verdict.traceId ?? f.last.traceId }, h.kind === "refused") {
            c = a`the wait ended when the platform refused ${f.label}`;
            break;
          }
          continue;
        }
        f.last = h.reading, pi(f.baseline.refreshMs, h.reading.refreshMs) && (f.state = "fresh", r.onFresh(f));
      }
    }
    if (c || e.every((f) => f.state !== "waiting")) break;
    if (i.nowMs() - l >= wu) {
      l = i.nowMs();
      let f = e.filter((h) => h.state === "waiting").length;
      r.onProgress(f, e.length, l - s, t.timeoutMs);
    }
  }
  let p = i.nowMs() - s;
  for (let m of e.filter((f) => f.state === "waiting"))
    m.waitedMs = p, o.stopped ? Bt(m, a`the run was cancelled during the wait`) : (m.state = "stale", m.reason = c);
}
function Bt(e, t) {
  e.state = "not-waited", e.reason = t;
}
async function gi(e, t, n) {
  let r = !1;
  for (; ; ) {
    let i, o = await V(
      async () => {
        let u = await n.read(e, n.control.abortSignal);
        return i = u.status, u;
      },
      n.policy,
      n.stage,
      (u) => n.onRetry(t, u)
    ), s = o.last;
    if (i && s?.verdict.succeeded)
      return Tu(i, s.verdict.traceId, n.boundary);
    if (o.cancelled || !s || n.control.stopped)
      return { kind: "stopped", verdict: s?.verdict ?? $(a`cancelled before the platform answered`), attempts: o.attempts };
    if (s.retryable || !s.answered)
      return { kind: "transient", verdict: s.verdict, attempts: o.attempts };
    if (!(!r && n.renewCredential && (r = !0, await n.renewCredential())))
      return { kind: "refused", verdict: s.verdict, attempts: o.attempts };
  }
}
function Tu(e, t, n) {
  let r = mi(e.latestRefreshTime), i = mi(e.latestDateTime), o = (s) => s === null ? null : n.text(fi(s), 64);
  if (r !== null && "problem" in r) {
    let s = n.quote(fi(e.latestRefreshTime), 80), u = a`latestRefreshTime ${s} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch milliseconds`;
    return { kind: "unreadable", verdict: { ...$(u), traceId: t }, attempts: 1 };
  }
  return {
    kind: "read",
    reading: {
      hasNotReady: e.hasNotReady,
      latestDateTime: o(e.latestDateTime),
      latestRefreshTime: o(e.latestRefreshTime),
      refreshMs: r === null ? null : r.ms,
      dataMs: i !== null && "ms" in i ? i.ms : null,
      traceId: t
    }
  };
}
function fi(e) {
  return typeof e == "string" ? e : He(e);
}
function mi(e) {
  return e == null ? null : Ut(e);
}

// src/run/run-control.ts
var yi = require("node:events");
var Ge = 3, xu = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, We = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  constructor() {
    (0, yi.setMaxListeners)(0, this.stopping.signal, this.aborting.signal);
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
    return xu[this.firstCause ?? "cancelled"];
  }
};

// src/run/throttle.ts
var Ve = class {
  constructor(t, n) {
    this.maxConcurrency = t;
    this.clock = n;
    this.current = t;
  }
  maxConcurrency;
  clock;
  current;
  inFlight = 0;
  generation = 0;
  pausedUntilMs = 0;
  acceptedAtLevel = 0;
  /** Accepted in this generation, window full or not: what the server took of the last burst. */
  acceptedInGeneration = 0;
  /** The highest level that had a full round accepted. */
  stable = 0;
  /** The lowest level refused since; probed again only after `probeRun` rounds. */
  failed;
  probeRun = 2;
  waiting = [];
  get limit() {
    return this.current;
  }
  /** Waits for a free slot and for any pause the server asked for to pass. */
  async acquire() {
    for (; this.inFlight >= this.current; )
      await new Promise((t) => this.waiting.push(t));
    this.inFlight++;
    for (let t = this.pauseLeftMs(); t > 0 && !this.clock.stopped?.(); )
      await this.clock.sleep(t), t = this.pauseLeftMs();
    return {
      generation: this.generation,
      level: this.current,
      full: this.inFlight >= this.current
    };
  }
  release() {
    this.inFlight--, this.wakeWaiting();
  }
  /** The server answered without pushing back. */
  accepted(t) {
    t.generation === this.generation && this.acceptedInGeneration++, !(t.generation !== this.generation || !t.full) && (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise() || (this.stable = Math.max(this.stable, this.current), this.failed !== void 0 && this.current >= this.failed && (this.failed = void 0, this.probeRun = 2), this.current < this.maxConcurrency ? this.change(this.current + 1) : this.acceptedAtLevel = 0));
  }
  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(t, n) {
    if (t.generation !== this.generation) return;
    if (t.level <= 1) {
      this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + n), this.change(1);
      return;
    }
    let r = this.stable > 0 && t.level > this.stable;
    if (this.failed = t.level, r)
      this.probeRun *= 2, this.change(this.stable);
    else {
      let i = Math.floor(t.level / 2), o = this.acceptedInGeneration;
      this.stable = 0, this.change(o > 0 ? Math.min(o, i) : i);
    }
  }
  /** How many rounds at this level before the next one is tried. */
  roundsBeforeRaise() {
    return this.failed !== void 0 && this.current + 1 >= this.failed ? this.probeRun : 1;
  }
  change(t) {
    this.current = Math.min(this.maxConcurrency, Math.max(1, t)), this.generation++, this.acceptedAtLevel = 0, this.acceptedInGeneration = 0, this.wakeWaiting();
  }
  pauseLeftMs() {
    return this.pausedUntilMs - this.clock.nowMs();
  }
  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  wakeWaiting() {
    let t = this.current - this.inFlight;
    t > 0 && this.waiting.splice(0, t).forEach((n) => n());
  }
};

// src/run/trigger.ts
var Ru = a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function bi(e, t, n) {
  let r = n.nowMs(), i = await V(
    () => n.send(e),
    t,
    n,
    (o) => n.onRetry({ ...Ft(e, n.boundary), ...o })
  );
  return i.sentBeforeCancel ? {
    ...qe(e, n.boundary, Ru),
    status: "unknown",
    attempts: i.attempts,
    durationMs: n.nowMs() - r
  } : !i.last || i.cancelled ? qe(e, n.boundary, n.notRunReason()) : Su(e, n.boundary, i.last.verdict, {
    attempts: i.attempts,
    durationMs: n.nowMs() - r,
    answered: i.answered
  });
}
function Ft(e, t) {
  return {
    tableName: t.text(e.tableName),
    partition: t.text(e.partition)
  };
}
function Su(e, t, n, r) {
  return {
    ...Ft(e, t),
    status: n.succeeded ? "succeeded" : "failed",
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    errorMsg: n.reason,
    warning: n.warning,
    ...r
  };
}
function qe(e, t, n) {
  return {
    ...Ft(e, t),
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
async function wi(e, t, n) {
  let { control: r } = n, i = new Ve(t.concurrency, {
    nowMs: n.nowMs,
    sleep: (y) => n.sleep(y, r.stopSignal),
    stopped: () => r.stopped
  }), o = Eu(i, n, t.retryPolicy), s = new Array(e.length), u = e.entries(), l = 0, c = 0, p = (y) => {
    y.status === "not-run" || y.status === "unknown" || (c = y.answered ? 0 : c + 1, c >= Ge && r.stop("unreachable"), y.status === "failed" && t.failFast && r.stop("fail-fast"));
  }, m = async () => {
    for (let [y, S] of u) {
      if (r.stopped) return;
      try {
        let _ = await bi(S, t.retryPolicy, o);
        s[y] = _, n.onFinished(_, ++l, e.length), p(_);
      } catch (_) {
        throw r.stop("crashed"), _;
      }
    }
  }, f = Math.min(t.concurrency, e.length), b = (await Promise.allSettled(Array.from({ length: f }, m))).find((y) => y.status === "rejected");
  if (b) throw b.reason;
  return e.map(
    (y, S) => s[S] ?? qe(y, n.boundary, r.notRunReason)
  );
}
function Eu(e, t, n) {
  let { control: r } = t;
  return {
    ...Z(r, t),
    send: async (i) => {
      let o = await e.acquire();
      try {
        if (r.stopped) return;
        let s = await t.send(i, r.abortSignal);
        return s.pushbackMs === void 0 ? e.accepted(o) : e.pushedBack(o, $t(s.pushbackMs, n)), s;
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
async function Ti(e, t, n, r, i, o) {
  let s, u = await V(
    async () => {
      let l = await e.createToken(t, i.onToken, o);
      return s = l.token, l;
    },
    n,
    r,
    i.onRetry
  );
  return s !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: s } } : {
    failed: u.last?.verdict ?? $(a`cancelled before the platform answered`),
    attempts: u.attempts
  };
}

// src/run/refresh.ts
async function xi(e, t) {
  let { client: n, control: r, hooks: i } = t, o = await Ht(e, t);
  if (!o) return;
  let s = jt(e, t, o), u = [];
  if (e.waitForPlans.length > 0) {
    let c = await je(e.waitForPlans, s);
    if ("failed" in c) {
      await i.baselineFailed(c.failed.label, c.failed.verdict);
      return;
    }
    u = c.watches, i.baselines(u);
  }
  i.runStarted();
  let l = await wi(
    e.plan,
    {
      concurrency: e.concurrency,
      failFast: e.failFast,
      retryPolicy: e.policy
    },
    {
      ...t.clock,
      send: (c, p) => n.trigger(c, o.current, p),
      boundary: t.boundary,
      control: r,
      onRetry: (c) => i.retry(c),
      onFinished: (c, p, m) => i.finished(c, p, m)
    }
  );
  return u.length > 0 && await ku(l, u, e, s, i), { results: l, cause: r.cause, watches: u };
}
async function ku(e, t, n, r, i) {
  let o = e.filter((s) => s.status !== "succeeded").length;
  if (o > 0 || r.control.stopped) {
    let s = r.control.stopped ? a`the run stopped before the wait` : a`${o} trigger${o === 1 ? a`` : a`s`} not accepted, so a refresh may never come`;
    t.forEach((u) => Bt(u, s));
    return;
  }
  i.waitStarted(t.length, n.waitTimeoutMs, n.waitIntervalMs), await hi(
    t,
    { timeoutMs: n.waitTimeoutMs, intervalMs: n.waitIntervalMs },
    r,
    { onFresh: (s) => i.planFresh(s), onProgress: i.waitProgress }
  );
}
async function Ht(e, t) {
  let { credentials: n } = e;
  if (n.kind === "header") return { current: n };
  let r = () => Ti(
    t.client,
    n,
    e.policy,
    Z(t.control, t.clock),
    { onToken: t.hooks.onToken, onRetry: t.hooks.tokenRetry },
    t.control.abortSignal
  ), i = await r();
  if ("failed" in i) {
    await t.hooks.tokenRefused(Au(i.failed, t.control), i.attempts);
    return;
  }
  let o = { current: i.credential };
  return o.renew = async () => {
    o.renew = void 0;
    let s = await r();
    return "failed" in s ? !1 : (o.current = s.credential, !0);
  }, o;
}
function Au(e, t) {
  if (t.cause !== "cancelled") return e;
  let n = e.reason ? a` (last answer: ${e.reason})` : a``;
  return { ...e, reason: a`the run was cancelled during the token request${n}` };
}
function jt(e, t, n) {
  return {
    read: (r, i) => t.client.planStatus(r, n.current, i),
    renewCredential: async () => n.renew ? n.renew() : !1,
    policy: e.policy,
    stage: Z(t.control, t.clock),
    clock: t.clock,
    control: t.control,
    boundary: t.boundary,
    onRetry: (r, i) => t.hooks.planRetry(r, i)
  };
}

// src/run/connection-check.ts
async function Ri(e, t) {
  let n = await Ht(e, t);
  if (!n) return { passed: !1, reported: !0 };
  if (e.waitForPlans.length > 0) {
    let i = await je(
      e.waitForPlans,
      jt(e, t, n)
    );
    return "failed" in i ? {
      passed: !1,
      step: a`reading plan ${i.failed.label}`,
      verdict: i.failed.verdict
    } : { passed: !0, watches: i.watches };
  }
  let r = await V(
    () => t.client.planList(n.current, t.control.abortSignal),
    e.policy,
    Z(t.control, t.clock),
    (i) => t.hooks.listRetry(a`list`, i)
  );
  return r.last?.verdict.succeeded ? { passed: !0, watches: [] } : {
    passed: !1,
    step: a`listing materialization plans`,
    verdict: r.last?.verdict ?? $(a`cancelled before an answer`)
  };
}

// src/report/markdown.ts
function T(e) {
  if (e === "") return "";
  if (e.includes("|")) return `<code>${w(e)}</code>`;
  let t = 0;
  for (let r of e.matchAll(/`+/g)) t = Math.max(t, r[0].length);
  if (t === 0) return `\`${e}\``;
  let n = "`".repeat(t + 1);
  return `${n} ${e} ${n}`;
}
var vu = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, Du = /[\\`*_[\]()!~|:.@]/g;
function w(e) {
  return e.replace(Du, (t) => `\\${t}`).replace(/[&<>]/g, (t) => vu[t] ?? t);
}

// src/report/format.ts
var Cu = [
  ...[500, 200, 80, 20, 0].map((e) => ({ textLimit: e, idLimit: 1 / 0, rowCap: 1 / 0 })),
  { textLimit: 0, idLimit: 40, rowCap: 1 / 0 },
  ...[1e3, 300, 100, 30, 10].map((e) => ({ textLimit: 0, idLimit: 40, rowCap: e })),
  // Last, for what keeps every row (the results output): the shortest identifiers.
  { textLimit: 0, idLimit: 8, rowCap: 10 }
];
function x(e) {
  return e === 1 ? a`` : a`s`;
}
function Q(e) {
  return e < 1e3 ? a`${e} ms` : a`${Vr(e / 1e3, 1)} s`;
}
function q(e, t) {
  let n = "";
  for (let r of Cu)
    if (n = t(r), Buffer.byteLength(n) <= e) return n;
  return n;
}
function k(e, t) {
  let n = e.slice(0, t);
  return { rows: n, more: e.length - n.length };
}
function U(e, t) {
  return e === null ? null : G(e, t);
}

// src/report/summary-parts.ts
function P(e) {
  return e > 0 ? [
    "",
    `\u2026and ${e} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}

// src/report/dbt-report.ts
var $u = /* @__PURE__ */ new Set(["invalid-table-name"]);
function Si(e, t) {
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
function Ei(e) {
  return {
    group: a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.skipped.length} skipped`,
    lines: [
      ...e.mapped.map(({ node: t, table: n }) => a`${t} → ${n}`),
      ...e.skipped.map(({ node: t, reason: n }) => a`${t}: skipped, ${n}`)
    ],
    warnings: e.skipped.filter(({ kind: t }) => $u.has(t)).map(({ node: t, reason: n }) => a`${t}: ${n}`)
  };
}
function ki(e, t) {
  let n = (s) => T(G(s, t.idLimit)), r = k(e.mapped, t.rowCap), i = k(e.skipped, t.rowCap), o = e.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${e.skipped.length} dbt node${x(e.skipped.length)} skipped</summary>`,
    "",
    ...i.rows.map(
      ({ node: s, reason: u }) => `- ${n(s)}: ${w(G(u, Math.max(t.textLimit, 80)))}`
    ),
    ...P(i.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...r.rows.map(({ node: s, table: u }) => `| ${n(s)} | ${T(u)} |`),
    ...P(r.more),
    ...o,
    ""
  ].join(`
`);
}

// src/report/tally.ts
function Wt(e) {
  return e.filter((t) => t.status === "failed");
}
function oe(e) {
  return {
    succeeded: e.filter((t) => t.status === "succeeded"),
    failed: Wt(e),
    notRun: e.filter((t) => t.status === "not-run"),
    unknown: e.filter((t) => t.status === "unknown")
  };
}

// src/report/lines.ts
var A = "AnyMetrics refresh failed", Ke = "AnyMetrics refresh input is invalid";
function Gt(e, t = 1 / 0) {
  let n = G(e.errorMsg ?? a`failed`, t);
  return a`${e.tableName} ${e.partition}: ${n}${Pu(e)}${Ai(e)}`;
}
function Pu(e) {
  return e.attempts > 1 ? a` (after ${e.attempts} attempts in ${Q(e.durationMs)})` : a``;
}
function Ai(e) {
  return e.traceId ? a` (traceId ${e.traceId})` : a``;
}
function vi(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of e) {
    let r = n.errorMsg ?? "";
    t.set(r, [...t.get(r) ?? [], n]);
  }
  return [...t.values()].map((n) => {
    let [r] = n;
    if (n.length === 1) return { line: Gt(r), count: 1 };
    let i = r.errorMsg ?? a`failed`;
    return {
      line: a`${n.length} triggers failed: ${i} (first: ${r.tableName} ${r.partition}${Ai(r)})`,
      count: n.length
    };
  });
}
function Di(e, t, n) {
  let r = e.filter((o) => o.status === "not-run").length, i = r === 0 ? a`every trigger had been sent` : a`${r} trigger${x(r)} not run`;
  if (t === "cancelled") {
    let o = e.filter((u) => u.status === "unknown").length, s = o > 0 ? a`, ${o} sent but cut off (outcome unknown: the platform may have started them)` : a``;
    return a`The run was cancelled: ${i}${s}; the rest are reported as they ended`;
  }
  if (t === "unreachable") {
    let o = [...e].reverse().find((u) => u.status === "failed" && !u.answered), s = o?.errorMsg ? a` (last: ${o.errorMsg})` : a``;
    return a`The platform at ${n} is unreachable: ${Ge} triggers in a row got no answer after their retries${s}; ${i}`;
  }
  return null;
}
function Nu(e) {
  let t = {
    succeeded: a`✅ succeeded`,
    "not-run": a`⏭️ ${e.errorMsg ?? a`not run`}`,
    unknown: a`❓ unknown: ${e.errorMsg ?? a``}`,
    failed: a`❌ failed: ${e.errorMsg ?? a``}`
  }[e.status], n = a`${e.attempts} attempt${x(e.attempts)}`;
  return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId ?? a`none`}, ${n}, ${Q(e.durationMs)})`;
}
function Ci(e, t, n) {
  return a`[${t}/${n}] ${Nu(e)}`;
}
function $i(e) {
  return a`${e.tableName} ${e.partition}: ${Vt(e)}`;
}
function Vt(e) {
  return a`attempt ${e.attempt} of ${e.maxAttempts} failed (${e.reason}); retrying in ${Q(e.waitMs)}`;
}
function Pi(e) {
  return e.warning ? a`${e.tableName} ${e.partition}: ${e.warning}` : null;
}
function Je(e) {
  let { succeeded: t, failed: n, notRun: r, unknown: i } = oe(e), o = [a`${t.length} succeeded`, a`${n.length} failed`];
  return i.length > 0 && o.push(a`${i.length} unknown`), r.length > 0 && o.push(a`${r.length} not run`), a`${X(o, ", ")}, ${e.length} in all`;
}
function Ni(e) {
  return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`;
}
function Oi(e, t, n) {
  return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n, e)})`;
}
function Ii(e) {
  let t = a`${e.length} trigger${x(e.length)} planned`;
  return {
    group: a`Dry run: ${t}, nothing will be sent`,
    lines: e.map((n) => a`${n.tableName} ${n.partition}`),
    notice: a`Dry run: ${t}; nothing was sent`
  };
}
var Ou = 400;
function _i(e, t) {
  let n = t.text(e.rule, Ou), r = e.offendingValue === void 0 ? a`` : a`; got ${t.quote(e.offendingValue)}`;
  return a`Input "${E(e.input)}" ${n}${r}`;
}
function Li(e, t) {
  let n = e.traceId ? a` (traceId ${e.traceId})` : a``, r = t > 1 ? a` after ${t} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.reason ?? a`refused`}${n}; no trigger was sent`;
}
function Mi(e, t) {
  return a`plan ${e} status: ${Vt(t)}`;
}
function Ui(e) {
  return a`token request: ${Vt(e)}`;
}
function Bi(e) {
  return a`anymetrics-refresh stopped unexpectedly: ${e}`;
}
function qt(e, t) {
  return e === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`;
}
function Fi(e, t, n) {
  return [
    a`${e} answered`,
    t ? a`app-id and app-secret were exchanged for a token` : a`the credential was accepted`,
    a`the tenant was accepted`,
    n.length > 0 ? a`every plan to wait for was found: ${X(n, ", ")}` : a`the materialization plan list was read`
  ];
}
function Hi(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Connection check failed while ${e}: ${t ?? a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`;
}
function ji(e, t) {
  return a`today in ${e} is ${t}`;
}
function Wi(e) {
  return a`Request body: ${e}`;
}
var Gi = a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`, Vi = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/freshness-report.ts
var se = { fresh: "", plans: "[]", "data-through": "" };
function qi(e) {
  return a`After the triggers it would wait for ${e.length} materialization plan${x(e.length)}: ${X(e, ", ")}`;
}
function Ki(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = k(e, t.rowCap);
  return [
    "### Would wait for these plans",
    "",
    ...n.map((i) => `- ${T(i)}`),
    ...P(r),
    ""
  ].join(`
`);
}
function Ji(e, t, n) {
  return a`Waiting up to ${Te(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${Q(n)})`;
}
function Kt(e) {
  return a`plan ${e.label}: latest refresh ended ${no(e.baseline.latestRefreshTime)}, data through ${e.baseline.latestDateTime ?? a`unknown`}`;
}
function zi(e) {
  return a`plan ${e.label} is fresh: a refresh ended ${no(e.last.latestRefreshTime)}, data through ${e.last.latestDateTime ?? a`unknown`} (after ${e.polls} poll${x(e.polls)}, ${Te(e.waitedMs)})`;
}
function Xi(e, t, n, r) {
  return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.floor(n / 6e4)} min of ${Te(r)}`;
}
function Yi(e, t) {
  let n = a`no refresh ended since ${e.last.latestRefreshTime ?? a`the start (none had ended)`} (platform time); data through ${e.last.latestDateTime ?? a`unknown`}`;
  switch (e.state) {
    case "stale":
      return e.reason ? a`Plan ${e.label} is not fresh: ${e.reason}; ${n}` : a`Plan ${e.label} is not fresh after ${Te(t)}: ${n}`;
    case "failed":
      return a`Plan ${e.label} could not be followed: ${e.reason ?? a`refused`}${Mu(e)}`;
    default:
      return null;
  }
}
function Zi(e, t) {
  return e.state !== "fresh" ? null : e.last.hasNotReady === !0 ? a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)` : t ? a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime ?? a`earlier`}, before the newest partition this run refreshed` : null;
}
function Qi(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Could not read materialization plan ${e} before triggering: ${t ?? a`refused`}${r}; no trigger was sent`;
}
function eo(e) {
  return {
    fresh: String(e.every((t) => t.state === "fresh")),
    plans: JSON.stringify(e.map(Iu)),
    "data-through": _u(e)
  };
}
function Iu(e) {
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
function _u(e) {
  let t;
  for (let n of e)
    n.last.dataMs !== null && (!t || n.last.dataMs < (t.last.dataMs ?? 1 / 0)) && (t = n);
  return t?.last.latestDateTime ?? "";
}
var Lu = {
  fresh: "\u2705 fresh",
  stale: "\u274C not fresh",
  failed: "\u274C could not be followed",
  "not-waited": "\u23ED\uFE0F not waited for",
  waiting: "\u23F3 waiting"
};
function to(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = k(e, t.rowCap), i = e.filter((o) => o.state !== "fresh" && o.reason).slice(0, Math.min(t.rowCap, 20)).map((o) => `- ${T(o.label)}: ${w(o.reason ?? "")}`);
  return [
    "### Freshness",
    "",
    "| Plan | Status | Refreshed at (platform time) | Data through | Waited |",
    "| --- | --- | --- | --- | --- |",
    ...n.map(
      (o) => `| ${T(o.label)} | ${Lu[o.state]} | ${w(o.last.latestRefreshTime ?? "")} | ${w(o.last.latestDateTime ?? "")} | ${Te(o.waitedMs)} |`
    ),
    ...P(r),
    ...i.length > 0 ? ["", ...i] : [],
    ""
  ].join(`
`);
}
function no(e) {
  return e ? a`at ${e} (platform time)` : a`never (none recorded)`;
}
function Mu(e) {
  return e.last.traceId ? a` (traceId ${e.last.traceId})` : a``;
}
function Te(e) {
  if (e < 6e4) return Q(e);
  let t = e / 6e4;
  return Number.isInteger(t) ? a`${t} min` : a`${Math.round(t * 10) / 10} min`;
}

// src/report/outputs.ts
var ro = 1e6;
function io(e, t = se) {
  let { succeeded: n, failed: r } = oe(e), i = e.length > 0 && n.length === e.length;
  return {
    success: String(i && t.fresh !== "false"),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": e.map((o) => o.traceId ?? "").join(","),
    "error-message": q(ro, (o) => Uu(r, o)),
    results: Bu(e),
    "succeeded-count": String(n.length),
    "failed-count": String(r.length),
    ...t
  };
}
function B(e = [], t = se) {
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
function Uu(e, t) {
  let { rows: n, more: r } = k(e, t.rowCap), i = n.map((o) => Gt(o, t.textLimit));
  return r > 0 && i.push(a`…and ${r} more: see the results output`), i.join(`
`);
}
function Bu(e) {
  return q(
    ro,
    (t) => JSON.stringify(e.map((n) => Fu(n, t)))
  );
}
function Fu(e, t) {
  let { partition: n, status: r, code: i, attempts: o, durationMs: s } = e;
  return {
    tableName: U(e.tableName, t.idLimit),
    partition: n,
    success: r === "succeeded",
    status: r,
    code: U(i, t.idLimit),
    traceId: U(e.traceId, t.idLimit),
    data: U(e.data, t.textLimit),
    errorMsg: U(e.errorMsg, t.textLimit),
    attempts: o,
    durationMs: s
  };
}

// src/report/sink.ts
var oo = require("node:fs");
function so(e) {
  let t = [], n = () => {
    if (t.length === 0) return;
    let i = t.join(`
`);
    t = [], e.info(i);
  }, r = (i) => (...o) => (n(), i(...o));
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
function Jt(e) {
  if (!e) return;
  let t;
  try {
    t = (0, oo.statSync)(e);
  } catch {
    return;
  }
  if (!(t.isFile() || t.isCharacterDevice()))
    throw Object.assign(new Error(`${e} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/backfill-grid.ts
var Hu = {
  succeeded: "\u2705",
  failed: "\u274C",
  unknown: "\u2753",
  "not-run": "\u23ED\uFE0F"
}, ju = "\u2705 succeeded \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";
function ao(e) {
  let t = [...new Set(e.map((n) => n.partition))].sort();
  return t.length === 0 ? "" : t.length === 1 ? `Partition ${t[0]}` : `Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`;
}
function uo(e) {
  let t = lo(e), n = [...t.values()].every((r) => r.length > 1);
  return t.size > 0 && n && t.size + Wu < e.length;
}
var Wu = 6;
function co(e, t) {
  let n = [...lo(e)], { rows: r, more: i } = k(n, t.rowCap);
  return [
    `### Triggers by table and date (${e.length})`,
    "",
    ju,
    "",
    "| Table | Dates | One mark per date, in order |",
    "| --- | --- | --- |",
    ...r.map(([o, s]) => {
      let u = [...s].sort((c, p) => c.partition.localeCompare(p.partition)), l = `${u[0]?.partition ?? ""}..${u.at(-1)?.partition ?? ""}`;
      return `| ${T(o)} | ${l} | ${u.map((c) => Hu[c.status]).join("")} |`;
    }),
    ...P(i),
    ""
  ];
}
function lo(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of e)
    t.set(n.tableName, [...t.get(n.tableName) ?? [], n]);
  return t;
}

// src/report/summary.ts
var Xe = 1e6, Gu = 10, po = () => "";
function fo(e, t, n = po, r = !1) {
  let { succeeded: i, failed: o, notRun: s, unknown: u } = oe(e), l = o.length + s.length + u.length === 0 && !r ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${A}`;
  return q(
    Xe,
    (c) => [
      `## ${l}`,
      "",
      `**${Je(e)}**`,
      "",
      ao(e),
      "",
      ...ze(`\u274C Failed (${o.length})`, o, c, [
        ["Table", (p) => T(p.tableName)],
        ["Partition", (p) => w(p.partition)],
        ["Reason", (p) => w(U(p.errorMsg, c.textLimit) ?? "")],
        ["Trace ID", (p) => p.traceId ? T(p.traceId) : ""],
        ["Attempts", (p) => String(p.attempts)]
      ]),
      ...ze(`\u2753 Unknown: sent, then cut off (${u.length})`, u, c, [
        ["Table", (p) => T(p.tableName)],
        ["Partition", (p) => w(p.partition)],
        ["What to do", (p) => w(p.errorMsg ?? "")]
      ]),
      ...ze(`\u23ED\uFE0F Not run (${s.length})`, s, c, [
        ["Table", (p) => T(p.tableName)],
        ["Partition", (p) => w(p.partition)],
        ["Reason", (p) => w(p.errorMsg ?? "")]
      ]),
      // A backfill reads best as a grid (one line per table); single dates as rows.
      ...uo(e) ? co(e, c) : Vu(
        i.length > Gu,
        `\u2705 Succeeded (${i.length})`,
        ze(`\u2705 Succeeded (${i.length})`, i, c, [
          ["Table", (p) => T(p.tableName)],
          ["Partition", (p) => w(p.partition)],
          ["Trace ID", (p) => p.traceId ? T(p.traceId) : ""],
          ["Attempts", (p) => String(p.attempts)],
          ["Note", (p) => w(U(p.warning, c.textLimit) ?? "")]
        ])
      ),
      n(c),
      go(t),
      ""
    ].join(`
`)
  );
}
function ze(e, t, n, r) {
  if (t.length === 0) return [];
  let { rows: i, more: o } = k(t, n.rowCap), s = r.filter(
    ([u, l]) => u !== "Note" || i.some((c) => l(c) !== "")
  );
  return [
    `### ${e}`,
    "",
    `| ${s.map(([u]) => u).join(" | ")} |`,
    `| ${s.map(() => "---").join(" | ")} |`,
    ...i.map((u) => `| ${s.map(([, l]) => l(u)).join(" | ")} |`),
    ...P(o),
    ""
  ];
}
function Vu(e, t, n) {
  return !e || n.length === 0 ? n : [`<details><summary>${t}</summary>`, "", ...n.slice(1), "</details>", ""];
}
function zt(e, t, n = po, r = ["## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]) {
  return q(Xe, (i) => {
    let { rows: o, more: s } = k(e, i.rowCap);
    return [
      ...r,
      "",
      `**${e.length} trigger${x(e.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...o.map(
        (u) => `| ${T(u.tableName)} | ${w(u.partition)} |`
      ),
      ...P(s),
      "",
      n(i),
      go(t),
      ""
    ].join(`
`);
  });
}
function xe(e) {
  return `## \u274C ${A}

${w(e)}
`;
}
function mo(e) {
  return q(Xe, (t) => {
    let { rows: n, more: r } = k(e, t.rowCap);
    return [
      `## \u274C ${Ke}: nothing was sent`,
      "",
      ...n.map((i) => `- ${w(i)}`),
      ...P(r),
      ""
    ].join(`
`);
  });
}
function ho(e) {
  return q(
    Xe,
    (t) => `## AnyMetrics refresh: nothing to refresh

${e(t)}`
  );
}
function go(e) {
  let t = [];
  return e.workflow && t.push(`Workflow **${w(e.workflow)}**`), e.runNumber && t.push(`run #${w(e.runNumber)}`), e.sha && t.push(`commit ${T(e.sha.slice(0, 7))}`), e.event && t.push(`event ${T(e.event)}`), t.join(" \xB7 ");
}

// src/report/printer.ts
var qu = 4, yo = 10, Ye = class {
  constructor(t, n, r) {
    this.boundary = n;
    this.context = r;
    this.sink = so(t);
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
    this.boundary.addSecret(t).forEach((n) => this.sink.setSecret(n)), t.length < qu && !this.warnedShortSecret && (this.warnedShortSecret = !0, this.sink.warning(Gi));
  }
  async inputRefused(t) {
    let n = t.map((r) => _i(r, this.boundary));
    this.setOutputs(B(n)), this.annotate(n.map((r) => ({ line: r, count: 1, title: Ke }))), await this.writeSummary(mo(n));
  }
  notices(t) {
    t.forEach((n) => this.sink.notice(E(this.boundary.text(n))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(t, n) {
    this.info(ji(this.boundary.text(t), this.boundary.text(n)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(t) {
    let n = Si(t, this.boundary), { group: r, lines: i, warnings: o } = Ei(n);
    this.startGroup(r), i.forEach((s) => this.info(s)), this.endGroup(), o.forEach((s) => this.sink.warning(E(s))), this.summaryExtra = (s) => ki(n, s);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(Vi), this.setOutputs(B()), await this.writeSummary(ho(this.summaryExtra));
  }
  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(t, n = []) {
    let r = t.map((c) => ({
      tableName: this.boundary.text(c.tableName),
      partition: this.boundary.text(c.partition)
    })), i = n.map((c) => this.boundary.text(c, 200)), { group: o, lines: s, notice: u } = Ii(r);
    this.startGroup(o), s.forEach((c) => this.info(c)), this.endGroup(), i.length > 0 && this.info(qi(i)), this.sink.notice(E(u)), this.setOutputs(B());
    let l = (c) => [Ki(i, c), this.summaryExtra(c)].join(`
`);
    await this.writeSummary(zt(r, this.context, l));
  }
  /** `dry-run: check` passed: what it proved, the plan, nothing triggered. */
  async checkPassed(t, n) {
    this.endGroup(), n.watches.forEach((s) => this.info(Kt(s)));
    let r = Fi(
      this.boundary.text(n.host, 300),
      n.tokenExchanged,
      n.watches.map((s) => s.label)
    );
    r.forEach((s) => this.info(s)), this.sink.notice(
      E(
        a`Connection check passed: ${X(r, "; ")}; nothing was triggered`
      )
    ), this.setOutputs(B());
    let i = t.map((s) => ({
      tableName: this.boundary.text(s.tableName),
      partition: this.boundary.text(s.partition)
    })), o = [
      "## \u2705 AnyMetrics connection check passed: nothing was triggered",
      "",
      ...r.map((s) => `- ${w(s)}`)
    ];
    await this.writeSummary(zt(i, this.context, this.summaryExtra, o));
  }
  /** `dry-run: check` failed: the step, the platform's own message, and the usual remedy. */
  async checkFailed(t, n) {
    this.endGroup();
    let r = Hi(t, n.reason, n.traceId);
    this.setOutputs(B([r])), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  tokenRetry(t) {
    this.info(Ui(t));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(t, n) {
    let r = Li(t, n);
    this.setOutputs(B([r])), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  runStarted(t, n, r) {
    this.startGroup(Oi(t, this.boundary.text(n), r));
  }
  requestBody(t) {
    this.sink.debug(E(Wi(this.boundary.text(t))));
  }
  retry(t) {
    this.info($i(t));
  }
  finished(t, n, r) {
    this.info(Ci(t, n, r));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(t, n = {}) {
    this.endGroup(), this.info(Je(t));
    let { freshness: r } = n, i = r?.watches ?? [], o = io(t, r ? eo(i) : se);
    this.setOutputs(o);
    let s = (m) => [to(i, m), this.summaryExtra(m)].join(`
`), u = o.fresh === "false";
    await this.writeSummary(fo(t, this.context, s, u));
    for (let m of t) {
      let f = Pi(m);
      f && this.sink.warning(E(f));
    }
    this.planWarnings(r);
    let l = [], c = Di(t, n.cause, this.boundary.text(n.host ?? ""));
    c && l.push({ line: c, count: 1, title: A });
    for (let m of i) {
      let f = Yi(m, r?.timeoutMs ?? 0);
      f && l.push({ line: f, count: 1, title: A });
    }
    let p = Wt(t).filter(
      (m) => n.cause !== "unreachable" || m.answered
    );
    for (let m of vi(p)) l.push({ ...m, title: A });
    this.annotate(l);
  }
  /** Before any trigger: the plans' baselines, one line each. */
  baselines(t) {
    t.forEach((n) => this.info(Kt(n)));
  }
  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(t, n) {
    this.endGroup();
    let r = Qi(t, n.reason, n.traceId);
    this.setOutputs(B([r], { ...se, fresh: "false" })), await this.writeSummary(xe(r)), this.fail(r, A);
  }
  waitStarted(t, n, r) {
    this.startGroup(Ji(t, n, r));
  }
  planFresh(t) {
    this.info(zi(t));
  }
  waitProgress(t, n, r, i) {
    this.info(Xi(t, n, r, i));
  }
  planRetry(t, n) {
    this.info(Mi(t, n));
  }
  /** Fresh plans whose data still looks incomplete: one warning each. */
  planWarnings(t) {
    for (let n of t?.watches ?? []) {
      let r = di(n.last.dataMs, t?.newestPartition), i = Zi(n, r);
      i && this.sink.warning(E(i));
    }
  }
  /** Failure annotations within GitHub's ten: the last says how many more and where. */
  annotate(t) {
    let n = t.length > yo ? t.slice(0, yo - 1) : t;
    n.forEach((o) => this.fail(o.line, o.title));
    let r = t.slice(n.length);
    if (r.length === 0) return;
    let i = r.reduce((o, s) => o + s.count, 0);
    this.fail(Ni(i), r[0]?.title ?? A);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(t) {
    this.endGroup();
    let n = t instanceof Error ? t.message : String(t), r = Bi(this.boundary.text(n));
    this.setOutputs(B([r])), await this.writeSummary(xe(r)), this.fail(r, A);
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
        this.fail(qt("outputs", this.boundary.text(bo(n))), A);
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
        this.sink.warning(E(qt("summary", this.boundary.text(bo(n)))));
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
function bo(e) {
  let t = e?.code;
  return typeof t == "string" ? t : e instanceof Error ? e.message : String(e);
}

// src/report/run-context.ts
function wo(e, t) {
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
var To = ["SIGINT", "SIGTERM"];
function xo(e) {
  let t = !1, n = (r) => {
    t && process.exit(r === "SIGINT" ? 130 : 143), t = !0, e.stop("cancelled"), setTimeout(() => e.abortInFlight(), 2e3).unref();
  };
  return To.forEach((r) => process.on(r, n)), () => To.forEach((r) => process.off(r, n));
}

// src/run/sleep.ts
function Ro(e, t) {
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
var Ku = "anymetrics-refresh", Eo = { sleep: Ro, random: Math.random, nowMs: Date.now };
async function ko() {
  let e = zu(), t = new Fe(), n = new Ye(ec(), t, wo(process.env, t)), r = Ju(n);
  try {
    Dr(e).forEach((o) => n.mask(o));
    let i = await Xu(e, n);
    if (!i) return;
    if (n.today(i.timeZone, i.today), i.dbt && n.dbtMapping(i.dbt), i.dryRun === "check") return await So(i, t, n, Zu);
    if (i.plan.length === 0) return await n.nothingToRefresh();
    if (i.dryRun === "plan")
      return await n.dryRun(
        i.plan,
        i.waitForPlans.map((o) => o.label)
      );
    await So(i, t, n, Yu);
  } catch (i) {
    await n.crashed(i);
  } finally {
    r();
  }
}
function Ju(e) {
  let t = () => {
    process.off("beforeExit", t), e.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", t), () => process.off("beforeExit", t);
}
function zu() {
  let e = Ar.map((t) => [t, hn(t)]);
  return Object.fromEntries(e);
}
async function Xu(e, t) {
  try {
    let { config: n, notices: r } = Cr(e, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (i) => $n(i, An),
      // Read as a stream, whatever their size: large projects write manifests of hundreds of MB.
      readArtifact: (i) => Pn(i)
    });
    return t.notices(r), n;
  } catch (n) {
    if (!(n instanceof ce)) throw n;
    await t.inputRefused(n.errors);
    return;
  }
}
async function So(e, t, n, r) {
  let i = await Qu(e, t, n), o = new We(), s = xo(o);
  try {
    await r({ config: e, client: i, control: o, boundary: t, reporter: n });
  } finally {
    s(), i.close();
  }
}
async function Yu({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let o = await xi(
    { ...e, policy: Ao(e) },
    { client: t, clock: Eo, control: n, boundary: r, hooks: vo(e, i) }
  );
  if (!o) return;
  let s = o.watches.length > 0;
  await i.runEnded(o.results, {
    cause: o.cause,
    host: e.endpoint.display,
    freshness: s ? {
      watches: o.watches,
      timeoutMs: e.waitTimeoutMs,
      newestPartition: e.plan.map((u) => u.partition).sort().at(-1)
    } : void 0
  });
}
async function Zu({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let o = vo(e, i), s = await Ri(
    { ...e, policy: Ao(e) },
    {
      client: t,
      clock: Eo,
      control: n,
      boundary: r,
      hooks: { ...o, listRetry: o.planRetry }
    }
  );
  s.passed ? await i.checkPassed(e.plan, {
    host: e.endpoint.display,
    tokenExchanged: e.credentials.kind === "api-key",
    watches: s.watches
  }) : "reported" in s || await i.checkFailed(s.step, s.verdict);
}
function Ao(e) {
  return { retries: e.retries, ...Pr };
}
function vo(e, t) {
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
function Qu(e, t, n) {
  return li({
    endpointUrl: e.endpoint.url,
    tokenUrl: e.endpoint.tokenUrl,
    planStatusUrl: e.endpoint.planStatusUrl,
    planListUrl: e.endpoint.planListUrl,
    tenantId: e.tenantId,
    basicAuth: e.endpoint.basicAuth,
    timeoutMs: e.timeoutMs,
    userAgent: Ku,
    maxSockets: e.concurrency,
    caCertificates: e.caCertificates,
    boundary: t,
    onTriggerBody: yn() ? (r) => n.requestBody(r) : void 0
  });
}
function ec() {
  return {
    setSecret: mn,
    debug: bn,
    info: Rn,
    notice: (e) => xn(e),
    warning: (e) => Tn(e),
    error: (e, t) => wn(e, t),
    startGroup: Sn,
    endGroup: En,
    setOutput: (e, t) => {
      Jt(process.env.GITHUB_OUTPUT), gn(e, t);
    },
    writeSummary: async (e) => {
      process.env.GITHUB_STEP_SUMMARY && (Jt(process.env.GITHUB_STEP_SUMMARY), await ot.addRaw(e).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
var tc = 1e3;
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
ko().catch(() => {
  process.exitCode = 1;
}).finally(() => {
  setTimeout(() => process.exit(), tc).unref();
});
