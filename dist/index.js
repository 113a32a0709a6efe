"use strict";
var Un = Object.create;
var ae = Object.defineProperty;
var Bn = Object.getOwnPropertyDescriptor;
var Hn = Object.getOwnPropertyNames;
var Fn = Object.getPrototypeOf, jn = Object.prototype.hasOwnProperty;
var ue = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (r) {
    throw e = 0, r;
  }
};
var Gn = (t, e, r, n) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let o of Hn(e))
      !jn.call(t, o) && o !== r && ae(t, o, { get: () => e[o], enumerable: !(n = Bn(e, o)) || n.enumerable });
  return t;
};
var _ = (t, e, r) => (r = t != null ? Un(Fn(t)) : {}, Gn(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? ae(r, "default", { value: t, enumerable: !0 }) : r,
  t
));

// node_modules/tunnel/lib/tunnel.js
var Te = ue((H) => {
  "use strict";
  var ls = require("net"), Yn = require("tls"), St = require("http"), ge = require("https"), Xn = require("events"), ps = require("assert"), Jn = require("util");
  H.httpOverHttp = zn;
  H.httpsOverHttp = Zn;
  H.httpOverHttps = Qn;
  H.httpsOverHttps = to;
  function zn(t) {
    var e = new D(t);
    return e.request = St.request, e;
  }
  function Zn(t) {
    var e = new D(t);
    return e.request = St.request, e.createSocket = he, e.defaultPort = 443, e;
  }
  function Qn(t) {
    var e = new D(t);
    return e.request = ge.request, e;
  }
  function to(t) {
    var e = new D(t);
    return e.request = ge.request, e.createSocket = he, e.defaultPort = 443, e;
  }
  function D(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || St.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(n, o, i, s) {
      for (var c = ye(o, i, s), u = 0, p = e.requests.length; u < p; ++u) {
        var d = e.requests[u];
        if (d.host === c.host && d.port === c.port) {
          e.requests.splice(u, 1), d.request.onSocket(n);
          return;
        }
      }
      n.destroy(), e.removeSocket(n);
    });
  }
  Jn.inherits(D, Xn.EventEmitter);
  D.prototype.addRequest = function(e, r, n, o) {
    var i = this, s = At({ request: e }, i.options, ye(r, n, o));
    if (i.sockets.length >= this.maxSockets) {
      i.requests.push(s);
      return;
    }
    i.createSocket(s, function(c) {
      c.on("free", u), c.on("close", p), c.on("agentRemove", p), e.onSocket(c);
      function u() {
        i.emit("free", c, s);
      }
      function p(d) {
        i.removeSocket(c), c.removeListener("free", u), c.removeListener("close", p), c.removeListener("agentRemove", p);
      }
    });
  };
  D.prototype.createSocket = function(e, r) {
    var n = this, o = {};
    n.sockets.push(o);
    var i = At({}, n.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (i.localAddress = e.localAddress), i.proxyAuth && (i.headers = i.headers || {}, i.headers["Proxy-Authorization"] = "Basic " + new Buffer(i.proxyAuth).toString("base64")), L("making CONNECT request");
    var s = n.request(i);
    s.useChunkedEncodingByDefault = !1, s.once("response", c), s.once("upgrade", u), s.once("connect", p), s.once("error", d), s.end();
    function c(f) {
      f.upgrade = !0;
    }
    function u(f, m, y) {
      process.nextTick(function() {
        p(f, m, y);
      });
    }
    function p(f, m, y) {
      if (s.removeAllListeners(), m.removeAllListeners(), f.statusCode !== 200) {
        L(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var h = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        h.code = "ECONNRESET", e.request.emit("error", h), n.removeSocket(o);
        return;
      }
      if (y.length > 0) {
        L("got illegal response body from proxy"), m.destroy();
        var h = new Error("got illegal response body from proxy");
        h.code = "ECONNRESET", e.request.emit("error", h), n.removeSocket(o);
        return;
      }
      return L("tunneling connection has established"), n.sockets[n.sockets.indexOf(o)] = m, r(m);
    }
    function d(f) {
      s.removeAllListeners(), L(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", e.request.emit("error", m), n.removeSocket(o);
    }
  };
  D.prototype.removeSocket = function(e) {
    var r = this.sockets.indexOf(e);
    if (r !== -1) {
      this.sockets.splice(r, 1);
      var n = this.requests.shift();
      n && this.createSocket(n, function(o) {
        n.request.onSocket(o);
      });
    }
  };
  function he(t, e) {
    var r = this;
    D.prototype.createSocket.call(r, t, function(n) {
      var o = t.request.getHeader("host"), i = At({}, r.options, {
        socket: n,
        servername: o ? o.replace(/:.*$/, "") : t.host
      }), s = Yn.connect(0, i);
      r.sockets[r.sockets.indexOf(n)] = s, e(s);
    });
  }
  function ye(t, e, r) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: r
    } : t;
  }
  function At(t) {
    for (var e = 1, r = arguments.length; e < r; ++e) {
      var n = arguments[e];
      if (typeof n == "object")
        for (var o = Object.keys(n), i = 0, s = o.length; i < s; ++i) {
          var c = o[i];
          n[c] !== void 0 && (t[c] = n[c]);
        }
    }
    return t;
  }
  var L;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? L = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : L = function() {
  };
  H.debug = L;
});

// node_modules/tunnel/index.js
var we = ue((fs, be) => {
  be.exports = Te();
});

