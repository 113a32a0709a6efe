"use strict";
var Fn = Object.create;
var le = Object.defineProperty;
var jn = Object.getOwnPropertyDescriptor;
var Gn = Object.getOwnPropertyNames;
var qn = Object.getPrototypeOf, Vn = Object.prototype.hasOwnProperty;
var pe = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (r) {
    throw e = 0, r;
  }
};
var Wn = (t, e, r, n) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let o of Gn(e))
      !Vn.call(t, o) && o !== r && le(t, o, { get: () => e[o], enumerable: !(n = jn(e, o)) || n.enumerable });
  return t;
};
var _ = (t, e, r) => (r = t != null ? Fn(qn(t)) : {}, Wn(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? le(r, "default", { value: t, enumerable: !0 }) : r,
  t
));

// node_modules/tunnel/lib/tunnel.js
var xe = pe((q) => {
  "use strict";
  var gs = require("net"), zn = require("tls"), vt = require("http"), Te = require("https"), Zn = require("events"), hs = require("assert"), Qn = require("util");
  q.httpOverHttp = to;
  q.httpsOverHttp = eo;
  q.httpOverHttps = ro;
  q.httpsOverHttps = no;
  function to(t) {
    var e = new $(t);
    return e.request = vt.request, e;
  }
  function eo(t) {
    var e = new $(t);
    return e.request = vt.request, e.createSocket = be, e.defaultPort = 443, e;
  }
  function ro(t) {
    var e = new $(t);
    return e.request = Te.request, e;
  }
  function no(t) {
    var e = new $(t);
    return e.request = Te.request, e.createSocket = be, e.defaultPort = 443, e;
  }
  function $(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || vt.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(n, o, i, s) {
      for (var u = we(o, i, s), c = 0, p = e.requests.length; c < p; ++c) {
        var d = e.requests[c];
        if (d.host === u.host && d.port === u.port) {
          e.requests.splice(c, 1), d.request.onSocket(n);
          return;
        }
      }
      n.destroy(), e.removeSocket(n);
    });
  }
  Qn.inherits($, Zn.EventEmitter);
  $.prototype.addRequest = function(e, r, n, o) {
    var i = this, s = kt({ request: e }, i.options, we(r, n, o));
    if (i.sockets.length >= this.maxSockets) {
      i.requests.push(s);
      return;
    }
    i.createSocket(s, function(u) {
      u.on("free", c), u.on("close", p), u.on("agentRemove", p), e.onSocket(u);
      function c() {
        i.emit("free", u, s);
      }
      function p(d) {
        i.removeSocket(u), u.removeListener("free", c), u.removeListener("close", p), u.removeListener("agentRemove", p);
      }
    });
  };
  $.prototype.createSocket = function(e, r) {
    var n = this, o = {};
    n.sockets.push(o);
    var i = kt({}, n.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (i.localAddress = e.localAddress), i.proxyAuth && (i.headers = i.headers || {}, i.headers["Proxy-Authorization"] = "Basic " + new Buffer(i.proxyAuth).toString("base64")), P("making CONNECT request");
    var s = n.request(i);
    s.useChunkedEncodingByDefault = !1, s.once("response", u), s.once("upgrade", c), s.once("connect", p), s.once("error", d), s.end();
    function u(f) {
      f.upgrade = !0;
    }
    function c(f, m, y) {
      process.nextTick(function() {
        p(f, m, y);
      });
    }
    function p(f, m, y) {
      if (s.removeAllListeners(), m.removeAllListeners(), f.statusCode !== 200) {
        P(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var h = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        h.code = "ECONNRESET", e.request.emit("error", h), n.removeSocket(o);
        return;
      }
      if (y.length > 0) {
        P("got illegal response body from proxy"), m.destroy();
        var h = new Error("got illegal response body from proxy");
        h.code = "ECONNRESET", e.request.emit("error", h), n.removeSocket(o);
        return;
      }
      return P("tunneling connection has established"), n.sockets[n.sockets.indexOf(o)] = m, r(m);
    }
    function d(f) {
      s.removeAllListeners(), P(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", e.request.emit("error", m), n.removeSocket(o);
    }
  };
  $.prototype.removeSocket = function(e) {
    var r = this.sockets.indexOf(e);
    if (r !== -1) {
      this.sockets.splice(r, 1);
      var n = this.requests.shift();
      n && this.createSocket(n, function(o) {
        n.request.onSocket(o);
      });
    }
  };
  function be(t, e) {
    var r = this;
    $.prototype.createSocket.call(r, t, function(n) {
      var o = t.request.getHeader("host"), i = kt({}, r.options, {
        socket: n,
        servername: o ? o.replace(/:.*$/, "") : t.host
      }), s = zn.connect(0, i);
      r.sockets[r.sockets.indexOf(n)] = s, e(s);
    });
  }
  function we(t, e, r) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: r
    } : t;
  }
  function kt(t) {
    for (var e = 1, r = arguments.length; e < r; ++e) {
      var n = arguments[e];
      if (typeof n == "object")
        for (var o = Object.keys(n), i = 0, s = o.length; i < s; ++i) {
          var u = o[i];
          n[u] !== void 0 && (t[u] = n[u]);
        }
    }
    return t;
  }
  var P;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? P = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : P = function() {
  };
  q.debug = P;
});

// node_modules/tunnel/index.js
var Ee = pe((Ts, Re) => {
  Re.exports = xe();
});

// node_modules/@actions/core/lib/command.js
var fe = _(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function O(t) {
  return t == null ? "" : typeof t == "string" || t instanceof String ? t : JSON.stringify(t);
}
function et(t) {
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
function L(t, e, r) {
  let n = new St(t, e, r);
  process.stdout.write(n.toString() + fe.EOL);
}
function At(t, e = "") {
  L(t, {}, e);
}
var de = "::", St = class {
  constructor(e, r, n) {
    e || (e = "missing.command"), this.command = e, this.properties = r, this.message = n;
  }
  toString() {
    let e = de + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let r = !0;
      for (let n in this.properties)
        if (this.properties.hasOwnProperty(n)) {
          let o = this.properties[n];
          o && (r ? r = !1 : e += ",", e += `${n}=${Yn(o)}`);
        }
    }
    return e += `${de}${Kn(this.message)}`, e;
  }
};
function Kn(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function Yn(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var me = _(require("crypto"), 1), nt = _(require("fs"), 1), rt = _(require("os"), 1);
function ge(t, e) {
  let r = process.env[`GITHUB_${t}`];
  if (!r)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!nt.existsSync(r))
    throw new Error(`Missing file at path: ${r}`);
  nt.appendFileSync(r, `${O(e)}${rt.EOL}`, {
    encoding: "utf8"
  });
}
function he(t, e) {
  let r = `ghadelimiter_${me.randomUUID()}`, n = O(e);
  if (t.includes(r))
    throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);
  if (n.includes(r))
    throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);
  return `${t}<<${r}${rt.EOL}${n}${rt.EOL}${r}`;
}

// node_modules/@actions/core/lib/core.js
var It = _(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function ye(t) {
  let e = t.protocol === "https:";
  if (Xn(t))
    return;
  let r = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (r)
    try {
      return new ot(r);
    } catch {
      if (!r.startsWith("http://") && !r.startsWith("https://"))
        return new ot(`http://${r}`);
    }
  else
    return;
}
function Xn(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (Jn(e))
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
function Jn(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var ot = class extends URL {
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
var Ae = require("os"), J = require("fs"), Ct = function(t, e, r, n) {
  function o(i) {
    return i instanceof r ? i : new r(function(s) {
      s(i);
    });
  }
  return new (r || (r = Promise))(function(i, s) {
    function u(d) {
      try {
        p(n.next(d));
      } catch (f) {
        s(f);
      }
    }
    function c(d) {
      try {
        p(n.throw(d));
      } catch (f) {
        s(f);
      }
    }
    function p(d) {
      d.done ? i(d.value) : o(d.value).then(u, c);
    }
    p((n = n.apply(t, e || [])).next());
  });
}, { access: oo, appendFile: io, writeFile: so } = J.promises, Se = "GITHUB_STEP_SUMMARY";
var Dt = class {
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
    return Ct(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[Se];
      if (!e)
        throw new Error(`Unable to find environment variable for $${Se}. Check if your runtime environment supports job summaries.`);
      try {
        yield oo(e, J.constants.R_OK | J.constants.W_OK);
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
    return Ct(this, void 0, void 0, function* () {
      let r = !!e?.overwrite, n = yield this.filePath();
      return yield (r ? so : io)(n, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return Ct(this, void 0, void 0, function* () {
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
    return this.addRaw(Ae.EOL);
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
        let { header: u, data: c, colspan: p, rowspan: d } = s, f = u ? "th" : "td", m = Object.assign(Object.assign({}, p && { colspan: p }), d && { rowspan: d });
        return this.wrap(f, c, m);
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
    let { width: o, height: i } = n || {}, s = Object.assign(Object.assign({}, o && { width: o }), i && { height: i }), u = this.wrap("img", null, Object.assign({ src: e, alt: r }, s));
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
}, ao = new Dt();
var $t = ao;

// node_modules/@actions/core/lib/platform.js
var Nt = _(require("os"), 1);
var Rs = Nt.default.platform(), Es = Nt.default.arch();

// node_modules/@actions/core/lib/core.js
var ve;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(ve || (ve = {}));
function ke(t) {
  L("add-mask", {}, t);
}
function Ce(t, e) {
  let r = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !r)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? r : r.trim();
}
function De(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return ge("OUTPUT", he(t, e));
  process.stdout.write(It.EOL), L("set-output", { name: t }, O(e));
}
function $e() {
  return process.env.RUNNER_DEBUG === "1";
}
function Ne(t) {
  L("debug", {}, t);
}
function Ie(t, e = {}) {
  L("error", et(e), t instanceof Error ? t.toString() : t);
}
function _e(t, e = {}) {
  L("warning", et(e), t instanceof Error ? t.toString() : t);
}
function Oe(t, e = {}) {
  L("notice", et(e), t instanceof Error ? t.toString() : t);
}
function Le(t) {
  process.stdout.write(t + It.EOL);
}
function Pe(t) {
  At("group", t);
}
function Me() {
  At("endgroup");
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
var z = class extends Error {
  constructor(r) {
    super(r.map((n) => n.message).join(`
`));
    this.errors = r;
    this.name = "InputErrors";
  }
  errors;
}, V = class {
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
    if (this.errors.length > 0) throw new z(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var _t = "-----BEGIN CERTIFICATE-----", Ue = "-----END CERTIFICATE-----", Be = 1024 * 1024, He = "must be PEM text or the path of a PEM file with at least one certificate";
function Fe(t, e) {
  let r = t.trim();
  if (r === "") return [];
  let n = r.includes("-----BEGIN") ? r : po(r, e), o = lo(n);
  if (o.length === 0) throw new l(He, je(r));
  return o.forEach(fo), o;
}
function lo(t) {
  let e = [];
  for (let r = t.indexOf(_t); r >= 0; r = t.indexOf(_t, r + 1)) {
    let n = t.indexOf(Ue, r + _t.length);
    if (n < 0) break;
    e.push(t.slice(r, n + Ue.length)), r = n;
  }
  return e;
}
function po(t, e) {
  try {
    return e(t);
  } catch (r) {
    let n = r.code ?? "unreadable";
    throw new l(`${He}; the file cannot be read (${n})`, t);
  }
}
function fo(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new l("contains a certificate that is not valid PEM", je(t));
  }
}
function je(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}

// src/inputs/files.ts
var M = require("node:fs"), Ge = 1024 * 1024, it = class extends Error {
  constructor(r) {
    super(r);
    this.code = r;
    this.name = "FileRefusal";
  }
  code;
};
function Ot(t, e) {
  if (!(0, M.statSync)(t).isFile()) throw new it("not a regular file");
  let r = (0, M.openSync)(t, "r");
  try {
    let n = [], o = 0;
    for (; ; ) {
      let i = Buffer.allocUnsafe(Ge), s = (0, M.readSync)(r, i, 0, Ge, null);
      if (s === 0) break;
      if (o += s, o > e) throw new it(`larger than ${e} bytes`);
      n.push(i.subarray(0, s));
    }
    return Buffer.concat(n, o).toString("utf8");
  } finally {
    (0, M.closeSync)(r);
  }
}

// src/inputs/text-rules.ts
var st = 128, mo = /[\u0000-\u001f\u007f-\u009f]/, go = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function qe(t) {
  return mo.test(t);
}
function Lt(t) {
  return go.test(t);
}
function W(t, e = {}) {
  if (!Lt(t))
    throw new l(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function at(t, e = st) {
  if (t.length > e)
    throw new l(`must be at most ${e} characters (it has ${t.length})`, t);
}
function N(t, e = "is required") {
  if (t === "") throw new l(e);
}

// src/inputs/credentials.ts
var Pt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Ve(t, e) {
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
  return n ? ho(t, e) : yo(t, e);
}
function ho(t, e) {
  let r = e.take(
    () => g("app-id", () => (N(t["app-id"], "is required with app-secret (the API key ID)"), W(t["app-id"]), t["app-id"]))
  ), n = e.take(
    () => g("app-secret", () => (N(t["app-secret"], "is required with app-id (the API key secret)"), W(t["app-secret"], { secret: !0 }), t["app-secret"]))
  );
  return r && n ? { kind: "api-key", appId: r, appSecret: n } : void 0;
}
function yo(t, e) {
  let r = e.take(() => g("auth-type", () => bo(t["auth-type"]))), n = e.take(() => g("auth-value", () => To(t["auth-value"])));
  return r && n ? { kind: "header", authType: r, authValue: n } : void 0;
}
function To(t) {
  return N(t), W(t, { secret: !0 }), t;
}
function bo(t) {
  N(
    t,
    `is required (one of ${Pt.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), r = Pt.find((n) => n === e);
  if (!r) throw new l(`must be one of ${Pt.join(", ")}`, t);
  return r;
}

// src/inputs/dbt-inputs.ts
var ct = require("node:path");

// src/inputs/dbt-artifacts.ts
var wo = ["v12", "v20"], xo = ["v6"], Mt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
function We(t) {
  let r = Ye(t, "run-results", xo).results;
  if (!Array.isArray(r)) throw new l('has no "results" list');
  return r.flatMap((n) => {
    let { unique_id: o, status: i } = n ?? {};
    return typeof o == "string" ? [{ uniqueId: o, status: String(i) }] : [];
  });
}
function Ke(t, e) {
  let n = Ye(t, "manifest", wo).nodes;
  if (typeof n != "object" || n === null) throw new l('has no "nodes" map');
  let o = /* @__PURE__ */ new Map();
  for (let i of e) {
    let s = n[i];
    typeof s == "object" && s !== null && o.set(i, Ro(i, s));
  }
  return o;
}
function Ye(t, e, r) {
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
function Ro(t, e) {
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
function Xe(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => Mt.has(e.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var Je = ["model", "seed", "snapshot"];
function Ut(t, e) {
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
function Bt(t) {
  let e = t.indexOf(":"), r = e < 0 ? "" : t.slice(0, e), n = e < 0 ? t : t.slice(e + 1);
  if (n === "" || /\s/.test(n))
    throw new l("has a selector without a value or with spaces", t);
  switch (r) {
    case "":
      return { kind: "name", value: n };
    case "tag":
      return { kind: "tag", value: n };
    case "path":
      return { kind: "path", value: n, pattern: Eo(n) };
    case "resource_type":
      if (!Je.includes(n))
        throw new l(
          `has resource_type:${n}; use ${Je.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: n };
    default:
      throw new l("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function Eo(t) {
  let e = "";
  for (let n = 0; n < t.length; n++) {
    let o = t[n] ?? "";
    o === "*" && t[n + 1] === "*" ? (e += t[n + 2] === "/" ? "(?:.*/)?" : ".*", n += t[n + 2] === "/" ? 2 : 1) : o === "*" ? e += "[^/]*" : o === "?" ? e += "[^/]" : e += o.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  let r = /[*?]/.test(t) ? "" : "(?:/.*)?";
  return new RegExp(`^${e.replace(/\/$/, "")}${r}$`);
}

// src/inputs/table-name.ts
var v = "[\\p{L}\\p{N}_$-]+", So = new RegExp(`^(${v})\\.\`(${v})\\.(${v})\`\\.(${v})$`, "u"), Ao = new RegExp(`^(${v})\\.(${v})\\.(${v})\\.(${v})$`, "u"), vo = new RegExp(`^${v}$`, "u"), ko = new RegExp(`^(${v})\\.(${v})$`, "u"), Co = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function ut(t) {
  let e = t.trim();
  if (So.test(e)) return { tableName: Ht(e), backticksAdded: !1 };
  let r = Ao.exec(e);
  if (r) {
    let [n = "", o = "", i = "", s = ""] = r.slice(1);
    return {
      tableName: Ht(Qe(n, `${o}.${i}`, s)),
      backticksAdded: !0
    };
  }
  throw new l(Co, e);
}
function K(t) {
  let e = t.trim();
  if (!vo.test(e))
    throw new l(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function ze(t) {
  let e = Do(t.trim());
  if (!ko.test(e))
    throw new l("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function Ze(t, e, r) {
  return Ht(Qe(t, e, r));
}
function Qe(t, e, r) {
  return `${t}.\`${e}\`.${r}`;
}
function Do(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Ht(t) {
  try {
    at(t, st);
  } catch {
    throw new l(
      `must compose a tableName of at most ${st} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt-mapping.ts
var $o = /* @__PURE__ */ new Set(["success", "partial success"]);
function tr(t, e, r) {
  let n = { mapped: [], skipped: [] }, o = /* @__PURE__ */ new Set();
  for (let i of t) {
    if (o.has(i.uniqueId)) continue;
    o.add(i.uniqueId);
    let s = No(i, e.get(i.uniqueId), r);
    "tableName" in s ? n.mapped.push({ uniqueId: i.uniqueId, ...s }) : n.skipped.push({ uniqueId: i.uniqueId, ...s });
  }
  return n;
}
function No(t, e, r) {
  let n = Io(t, e, r);
  if (n) return n;
  if (!e) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: _o(e, r) };
  } catch (o) {
    return { kind: "invalid-table-name", reason: `its table name ${o instanceof l ? o.rule : String(o)}` };
  }
}
function Io(t, e, r) {
  let n = e?.resourceType ?? t.uniqueId.split(".")[0] ?? "";
  return Mt.has(n) ? $o.has(t.status) ? e ? e.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : r.select.length > 0 && !r.select.some((o) => Ut(o, e)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : r.exclude.some((o) => Ut(o, e)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${t.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${n || "node"}, not a table` };
}
function _o(t, e) {
  let r = t.schema ?? "", n = t.database !== null && t.database !== r ? t.database : null, o = t.catalog ?? n ?? e.defaultCatalog, i = `${e.datasource}.\`${o}.${r}\`.${t.alias ?? t.name}`;
  return ut(i).tableName;
}

// src/inputs/list.ts
function I(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/dbt-inputs.ts
var Ft = "default_catalog";
function rr(t, e, r) {
  let n = r.take(
    () => g("datasource", () => (N(
      t.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), K(t.datasource)))
  ), o = r.take(
    () => g("dbt-catalog", () => K(t["dbt-catalog"] || Ft))
  ), i = r.take(
    () => g("dbt-select", () => I(t["dbt-select"]).map(Bt))
  ), s = r.take(
    () => g("dbt-exclude", () => I(t["dbt-exclude"]).map(Bt))
  ), u = r.take(() => Oo(t, e));
  if (!(n === void 0 || o === void 0 || i === void 0 || s === void 0 || u === void 0))
    return tr(u.results, u.nodes, { datasource: n, defaultCatalog: o, select: i, exclude: s });
}
function Oo(t, e) {
  let r = t["dbt-run-results"], n = t["dbt-manifest"] || (0, ct.join)((0, ct.dirname)(r), "manifest.json"), o = g(
    "dbt-run-results",
    () => er(e, r, We)
  ), i = Xe(o), s = g(
    "dbt-manifest",
    () => er(e, n, (c) => Ke(c, i))
  ), u = [...i].filter((c) => !s.has(c));
  if (u.length > 0)
    throw new A(
      "dbt-manifest",
      `has no node ${u[0]}${u.length > 1 ? ` (nor ${u.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      n
    );
  return { results: o, nodes: s };
}
function er(t, e, r) {
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
var jt = "/anymetrics/api/v1/scheduler/task/trigger", Lo = "/anymetrics/api/v1/token/create", nr = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", or = /^[a-z][a-z0-9+.-]*:\/\//i, Po = /[/?#\\]/;
function Gt(t) {
  let e = or.exec(t)?.[0] ?? "", r = t.slice(e.length), n = r.search(Po), i = (n < 0 ? r : r.slice(0, n)).lastIndexOf("@"), s = i >= 0 ? i : r.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: e,
      userinfo: r.slice(0, s),
      rest: r.slice(s + 1),
      ambiguous: i < 0
    };
}
function ir(t) {
  let e = Gt(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: r } = e, n = r.indexOf(":"), o = n < 0 ? r : r.slice(0, n), i = n < 0 ? "" : r.slice(n + 1), s = n < 0 ? o : i, u = [
    s,
    Z(s),
    qt(Z(o), Z(i))
  ];
  return e.ambiguous && u.push(r), [...new Set(u.filter((c) => c !== ""))];
}
function qt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function F(t) {
  let e = Gt(t.trim());
  return e ? `${e.scheme}***@${e.rest}` : t.trim();
}
function sr(t) {
  let e = t.trim();
  if (e === "") throw new l("is required");
  if (qe(e) || /\s/.test(e))
    throw new l("must not contain spaces or control characters", F(e));
  if (Gt(e)?.ambiguous)
    throw new l(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      F(e)
    );
  let r = Mo(e), n = r.pathname.replace(/\/+$/, ""), o = n.endsWith(jt) ? n.slice(0, -jt.length) : n, i = `${r.protocol}//${r.host}${o}`, s = {
    url: i + jt,
    tokenUrl: i + Lo,
    display: i
  };
  return (r.username !== "" || r.password !== "") && (s.basicAuth = {
    username: Z(r.username),
    password: Z(r.password)
  }), s;
}
function Mo(t) {
  let e = or.test(t), r = Uo(e ? t : `http://${t}`, t);
  if (r.protocol !== "http:" && r.protocol !== "https:")
    throw new l("must use http:// or https://", F(t));
  if (r.hostname === "") throw new l(nr, F(t));
  if (!e && r.port === "")
    throw new l(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      F(t)
    );
  if (r.search !== "" || r.hash !== "")
    throw new l("must not contain a query (?) or fragment (#)", F(t));
  return r;
}
function Uo(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new l(nr, F(e));
  }
}
function Z(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

// src/inputs/partition.ts
var pt = 864e5, Bo = /^(\d{4})-(\d{2})-(\d{2})$/, Ho = /^today\s*-\s*(\d{1,5})$/i, ar = 36600, Fo = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", ur = "..", cr = 36600, lr = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, pr = {
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
function fr(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (pr[e]) return pr[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let r = jo(t);
  return r === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : lr.test(t) ? null : `is a legacy alias or abbreviation: write ${lr.test(r) && r !== t ? r : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function jo(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function mr(t) {
  return Q(lt(t));
}
function gr(t, e) {
  if (t.length === 0) throw new l("must name at least one partition");
  let r = /* @__PURE__ */ new Set();
  for (let n of t)
    for (let o of Go(n.trim(), e)) r.add(o);
  return [...r].sort((n, o) => n - o).map(Q);
}
function Go(t, e) {
  let r = t.indexOf(ur);
  if (r < 0) return [hr(t, e)];
  if (t.includes("..."))
    throw new l("has a range with three dots: write A..B (two dots)", t);
  let [n = "", o = ""] = [
    t.slice(0, r),
    t.slice(r + ur.length)
  ].map((u) => u.trim());
  if (n === "" || o === "")
    throw new l(
      `has a range without its ${n === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let i = dr(n, t, e), s = dr(o, t, e);
  if (s < i)
    throw new l(
      `has a reversed range (${Q(i)} is after ${Q(s)}): write it oldest first`,
      t
    );
  if (s - i >= cr)
    throw new l(`has a range longer than ${cr} days`, t);
  return Array.from({ length: s - i + 1 }, (u, c) => i + c);
}
function dr(t, e, r) {
  try {
    return hr(t, r);
  } catch (n) {
    throw n instanceof l ? new l(n.rule, e) : n;
  }
}
function hr(t, e) {
  let r = t.toLowerCase();
  if (r === "today") return lt(e);
  if (r === "yesterday") return lt(e) - 1;
  let n = Ho.exec(t);
  if (n) {
    let o = Number(n[1]);
    if (o > ar)
      throw new l(`must not reach back more than ${ar} days`, t);
    return lt(e) - o;
  }
  return qo(t);
}
function qo(t) {
  let e = Bo.exec(t);
  if (!e) throw new l(Fo, t);
  let [r, n, o] = e.slice(1).map(Number), i = Date.UTC(r, n - 1, o) / pt;
  if (r < 1 || Q(i) !== t)
    throw new l("must be a real calendar date (yyyy-MM-dd)", t);
  return i;
}
function lt({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / pt);
  let r = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), n = (o) => Number(r.find((i) => i.type === o)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day")) / pt;
}
function Q(t) {
  return new Date(t * pt).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var yr = 3600;
function Tr(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > yr)
    throw new l(
      `must be a number of seconds above 0, at most ${yr}`,
      t
    );
  let r = Math.round(e * 1e3);
  if (r < 1) throw new l("must be at least 0.001 (1 ms); it rounds to 0 ms", t);
  return r;
}
function dt(t, e, r) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > r)
    throw new l(`must be a whole number from ${e} to ${r}`, t);
  return Number(t);
}
function Vt(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new l("must be true or false", t);
}
function br(t) {
  let e = fr(t);
  if (e) throw new l(e, t);
  return t;
}

// src/inputs/table-inputs.ts
var Vo = ["datasource", "catalog-schema", "table"];
function xr(t, e, r, n) {
  let o = I(t["table-name"]), i = Vo.filter(
    (s) => t[s] !== "" && !(r && s === "datasource")
  );
  return o.length > 0 && i.length > 0 ? wr(
    n,
    "table-name",
    `cannot be combined with ${i.join(", ")}: give full names or their parts, not both`
  ) : o.length > 0 ? n.take(() => o.map((s) => Wo(s, e))) : i.length === 0 && r ? [] : i.length === 0 ? wr(
    n,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : Ko(t, r, n);
}
function wr(t, e, r) {
  return t.take(() => {
    throw new A(e, r);
  });
}
function Wo(t, e) {
  let r = g("table-name", () => ut(t));
  return r.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${r.tableName}`), r.tableName;
}
function Ko(t, e, r) {
  let n = (e ? new V() : r).take(
    () => Wt(t, "datasource", K)
  ), o = r.take(() => Wt(t, "catalog-schema", ze)), i = r.take(
    () => Wt(t, "table", (s) => I(s).map(K))
  );
  if (!(n === void 0 || o === void 0 || i === void 0))
    return r.take(
      () => g("table", () => i.map((s) => Ze(n, o, s)))
    );
}
function Wt(t, e, r) {
  if (I(t[e]).length === 0)
    throw new A(e, "is required when datasource, catalog-schema or table is given");
  return g(e, () => r(t[e]));
}

// src/inputs/trigger-plan.ts
function Rr(t, e, r) {
  let n = [...new Set(t)], o = [...new Set(e)].sort(), i = n.length * o.length;
  if (i > r.maxTriggers) {
    let s = i > r.largest ? `split the backfill across steps or a job matrix (one step takes at most ${r.largest})` : "narrow partition or raise max-triggers";
    throw new l(
      `is ${r.maxTriggers}, and the plan has ${i} triggers (${n.length} table${n.length === 1 ? "" : "s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)}): ${s}`
    );
  }
  return n.flatMap((s) => o.map((u) => ({ tableName: s, partition: u })));
}

// src/inputs/parse-inputs.ts
var Er = [
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
], Yo = 10, Xo = 32, Sr = 2e3, Ar = {
  timeZone: { input: "timezone", default: "UTC", parse: br },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: Tr },
  retries: {
    input: "retries",
    default: "3",
    parse: (t) => dt(t, 0, Yo)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (t) => dt(t, 1, Xo)
  },
  failFast: { input: "fail-fast", default: "false", parse: Vt },
  dryRun: { input: "dry-run", default: "false", parse: Vt },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (t) => dt(t, 1, Sr)
  }
}, Ma = {
  partition: "today",
  "dbt-catalog": Ft,
  ...Object.fromEntries(Object.values(Ar).map((t) => [t.input, t.default]))
};
function vr(t) {
  return [t["auth-value"], t["app-secret"], ...ir(t.host)].filter(
    (e) => e !== ""
  );
}
function kr(t, e) {
  let r = [], n = new V(), o = n.take(() => g("host", () => sr(t.host))), i = n.take(() => g("tenant-id", () => Zo(t["tenant-id"]))), s = Ve(t, n), u = t["dbt-run-results"] !== "", c = u ? rr(t, e.readArtifact, n) : void 0, p = xr(t, r, u, n), d = p && (!u || c) ? [...p, ...Qo(c)] : void 0, f = Jo(t, n), { timeZone: m, maxTriggers: y } = f, h = m === void 0 ? void 0 : n.take(
    () => g(
      "partition",
      () => gr(I(t.partition || "today"), { now: e.now, timeZone: m })
    )
  ), T = d && h && y !== void 0 ? n.take(
    () => g(
      "max-triggers",
      () => Rr(d, h, { maxTriggers: y, largest: Sr })
    )
  ) : void 0, x = n.take(
    () => g("ca-certificate", () => Fe(t["ca-certificate"], e.readTextFile))
  );
  n.throwIfAny();
  let C = {
    ...f,
    endpoint: o,
    tenantId: i,
    credentials: s,
    plan: T,
    caCertificates: x
  }, b = zo(C);
  return {
    config: { ...b, today: mr({ now: e.now, timeZone: b.timeZone }), dbt: c },
    notices: r
  };
}
function Jo(t, e) {
  let r = Object.entries(Ar).map(([n, o]) => [
    n,
    e.take(
      () => g(o.input, () => o.parse(t[o.input] || o.default))
    )
  ]);
  return Object.fromEntries(r);
}
function zo(t) {
  for (let [e, r] of Object.entries(t))
    if (r === void 0) throw new Error(`input ${e} was neither parsed nor refused`);
  return t;
}
function Zo(t) {
  return N(t), W(t), at(t), t;
}
function Qo(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}

// src/platform/retry-policy.ts
var Cr = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, ti = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), ei = /* @__PURE__ */ new Set([
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
function Kt(t) {
  return "status" in t ? ti.has(t.status) : ei.has(t.errorCode);
}
function ri(t, e, r) {
  let n = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(r() * n);
}
function Dr(t, e) {
  if (t === void 0) return;
  let r = t.trim();
  if (/^\d+$/.test(r)) return Number(r) * 1e3;
  let n = Date.parse(r);
  if (!(Number.isNaN(n) || !/[a-z]/i.test(r)))
    return Math.max(0, n - e);
}
var ni = 250;
function $r(t, e, r, n) {
  return r !== void 0 ? Yt(r, e) : ri(t, e, n);
}
function Yt(t, e) {
  return Math.min(Math.max(t, ni), e.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var Pr = require("node:net");

// src/trust.ts
var oi = /[\s\u0085]+/g, ii = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var si = /##\[/g;
function a(t, ...e) {
  let r = t[0] ?? "";
  return e.forEach((n, o) => {
    r += String(n) + (t[o + 1] ?? "");
  }), r;
}
function _r(t, e) {
  return t.join(e);
}
function E(t) {
  return Jt(Xt(t));
}
var ft = class {
  /** Every masked form of every secret, longest first so that a longer form masks whole. */
  forms = [];
  constructor(e = []) {
    e.forEach((r) => this.addSecret(r));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let r = ci(e).filter((n) => !this.forms.includes(n));
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
    return this.finish(Xt(this.redact(e)), r);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, r = 200) {
    return this.finish(Xt(ai(this.redact(e))), r);
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, r = 120) {
    let n = Jt(JSON.stringify(this.redact(e)));
    return n.length > r ? `${Or(n, r)}\u2026"` : n;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, r) {
    return U(Jt(this.redact(e)), r);
  }
};
function Xt(t) {
  return t.replace(oi, " ").replace(ii, "\uFFFD").trim();
}
function Jt(t) {
  let e = t.replace(si, "## ["), r = e.trimStart();
  return r.startsWith("::") ? `: :${r.slice(2)}` : e;
}
function Or(t, e) {
  let r = t.slice(0, e), n = r.charCodeAt(r.length - 1);
  return n >= 55296 && n <= 56319 ? r.slice(0, -1) : r;
}
var Nr = /<\/(script|style|head)\s*>/gi;
function ai(t) {
  let e = "", r = 0;
  for (; r < t.length; ) {
    let n = t.indexOf("<", r), o = n < 0 ? -1 : t.indexOf(">", n + 1);
    if (o < 0) return e + t.slice(r);
    if (e += `${t.slice(r, n)} `, r = o + 1, ui(t, n)) {
      Nr.lastIndex = r;
      let i = Nr.exec(t);
      r = i ? i.index + i[0].length : t.length;
    }
  }
  return e;
}
function ui(t, e) {
  let r = t.charCodeAt(e + 1) | 32;
  return r !== 115 && r !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function ci(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    Ir(t, "&#39;"),
    Ir(t, "&#x27;"),
    ...li(t)
  ];
  return [...new Set(e)].filter((r) => r !== "");
}
function Ir(t, e) {
  let r = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (n) => r[n] ?? n);
}
function li(t) {
  let e = Buffer.from(t, "utf8"), r = e.toString("base64"), n = [r, r.replace(/=+$/, "")];
  for (let o of [0, 1, 2]) {
    let i = Buffer.concat([Buffer.alloc(o), e]).toString("base64"), s = Math.ceil(o * 8 / 6), u = Math.floor((o + e.length) * 8 / 6);
    n.push(i.slice(s, u));
  }
  return n.filter((o) => o.length >= 6).flatMap((o) => [o, o.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function U(t, e) {
  return t.length > e ? `${Or(t, e)}\u2026` : t;
}
function Lr(t, e) {
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
}, Mr = new w("cancelled", "CANCELLED"), pi = "tunneling socket could not be established";
function Ur(t, e, r) {
  return {
    url: t,
    host: r.text(t.host, 300),
    proxy: e ? r.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function zt(t) {
  if (t instanceof w) return t;
  let e = t?.code, r = t instanceof Error ? t.message : String(t);
  return new w(r, typeof e == "string" ? e : "UNKNOWN");
}
async function Br(t, e) {
  let r = zt(t);
  if (r.description.startsWith(pi)) {
    let n = r.description.split("cause=")[1] ?? r.code;
    return new w(n, "EPROXY");
  }
  return r.code === "EPROTO" && /wrong version number/i.test(r.description) ? new w(r.description, "EPLAINPORT") : r.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= di(e.url), await e.speaksTls) ? new w(r.description, "ETLSPORT") : r;
}
function di(t) {
  return new Promise((e) => {
    let r = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, Pr.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), n = (o) => {
      r.destroy(), e(o);
    };
    r.once("secureConnect", () => n(!0)), r.once("error", () => n(!1)), r.once("timeout", () => n(!1));
  });
}
function fi(t, e, r, n) {
  let o = t.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${e}${r} sent an answer that is not valid HTTP (${n})${o}`;
}
var mi = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), gi = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Hr(t, e, r) {
  let n = e.text(t.code, 64), o = r?.host ?? a`the host`, i = r?.proxy ? a` via proxy ${r.proxy}` : a``;
  if (t.code.startsWith("HPE_")) return fi(t, o, i, n);
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
  if (mi.has(t.code))
    return a`the TLS certificate of ${o} is not trusted (${n}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = gi[t.code];
  return s ? a`${s} by ${o}${i} (${n})` : a`${o}${i}: ${e.text(t.description)}`;
}

// src/platform/verdict.ts
var hi = 32, yi = 128, Ti = 8, Zt = 4096;
function Gr(t, e) {
  if (wi(t.status)) return Ai(t, e);
  let r = ki(t.body);
  if (!r) return vi(t, e);
  let n = xi(r, e), o = Ri(t.status, r, n, e);
  return {
    succeeded: o === null,
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    reason: o,
    warning: o === null && n.data === "false" ? a`the platform answered data "false"` : null
  };
}
function j(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function bi(t) {
  return t >= 200 && t < 300;
}
function wi(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function xi(t, e) {
  let r = (n, o) => {
    let i = Ci(n);
    return i === null || i.trim() === "" ? null : e.text(i, o);
  };
  return {
    code: jr(t.code) ? r(t.code, hi) : null,
    traceId: jr(t.traceId) ? r(t.traceId, yi) : null,
    data: r(t.data),
    errorMsg: r(t.errorMsg),
    detailErrorMsg: r(t.detailErrorMsg)
  };
}
function Ri(t, e, r, n) {
  let o = Ei(r.errorMsg, r.detailErrorMsg);
  if (!bi(t))
    return o !== null ? a`HTTP ${t}: ${o}` : a`HTTP ${t}${Qt(r.code)}`;
  if (o !== null) return o;
  let i = Si(e, n);
  return i.value !== !0 ? i.name === null ? a`the response has neither "succeed" nor "success"${Qt(r.code)}` : a`the platform answered ${i.name}: ${i.shown}${Qt(r.code)}` : r.code !== "200" ? r.code === null ? a`the platform answered code null` : a`the platform answered code "${r.code}"` : null;
}
function Ei(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function Si(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...Fr(t.succeed, e) } : "success" in t ? { name: a`success`, ...Fr(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function Fr(t, e) {
  return { value: t, shown: e.text(qr(t), 60) };
}
function Qt(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function Ai(t, e) {
  let r = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return j(
    a`HTTP ${t.status} redirect to ${r}: the action does not follow redirects, set host to the final address`
  );
}
function vi(t, e) {
  let r = e.excerpt(t.body), n = r === "" ? a`an empty body` : a`a body that is not a JSON object: ${r}`;
  return j(a`HTTP ${t.status} with ${n}`);
}
function ki(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function jr(t) {
  return typeof t == "string" || typeof t == "number";
}
function Ci(t) {
  return t == null ? null : typeof t == "string" ? t : qr(t);
}
function qr(t) {
  let e = [], r = 0, n = (s) => (e.push(s), r += s.length, r < Zt), o = (s, u) => {
    if (s === null || typeof s != "object") return n(JSON.stringify(s) ?? "null");
    if (u >= Ti) return n("\u2026");
    let c = Array.isArray(s) ? s.map((p) => [null, p]) : Object.entries(s);
    if (!n(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [p, [d, f]] of c.entries())
      if (p > 0 && !n(",") || d !== null && !n(`${JSON.stringify(d)}:`) || !o(f, u + 1)) return !1;
    return n(Array.isArray(s) ? "]" : "}");
  };
  o(t, 0);
  let i = e.join("");
  return r < Zt ? i : `${i.slice(0, Zt)}\u2026`;
}

// src/platform/attempt.ts
function mt(t, e, r = Date.now()) {
  let n = Kt({ status: t.status }), o = n ? Dr(t.retryAfter, r) : void 0;
  return {
    verdict: Gr(t, e),
    answered: !0,
    local: !1,
    retryable: n,
    pushbackMs: o ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function Vr(t, e, r) {
  let n = zt(t);
  return {
    verdict: j(Hr(n, e, r)),
    answered: !1,
    local: n.code === "ELOCAL",
    retryable: Kt({ errorCode: n.code }),
    pushbackMs: void 0,
    cancelled: n.code === "CANCELLED"
  };
}
function te(t, e) {
  return { ...t, verdict: j(e) };
}

// src/platform/connection.ts
var Kr = _(require("node:http"), 1);

// src/platform/tls-trust.ts
function Wr(t) {
  let e = process.getBuiltinModule("node:tls"), r = e.getCACertificates;
  return [...r ? r("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function Yr(t, e) {
  let r = t.protocol === "https:", n = r ? process.getBuiltinModule("node:https") : Kr.default, o = ye(t), i = o?.hostname ? await Di(r, o, e.maxSockets) : new n.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return r && e.caCertificates.length > 0 && $i(i, e.caCertificates), { agent: i, transport: n, proxy: o?.hostname ? o : void 0 };
}
async function Di(t, e, r) {
  let n = await Promise.resolve().then(() => _(Ee(), 1)), o = e.protocol === "https:", i = t ? o ? n.httpsOverHttps : n.httpsOverHttp : o ? n.httpOverHttps : n.httpOverHttp, s = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, u = Number(e.port || (o ? 443 : 80)), c = {
    maxSockets: r,
    keepAlive: !0,
    proxy: { ...s, host: e.hostname, port: u }
  };
  return i(c);
}
function $i(t, e) {
  let r = t;
  r.options = { ...r.options, ca: Wr(e) };
}

// src/platform/http-exchange.ts
var Xr = 1024 * 1024;
function Jr(t) {
  let { transport: e, url: r, agent: n, headers: o, payload: i, timeoutMs: s, signal: u } = t;
  return new Promise((c, p) => {
    let d = !1, f = !1, m = (b) => {
      d || (d = !0, clearTimeout(T), b());
    }, y = () => new w(`no answer within ${s / 1e3} s`, "TIMEOUT"), h = (b) => m(() => p(f ? y() : u?.aborted ? Mr : b)), T = setTimeout(() => {
      f = !0, x?.destroy(y()), h(y());
    }, s), x;
    try {
      x = e.request(r, {
        method: "POST",
        agent: n,
        headers: { ...o, "content-length": Buffer.byteLength(i) },
        ...u ? { signal: u } : {}
      });
    } catch (b) {
      return h(Ni(b));
    }
    let C = !1;
    x.on("response", (b) => {
      C = !0, _i(b).then(
        (Et) => m(
          () => c({ status: b.statusCode ?? 0, body: Et, ...Ii(b) })
        ),
        h
      );
    }), x.on("upgrade", (b, Et) => {
      Et.destroy(), h(
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
function Ni(t) {
  let e = t instanceof Error ? t.message : String(t);
  return new w(e, "ELOCAL");
}
function Ii(t) {
  let { "retry-after": e, location: r } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof r == "string" ? { location: r } : {}
  };
}
function _i(t) {
  return new Promise((e, r) => {
    let n = [], o = 0;
    t.on("data", (i) => {
      o < Xr && n.push(i), o += i.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(n).subarray(0, Xr).toString("utf8"))
    ), t.on("error", r), t.on("close", () => {
      t.complete || r(new w("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/token-answer.ts
function zr(t, e, r) {
  let n = Oi(t.body);
  n !== void 0 && r(n);
  let o = mt(t, e);
  return o.verdict.succeeded ? n === void 0 ? te(o, a`the token answer has no token (a non-empty string) in data`) : Lt(n) ? { ...o, token: n } : te(
    o,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : o;
}
function Oi(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function Zr(t) {
  let e = new URL(t.endpointUrl), r = new URL(t.tokenUrl), { agent: n, transport: o, proxy: i } = await Yr(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), s = Ur(e, i, t.boundary), u = async (d) => Vr(await Br(d, s), t.boundary, s), c = (d, f, m, y) => Jr({ transport: o, url: d, agent: n, headers: f, payload: m, timeoutMs: t.timeoutMs, signal: y }), p = Pi(t);
  return {
    trigger: (d, f, m) => {
      let y = Li(d, t.tenantId);
      return t.onTriggerBody?.(y), c(
        e,
        { ...p, ...Mi(t.tenantId, f) },
        y,
        m
      ).then((h) => mt(h, t.boundary), u);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (d, f, m) => c(
      r,
      p,
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      m
    ).then((y) => zr(y, t.boundary, f), u),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => n.destroy?.()
  };
}
function Li(t, e) {
  let r = {
    tableName: t.tableName,
    tenantId: e,
    tablePartition: t.partition
  };
  return JSON.stringify(r);
}
function Pi(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent
  };
  if (t.basicAuth) {
    let { username: r, password: n } = t.basicAuth;
    e.authorization = `Basic ${qt(r, n)}`;
  }
  return e;
}
function Mi(t, e) {
  return {
    "tenant-id": t,
    "auth-type": e.authType,
    "auth-value": e.authValue
  };
}

// src/report/format.ts
var Ui = [
  ...[500, 200, 80, 20, 0].map((t) => ({ textLimit: t, idLimit: 1 / 0, rowCap: 1 / 0 })),
  { textLimit: 0, idLimit: 40, rowCap: 1 / 0 },
  ...[1e3, 300, 100, 30, 10].map((t) => ({ textLimit: 0, idLimit: 40, rowCap: t }))
];
function k(t) {
  return t === 1 ? a`` : a`s`;
}
function gt(t) {
  return t < 1e3 ? a`${t} ms` : a`${Lr(t / 1e3, 1)} s`;
}
function G(t, e) {
  let r = "";
  for (let n of Ui)
    if (r = e(n), Buffer.byteLength(r) <= t) return r;
  return r;
}
function B(t, e) {
  let r = t.slice(0, e);
  return { rows: r, more: t.length - r.length };
}
function H(t, e) {
  return t === null ? null : U(t, e);
}

// src/run/run-control.ts
var yt = 3, Bi = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, ht = class {
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
    return Bi[this.firstCause ?? "cancelled"];
  }
};

// src/report/tally.ts
function ee(t) {
  return t.filter((e) => e.status === "failed");
}
function Y(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: ee(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}

// src/report/lines.ts
var D = "AnyMetrics refresh failed", Qr = "AnyMetrics refresh input is invalid";
function re(t, e = 1 / 0) {
  let r = U(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${r}${Hi(t)}${tn(t)}`;
}
function Hi(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${gt(t.durationMs)})` : a``;
}
function tn(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function en(t) {
  let e = /* @__PURE__ */ new Map();
  for (let r of t) {
    let n = r.errorMsg ?? "";
    e.set(n, [...e.get(n) ?? [], r]);
  }
  return [...e.values()].map((r) => {
    let [n] = r;
    if (r.length === 1) return { line: re(n), count: 1 };
    let o = n.errorMsg ?? a`failed`;
    return {
      line: a`${r.length} triggers failed: ${o} (first: ${n.tableName} ${n.partition}${tn(n)})`,
      count: r.length
    };
  });
}
function rn(t, e, r) {
  let n = t.filter((i) => i.status === "not-run").length, o = a`${n} trigger${k(n)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${o}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let i = [...t].reverse().find((u) => u.status === "failed" && !u.answered), s = i?.errorMsg ? a` (last: ${i.errorMsg})` : a``;
    return a`The platform at ${r} is unreachable: ${yt} triggers in a row got no answer after their retries${s}; ${o}`;
  }
  return null;
}
function Fi(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, r = a`${t.attempts} attempt${k(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${r}, ${gt(t.durationMs)})`;
}
function nn(t, e, r) {
  return a`[${e}/${r}] ${Fi(t)}`;
}
function on(t) {
  return a`${t.tableName} ${t.partition}: ${sn(t)}`;
}
function sn(t) {
  return a`attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${gt(t.waitMs)}`;
}
function an(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function Tt(t) {
  let { succeeded: e, failed: r, notRun: n } = Y(t), o = [a`${e.length} succeeded`, a`${r.length} failed`];
  return n.length > 0 && o.push(a`${n.length} not run`), a`${_r(o, ", ")}, ${t.length} in all`;
}
function un(t) {
  return a`${t} more trigger${k(t)} failed: see the job summary or the error-message output`;
}
function cn(t, e, r) {
  return a`Triggering ${t} data update${k(t)} on ${e} (concurrency ${Math.min(r, t)})`;
}
function ln(t) {
  let e = a`${t.length} trigger${k(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((r) => a`${r.tableName} ${r.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
var ji = 400;
function pn(t, e) {
  let r = e.text(t.rule, ji), n = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${E(t.input)}" ${r}${n}`;
}
function dn(t, e) {
  let r = t.traceId ? a` (traceId ${t.traceId})` : a``, n = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${n}: ${t.reason ?? a`refused`}${r}; no trigger was sent`;
}
function fn(t) {
  return a`token request: ${sn(t)}`;
}
function mn(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function ne(t, e) {
  return t === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${e}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${e}); the log above has the run's record`;
}
function gn(t, e) {
  return a`today in ${t} is ${e}`;
}
function hn(t) {
  return a`Request body: ${t}`;
}
var yn = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/markdown.ts
function S(t) {
  if (t === "") return "";
  if (t.includes("|")) return `<code>${R(t)}</code>`;
  let e = 0;
  for (let n of t.matchAll(/`+/g)) e = Math.max(e, n[0].length);
  if (e === 0) return `\`${t}\``;
  let r = "`".repeat(e + 1);
  return `${r} ${t} ${r}`;
}
var Gi = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, qi = /[\\`*_[\]()!~|:.@]/g;
function R(t) {
  return t.replace(qi, (e) => `\\${e}`).replace(/[&<>]/g, (e) => Gi[e] ?? e);
}

// src/report/summary.ts
var ie = 1e6, Vi = 10, Tn = () => "";
function bn(t, e, r = Tn) {
  let { succeeded: n, failed: o, notRun: i } = Y(t), s = o.length + i.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${D}`;
  return G(
    ie,
    (u) => [
      `## ${s}`,
      "",
      `**${Tt(t)}**`,
      "",
      ...oe(`\u274C Failed (${o.length})`, o, u, [
        ["Table", (c) => S(c.tableName)],
        ["Partition", (c) => R(c.partition)],
        ["Reason", (c) => R(H(c.errorMsg, u.textLimit) ?? "")],
        ["Trace ID", (c) => c.traceId ? S(c.traceId) : ""],
        ["Attempts", (c) => String(c.attempts)]
      ]),
      ...oe(`\u23ED\uFE0F Not run (${i.length})`, i, u, [
        ["Table", (c) => S(c.tableName)],
        ["Partition", (c) => R(c.partition)],
        ["Reason", (c) => R(c.errorMsg ?? "")]
      ]),
      ...Wi(
        n.length > Vi,
        `\u2705 Succeeded (${n.length})`,
        oe(`\u2705 Succeeded (${n.length})`, n, u, [
          ["Table", (c) => S(c.tableName)],
          ["Partition", (c) => R(c.partition)],
          ["Trace ID", (c) => c.traceId ? S(c.traceId) : ""],
          ["Attempts", (c) => String(c.attempts)],
          ["Note", (c) => R(H(c.warning, u.textLimit) ?? "")]
        ])
      ),
      r(u),
      Rn(e),
      ""
    ].join(`
`)
  );
}
function oe(t, e, r, n) {
  if (e.length === 0) return [];
  let { rows: o, more: i } = B(e, r.rowCap), s = n.filter(
    ([u, c]) => u !== "Note" || o.some((p) => c(p) !== "")
  );
  return [
    `### ${t}`,
    "",
    `| ${s.map(([u]) => u).join(" | ")} |`,
    `| ${s.map(() => "---").join(" | ")} |`,
    ...o.map((u) => `| ${s.map(([, c]) => c(u)).join(" | ")} |`),
    ...tt(i),
    ""
  ];
}
function tt(t) {
  return t > 0 ? [
    "",
    `\u2026and ${t} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}
function Wi(t, e, r) {
  return !t || r.length === 0 ? r : [`<details><summary>${e}</summary>`, "", ...r.slice(1), "</details>", ""];
}
function wn(t, e, r = Tn) {
  return G(ie, (n) => {
    let { rows: o, more: i } = B(t, n.rowCap);
    return [
      "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
      "",
      `**${t.length} trigger${k(t.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...o.map(
        (s) => `| ${S(s.tableName)} | ${R(s.partition)} |`
      ),
      ...tt(i),
      "",
      r(n),
      Rn(e),
      ""
    ].join(`
`);
  });
}
function se(t) {
  return `## \u274C ${D}

${t}
`;
}
function xn(t) {
  return G(
    ie,
    (e) => `## AnyMetrics refresh: nothing to refresh

${t(e)}`
  );
}
function Rn(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${R(t.workflow)}**`), t.runNumber && e.push(`run #${R(t.runNumber)}`), t.sha && e.push(`commit ${S(t.sha.slice(0, 7))}`), t.event && e.push(`event ${S(t.event)}`), e.join(" \xB7 ");
}

// src/report/dbt-report.ts
var Ki = /* @__PURE__ */ new Set(["invalid-table-name"]);
function En(t, e) {
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
function Sn(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${k(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: r }) => a`${e} → ${r}`),
      ...t.skipped.map(({ node: e, reason: r }) => a`${e}: skipped, ${r}`)
    ],
    warnings: t.skipped.filter(({ kind: e }) => Ki.has(e)).map(({ node: e, reason: r }) => a`${e}: ${r}`)
  };
}
function An(t, e) {
  let r = (s) => S(U(s, e.idLimit)), n = B(t.mapped, e.rowCap), o = B(t.skipped, e.rowCap), i = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${k(t.skipped.length)} skipped</summary>`,
    "",
    ...o.rows.map(
      ({ node: s, reason: u }) => `- ${r(s)}: ${R(U(u, Math.max(e.textLimit, 80)))}`
    ),
    ...tt(o.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...n.rows.map(({ node: s, table: u }) => `| ${r(s)} | ${S(u)} |`),
    ...tt(n.more),
    ...i,
    ""
  ].join(`
`);
}

// src/report/outputs.ts
var vn = 1e6;
function kn(t) {
  let { succeeded: e, failed: r } = Y(t);
  return {
    success: String(t.length > 0 && e.length === t.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((n) => n.traceId ?? "").join(","),
    "error-message": G(vn, (n) => Yi(r, n)),
    results: Xi(t),
    "succeeded-count": String(e.length),
    "failed-count": String(r.length)
  };
}
function X(t = []) {
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
function Yi(t, e) {
  let { rows: r, more: n } = B(t, e.rowCap), o = r.map((i) => re(i, e.textLimit));
  return n > 0 && o.push(a`…and ${n} more: see the results output`), o.join(`
`);
}
function Xi(t) {
  return G(
    vn,
    (e) => JSON.stringify(t.map((r) => Ji(r, e)))
  );
}
function Ji(t, e) {
  let { partition: r, status: n, code: o, attempts: i, durationMs: s } = t;
  return {
    tableName: H(t.tableName, e.idLimit),
    partition: r,
    success: n === "succeeded",
    status: n,
    code: o,
    traceId: H(t.traceId, e.idLimit),
    data: H(t.data, e.textLimit),
    errorMsg: H(t.errorMsg, e.textLimit),
    attempts: i,
    durationMs: s
  };
}

// src/report/sink.ts
var Cn = require("node:fs");
function Dn(t) {
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
function ae(t) {
  if (!t) return;
  let e;
  try {
    e = (0, Cn.statSync)(t);
  } catch {
    return;
  }
  if (!(e.isFile() || e.isCharacterDevice()))
    throw Object.assign(new Error(`${t} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/printer.ts
var $n = 10, bt = class {
  constructor(e, r, n) {
    this.boundary = r;
    this.context = n;
    this.sink = Dn(e);
  }
  boundary;
  context;
  groupOpen = !1;
  outputsWritten = !1;
  summaryWritten = !1;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = () => "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(e) {
    this.boundary.addSecret(e).forEach((r) => this.sink.setSecret(r));
  }
  inputRefused(e) {
    let r = e.map((n) => pn(n, this.boundary));
    this.setOutputs(X(r)), r.forEach((n) => this.fail(n, Qr));
  }
  notices(e) {
    e.forEach((r) => this.sink.notice(E(this.boundary.text(r))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, r) {
    this.info(gn(this.boundary.text(e), this.boundary.text(r)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let r = En(e, this.boundary), { group: n, lines: o, warnings: i } = Sn(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), i.forEach((s) => this.sink.warning(E(s))), this.summaryExtra = (s) => An(r, s);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(yn), this.setOutputs(X()), await this.writeSummary(xn(this.summaryExtra));
  }
  async dryRun(e) {
    let r = e.map((s) => ({
      tableName: this.boundary.text(s.tableName),
      partition: this.boundary.text(s.partition)
    })), { group: n, lines: o, notice: i } = ln(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), this.sink.notice(E(i)), this.setOutputs(X()), await this.writeSummary(wn(r, this.context, this.summaryExtra));
  }
  tokenRetry(e) {
    this.info(fn(e));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, r) {
    let n = dn(e, r);
    this.setOutputs(X([n])), await this.writeSummary(se(n)), this.fail(n, D);
  }
  runStarted(e, r, n) {
    this.startGroup(cn(e, this.boundary.text(r), n));
  }
  requestBody(e) {
    this.sink.debug(E(hn(this.boundary.text(e))));
  }
  retry(e) {
    this.info(on(e));
  }
  finished(e, r, n) {
    this.info(nn(e, r, n));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, r = {}) {
    this.endGroup(), this.info(Tt(e)), this.setOutputs(kn(e)), await this.writeSummary(bn(e, this.context, this.summaryExtra));
    for (let c of e) {
      let p = an(c);
      p && this.sink.warning(E(p));
    }
    let n = rn(e, r.cause, this.boundary.text(r.host ?? ""));
    n && this.fail(n, D);
    let o = ee(e).filter(
      (c) => r.cause !== "unreachable" || c.answered
    ), i = en(o);
    i.slice(0, $n).forEach((c) => this.fail(c.line, D));
    let u = i.slice($n).reduce((c, p) => c + p.count, 0);
    u > 0 && this.fail(un(u), D);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let r = e instanceof Error ? e.message : String(e), n = mn(this.boundary.text(r));
    this.setOutputs(X([n])), await this.writeSummary(se(n)), this.fail(n, D);
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
        this.fail(ne("outputs", this.boundary.text(Nn(r))), D);
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
        this.sink.warning(E(ne("summary", this.boundary.text(Nn(r)))));
      }
    }
  }
  info(e) {
    this.sink.info(E(e));
  }
  fail(e, r) {
    this.sink.error(E(e), { title: r }), this.sink.fail();
  }
  startGroup(e) {
    this.endGroup(), this.sink.startGroup(E(e)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};
function Nn(t) {
  let e = t?.code;
  return typeof e == "string" ? e : t instanceof Error ? t.message : String(t);
}

// src/report/run-context.ts
function In(t, e) {
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
var _n = ["SIGINT", "SIGTERM"];
function On(t) {
  let e = !1, r = (n) => {
    e && process.exit(n === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), 2e3).unref();
  };
  return _n.forEach((n) => process.on(n, r)), () => _n.forEach((n) => process.off(n, r));
}

// src/run/retry-loop.ts
function wt(t, e) {
  return {
    sleep: (r) => e.sleep(r, t.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    stopped: () => t.stopped
  };
}
async function xt(t, e, r, n) {
  let o = e.retries + 1, i, s = !1;
  for (let u = 1; ; u++) {
    let c = await t();
    if (!c || c.cancelled)
      return { last: i, attempts: u - 1, answered: s, cancelled: !!c?.cancelled };
    if (s ||= c.answered || c.local, i = c, !c.retryable || u >= o || r.stopped())
      return { last: i, attempts: u, answered: s, cancelled: !1 };
    let p = $r(u, e, c.pushbackMs, r.random), d = c.verdict.reason ?? a`transient failure`;
    n({ attempt: u, maxAttempts: o, reason: d, waitMs: p }), await r.sleep(p);
  }
}

// src/run/throttle.ts
var Rt = class {
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
async function Ln(t, e, r) {
  let n = r.nowMs(), o = await xt(
    () => r.send(t),
    e,
    r,
    (i) => r.onRetry({ ...ue(t, r.boundary), ...i })
  );
  return !o.last || o.cancelled ? ce(t, r.boundary, r.notRunReason()) : zi(t, r.boundary, o.last.verdict, {
    attempts: o.attempts,
    durationMs: r.nowMs() - n,
    answered: o.answered
  });
}
function ue(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function zi(t, e, r, n) {
  return {
    ...ue(t, e),
    status: r.succeeded ? "succeeded" : "failed",
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    errorMsg: r.reason,
    warning: r.warning,
    ...n
  };
}
function ce(t, e, r) {
  return {
    ...ue(t, e),
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
async function Pn(t, e, r) {
  let { control: n } = r, o = new Rt(e.concurrency, {
    nowMs: r.nowMs,
    sleep: (T) => r.sleep(T, n.stopSignal),
    stopped: () => n.stopped
  }), i = Zi(o, r, e.retryPolicy), s = new Array(t.length), u = t.entries(), c = 0, p = 0, d = (T) => {
    T.status !== "not-run" && (p = T.answered ? 0 : p + 1, p >= yt && n.stop("unreachable"), T.status === "failed" && e.failFast && n.stop("fail-fast"));
  }, f = async () => {
    for (let [T, x] of u) {
      if (n.stopped) return;
      try {
        let C = await Ln(x, e.retryPolicy, i);
        s[T] = C, r.onFinished(C, ++c, t.length), d(C);
      } catch (C) {
        throw n.stop("crashed"), C;
      }
    }
  }, m = Math.min(e.concurrency, t.length), h = (await Promise.allSettled(Array.from({ length: m }, f))).find((T) => T.status === "rejected");
  if (h) throw h.reason;
  return t.map(
    (T, x) => s[x] ?? ce(T, r.boundary, n.notRunReason)
  );
}
function Zi(t, e, r) {
  let { control: n } = e;
  return {
    ...wt(n, e),
    send: async (o) => {
      let i = await t.acquire();
      try {
        if (n.stopped) return;
        let s = await e.send(o, n.abortSignal);
        return s.pushbackMs === void 0 ? t.accepted(i) : t.pushedBack(i, Yt(s.pushbackMs, r)), s;
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
function Mn(t, e) {
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
async function Un(t, e, r, n, o, i) {
  let s, u = await xt(
    async () => {
      let c = await t.createToken(e, o.onToken, i);
      return s = c.token, c;
    },
    r,
    n,
    o.onRetry
  );
  return s !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: s } } : {
    failed: u.last?.verdict ?? j(a`cancelled before the platform answered`),
    attempts: u.attempts
  };
}

// src/main.ts
var Qi = "anymetrics-refresh", ts = 512 * 1024 * 1024, Bn = { sleep: Mn, random: Math.random, nowMs: Date.now };
async function Hn() {
  let t = rs(), e = new ft(), r = new bt(as(), e, In(process.env, e)), n = es(r);
  try {
    vr(t).forEach((i) => r.mask(i));
    let o = ns(t, r);
    if (!o) return;
    if (r.today(o.timeZone, o.today), o.dbt && r.dbtMapping(o.dbt), o.plan.length === 0) return await r.nothingToRefresh();
    if (o.dryRun) return await r.dryRun(o.plan);
    await os(o, e, r);
  } catch (o) {
    await r.crashed(o);
  } finally {
    n();
  }
}
function es(t) {
  let e = () => {
    process.off("beforeExit", e), t.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", e), () => process.off("beforeExit", e);
}
function rs() {
  let t = Er.map((e) => [e, Ce(e)]);
  return Object.fromEntries(t);
}
function ns(t, e) {
  try {
    let { config: r, notices: n } = kr(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (o) => Ot(o, Be),
      readArtifact: (o) => Ot(o, ts)
    });
    return e.notices(n), r;
  } catch (r) {
    if (!(r instanceof z)) throw r;
    e.inputRefused(r.errors);
    return;
  }
}
async function os(t, e, r) {
  let n = { retries: t.retries, ...Cr }, o = await ss(t, e, r), i = new ht(), s = On(i);
  try {
    let u = await is(t, o, n, i, r);
    if (!u) return;
    r.runStarted(t.plan.length, t.endpoint.display, t.concurrency);
    let c = await Pn(
      t.plan,
      { concurrency: t.concurrency, failFast: t.failFast, retryPolicy: n },
      {
        ...Bn,
        send: (p, d) => o.trigger(p, u, d),
        boundary: e,
        control: i,
        onRetry: (p) => r.retry(p),
        onFinished: (p, d, f) => r.finished(p, d, f)
      }
    );
    await r.runEnded(c, { cause: i.cause, host: t.endpoint.display });
  } finally {
    s(), o.close();
  }
}
async function is(t, e, r, n, o) {
  if (t.credentials.kind === "header") return t.credentials;
  let i = await Un(
    e,
    t.credentials,
    r,
    wt(n, Bn),
    { onToken: (s) => o.mask(s), onRetry: (s) => o.tokenRetry(s) },
    n.abortSignal
  );
  if ("failed" in i) {
    await o.tokenRefused(i.failed, i.attempts);
    return;
  }
  return i.credential;
}
function ss(t, e, r) {
  return Zr({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    tenantId: t.tenantId,
    basicAuth: t.endpoint.basicAuth,
    timeoutMs: t.timeoutMs,
    userAgent: Qi,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e,
    onTriggerBody: $e() ? (n) => r.requestBody(n) : void 0
  });
}
function as() {
  return {
    setSecret: ke,
    debug: Ne,
    info: Le,
    notice: (t) => Oe(t),
    warning: (t) => _e(t),
    error: (t, e) => Ie(t, e),
    startGroup: Pe,
    endGroup: Me,
    setOutput: (t, e) => {
      ae(process.env.GITHUB_OUTPUT), De(t, e);
    },
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && (ae(process.env.GITHUB_STEP_SUMMARY), await $t.addRaw(t).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
Hn().catch(() => {
  process.exitCode = 1;
});