// node_modules/@actions/core/lib/command.js
var le = _(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function O(t) {
  return t == null ? "" : typeof t == "string" || t instanceof String ? t : JSON.stringify(t);
}
function Q(t) {
  return Object.keys(t).length ? {
    title: t.title,
    file: t.file,
    line: t.startLine,
    endLine: t.endLine,
    col: t.startColumn,
    endColumn: t.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function P(t, e, r) {
  let n = new Rt(t, e, r);
  process.stdout.write(n.toString() + le.EOL);
}
function Et(t, e = "") {
  P(t, {}, e);
}
var ce = "::", Rt = class {
  constructor(e, r, n) {
    e || (e = "missing.command"), this.command = e, this.properties = r, this.message = n;
  }
  toString() {
    let e = ce + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let r = !0;
      for (let n in this.properties)
        if (this.properties.hasOwnProperty(n)) {
          let o = this.properties[n];
          o && (r ? r = !1 : e += ",", e += `${n}=${Vn(o)}`);
        }
    }
    return e += `${ce}${qn(this.message)}`, e;
  }
};
function qn(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function Vn(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var pe = _(require("crypto"), 1), et = _(require("fs"), 1), tt = _(require("os"), 1);
function de(t, e) {
  let r = process.env[`GITHUB_${t}`];
  if (!r)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!et.existsSync(r))
    throw new Error(`Missing file at path: ${r}`);
  et.appendFileSync(r, `${O(e)}${tt.EOL}`, {
    encoding: "utf8"
  });
}
function fe(t, e) {
  let r = `ghadelimiter_${pe.randomUUID()}`, n = O(e);
  if (t.includes(r))
    throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);
  if (n.includes(r))
    throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);
  return `${t}<<${r}${tt.EOL}${n}${tt.EOL}${r}`;
}

// node_modules/@actions/core/lib/core.js
var Dt = _(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function me(t) {
  let e = t.protocol === "https:";
  if (Wn(t))
    return;
  let r = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (r)
    try {
      return new rt(r);
    } catch {
      if (!r.startsWith("http://") && !r.startsWith("https://"))
        return new rt(`http://${r}`);
    }
  else
    return;
}
function Wn(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (Kn(e))
    return !0;
  let r = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!r)
    return !1;
  let n;
  t.port ? n = Number(t.port) : t.protocol === "http:" ? n = 80 : t.protocol === "https:" && (n = 443);
  let o = [t.hostname.toUpperCase()];
  typeof n == "number" && o.push(`${o[0]}:${n}`);
  for (let i of r.split(",").map((s) => s.trim().toUpperCase()).filter((s) => s))
    if (i === "*" || o.some((s) => s === i || s.endsWith(`.${i}`) || i.startsWith(".") && s.endsWith(`${i}`)))
      return !0;
  return !1;
}
function Kn(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var rt = class extends URL {
  constructor(e, r) {
    super(e, r), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/core/lib/summary.js
var Re = require("os"), K = require("fs"), vt = function(t, e, r, n) {
  function o(i) {
    return i instanceof r ? i : new r(function(s) {
      s(i);
    });
  }
  return new (r || (r = Promise))(function(i, s) {
    function c(d) {
      try {
        p(n.next(d));
      } catch (f) {
        s(f);
      }
    }
    function u(d) {
      try {
        p(n.throw(d));
      } catch (f) {
        s(f);
      }
    }
    function p(d) {
      d.done ? i(d.value) : o(d.value).then(c, u);
    }
    p((n = n.apply(t, e || [])).next());
  });
}, { access: eo, appendFile: ro, writeFile: no } = K.promises, xe = "GITHUB_STEP_SUMMARY";
var kt = class {
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
    return vt(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[xe];
      if (!e)
        throw new Error(`Unable to find environment variable for $${xe}. Check if your runtime environment supports job summaries.`);
      try {
        yield eo(e, K.constants.R_OK | K.constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${e}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = e, this._filePath;
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
  wrap(e, r, n = {}) {
    let o = Object.entries(n).map(([i, s]) => ` ${i}="${s}"`).join("");
    return r ? `<${e}${o}>${r}</${e}>` : `<${e}${o}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(e) {
    return vt(this, void 0, void 0, function* () {
      let r = !!e?.overwrite, n = yield this.filePath();
      return yield (r ? no : ro)(n, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return vt(this, void 0, void 0, function* () {
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
  addRaw(e, r = !1) {
    return this._buffer += e, r ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(Re.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(e, r) {
    let n = Object.assign({}, r && { lang: r }), o = this.wrap("pre", this.wrap("code", e), n);
    return this.addRaw(o).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(e, r = !1) {
    let n = r ? "ol" : "ul", o = e.map((s) => this.wrap("li", s)).join(""), i = this.wrap(n, o);
    return this.addRaw(i).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(e) {
    let r = e.map((o) => {
      let i = o.map((s) => {
        if (typeof s == "string")
          return this.wrap("td", s);
        let { header: c, data: u, colspan: p, rowspan: d } = s, f = c ? "th" : "td", m = Object.assign(Object.assign({}, p && { colspan: p }), d && { rowspan: d });
        return this.wrap(f, u, m);
      }).join("");
      return this.wrap("tr", i);
    }).join(""), n = this.wrap("table", r);
    return this.addRaw(n).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(e, r) {
    let n = this.wrap("details", this.wrap("summary", e) + r);
    return this.addRaw(n).addEOL();
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
  addImage(e, r, n) {
    let { width: o, height: i } = n || {}, s = Object.assign(Object.assign({}, o && { width: o }), i && { height: i }), c = this.wrap("img", null, Object.assign({ src: e, alt: r }, s));
    return this.addRaw(c).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(e, r) {
    let n = `h${r}`, o = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(n) ? n : "h1", i = this.wrap(o, e);
    return this.addRaw(i).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let e = this.wrap("hr", null);
    return this.addRaw(e).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let e = this.wrap("br", null);
    return this.addRaw(e).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(e, r) {
    let n = Object.assign({}, r && { cite: r }), o = this.wrap("blockquote", e, n);
    return this.addRaw(o).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(e, r) {
    let n = this.wrap("a", e, { href: r });
    return this.addRaw(n).addEOL();
  }
}, oo = new kt();
var Ct = oo;

// node_modules/@actions/core/lib/platform.js
var $t = _(require("os"), 1);
var ys = $t.default.platform(), Ts = $t.default.arch();

// node_modules/@actions/core/lib/core.js
var Ee;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(Ee || (Ee = {}));
function Se(t) {
  P("add-mask", {}, t);
}
function Ae(t, e) {
  let r = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !r)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? r : r.trim();
}
function ve(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return de("OUTPUT", fe(t, e));
  process.stdout.write(Dt.EOL), P("set-output", { name: t }, O(e));
}
function ke() {
  return process.env.RUNNER_DEBUG === "1";
}
function Ce(t) {
  P("debug", {}, t);
}
function $e(t, e = {}) {
  P("error", Q(e), t instanceof Error ? t.toString() : t);
}
function De(t, e = {}) {
  P("warning", Q(e), t instanceof Error ? t.toString() : t);
}
function Ne(t, e = {}) {
  P("notice", Q(e), t instanceof Error ? t.toString() : t);
}
function Ie(t) {
  process.stdout.write(t + Dt.EOL);
}
function _e(t) {
  Et("group", t);
}
function Oe() {
  Et("endgroup");
}

// src/inputs/refusals.ts
var l = class extends Error {
  constructor(r, n) {
    super(r);
    this.rule = r;
    this.offendingValue = n;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
}, A = class extends Error {
  constructor(r, n, o) {
    super(`Input "${r}" ${n}`);
    this.input = r;
    this.rule = n;
    this.offendingValue = o;
    this.name = "InputError";
  }
  input;
  rule;
  offendingValue;
};
function g(t, e) {
  try {
    return e();
  } catch (r) {
    throw r instanceof l ? new A(t, r.rule, r.offendingValue) : r;
  }
}
var Y = class extends Error {
  constructor(r) {
    super(r.map((n) => n.message).join(`
`));
    this.errors = r;
    this.name = "InputErrors";
  }
  errors;
}, F = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(e) {
    try {
      return e();
    } catch (r) {
      if (!(r instanceof A)) throw r;
      this.errors.push(r);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new Y(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var Nt = "-----BEGIN CERTIFICATE-----", Pe = "-----END CERTIFICATE-----", Le = 1024 * 1024, Me = "must be PEM text or the path of a PEM file with at least one certificate";
function Ue(t, e) {
  let r = t.trim();
  if (r === "") return [];
  let n = r.includes("-----BEGIN") ? r : uo(r, e), o = ao(n);
  if (o.length === 0) throw new l(Me, Be(r));
  return o.forEach(co), o;
}
function ao(t) {
  let e = [];
  for (let r = t.indexOf(Nt); r >= 0; r = t.indexOf(Nt, r + 1)) {
    let n = t.indexOf(Pe, r + Nt.length);
    if (n < 0) break;
    e.push(t.slice(r, n + Pe.length)), r = n;
  }
  return e;
}
function uo(t, e) {
  try {
    return e(t);
  } catch (r) {
    let n = r.code ?? "unreadable";
    throw new l(`${Me}; the file cannot be read (${n})`, t);
  }
}
function co(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new l("contains a certificate that is not valid PEM", Be(t));
  }
}
function Be(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}

// src/inputs/files.ts
var M = require("node:fs"), He = 1024 * 1024, nt = class extends Error {
  constructor(r) {
    super(r);
    this.code = r;
    this.name = "FileRefusal";
  }
  code;
};
function It(t, e) {
  if (!(0, M.statSync)(t).isFile()) throw new nt("not a regular file");
  let r = (0, M.openSync)(t, "r");
  try {
    let n = [], o = 0;
    for (; ; ) {
      let i = Buffer.allocUnsafe(He), s = (0, M.readSync)(r, i, 0, He, null);
      if (s === 0) break;
      if (o += s, o > e) throw new nt(`larger than ${e} bytes`);
      n.push(i.subarray(0, s));
    }
    return Buffer.concat(n, o).toString("utf8");
  } finally {
    (0, M.closeSync)(r);
  }
}

// src/inputs/text-rules.ts
var ot = 128, lo = /[\u0000-\u001f\u007f-\u009f]/, po = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Fe(t) {
  return lo.test(t);
}
function _t(t) {
  return po.test(t);
}
function j(t, e = {}) {
  if (!_t(t))
    throw new l(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function it(t, e = ot) {
  if (t.length > e)
    throw new l(`must be at most ${e} characters (it has ${t.length})`, t);
}
function N(t, e = "is required") {
  if (t === "") throw new l(e);
}

// src/inputs/credentials.ts
var Ot = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function je(t, e) {
  let r = t["auth-type"] !== "" || t["auth-value"] !== "", n = t["app-id"] !== "" || t["app-secret"] !== "";
  if (r && n) {
    e.take(() => {
      throw new A(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  return n ? fo(t, e) : mo(t, e);
}
function fo(t, e) {
  let r = e.take(
    () => g("app-id", () => (N(t["app-id"], "is required with app-secret (the API key ID)"), j(t["app-id"]), t["app-id"]))
  ), n = e.take(
    () => g("app-secret", () => (N(t["app-secret"], "is required with app-id (the API key secret)"), j(t["app-secret"], { secret: !0 }), t["app-secret"]))
  );
  return r && n ? { kind: "api-key", appId: r, appSecret: n } : void 0;
}
function mo(t, e) {
  let r = e.take(() => g("auth-type", () => ho(t["auth-type"]))), n = e.take(() => g("auth-value", () => go(t["auth-value"])));
  return r && n ? { kind: "header", authType: r, authValue: n } : void 0;
}
function go(t) {
  return N(t), j(t, { secret: !0 }), t;
}
function ho(t) {
  N(
    t,
    `is required (one of ${Ot.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), r = Ot.find((n) => n === e);
  if (!r) throw new l(`must be one of ${Ot.join(", ")}`, t);
  return r;
}

// src/inputs/dbt-inputs.ts
var at = require("node:path");

// src/inputs/dbt-artifacts.ts
var yo = ["v12", "v20"], To = ["v6"], Pt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
function Ge(t) {
  let r = Ve(t, "run-results", To).results;
  if (!Array.isArray(r)) throw new l('has no "results" list');
  return r.flatMap((n) => {
    let { unique_id: o, status: i } = n ?? {};
    return typeof o == "string" ? [{ uniqueId: o, status: String(i) }] : [];
  });
}
function qe(t, e) {
  let n = Ve(t, "manifest", yo).nodes;
  if (typeof n != "object" || n === null) throw new l('has no "nodes" map');
  let o = /* @__PURE__ */ new Map();
  for (let i of e) {
    let s = n[i];
    typeof s == "object" && s !== null && o.set(i, bo(i, s));
  }
  return o;
}
function Ve(t, e, r) {
  let n;
  try {
    n = JSON.parse(t);
  } catch {
    throw new l("is not valid JSON");
  }
  if (typeof n != "object" || n === null) throw new l("is not a JSON object");
  let o = n, i = o.metadata?.dbt_schema_version, s = new RegExp(`/${e}/(v\\d+)\\.json$`).exec(String(i))?.[1];
  if (!s || !r.includes(s))
    throw new l(
      `is ${e} ${s ?? `of unknown version (${String(i).slice(0, 80)})`}; this action reads ${e} ${r.join(" and ")}`
    );
  return o;
}
function bo(t, e) {
  let r = e.config ?? {}, n = (i) => typeof i == "string" && i !== "" ? i : null, o = [e.tags, r.tags].flatMap((i) => Array.isArray(i) ? i : []);
  return {
    uniqueId: t,
    resourceType: n(e.resource_type) ?? t.split(".")[0] ?? "",
    name: n(e.name) ?? t.split(".").at(-1) ?? t,
    alias: n(e.alias),
    schema: n(e.schema),
    database: n(e.database),
    catalog: n(r.catalog),
    materialized: n(r.materialized),
    tags: [...new Set(o.filter((i) => typeof i == "string"))],
    originalFilePath: n(e.original_file_path)
  };
}
function We(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => Pt.has(e.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var Ke = ["model", "seed", "snapshot"];
function Lt(t, e) {
  switch (t.kind) {
    case "tag":
      return e.tags.includes(t.value);
    case "path":
      return e.originalFilePath !== null && t.pattern.test(e.originalFilePath);
    case "resource_type":
      return e.resourceType === t.value;
    case "name":
      return e.name === t.value;
  }
}
function Mt(t) {
  let e = t.indexOf(":"), r = e < 0 ? "" : t.slice(0, e), n = e < 0 ? t : t.slice(e + 1);
  if (n === "" || /\s/.test(n))
    throw new l("has a selector without a value or with spaces", t);
  switch (r) {
    case "":
      return { kind: "name", value: n };
    case "tag":
      return { kind: "tag", value: n };
    case "path":
      return { kind: "path", value: n, pattern: wo(n) };
    case "resource_type":
      if (!Ke.includes(n))
        throw new l(
          `has resource_type:${n}; use ${Ke.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: n };
    default:
      throw new l("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function wo(t) {
  let e = "";
  for (let n = 0; n < t.length; n++) {
    let o = t[n] ?? "";
    o === "*" && t[n + 1] === "*" ? (e += t[n + 2] === "/" ? "(?:.*/)?" : ".*", n += t[n + 2] === "/" ? 2 : 1) : o === "*" ? e += "[^/]*" : o === "?" ? e += "[^/]" : e += o.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  let r = /[*?]/.test(t) ? "" : "(?:/.*)?";
  return new RegExp(`^${e.replace(/\/$/, "")}${r}$`);
}

// src/inputs/table-name.ts
var v = "[\\p{L}\\p{N}_$-]+", xo = new RegExp(`^(${v})\\.\`(${v})\\.(${v})\`\\.(${v})$`, "u"), Ro = new RegExp(`^(${v})\\.(${v})\\.(${v})\\.(${v})$`, "u"), Eo = new RegExp(`^${v}$`, "u"), So = new RegExp(`^(${v})\\.(${v})$`, "u"), Ao = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function st(t) {
  let e = t.trim();
  if (xo.test(e)) return { tableName: Ut(e), backticksAdded: !1 };
  let r = Ro.exec(e);
  if (r) {
    let [n = "", o = "", i = "", s = ""] = r.slice(1);
    return {
      tableName: Ut(Je(n, `${o}.${i}`, s)),
      backticksAdded: !0
    };
  }
  throw new l(Ao, e);
}
function G(t) {
  let e = t.trim();
  if (!Eo.test(e))
    throw new l(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function Ye(t) {
  let e = vo(t.trim());
  if (!So.test(e))
    throw new l("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function Xe(t, e, r) {
  return Ut(Je(t, e, r));
}
function Je(t, e, r) {
  return `${t}.\`${e}\`.${r}`;
}
function vo(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Ut(t) {
  try {
    it(t, ot);
  } catch {
    throw new l(
      `must compose a tableName of at most ${ot} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt-mapping.ts
var ko = /* @__PURE__ */ new Set(["success", "partial success"]);
function ze(t, e, r) {
  let n = { mapped: [], skipped: [] }, o = /* @__PURE__ */ new Set();
  for (let i of t) {
    if (o.has(i.uniqueId)) continue;
    o.add(i.uniqueId);
    let s = Co(i, e.get(i.uniqueId), r);
    "tableName" in s ? n.mapped.push({ uniqueId: i.uniqueId, ...s }) : n.skipped.push({ uniqueId: i.uniqueId, ...s });
  }
  return n;
}
function Co(t, e, r) {
  let n = $o(t, e, r);
  if (n) return n;
  if (!e) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: Do(e, r) };
  } catch (o) {
    return { kind: "invalid-table-name", reason: `its table name ${o instanceof l ? o.rule : String(o)}` };
  }
}
function $o(t, e, r) {
  let n = e?.resourceType ?? t.uniqueId.split(".")[0] ?? "";
  return Pt.has(n) ? ko.has(t.status) ? e ? e.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : r.select.length > 0 && !r.select.some((o) => Lt(o, e)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : r.exclude.some((o) => Lt(o, e)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${t.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${n || "node"}, not a table` };
}
function Do(t, e) {
  let r = t.schema ?? "", n = t.database !== null && t.database !== r ? t.database : null, o = t.catalog ?? n ?? e.defaultCatalog, i = `${e.datasource}.\`${o}.${r}\`.${t.alias ?? t.name}`;
  return st(i).tableName;
}

// src/inputs/list.ts
function I(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/dbt-inputs.ts
var Bt = "default_catalog";
function Qe(t, e, r) {
  let n = r.take(
    () => g("datasource", () => (N(
      t.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), G(t.datasource)))
  ), o = r.take(
    () => g("dbt-catalog", () => G(t["dbt-catalog"] || Bt))
  ), i = r.take(
    () => g("dbt-select", () => I(t["dbt-select"]).map(Mt))
  ), s = r.take(
    () => g("dbt-exclude", () => I(t["dbt-exclude"]).map(Mt))
  ), c = r.take(() => No(t, e));
  if (!(n === void 0 || o === void 0 || i === void 0 || s === void 0 || c === void 0))
    return ze(c.results, c.nodes, { datasource: n, defaultCatalog: o, select: i, exclude: s });
}
function No(t, e) {
  let r = t["dbt-run-results"], n = t["dbt-manifest"] || (0, at.join)((0, at.dirname)(r), "manifest.json"), o = g(
    "dbt-run-results",
    () => Ze(e, r, Ge)
  ), i = We(o), s = g(
    "dbt-manifest",
    () => Ze(e, n, (u) => qe(u, i))
  ), c = [...i].filter((u) => !s.has(u));
  if (c.length > 0)
    throw new A(
      "dbt-manifest",
      `has no node ${c[0]}${c.length > 1 ? ` (nor ${c.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      n
    );
  return { results: o, nodes: s };
}
function Ze(t, e, r) {
  let n;
  try {
    n = t(e);
  } catch (o) {
    let i = o.code ?? "unreadable";
    throw new l(`names a file that cannot be read (${i})`, e);
  }
  try {
    return r(n);
  } catch (o) {
    throw o instanceof l ? new l(o.rule, e) : o;
  }
}

// src/inputs/host.ts
var Ht = "/anymetrics/api/v1/scheduler/task/trigger", Io = "/anymetrics/api/v1/token/create", tr = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", er = /^[a-z][a-z0-9+.-]*:\/\//i, _o = /[/?#\\]/;
function Ft(t) {
  let e = er.exec(t)?.[0] ?? "", r = t.slice(e.length), n = r.search(_o), i = (n < 0 ? r : r.slice(0, n)).lastIndexOf("@"), s = i >= 0 ? i : r.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: e,
      userinfo: r.slice(0, s),
      rest: r.slice(s + 1),
      ambiguous: i < 0
    };
}
function rr(t) {
  let e = Ft(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: r } = e, n = r.indexOf(":"), o = n < 0 ? r : r.slice(0, n), i = n < 0 ? "" : r.slice(n + 1), s = n < 0 ? o : i, c = [
    s,
    X(s),
    jt(X(o), X(i))
  ];
  return e.ambiguous && c.push(r), [...new Set(c.filter((u) => u !== ""))];
}
function jt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function U(t) {
  let e = Ft(t.trim());
  return e ? `${e.scheme}***@${e.rest}` : t.trim();
}
function nr(t) {
  let e = t.trim();
  if (e === "") throw new l("is required");
  if (Fe(e) || /\s/.test(e))
    throw new l("must not contain spaces or control characters", U(e));
  if (Ft(e)?.ambiguous)
    throw new l(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      U(e)
    );
  let r = Oo(e), n = r.pathname.replace(/\/+$/, ""), o = n.endsWith(Ht) ? n.slice(0, -Ht.length) : n, i = `${r.protocol}//${r.host}${o}`, s = {
    url: i + Ht,
    tokenUrl: i + Io,
    display: i
  };
  return (r.username !== "" || r.password !== "") && (s.basicAuth = {
    username: X(r.username),
    password: X(r.password)
  }), s;
}
function Oo(t) {
  let e = er.test(t), r = Po(e ? t : `http://${t}`, t);
  if (r.protocol !== "http:" && r.protocol !== "https:")
    throw new l("must use http:// or https://", U(t));
  if (r.hostname === "") throw new l(tr, U(t));
  if (!e && r.port === "")
    throw new l(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      U(t)
    );
  if (r.search !== "" || r.hash !== "")
    throw new l("must not contain a query (?) or fragment (#)", U(t));
  return r;
}
function Po(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new l(tr, U(e));
  }
}
function X(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

// src/inputs/partition.ts
var ct = 864e5, Lo = /^(\d{4})-(\d{2})-(\d{2})$/, Mo = /^today\s*-\s*(\d{1,5})$/i, or = 36600, Uo = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", ir = "..", sr = 36600, ar = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, ur = {
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
function lr(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (ur[e]) return ur[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let r = Bo(t);
  return r === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : ar.test(t) ? null : `is a legacy alias or abbreviation: write ${ar.test(r) && r !== t ? r : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function Bo(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function pr(t) {
  return J(ut(t));
}
function dr(t, e) {
  if (t.length === 0) throw new l("must name at least one partition");
  let r = /* @__PURE__ */ new Set();
  for (let n of t)
    for (let o of Ho(n.trim(), e)) r.add(o);
  return [...r].sort((n, o) => n - o).map(J);
}
function Ho(t, e) {
  let r = t.indexOf(ir);
  if (r < 0) return [fr(t, e)];
  if (t.includes("..."))
    throw new l("has a range with three dots: write A..B (two dots)", t);
  let [n = "", o = ""] = [
    t.slice(0, r),
    t.slice(r + ir.length)
  ].map((c) => c.trim());
  if (n === "" || o === "")
    throw new l(
      `has a range without its ${n === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let i = cr(n, t, e), s = cr(o, t, e);
  if (s < i)
    throw new l(
      `has a reversed range (${J(i)} is after ${J(s)}): write it oldest first`,
      t
    );
  if (s - i >= sr)
    throw new l(`has a range longer than ${sr} days`, t);
  return Array.from({ length: s - i + 1 }, (c, u) => i + u);
}
function cr(t, e, r) {
  try {
    return fr(t, r);
  } catch (n) {
    throw n instanceof l ? new l(n.rule, e) : n;
  }
}
function fr(t, e) {
  let r = t.toLowerCase();
  if (r === "today") return ut(e);
  if (r === "yesterday") return ut(e) - 1;
  let n = Mo.exec(t);
  if (n) {
    let o = Number(n[1]);
    if (o > or)
      throw new l(`must not reach back more than ${or} days`, t);
    return ut(e) - o;
  }
  return Fo(t);
}
function Fo(t) {
  let e = Lo.exec(t);
  if (!e) throw new l(Uo, t);
  let [r, n, o] = e.slice(1).map(Number), i = Date.UTC(r, n - 1, o) / ct;
  if (r < 1 || J(i) !== t)
    throw new l("must be a real calendar date (yyyy-MM-dd)", t);
  return i;
}
function ut({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / ct);
  let r = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), n = (o) => Number(r.find((i) => i.type === o)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day")) / ct;
}
function J(t) {
  return new Date(t * ct).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var mr = 3600;
function gr(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > mr)
    throw new l(
      `must be a number of seconds above 0, at most ${mr}`,
      t
    );
  let r = Math.round(e * 1e3);
  if (r < 1) throw new l("must be at least 0.001 (1 ms); it rounds to 0 ms", t);
  return r;
}
function lt(t, e, r) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > r)
    throw new l(`must be a whole number from ${e} to ${r}`, t);
  return Number(t);
}
function Gt(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new l("must be true or false", t);
}
function hr(t) {
  let e = lr(t);
  if (e) throw new l(e, t);
  return t;
}

// src/inputs/table-inputs.ts
var jo = ["datasource", "catalog-schema", "table"];
function Tr(t, e, r, n) {
  let o = I(t["table-name"]), i = jo.filter(
    (s) => t[s] !== "" && !(r && s === "datasource")
  );
  return o.length > 0 && i.length > 0 ? yr(
    n,
    "table-name",
    `cannot be combined with ${i.join(", ")}: give full names or their parts, not both`
  ) : o.length > 0 ? n.take(() => o.map((s) => Go(s, e))) : i.length === 0 && r ? [] : i.length === 0 ? yr(
    n,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : qo(t, r, n);
}
function yr(t, e, r) {
  return t.take(() => {
    throw new A(e, r);
  });
}
function Go(t, e) {
  let r = g("table-name", () => st(t));
  return r.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${r.tableName}`), r.tableName;
}
function qo(t, e, r) {
  let n = (e ? new F() : r).take(
    () => qt(t, "datasource", G)
  ), o = r.take(() => qt(t, "catalog-schema", Ye)), i = r.take(
    () => qt(t, "table", (s) => I(s).map(G))
  );
  if (!(n === void 0 || o === void 0 || i === void 0))
    return r.take(
      () => g("table", () => i.map((s) => Xe(n, o, s)))
    );
}
function qt(t, e, r) {
  if (I(t[e]).length === 0)
    throw new A(e, "is required when datasource, catalog-schema or table is given");
  return g(e, () => r(t[e]));
}

// src/inputs/trigger-plan.ts
function br(t, e, r) {
  let n = [...new Set(t)], o = [...new Set(e)].sort(), i = n.length * o.length;
  if (i > r.maxTriggers) {
    let s = i > r.largest ? `split the backfill across steps or a job matrix (one step takes at most ${r.largest})` : "narrow partition or raise max-triggers";
    throw new l(
      `is ${r.maxTriggers}, and the plan has ${i} triggers (${n.length} table${n.length === 1 ? "" : "s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)}): ${s}`
    );
  }
  return n.flatMap((s) => o.map((c) => ({ tableName: s, partition: c })));
}

// src/inputs/parse-inputs.ts
var wr = [
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
  "dbt-catalog"
], Vo = 10, Wo = 32, xr = 2e3, Rr = {
  timeZone: { input: "timezone", default: "UTC", parse: hr },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: gr },
  retries: {
    input: "retries",
    default: "3",
    parse: (t) => lt(t, 0, Vo)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (t) => lt(t, 1, Wo)
  },
  failFast: { input: "fail-fast", default: "false", parse: Gt },
  dryRun: { input: "dry-run", default: "false", parse: Gt },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (t) => lt(t, 1, xr)
  }
}, Ia = {
  partition: "today",
  "dbt-catalog": Bt,
  ...Object.fromEntries(Object.values(Rr).map((t) => [t.input, t.default]))
};
function Er(t) {
  return [t["auth-value"], t["app-secret"], ...rr(t.host)].filter(
    (e) => e !== ""
  );
}
function Sr(t, e) {
  let r = [], n = new F(), o = n.take(() => g("host", () => nr(t.host))), i = n.take(() => g("tenant-id", () => Xo(t["tenant-id"]))), s = je(t, n), c = t["dbt-run-results"] !== "", u = c ? Qe(t, e.readArtifact, n) : void 0, p = Tr(t, r, c, n), d = p && (!c || u) ? [...p, ...Jo(u)] : void 0, f = Ko(t, n), { timeZone: m, maxTriggers: y } = f, h = m === void 0 ? void 0 : n.take(
    () => g(
      "partition",
      () => dr(I(t.partition || "today"), { now: e.now, timeZone: m })
    )
  ), T = d && h && y !== void 0 ? n.take(
    () => g(
      "max-triggers",
      () => br(d, h, { maxTriggers: y, largest: xr })
    )
  ) : void 0, x = n.take(
    () => g("ca-certificate", () => Ue(t["ca-certificate"], e.readTextFile))
  );
  n.throwIfAny();
  let C = {
    ...f,
    endpoint: o,
    tenantId: i,
    credentials: s,
    plan: T,
    caCertificates: x
  }, b = Yo(C);
  return {
    config: { ...b, today: pr({ now: e.now, timeZone: b.timeZone }), dbt: u },
    notices: r
  };
}
function Ko(t, e) {
  let r = Object.entries(Rr).map(([n, o]) => [
    n,
    e.take(
      () => g(o.input, () => o.parse(t[o.input] || o.default))
    )
  ]);
  return Object.fromEntries(r);
}
function Yo(t) {
  for (let [e, r] of Object.entries(t))
    if (r === void 0) throw new Error(`input ${e} was neither parsed nor refused`);
  return t;
}
function Xo(t) {
  return N(t), j(t), it(t), t;
}
function Jo(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}

// src/platform/retry-policy.ts
var Ar = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, zo = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), Zo = /* @__PURE__ */ new Set([
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
function Vt(t) {
  return "status" in t ? zo.has(t.status) : Zo.has(t.errorCode);
}
function Qo(t, e, r) {
  let n = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(r() * n);
}
function vr(t, e) {
  if (t === void 0) return;
  let r = t.trim();
  if (/^\d+$/.test(r)) return Number(r) * 1e3;
  let n = Date.parse(r);
  if (!(Number.isNaN(n) || !/[a-z]/i.test(r)))
    return Math.max(0, n - e);
}
var ti = 250;
function kr(t, e, r, n) {
  return r !== void 0 ? Wt(r, e) : Qo(t, e, n);
}
function Wt(t, e) {
  return Math.min(Math.max(t, ti), e.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var _r = require("node:net");

// src/trust.ts
var ei = /[\s\u0085]+/g, ri = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var ni = /##\[/g;
function a(t, ...e) {
  let r = t[0] ?? "";
  return e.forEach((n, o) => {
    r += String(n) + (t[o + 1] ?? "");
  }), r;
}
function Dr(t, e) {
  return t.join(e);
}
function R(t) {
  return Yt(Kt(t));
}
var pt = class {
  /** Every masked form of every secret, longest first so that a longer form masks whole. */
  forms = [];
  constructor(e = []) {
    e.forEach((r) => this.addSecret(r));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let r = si(e).filter((n) => !this.forms.includes(n));
    return this.forms = [...this.forms, ...r].sort((n, o) => o.length - n.length), r;
  }
  /** Known secrets and their encoded forms replaced by `***`. */
  redact(e) {
    let r = e;
    for (let n of this.forms)
      r.includes(n) && (r = r.split(n).join("***"));
    return r;
  }
  /** A platform or transport text as one inert, bounded line. */
  text(e, r = 1e3) {
    return this.finish(Kt(this.redact(e)), r);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, r = 200) {
    return this.finish(Kt(oi(this.redact(e))), r);
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, r = 120) {
    let n = Yt(JSON.stringify(this.redact(e)));
    return n.length > r ? `${Nr(n, r)}\u2026"` : n;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, r) {
    return z(Yt(this.redact(e)), r);
  }
};
function Kt(t) {
  return t.replace(ei, " ").replace(ri, "\uFFFD").trim();
}
function Yt(t) {
  let e = t.replace(ni, "## ["), r = e.trimStart();
  return r.startsWith("::") ? `: :${r.slice(2)}` : e;
}
function Nr(t, e) {
  let r = t.slice(0, e), n = r.charCodeAt(r.length - 1);
  return n >= 55296 && n <= 56319 ? r.slice(0, -1) : r;
}
var Cr = /<\/(script|style|head)\s*>/gi;
function oi(t) {
  let e = "", r = 0;
  for (; r < t.length; ) {
    let n = t.indexOf("<", r), o = n < 0 ? -1 : t.indexOf(">", n + 1);
    if (o < 0) return e + t.slice(r);
    if (e += `${t.slice(r, n)} `, r = o + 1, ii(t, n)) {
      Cr.lastIndex = r;
      let i = Cr.exec(t);
      r = i ? i.index + i[0].length : t.length;
    }
  }
  return e;
}
function ii(t, e) {
  let r = t.charCodeAt(e + 1) | 32;
  return r !== 115 && r !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function si(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    $r(t, "&#39;"),
    $r(t, "&#x27;"),
    ...ai(t)
  ];
  return [...new Set(e)].filter((r) => r !== "");
}
function $r(t, e) {
  let r = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (n) => r[n] ?? n);
}
function ai(t) {
  let e = Buffer.from(t, "utf8"), r = e.toString("base64"), n = [r, r.replace(/=+$/, "")];
  for (let o of [0, 1, 2]) {
    let i = Buffer.concat([Buffer.alloc(o), e]).toString("base64"), s = Math.ceil(o * 8 / 6), c = Math.floor((o + e.length) * 8 / 6);
    n.push(i.slice(s, c));
  }
  return n.filter((o) => o.length >= 6).flatMap((o) => [o, o.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function z(t, e) {
  return t.length > e ? `${Nr(t, e)}\u2026` : t;
}
function Ir(t, e) {
  return t.toFixed(e);
}

// src/platform/transport-errors.ts
var w = class extends Error {
  constructor(r, n) {
    super(r);
    this.description = r;
    this.code = n;
    this.name = "TransportError";
  }
  description;
  code;
}, Or = new w("cancelled", "CANCELLED"), ui = "tunneling socket could not be established";
function Pr(t, e, r) {
  return {
    url: t,
    host: r.text(t.host, 300),
    proxy: e ? r.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function Xt(t) {
  if (t instanceof w) return t;
  let e = t?.code, r = t instanceof Error ? t.message : String(t);
  return new w(r, typeof e == "string" ? e : "UNKNOWN");
}
async function Lr(t, e) {
  let r = Xt(t);
  if (r.description.startsWith(ui)) {
    let n = r.description.split("cause=")[1] ?? r.code;
    return new w(n, "EPROXY");
  }
  return r.code === "EPROTO" && /wrong version number/i.test(r.description) ? new w(r.description, "EPLAINPORT") : r.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= ci(e.url), await e.speaksTls) ? new w(r.description, "ETLSPORT") : r;
}
function ci(t) {
  return new Promise((e) => {
    let r = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, _r.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), n = (o) => {
      r.destroy(), e(o);
    };
    r.once("secureConnect", () => n(!0)), r.once("error", () => n(!1)), r.once("timeout", () => n(!1));
  });
}
function li(t, e, r, n) {
  let o = t.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${e}${r} sent an answer that is not valid HTTP (${n})${o}`;
}
var pi = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), di = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Mr(t, e, r) {
  let n = e.text(t.code, 64), o = r?.host ?? a`the host`, i = r?.proxy ? a` via proxy ${r.proxy}` : a``;
  if (t.code.startsWith("HPE_")) return li(t, o, i, n);
  switch (t.code) {
    case "ELOCAL":
      return a`the request could not be made here, so nothing was sent: ${e.text(t.description)}`;
    case "EUPGRADE":
    case "ECLOSED":
      return a`${o}${i}: ${e.text(t.description)}`;
    case "CANCELLED":
      return a`cancelled while waiting for ${o} to answer`;
    case "TIMEOUT":
      return a`${o}${i} sent no answer within ${e.text(t.description.replace(/^no answer within /, ""))}`;
    case "EPROXY":
      return a`could not open a tunnel to ${o} through the proxy ${r?.proxy ?? a`in http_proxy/https_proxy`}: ${e.text(t.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return a`${o} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return a`${o} speaks TLS: use https://${o} instead of http://`;
  }
  if (pi.has(t.code))
    return a`the TLS certificate of ${o} is not trusted (${n}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = di[t.code];
  return s ? a`${s} by ${o}${i} (${n})` : a`${o}${i}: ${e.text(t.description)}`;
}

// src/platform/verdict.ts
var fi = 32, mi = 128, gi = 8, Jt = 4096;
function Hr(t, e) {
  if (yi(t.status)) return Ri(t, e);
  let r = Si(t.body);
  if (!r) return Ei(t, e);
  let n = Ti(r, e), o = bi(t.status, r, n, e);
  return {
    succeeded: o === null,
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    reason: o,
    warning: o === null && n.data === "false" ? a`the platform answered data "false"` : null
  };
}
function B(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function hi(t) {
  return t >= 200 && t < 300;
}
function yi(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function Ti(t, e) {
  let r = (n, o) => {
    let i = Ai(n);
    return i === null || i.trim() === "" ? null : e.text(i, o);
  };
  return {
    code: Br(t.code) ? r(t.code, fi) : null,
    traceId: Br(t.traceId) ? r(t.traceId, mi) : null,
    data: r(t.data),
    errorMsg: r(t.errorMsg),
    detailErrorMsg: r(t.detailErrorMsg)
  };
}
function bi(t, e, r, n) {
  let o = wi(r.errorMsg, r.detailErrorMsg);
  if (!hi(t))
    return o !== null ? a`HTTP ${t}: ${o}` : a`HTTP ${t}${zt(r.code)}`;
  if (o !== null) return o;
  let i = xi(e, n);
  return i.value !== !0 ? i.name === null ? a`the response has neither "succeed" nor "success"${zt(r.code)}` : a`the platform answered ${i.name}: ${i.shown}${zt(r.code)}` : r.code !== "200" ? r.code === null ? a`the platform answered code null` : a`the platform answered code "${r.code}"` : null;
}
function wi(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function xi(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...Ur(t.succeed, e) } : "success" in t ? { name: a`success`, ...Ur(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function Ur(t, e) {
  return { value: t, shown: e.text(Fr(t), 60) };
}
function zt(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function Ri(t, e) {
  let r = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return B(
    a`HTTP ${t.status} redirect to ${r}: the action does not follow redirects, set host to the final address`
  );
}
function Ei(t, e) {
  let r = e.excerpt(t.body), n = r === "" ? a`an empty body` : a`a body that is not a JSON object: ${r}`;
  return B(a`HTTP ${t.status} with ${n}`);
}
function Si(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function Br(t) {
  return typeof t == "string" || typeof t == "number";
}
function Ai(t) {
  return t == null ? null : typeof t == "string" ? t : Fr(t);
}
function Fr(t) {
  let e = [], r = 0, n = (s) => (e.push(s), r += s.length, r < Jt), o = (s, c) => {
    if (s === null || typeof s != "object") return n(JSON.stringify(s) ?? "null");
    if (c >= gi) return n("\u2026");
    let u = Array.isArray(s) ? s.map((p) => [null, p]) : Object.entries(s);
    if (!n(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [p, [d, f]] of u.entries())
      if (p > 0 && !n(",") || d !== null && !n(`${JSON.stringify(d)}:`) || !o(f, c + 1)) return !1;
    return n(Array.isArray(s) ? "]" : "}");
  };
  o(t, 0);
  let i = e.join("");
  return r < Jt ? i : `${i.slice(0, Jt)}\u2026`;
}

// src/platform/attempt.ts
function dt(t, e, r = Date.now()) {
  let n = vr(t.retryAfter, r);
  return {
    verdict: Hr(t, e),
    answered: !0,
    local: !1,
    retryable: Vt({ status: t.status }),
    pushbackMs: n ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function jr(t, e, r) {
  let n = Xt(t);
  return {
    verdict: B(Mr(n, e, r)),
    answered: !1,
    local: n.code === "ELOCAL",
    retryable: Vt({ errorCode: n.code }),
    pushbackMs: void 0,
    cancelled: n.code === "CANCELLED"
  };
}
function Zt(t, e) {
  return { ...t, verdict: B(e) };
}

// src/platform/connection.ts
var qr = _(require("node:http"), 1);

// src/platform/tls-trust.ts
function Gr(t) {
  let e = process.getBuiltinModule("node:tls"), r = e.getCACertificates;
  return [...r ? r("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function Vr(t, e) {
  let r = t.protocol === "https:", n = r ? process.getBuiltinModule("node:https") : qr.default, o = me(t), i = o?.hostname ? await vi(r, o, e.maxSockets) : new n.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return r && e.caCertificates.length > 0 && ki(i, e.caCertificates), { agent: i, transport: n, proxy: o?.hostname ? o : void 0 };
}
async function vi(t, e, r) {
  let n = await Promise.resolve().then(() => _(we(), 1)), o = e.protocol === "https:", i = t ? o ? n.httpsOverHttps : n.httpsOverHttp : o ? n.httpOverHttps : n.httpOverHttp, s = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, c = Number(e.port || (o ? 443 : 80)), u = {
    maxSockets: r,
    keepAlive: !0,
    proxy: { ...s, host: e.hostname, port: c }
  };
  return i(u);
}
function ki(t, e) {
  let r = t;
  r.options = { ...r.options, ca: Gr(e) };
}

// src/platform/http-exchange.ts
var Wr = 1024 * 1024;
function Kr(t) {
  let { transport: e, url: r, agent: n, headers: o, payload: i, timeoutMs: s, signal: c } = t;
  return new Promise((u, p) => {
    let d = !1, f = !1, m = (b) => {
      d || (d = !0, clearTimeout(T), b());
    }, y = () => new w(`no answer within ${s / 1e3} s`, "TIMEOUT"), h = (b) => m(() => p(f ? y() : c?.aborted ? Or : b)), T = setTimeout(() => {
      f = !0, x?.destroy(y()), h(y());
    }, s), x;
    try {
      x = e.request(r, {
        method: "POST",
        agent: n,
        headers: { ...o, "content-length": Buffer.byteLength(i) },
        ...c ? { signal: c } : {}
      });
    } catch (b) {
      return h(Ci(b));
    }
    let C = !1;
    x.on("response", (b) => {
      C = !0, Di(b).then(
        (xt) => m(
          () => u({ status: b.statusCode ?? 0, body: xt, ...$i(b) })
        ),
        h
      );
    }), x.on("upgrade", (b, xt) => {
      xt.destroy(), h(
        new w(
          `answered ${b.statusCode ?? 101} ${b.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), x.on("error", h), x.on("close", () => {
      C || h(new w("the connection closed without an answer", "ECLOSED"));
    }), x.end(Buffer.from(i, "utf8"));
  });
}
function Ci(t) {
  let e = t instanceof Error ? t.message : String(t);
  return new w(e, "ELOCAL");
}
function $i(t) {
  let { "retry-after": e, location: r } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof r == "string" ? { location: r } : {}
  };
}
function Di(t) {
  return new Promise((e, r) => {
    let n = [], o = 0;
    t.on("data", (i) => {
      o < Wr && n.push(i), o += i.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(n).subarray(0, Wr).toString("utf8"))
    ), t.on("error", r), t.on("close", () => {
      t.complete || r(new w("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/token-answer.ts
function Yr(t, e, r) {
  let n = Ni(t.body);
  n !== void 0 && r(n);
  let o = dt(t, e);
  return o.verdict.succeeded ? n === void 0 ? Zt(o, a`the token answer has no token (a non-empty string) in data`) : _t(n) ? { ...o, token: n } : Zt(
    o,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : o;
}
function Ni(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function Xr(t) {
  let e = new URL(t.endpointUrl), r = new URL(t.tokenUrl), { agent: n, transport: o, proxy: i } = await Vr(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), s = Pr(e, i, t.boundary), c = async (d) => jr(await Lr(d, s), t.boundary, s), u = (d, f, m, y) => Kr({ transport: o, url: d, agent: n, headers: f, payload: m, timeoutMs: t.timeoutMs, signal: y }), p = _i(t);
  return {
    trigger: (d, f, m) => {
      let y = Ii(d, t.tenantId);
      return t.onTriggerBody?.(y), u(
        e,
        { ...p, ...Oi(t.tenantId, f) },
        y,
        m
      ).then((h) => dt(h, t.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (d, f, m) => u(
      r,
      p,
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      m
    ).then((y) => Yr(y, t.boundary, f), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => n.destroy?.()
  };
}
function Ii(t, e) {
  let r = {
    tableName: t.tableName,
    tenantId: e,
    tablePartition: t.partition
  };
  return JSON.stringify(r);
}
function _i(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent
  };
  if (t.basicAuth) {
    let { username: r, password: n } = t.basicAuth;
    e.authorization = `Basic ${jt(r, n)}`;
  }
  return e;
}
function Oi(t, e) {
  return {
    "tenant-id": t,
    "auth-type": e.authType,
    "auth-value": e.authValue
  };
}

// src/report/format.ts
var Pi = [500, 200, 80, 20, 0];
function k(t) {
  return t === 1 ? a`` : a`s`;
}
function ft(t) {
  return t < 1e3 ? a`${t} ms` : a`${Ir(t / 1e3, 1)} s`;
}
function Z(t, e) {
  let r = "";
  for (let n of Pi)
    if (r = e(n), Buffer.byteLength(r) <= t) return r;
  return r;
}
function q(t, e) {
  return t === null ? null : z(t, e);
}

// src/report/markdown.ts
function E(t) {
  let e = Jr(t);
  return t.includes("`") ? `\`\` ${e} \`\`` : `\`${e}\``;
}
function Jr(t) {
  return t.replace(/\|/g, "\\|");
}
var Li = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function S(t) {
  return Jr(t.replace(/[&<>]/g, (e) => Li[e] ?? e));
}

// src/report/dbt-report.ts
var Mi = /* @__PURE__ */ new Set(["invalid-table-name"]);
function zr(t, e) {
  return {
    mapped: t.mapped.map((r) => ({
      node: e.text(r.uniqueId),
      table: e.text(r.tableName)
    })),
    skipped: t.skipped.map((r) => ({
      node: e.text(r.uniqueId),
      kind: r.kind,
      reason: e.text(r.reason)
    }))
  };
}
function Zr(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${k(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: r }) => a`${e} → ${r}`),
      ...t.skipped.map(({ node: e, reason: r }) => a`${e}: skipped, ${r}`)
    ],
    warnings: t.skipped.filter(({ kind: e }) => Mi.has(e)).map(({ node: e, reason: r }) => a`${e}: ${r}`)
  };
}
function Qr(t) {
  let e = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${k(t.skipped.length)} skipped</summary>`,
    "",
    ...t.skipped.map(({ node: r, reason: n }) => `- ${E(r)}: ${S(n)}`),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...t.mapped.map(({ node: r, table: n }) => `| ${E(r)} | ${E(n)} |`),
    ...e,
    ""
  ].join(`
`);
}

// src/run/run-control.ts
var gt = 3, Ui = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, mt = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  stop(e) {
    this.firstCause ??= e, this.stopping.abort();
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
    return Ui[this.firstCause ?? "cancelled"];
  }
};

// src/report/tally.ts
function Qt(t) {
  return t.filter((e) => e.status === "failed");
}
function V(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: Qt(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}

// src/report/lines.ts
var $ = "AnyMetrics refresh failed", tn = "AnyMetrics refresh input is invalid";
function te(t, e = 1 / 0) {
  let r = z(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${r}${Bi(t)}${en(t)}`;
}
function Bi(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${ft(t.durationMs)})` : a``;
}
function en(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function rn(t) {
  let e = /* @__PURE__ */ new Map();
  for (let r of t) {
    let n = r.errorMsg ?? "";
    e.set(n, [...e.get(n) ?? [], r]);
  }
  return [...e.values()].map((r) => {
    let [n] = r;
    if (r.length === 1) return { line: te(n), count: 1 };
    let o = n.errorMsg ?? a`failed`;
    return {
      line: a`${r.length} triggers failed: ${o} (first: ${n.tableName} ${n.partition}${en(n)})`,
      count: r.length
    };
  });
}
function nn(t, e, r) {
  let n = t.filter((i) => i.status === "not-run").length, o = a`${n} trigger${k(n)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${o}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let i = [...t].reverse().find((c) => c.status === "failed" && !c.answered), s = i?.errorMsg ? a` (last: ${i.errorMsg})` : a``;
    return a`The platform at ${r} is unreachable: ${gt} triggers in a row got no answer after their retries${s}; ${o}`;
  }
  return null;
}
function Hi(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, r = a`${t.attempts} attempt${k(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${r}, ${ft(t.durationMs)})`;
}
function on(t, e, r) {
  return a`[${e}/${r}] ${Hi(t)}`;
}
function sn(t) {
  return a`${t.tableName} ${t.partition}: ${an(t)}`;
}
function an(t) {
  return a`attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${ft(t.waitMs)}`;
}
function un(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function ht(t) {
  let { succeeded: e, failed: r, notRun: n } = V(t), o = [a`${e.length} succeeded`, a`${r.length} failed`];
  return n.length > 0 && o.push(a`${n.length} not run`), a`${Dr(o, ", ")}, ${t.length} in all`;
}
function cn(t) {
  return a`${t} more trigger${k(t)} failed: see the job summary or the error-message output`;
}
function ln(t, e, r) {
  return a`Triggering ${t} data update${k(t)} on ${e} (concurrency ${Math.min(r, t)})`;
}
function pn(t) {
  let e = a`${t.length} trigger${k(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((r) => a`${r.tableName} ${r.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
function dn(t, e) {
  let r = R(e.redact(t.rule)), n = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${R(t.input)}" ${r}${n}`;
}
function fn(t, e) {
  let r = t.traceId ? a` (traceId ${t.traceId})` : a``, n = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${n}: ${t.reason ?? a`refused`}${r}; no trigger was sent`;
}
function mn(t) {
  return a`token request: ${an(t)}`;
}
function gn(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function ee(t, e) {
  return t === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${e}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${e}); the log above has the run's record`;
}
function hn(t, e) {
  return a`today in ${t} is ${e}`;
}
function yn(t) {
  return a`Request body: ${t}`;
}
var Tn = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/outputs.ts
var bn = 1e6;
function wn(t) {
  let { succeeded: e, failed: r } = V(t);
  return {
    success: String(t.length > 0 && e.length === t.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((n) => n.traceId ?? "").join(","),
    "error-message": Z(
      bn,
      (n) => r.map((o) => te(o, n)).join(`
`)
    ),
    results: Fi(t),
    "succeeded-count": String(e.length),
    "failed-count": String(r.length)
  };
}
function W(t = []) {
  return {
    success: "false",
    "trace-id": "",
    "error-message": t.join(`
`),
    results: "[]",
    "succeeded-count": "0",
    "failed-count": "0"
  };
}
function Fi(t) {
  return Z(
    bn,
    (e) => JSON.stringify(t.map((r) => ji(r, e)))
  );
}
function ji(t, e) {
  let { tableName: r, partition: n, status: o, code: i, traceId: s, attempts: c, durationMs: u } = t;
  return {
    tableName: r,
    partition: n,
    success: o === "succeeded",
    status: o,
    code: i,
    traceId: s,
    data: q(t.data, e),
    errorMsg: q(t.errorMsg, e),
    attempts: c,
    durationMs: u
  };
}

// src/report/sink.ts
var xn = require("node:fs");
function Rn(t) {
  let e = [], r = () => {
    if (e.length === 0) return;
    let o = e.join(`
`);
    e = [], t.info(o);
  }, n = (o) => (...i) => (r(), o(...i));
  return {
    info: (o) => {
      e.push(o) === 1 && setImmediate(r);
    },
    setSecret: n(t.setSecret),
    debug: n(t.debug),
    notice: n(t.notice),
    warning: n(t.warning),
    error: n(t.error),
    startGroup: n(t.startGroup),
    endGroup: n(t.endGroup),
    setOutput: n(t.setOutput),
    writeSummary: n(t.writeSummary),
    fail: n(t.fail)
  };
}
function re(t) {
  if (!t) return;
  let e;
  try {
    e = (0, xn.statSync)(t);
  } catch {
    return;
  }
  if (!(e.isFile() || e.isCharacterDevice()))
    throw Object.assign(new Error(`${t} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/summary.ts
var Gi = 1e6, qi = 10;
function En(t, e, r = "") {
  let { succeeded: n, failed: o, notRun: i } = V(t), s = o.length + i.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${$}`;
  return Z(
    Gi,
    (c) => [
      `## ${s}`,
      "",
      `**${ht(t)}**`,
      "",
      ...ne(`\u274C Failed (${o.length})`, o, [
        ["Table", (u) => E(u.tableName)],
        ["Partition", (u) => S(u.partition)],
        ["Reason", (u) => S(q(u.errorMsg, c) ?? "")],
        ["Trace ID", (u) => u.traceId ? E(u.traceId) : ""],
        ["Attempts", (u) => String(u.attempts)]
      ]),
      ...ne(`\u23ED\uFE0F Not run (${i.length})`, i, [
        ["Table", (u) => E(u.tableName)],
        ["Partition", (u) => S(u.partition)],
        ["Reason", (u) => S(u.errorMsg ?? "")]
      ]),
      ...Vi(
        n.length > qi,
        `\u2705 Succeeded (${n.length})`,
        ne(`\u2705 Succeeded (${n.length})`, n, [
          ["Table", (u) => E(u.tableName)],
          ["Partition", (u) => S(u.partition)],
          ["Trace ID", (u) => u.traceId ? E(u.traceId) : ""],
          ["Attempts", (u) => String(u.attempts)],
          ["Note", (u) => S(q(u.warning, c) ?? "")]
        ])
      ),
      r,
      vn(e),
      ""
    ].join(`
`)
  );
}
function ne(t, e, r) {
  if (e.length === 0) return [];
  let n = r.filter(
    ([o, i]) => o !== "Note" || e.some((s) => i(s) !== "")
  );
  return [
    `### ${t}`,
    "",
    `| ${n.map(([o]) => o).join(" | ")} |`,
    `| ${n.map(() => "---").join(" | ")} |`,
    ...e.map((o) => `| ${n.map(([, i]) => i(o)).join(" | ")} |`),
    ""
  ];
}
function Vi(t, e, r) {
  return !t || r.length === 0 ? r : [`<details><summary>${e}</summary>`, "", ...r.slice(1), "</details>", ""];
}
function Sn(t, e, r = "") {
  return [
    "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
    "",
    `**${t.length} trigger${k(t.length)} planned**`,
    "",
    "| Table | Partition |",
    "| --- | --- |",
    ...t.map((n) => `| ${E(n.tableName)} | ${S(n.partition)} |`),
    "",
    r,
    vn(e),
    ""
  ].join(`
`);
}
function oe(t) {
  return `## \u274C ${$}

${t}
`;
}
function An(t) {
  return `## AnyMetrics refresh: nothing to refresh

${t}`;
}
function vn(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${S(t.workflow)}**`), t.runNumber && e.push(`run #${S(t.runNumber)}`), t.sha && e.push(`commit ${E(t.sha.slice(0, 7))}`), t.event && e.push(`event ${E(t.event)}`), e.join(" \xB7 ");
}

// src/report/printer.ts
var kn = 10, yt = class {
  constructor(e, r, n) {
    this.boundary = r;
    this.context = n;
    this.sink = Rn(e);
  }
  boundary;
  context;
  groupOpen = !1;
  outputsWritten = !1;
  summaryWritten = !1;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(e) {
    this.boundary.addSecret(e).forEach((r) => this.sink.setSecret(r));
  }
  inputRefused(e) {
    let r = e.map((n) => dn(n, this.boundary));
    this.setOutputs(W(r)), r.forEach((n) => this.fail(n, tn));
  }
  notices(e) {
    e.forEach((r) => this.sink.notice(R(this.boundary.text(r))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, r) {
    this.info(hn(this.boundary.text(e), this.boundary.text(r)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let r = zr(e, this.boundary), { group: n, lines: o, warnings: i } = Zr(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), i.forEach((s) => this.sink.warning(R(s))), this.summaryExtra = Qr(r);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(Tn), this.setOutputs(W()), await this.writeSummary(An(this.summaryExtra));
  }
  async dryRun(e) {
    let r = e.map((s) => ({
      tableName: this.boundary.text(s.tableName),
      partition: this.boundary.text(s.partition)
    })), { group: n, lines: o, notice: i } = pn(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), this.sink.notice(R(i)), this.setOutputs(W()), await this.writeSummary(Sn(r, this.context, this.summaryExtra));
  }
  tokenRetry(e) {
    this.info(mn(e));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, r) {
    let n = fn(e, r);
    this.setOutputs(W([n])), await this.writeSummary(oe(n)), this.fail(n, $);
  }
  runStarted(e, r, n) {
    this.startGroup(ln(e, this.boundary.text(r), n));
  }
  requestBody(e) {
    this.sink.debug(R(yn(this.boundary.text(e))));
  }
  retry(e) {
    this.info(sn(e));
  }
  finished(e, r, n) {
    this.info(on(e, r, n));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, r = {}) {
    this.endGroup(), this.info(ht(e)), this.setOutputs(wn(e)), await this.writeSummary(En(e, this.context, this.summaryExtra));
    for (let u of e) {
      let p = un(u);
      p && this.sink.warning(R(p));
    }
    let n = nn(e, r.cause, this.boundary.text(r.host ?? ""));
    n && this.fail(n, $);
    let o = Qt(e).filter(
      (u) => r.cause !== "unreachable" || u.answered
    ), i = rn(o);
    i.slice(0, kn).forEach((u) => this.fail(u.line, $));
    let c = i.slice(kn).reduce((u, p) => u + p.count, 0);
    c > 0 && this.fail(cn(c), $);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let r = e instanceof Error ? e.message : String(e), n = gn(this.boundary.text(r));
    this.setOutputs(W([n])), await this.writeSummary(oe(n)), this.fail(n, $);
  }
  /**
   * Writes every output once: what a sink already holds is never rewritten (a crash after the
   * outputs were set leaves them as they are). A sink that fails says so in one line and fails
   * the step (later steps read outputs); the other sinks still get their record.
   */
  setOutputs(e) {
    if (!this.outputsWritten) {
      this.outputsWritten = !0;
      try {
        for (let [r, n] of Object.entries(e)) this.sink.setOutput(r, n);
      } catch (r) {
        this.fail(ee("outputs", this.boundary.text(Cn(r))), $);
      }
    }
  }
  /** Writes the job summary once; a summary that cannot be written is one warning. */
  async writeSummary(e) {
    if (!this.summaryWritten) {
      this.summaryWritten = !0;
      try {
        await this.sink.writeSummary(e);
      } catch (r) {
        this.sink.warning(R(ee("summary", this.boundary.text(Cn(r)))));
      }
    }
  }
  info(e) {
    this.sink.info(R(e));
  }
  fail(e, r) {
    this.sink.error(R(e), { title: r }), this.sink.fail();
  }
  startGroup(e) {
    this.endGroup(), this.sink.startGroup(R(e)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};
function Cn(t) {
  let e = t?.code;
  return typeof e == "string" ? e : t instanceof Error ? t.message : String(t);
}

// src/report/run-context.ts
function $n(t, e) {
  let r = (n) => {
    let o = t[n];
    return o ? e.text(o, 200) : void 0;
  };
  return {
    workflow: r("GITHUB_WORKFLOW"),
    runNumber: r("GITHUB_RUN_NUMBER"),
    sha: r("GITHUB_SHA"),
    event: r("GITHUB_EVENT_NAME")
  };
}

// src/run/cancel-on-signals.ts
var Dn = ["SIGINT", "SIGTERM"];
function Nn(t) {
  let e = !1, r = (n) => {
    e && process.exit(n === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), 2e3).unref();
  };
  return Dn.forEach((n) => process.on(n, r)), () => Dn.forEach((n) => process.off(n, r));
}

// src/run/retry-loop.ts
function Tt(t, e) {
  return {
    sleep: (r) => e.sleep(r, t.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    stopped: () => t.stopped
  };
}
async function bt(t, e, r, n) {
  let o = e.retries + 1, i, s = !1;
  for (let c = 1; ; c++) {
    let u = await t();
    if (!u || u.cancelled)
      return { last: i, attempts: c - 1, answered: s, cancelled: !!u?.cancelled };
    if (s ||= u.answered || u.local, i = u, !u.retryable || c >= o || r.stopped())
      return { last: i, attempts: c, answered: s, cancelled: !1 };
    let p = kr(c, e, u.pushbackMs, r.random), d = u.verdict.reason ?? a`transient failure`;
    n({ attempt: c, maxAttempts: o, reason: d, waitMs: p }), await r.sleep(p);
  }
}

// src/run/throttle.ts
var wt = class {
  constructor(e, r) {
    this.maxConcurrency = e;
    this.clock = r;
    this.current = e;
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
      await new Promise((e) => this.waiting.push(e));
    this.inFlight++;
    for (let e = this.pauseLeftMs(); e > 0 && !this.clock.stopped?.(); )
      await this.clock.sleep(e), e = this.pauseLeftMs();
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
  accepted(e) {
    e.generation === this.generation && this.acceptedInGeneration++, !(e.generation !== this.generation || !e.full) && (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise() || (this.stable = Math.max(this.stable, this.current), this.failed !== void 0 && this.current >= this.failed && (this.failed = void 0, this.probeRun = 2), this.current < this.maxConcurrency ? this.change(this.current + 1) : this.acceptedAtLevel = 0));
  }
  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(e, r) {
    if (e.generation !== this.generation) return;
    if (e.level <= 1) {
      this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + r), this.change(1);
      return;
    }
    let n = this.stable > 0 && e.level > this.stable;
    if (this.failed = e.level, n)
      this.probeRun *= 2, this.change(this.stable);
    else {
      let o = Math.floor(e.level / 2), i = this.acceptedInGeneration;
      this.stable = 0, this.change(i > 0 ? Math.min(i, o) : o);
    }
  }
  /** How many rounds at this level before the next one is tried. */
  roundsBeforeRaise() {
    return this.failed !== void 0 && this.current + 1 >= this.failed ? this.probeRun : 1;
  }
  change(e) {
    this.current = Math.min(this.maxConcurrency, Math.max(1, e)), this.generation++, this.acceptedAtLevel = 0, this.acceptedInGeneration = 0, this.wakeWaiting();
  }
  pauseLeftMs() {
    return this.pausedUntilMs - this.clock.nowMs();
  }
  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  wakeWaiting() {
    let e = this.current - this.inFlight;
    e > 0 && this.waiting.splice(0, e).forEach((r) => r());
  }
};

// src/run/trigger.ts
async function In(t, e, r) {
  let n = r.nowMs(), o = await bt(
    () => r.send(t),
    e,
    r,
    (i) => r.onRetry({ ...ie(t, r.boundary), ...i })
  );
  return !o.last || o.cancelled ? se(t, r.boundary, r.notRunReason()) : Wi(t, r.boundary, o.last.verdict, {
    attempts: o.attempts,
    durationMs: r.nowMs() - n,
    answered: o.answered
  });
}
function ie(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function Wi(t, e, r, n) {
  return {
    ...ie(t, e),
    status: r.succeeded ? "succeeded" : "failed",
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    errorMsg: r.reason,
    warning: r.warning,
    ...n
  };
}
function se(t, e, r) {
  return {
    ...ie(t, e),
    status: "not-run",
    code: null,
    traceId: null,
    data: null,
    errorMsg: r,
    warning: null,
    attempts: 0,
    durationMs: 0,
    answered: !1
  };
}

// src/run/pool.ts
async function _n(t, e, r) {
  let { control: n } = r, o = new wt(e.concurrency, {
    nowMs: r.nowMs,
    sleep: (T) => r.sleep(T, n.stopSignal),
    stopped: () => n.stopped
  }), i = Ki(o, r, e.retryPolicy), s = new Array(t.length), c = t.entries(), u = 0, p = 0, d = (T) => {
    T.status !== "not-run" && (p = T.answered ? 0 : p + 1, p >= gt && n.stop("unreachable"), T.status === "failed" && e.failFast && n.stop("fail-fast"));
  }, f = async () => {
    for (let [T, x] of c) {
      if (n.stopped) return;
      try {
        let C = await In(x, e.retryPolicy, i);
        s[T] = C, r.onFinished(C, ++u, t.length), d(C);
      } catch (C) {
        throw n.stop("crashed"), C;
      }
    }
  }, m = Math.min(e.concurrency, t.length), h = (await Promise.allSettled(Array.from({ length: m }, f))).find((T) => T.status === "rejected");
  if (h) throw h.reason;
  return t.map(
    (T, x) => s[x] ?? se(T, r.boundary, n.notRunReason)
  );
}
function Ki(t, e, r) {
  let { control: n } = e;
  return {
    ...Tt(n, e),
    send: async (o) => {
      let i = await t.acquire();
      try {
        if (n.stopped) return;
        let s = await e.send(o, n.abortSignal);
        return s.pushbackMs === void 0 ? t.accepted(i) : t.pushedBack(i, Wt(s.pushbackMs, r)), s;
      } finally {
        t.release();
      }
    },
    onRetry: e.onRetry,
    boundary: e.boundary,
    notRunReason: () => n.notRunReason
  };
}

// src/run/sleep.ts
function On(t, e) {
  return new Promise((r) => {
    if (e.aborted) return r();
    let n = setTimeout(o, t);
    e.addEventListener("abort", o, { once: !0 });
    function o() {
      clearTimeout(n), e.removeEventListener("abort", o), r();
    }
  });
}

// src/run/token-exchange.ts
async function Pn(t, e, r, n, o, i) {
  let s, c = await bt(
    async () => {
      let u = await t.createToken(e, o.onToken, i);
      return s = u.token, u;
    },
    r,
    n,
    o.onRetry
  );
  return s !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: s } } : {
    failed: c.last?.verdict ?? B(a`cancelled before the platform answered`),
    attempts: c.attempts
  };
}

// src/main.ts
var Yi = "anymetrics-refresh", Xi = 512 * 1024 * 1024, Ln = { sleep: On, random: Math.random, nowMs: Date.now };
async function Mn() {
  let t = zi(), e = new pt(), r = new yt(rs(), e, $n(process.env, e)), n = Ji(r);
  try {
    Er(t).forEach((i) => r.mask(i));
    let o = Zi(t, r);
    if (!o) return;
    if (r.today(o.timeZone, o.today), o.dbt && r.dbtMapping(o.dbt), o.plan.length === 0) return await r.nothingToRefresh();
    if (o.dryRun) return await r.dryRun(o.plan);
    await Qi(o, e, r);
  } catch (o) {
    await r.crashed(o);
  } finally {
    n();
  }
}
function Ji(t) {
  let e = () => {
    process.off("beforeExit", e), t.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", e), () => process.off("beforeExit", e);
}
function zi() {
  let t = wr.map((e) => [e, Ae(e)]);
  return Object.fromEntries(t);
}
function Zi(t, e) {
  try {
    let { config: r, notices: n } = Sr(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (o) => It(o, Le),
      readArtifact: (o) => It(o, Xi)
    });
    return e.notices(n), r;
  } catch (r) {
    if (!(r instanceof Y)) throw r;
    e.inputRefused(r.errors);
    return;
  }
}
async function Qi(t, e, r) {
  let n = { retries: t.retries, ...Ar }, o = await es(t, e, r), i = new mt(), s = Nn(i);
  try {
    let c = await ts(t, o, n, i, r);
    if (!c) return;
    r.runStarted(t.plan.length, t.endpoint.display, t.concurrency);
    let u = await _n(
      t.plan,
      { concurrency: t.concurrency, failFast: t.failFast, retryPolicy: n },
      {
        ...Ln,
        send: (p, d) => o.trigger(p, c, d),
        boundary: e,
        control: i,
        onRetry: (p) => r.retry(p),
        onFinished: (p, d, f) => r.finished(p, d, f)
      }
    );
    await r.runEnded(u, { cause: i.cause, host: t.endpoint.display });
  } finally {
    s(), o.close();
  }
}
async function ts(t, e, r, n, o) {
  if (t.credentials.kind === "header") return t.credentials;
  let i = await Pn(
    e,
    t.credentials,
    r,
    Tt(n, Ln),
    { onToken: (s) => o.mask(s), onRetry: (s) => o.tokenRetry(s) },
    n.abortSignal
  );
  if ("failed" in i) {
    await o.tokenRefused(i.failed, i.attempts);
    return;
  }
  return i.credential;
}
function es(t, e, r) {
  return Xr({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    tenantId: t.tenantId,
    basicAuth: t.endpoint.basicAuth,
    timeoutMs: t.timeoutMs,
    userAgent: Yi,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e,
    onTriggerBody: ke() ? (n) => r.requestBody(n) : void 0
  });
}
function rs() {
  return {
    setSecret: Se,
    debug: Ce,
    info: Ie,
    notice: (t) => Ne(t),
    warning: (t) => De(t),
    error: (t, e) => $e(t, e),
    startGroup: _e,
    endGroup: Oe,
    setOutput: (t, e) => {
      re(process.env.GITHUB_OUTPUT), ve(t, e);
    },
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && (re(process.env.GITHUB_STEP_SUMMARY), await Ct.addRaw(t).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
Mn().catch(() => {
  process.exitCode = 1;
});
