"use strict";
var zn = Object.create;
var fe = Object.defineProperty;
var Jn = Object.getOwnPropertyDescriptor;
var Zn = Object.getOwnPropertyNames;
var Qn = Object.getPrototypeOf, to = Object.prototype.hasOwnProperty;
var me = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (r) {
    throw e = 0, r;
  }
};
var eo = (t, e, r, n) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let o of Zn(e))
      !to.call(t, o) && o !== r && fe(t, o, { get: () => e[o], enumerable: !(n = Jn(e, o)) || n.enumerable });
  return t;
};
var _ = (t, e, r) => (r = t != null ? zn(Qn(t)) : {}, eo(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? fe(r, "default", { value: t, enumerable: !0 }) : r,
  t
));

// node_modules/tunnel/lib/tunnel.js
var Se = me((q) => {
  "use strict";
  var zs = require("net"), so = require("tls"), Dt = require("http"), xe = require("https"), ao = require("events"), Js = require("assert"), uo = require("util");
  q.httpOverHttp = co;
  q.httpsOverHttp = lo;
  q.httpOverHttps = po;
  q.httpsOverHttps = fo;
  function co(t) {
    var e = new N(t);
    return e.request = Dt.request, e;
  }
  function lo(t) {
    var e = new N(t);
    return e.request = Dt.request, e.createSocket = Re, e.defaultPort = 443, e;
  }
  function po(t) {
    var e = new N(t);
    return e.request = xe.request, e;
  }
  function fo(t) {
    var e = new N(t);
    return e.request = xe.request, e.createSocket = Re, e.defaultPort = 443, e;
  }
  function N(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || Dt.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(n, o, i, s) {
      for (var u = Ee(o, i, s), c = 0, p = e.requests.length; c < p; ++c) {
        var d = e.requests[c];
        if (d.host === u.host && d.port === u.port) {
          e.requests.splice(c, 1), d.request.onSocket(n);
          return;
        }
      }
      n.destroy(), e.removeSocket(n);
    });
  }
  uo.inherits(N, ao.EventEmitter);
  N.prototype.addRequest = function(e, r, n, o) {
    var i = this, s = Nt({ request: e }, i.options, Ee(r, n, o));
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
  N.prototype.createSocket = function(e, r) {
    var n = this, o = {};
    n.sockets.push(o);
    var i = Nt({}, n.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (i.localAddress = e.localAddress), i.proxyAuth && (i.headers = i.headers || {}, i.headers["Proxy-Authorization"] = "Basic " + new Buffer(i.proxyAuth).toString("base64")), L("making CONNECT request");
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
  N.prototype.removeSocket = function(e) {
    var r = this.sockets.indexOf(e);
    if (r !== -1) {
      this.sockets.splice(r, 1);
      var n = this.requests.shift();
      n && this.createSocket(n, function(o) {
        n.request.onSocket(o);
      });
    }
  };
  function Re(t, e) {
    var r = this;
    N.prototype.createSocket.call(r, t, function(n) {
      var o = t.request.getHeader("host"), i = Nt({}, r.options, {
        socket: n,
        servername: o ? o.replace(/:.*$/, "") : t.host
      }), s = so.connect(0, i);
      r.sockets[r.sockets.indexOf(n)] = s, e(s);
    });
  }
  function Ee(t, e, r) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: r
    } : t;
  }
  function Nt(t) {
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
  var L;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? L = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : L = function() {
  };
  q.debug = L;
});

// node_modules/tunnel/index.js
var ke = me((Qs, Ae) => {
  Ae.exports = Se();
});

// node_modules/@actions/core/lib/command.js
var he = _(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function O(t) {
  return t == null ? "" : typeof t == "string" || t instanceof String ? t : JSON.stringify(t);
}
function rt(t) {
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
  let n = new vt(t, e, r);
  process.stdout.write(n.toString() + he.EOL);
}
function Ct(t, e = "") {
  P(t, {}, e);
}
var ge = "::", vt = class {
  constructor(e, r, n) {
    e || (e = "missing.command"), this.command = e, this.properties = r, this.message = n;
  }
  toString() {
    let e = ge + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let r = !0;
      for (let n in this.properties)
        if (this.properties.hasOwnProperty(n)) {
          let o = this.properties[n];
          o && (r ? r = !1 : e += ",", e += `${n}=${no(o)}`);
        }
    }
    return e += `${ge}${ro(this.message)}`, e;
  }
};
function ro(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function no(t) {
  return O(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var ye = _(require("crypto"), 1), ot = _(require("fs"), 1), nt = _(require("os"), 1);
function be(t, e) {
  let r = process.env[`GITHUB_${t}`];
  if (!r)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!ot.existsSync(r))
    throw new Error(`Missing file at path: ${r}`);
  ot.appendFileSync(r, `${O(e)}${nt.EOL}`, {
    encoding: "utf8"
  });
}
function Te(t, e) {
  let r = `ghadelimiter_${ye.randomUUID()}`, n = O(e);
  if (t.includes(r))
    throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);
  if (n.includes(r))
    throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);
  return `${t}<<${r}${nt.EOL}${n}${nt.EOL}${r}`;
}

// node_modules/@actions/core/lib/core.js
var Pt = _(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function we(t) {
  let e = t.protocol === "https:";
  if (oo(t))
    return;
  let r = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (r)
    try {
      return new it(r);
    } catch {
      if (!r.startsWith("http://") && !r.startsWith("https://"))
        return new it(`http://${r}`);
    }
  else
    return;
}
function oo(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (io(e))
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
function io(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var it = class extends URL {
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
var Ce = require("os"), z = require("fs"), $t = function(t, e, r, n) {
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
}, { access: mo, appendFile: go, writeFile: ho } = z.promises, ve = "GITHUB_STEP_SUMMARY";
var It = class {
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
    return $t(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[ve];
      if (!e)
        throw new Error(`Unable to find environment variable for $${ve}. Check if your runtime environment supports job summaries.`);
      try {
        yield mo(e, z.constants.R_OK | z.constants.W_OK);
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
    return $t(this, void 0, void 0, function* () {
      let r = !!e?.overwrite, n = yield this.filePath();
      return yield (r ? ho : go)(n, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return $t(this, void 0, void 0, function* () {
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
    return this.addRaw(Ce.EOL);
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
}, yo = new It();
var _t = yo;

// node_modules/@actions/core/lib/platform.js
var Ot = _(require("os"), 1);
var na = Ot.default.platform(), oa = Ot.default.arch();

// node_modules/@actions/core/lib/core.js
var De;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(De || (De = {}));
function Ne(t) {
  P("add-mask", {}, t);
}
function $e(t, e) {
  let r = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !r)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? r : r.trim();
}
function Ie(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return be("OUTPUT", Te(t, e));
  process.stdout.write(Pt.EOL), P("set-output", { name: t }, O(e));
}
function _e() {
  return process.env.RUNNER_DEBUG === "1";
}
function Oe(t) {
  P("debug", {}, t);
}
function Pe(t, e = {}) {
  P("error", rt(e), t instanceof Error ? t.toString() : t);
}
function Le(t, e = {}) {
  P("warning", rt(e), t instanceof Error ? t.toString() : t);
}
function Me(t, e = {}) {
  P("notice", rt(e), t instanceof Error ? t.toString() : t);
}
function Ue(t) {
  process.stdout.write(t + Pt.EOL);
}
function Be(t) {
  Ct("group", t);
}
function He() {
  Ct("endgroup");
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
var J = class extends Error {
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
    if (this.errors.length > 0) throw new J(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var Lt = "-----BEGIN CERTIFICATE-----", Fe = "-----END CERTIFICATE-----", je = 1024 * 1024, Ge = "must be PEM text or the path of a PEM file with at least one certificate";
function qe(t, e) {
  let r = t.trim();
  if (r === "") return [];
  let n = r.includes("-----BEGIN") ? r : xo(r, e), o = wo(n);
  if (o.length === 0) throw new l(Ge, Ve(r));
  return o.forEach(Ro), o;
}
function wo(t) {
  let e = [];
  for (let r = t.indexOf(Lt); r >= 0; r = t.indexOf(Lt, r + 1)) {
    let n = t.indexOf(Fe, r + Lt.length);
    if (n < 0) break;
    e.push(t.slice(r, n + Fe.length)), r = n;
  }
  return e;
}
function xo(t, e) {
  try {
    return e(t);
  } catch (r) {
    let n = r.code ?? "unreadable";
    throw new l(`${Ge}; the file cannot be read (${n})`, t);
  }
}
function Ro(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new l("contains a certificate that is not valid PEM", Ve(t));
  }
}
function Ve(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}

// src/inputs/files.ts
var M = require("node:fs"), We = 1024 * 1024, st = class extends Error {
  constructor(r) {
    super(r);
    this.code = r;
    this.name = "FileRefusal";
  }
  code;
};
function Mt(t, e) {
  if (!(0, M.statSync)(t).isFile()) throw new st("not a regular file");
  let r = (0, M.openSync)(t, "r");
  try {
    let n = [], o = 0;
    for (; ; ) {
      let i = Buffer.allocUnsafe(We), s = (0, M.readSync)(r, i, 0, We, null);
      if (s === 0) break;
      if (o += s, o > e) throw new st(`larger than ${e} bytes`);
      n.push(i.subarray(0, s));
    }
    return Buffer.concat(n, o).toString("utf8");
  } finally {
    (0, M.closeSync)(r);
  }
}

// src/inputs/text-rules.ts
var at = 128, Eo = /[\u0000-\u001f\u007f-\u009f]/, So = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Ke(t) {
  return Eo.test(t);
}
function Ut(t) {
  return So.test(t);
}
function W(t, e = {}) {
  if (!Ut(t))
    throw new l(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function ut(t, e = at) {
  if (t.length > e)
    throw new l(`must be at most ${e} characters (it has ${t.length})`, t);
}
function $(t, e = "is required") {
  if (t === "") throw new l(e);
}

// src/inputs/credentials.ts
var Bt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Ye(t, e) {
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
  return n ? Ao(t, e) : ko(t, e);
}
function Ao(t, e) {
  let r = e.take(
    () => g("app-id", () => ($(t["app-id"], "is required with app-secret (the API key ID)"), W(t["app-id"]), t["app-id"]))
  ), n = e.take(
    () => g("app-secret", () => ($(t["app-secret"], "is required with app-id (the API key secret)"), W(t["app-secret"], { secret: !0 }), t["app-secret"]))
  );
  return r && n ? { kind: "api-key", appId: r, appSecret: n } : void 0;
}
function ko(t, e) {
  let r = e.take(() => g("auth-type", () => Co(t["auth-type"]))), n = e.take(() => g("auth-value", () => vo(t["auth-value"])));
  return r && n ? { kind: "header", authType: r, authValue: n } : void 0;
}
function vo(t) {
  return $(t), W(t, { secret: !0 }), t;
}
function Co(t) {
  $(
    t,
    `is required (one of ${Bt.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), r = Bt.find((n) => n === e);
  if (!r) throw new l(`must be one of ${Bt.join(", ")}`, t);
  return r;
}

// src/inputs/dbt-inputs.ts
var lt = require("node:path");

// src/inputs/dbt-artifacts.ts
var Do = ["v12", "v20"], No = ["v6"], Ht = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
function Xe(t) {
  let r = Je(t, "run-results", No).results;
  if (!Array.isArray(r)) throw new l('has no "results" list');
  return r.flatMap((n) => {
    let { unique_id: o, status: i } = n ?? {};
    return typeof o == "string" ? [{ uniqueId: o, status: String(i) }] : [];
  });
}
function ze(t, e) {
  let n = Je(t, "manifest", Do).nodes;
  if (typeof n != "object" || n === null) throw new l('has no "nodes" map');
  let o = /* @__PURE__ */ new Map();
  for (let i of e) {
    let s = n[i];
    typeof s == "object" && s !== null && o.set(i, $o(i, s));
  }
  return o;
}
function Je(t, e, r) {
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
function $o(t, e) {
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
function Ze(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => Ht.has(e.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var Qe = ["model", "seed", "snapshot"];
function Ft(t, e) {
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
function jt(t) {
  let e = t.indexOf(":"), r = e < 0 ? "" : t.slice(0, e), n = e < 0 ? t : t.slice(e + 1);
  if (n === "" || /\s/.test(n))
    throw new l("has a selector without a value or with spaces", t);
  switch (r) {
    case "":
      return { kind: "name", value: n };
    case "tag":
      return { kind: "tag", value: n };
    case "path":
      return { kind: "path", value: n, pattern: Io(n) };
    case "resource_type":
      if (!Qe.includes(n))
        throw new l(
          `has resource_type:${n}; use ${Qe.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: n };
    default:
      throw new l("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function Io(t) {
  let e = t.replace(/\/$/, "");
  if (!/[*?]/.test(e))
    return { source: e, test: (n) => n === e || n.startsWith(`${e}/`) };
  let r = _o(e);
  return { source: e, test: (n) => Oo(r, n) };
}
function _o(t) {
  let e = [];
  for (let r = 0; r < t.length; r++) {
    let n = t[r] ?? "";
    if (n === "*" && t[r + 1] === "*") {
      let o = t[r + 2] === "/";
      e.push({ kind: o ? "folders" : "any" }), r += o ? 2 : 1;
    } else n === "*" ? e.push({ kind: "segment" }) : n === "?" ? e.push({ kind: "one" }) : e.push({ kind: "char", char: n });
  }
  return e;
}
function Oo(t, e) {
  let r = tr(t, /* @__PURE__ */ new Set([0]));
  for (let n of e) {
    let o = /* @__PURE__ */ new Set();
    for (let i of r) {
      let s = t[Math.floor(i)];
      s && Po(s, i, n, o);
    }
    if (o.size === 0) return !1;
    r = tr(t, o);
  }
  return r.has(t.length);
}
function Po(t, e, r, n) {
  let o = r === "/";
  switch (t.kind) {
    case "char":
      t.char === r && n.add(e + 1);
      return;
    case "one":
      o || n.add(e + 1);
      return;
    case "segment":
      o || n.add(e);
      return;
    case "any":
      n.add(e);
      return;
    case "folders": {
      let i = Math.floor(e) + 0.5;
      n.add(i), o && n.add(Math.floor(e) + 1);
    }
  }
}
function tr(t, e) {
  for (let r of e) {
    let n = Number.isInteger(r) ? t[r] : void 0;
    n && n.kind !== "char" && n.kind !== "one" && e.add(r + 1);
  }
  return e;
}

// src/inputs/table-name.ts
var k = "[\\p{L}\\p{N}_$-]+", Lo = new RegExp(`^(${k})\\.\`(${k})\\.(${k})\`\\.(${k})$`, "u"), Mo = new RegExp(`^(${k})\\.(${k})\\.(${k})\\.(${k})$`, "u"), Uo = new RegExp(`^${k}$`, "u"), Bo = new RegExp(`^(${k})\\.(${k})$`, "u"), Ho = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function ct(t) {
  let e = t.trim();
  if (Lo.test(e)) return { tableName: Gt(e), backticksAdded: !1 };
  let r = Mo.exec(e);
  if (r) {
    let [n = "", o = "", i = "", s = ""] = r.slice(1);
    return {
      tableName: Gt(nr(n, `${o}.${i}`, s)),
      backticksAdded: !0
    };
  }
  throw new l(Ho, e);
}
function K(t) {
  let e = t.trim();
  if (!Uo.test(e))
    throw new l(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function er(t) {
  let e = Fo(t.trim());
  if (!Bo.test(e))
    throw new l("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function rr(t, e, r) {
  return Gt(nr(t, e, r));
}
function nr(t, e, r) {
  return `${t}.\`${e}\`.${r}`;
}
function Fo(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Gt(t) {
  try {
    ut(t, at);
  } catch {
    throw new l(
      `must compose a tableName of at most ${at} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt-mapping.ts
var jo = /* @__PURE__ */ new Set(["success", "partial success"]);
function or(t, e, r) {
  let n = { mapped: [], skipped: [] }, o = /* @__PURE__ */ new Set();
  for (let i of t) {
    if (o.has(i.uniqueId)) continue;
    o.add(i.uniqueId);
    let s = Go(i, e.get(i.uniqueId), r);
    "tableName" in s ? n.mapped.push({ uniqueId: i.uniqueId, ...s }) : n.skipped.push({ uniqueId: i.uniqueId, ...s });
  }
  return n;
}
function Go(t, e, r) {
  let n = qo(t, e, r);
  if (n) return n;
  if (!e) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: Vo(e, r) };
  } catch (o) {
    return { kind: "invalid-table-name", reason: `its table name ${o instanceof l ? o.rule : String(o)}` };
  }
}
function qo(t, e, r) {
  let n = e?.resourceType ?? t.uniqueId.split(".")[0] ?? "";
  return Ht.has(n) ? jo.has(t.status) ? e ? e.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : r.select.length > 0 && !r.select.some((o) => Ft(o, e)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : r.exclude.some((o) => Ft(o, e)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${t.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${n || "node"}, not a table` };
}
function Vo(t, e) {
  let r = t.schema ?? "", n = t.database !== null && t.database !== r ? t.database : null, o = t.catalog ?? n ?? e.defaultCatalog, i = `${e.datasource}.\`${o}.${r}\`.${t.alias ?? t.name}`;
  return ct(i).tableName;
}

// src/inputs/list.ts
function I(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/dbt-inputs.ts
var qt = "default_catalog";
function sr(t, e, r) {
  let n = r.take(
    () => g("datasource", () => ($(
      t.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), K(t.datasource)))
  ), o = r.take(
    () => g("dbt-catalog", () => K(t["dbt-catalog"] || qt))
  ), i = r.take(
    () => g("dbt-select", () => I(t["dbt-select"]).map(jt))
  ), s = r.take(
    () => g("dbt-exclude", () => I(t["dbt-exclude"]).map(jt))
  ), u = r.take(() => Wo(t, e));
  if (!(n === void 0 || o === void 0 || i === void 0 || s === void 0 || u === void 0))
    return or(u.results, u.nodes, { datasource: n, defaultCatalog: o, select: i, exclude: s });
}
function Wo(t, e) {
  let r = t["dbt-run-results"], n = t["dbt-manifest"] || (0, lt.join)((0, lt.dirname)(r), "manifest.json"), o = g(
    "dbt-run-results",
    () => ir(e, r, Xe)
  ), i = Ze(o), s = g(
    "dbt-manifest",
    () => ir(e, n, (c) => ze(c, i))
  ), u = [...i].filter((c) => !s.has(c));
  if (u.length > 0)
    throw new A(
      "dbt-manifest",
      `has no node ${u[0]}${u.length > 1 ? ` (nor ${u.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      n
    );
  return { results: o, nodes: s };
}
function ir(t, e, r) {
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
var Vt = "/anymetrics/api/v1/scheduler/task/trigger", Ko = "/anymetrics/api/v1/token/create", ar = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", pt = /^[a-z][a-z0-9+.-]*:\/\//i, Yo = /[/?#\\]/;
function dt(t) {
  let e = pt.exec(t)?.[0] ?? "", r = t.slice(e.length), n = r.search(Yo), i = (n < 0 ? r : r.slice(0, n)).lastIndexOf("@"), s = i >= 0 ? i : r.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: e,
      userinfo: r.slice(0, s),
      rest: r.slice(s + 1),
      ambiguous: i < 0
    };
}
function ur(t) {
  let e = dt(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: r } = e, n = r.indexOf(":"), o = n < 0 ? r : r.slice(0, n), i = n < 0 ? "" : r.slice(n + 1), s = n < 0 ? o : i, u = [
    s,
    Z(s),
    Wt(Z(o), Z(i))
  ];
  return e.ambiguous && u.push(r), [...new Set(u.filter((c) => c !== ""))];
}
function Wt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function F(t) {
  let e = dt(t.trim()), r = e ? `${e.scheme}***@${e.rest}` : t.trim();
  return Xo(r);
}
function Xo(t) {
  let e = pt.exec(t)?.[0] ?? "", r = t.slice(e.length), n = r.search(/[?#]/);
  return n < 0 ? t : `${e}${r.slice(0, n)}${r[n]}\u2026`;
}
function cr(t) {
  let e = t.trim();
  if (e === "") throw new l("is required");
  if (Ke(e) || /\s/.test(e))
    throw new l("must not contain spaces or control characters", F(e));
  if (dt(e)?.ambiguous)
    throw new l(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      F(e)
    );
  let r = zo(e), n = r.pathname.replace(/\/+$/, ""), o = n.endsWith(Vt) ? n.slice(0, -Vt.length) : n, i = `${r.protocol}//${r.host}${o}`, s = {
    url: i + Vt,
    tokenUrl: i + Ko,
    display: i
  };
  return (r.username !== "" || r.password !== "") && (s.basicAuth = {
    username: Z(r.username),
    password: Z(r.password)
  }), s;
}
function zo(t) {
  let e = pt.test(t), r = Jo(e ? t : `http://${t}`, t);
  if (r.protocol !== "http:" && r.protocol !== "https:")
    throw new l("must use http:// or https://", F(t));
  if (r.hostname === "") throw new l(ar, F(t));
  if (!e && r.port === "")
    throw new l(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      F(t)
    );
  let n = dt(t)?.rest ?? t.slice(pt.exec(t)?.[0].length ?? 0);
  if (r.search !== "" || r.hash !== "" || /[?#]/.test(n))
    throw new l("must not contain a query (?) or fragment (#)", F(t));
  return r;
}
function Jo(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new l(ar, F(e));
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
var mt = 864e5, Zo = /^(\d{4})-(\d{2})-(\d{2})$/, Qo = /^today\s*-\s*(\d{1,5})$/i, lr = 36600, ti = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", pr = "..", dr = 36600, fr = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, mr = {
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
function hr(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (mr[e]) return mr[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let r = ei(t);
  return r === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : fr.test(t) ? null : `is a legacy alias or abbreviation: write ${fr.test(r) && r !== t ? r : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function ei(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function yr(t) {
  return Q(ft(t));
}
function br(t, e) {
  if (t.length === 0) throw new l("must name at least one partition");
  let r = /* @__PURE__ */ new Set();
  for (let n of t)
    for (let o of ri(n.trim(), e)) r.add(o);
  return [...r].sort((n, o) => n - o).map(Q);
}
function ri(t, e) {
  let r = t.indexOf(pr);
  if (r < 0) return [Tr(t, e)];
  if (t.includes("..."))
    throw new l("has a range with three dots: write A..B (two dots)", t);
  let [n = "", o = ""] = [
    t.slice(0, r),
    t.slice(r + pr.length)
  ].map((u) => u.trim());
  if (n === "" || o === "")
    throw new l(
      `has a range without its ${n === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let i = gr(n, t, e), s = gr(o, t, e);
  if (s < i)
    throw new l(
      `has a reversed range (${Q(i)} is after ${Q(s)}): write it oldest first`,
      t
    );
  if (s - i >= dr)
    throw new l(`has a range longer than ${dr} days`, t);
  return Array.from({ length: s - i + 1 }, (u, c) => i + c);
}
function gr(t, e, r) {
  try {
    return Tr(t, r);
  } catch (n) {
    throw n instanceof l ? new l(n.rule, e) : n;
  }
}
function Tr(t, e) {
  let r = t.toLowerCase();
  if (r === "today") return ft(e);
  if (r === "yesterday") return ft(e) - 1;
  let n = Qo.exec(t);
  if (n) {
    let o = Number(n[1]);
    if (o > lr)
      throw new l(`must not reach back more than ${lr} days`, t);
    return ft(e) - o;
  }
  return ni(t);
}
function ni(t) {
  let e = Zo.exec(t);
  if (!e) throw new l(ti, t);
  let [r, n, o] = e.slice(1).map(Number), i = Date.UTC(r, n - 1, o) / mt;
  if (r < 1 || Q(i) !== t)
    throw new l("must be a real calendar date (yyyy-MM-dd)", t);
  return i;
}
function ft({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / mt);
  let r = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), n = (o) => Number(r.find((i) => i.type === o)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day")) / mt;
}
function Q(t) {
  return new Date(t * mt).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var wr = 3600;
function xr(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > wr)
    throw new l(
      `must be a number of seconds above 0, at most ${wr}`,
      t
    );
  let r = Math.round(e * 1e3);
  if (r < 1) throw new l("must be at least 0.001 (1 ms); it rounds to 0 ms", t);
  return r;
}
function gt(t, e, r) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > r)
    throw new l(`must be a whole number from ${e} to ${r}`, t);
  return Number(t);
}
function Kt(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new l("must be true or false", t);
}
function Rr(t) {
  let e = hr(t);
  if (e) throw new l(e, t);
  return t;
}

// src/inputs/table-inputs.ts
var oi = ["datasource", "catalog-schema", "table"];
function Sr(t, e, r, n) {
  let o = I(t["table-name"]), i = oi.filter(
    (s) => t[s] !== "" && !(r && s === "datasource")
  );
  return o.length > 0 && i.length > 0 ? Er(
    n,
    "table-name",
    `cannot be combined with ${i.join(", ")}: give full names or their parts, not both`
  ) : o.length > 0 ? n.take(() => o.map((s) => ii(s, e))) : i.length === 0 && r ? [] : i.length === 0 ? Er(
    n,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : si(t, r, n);
}
function Er(t, e, r) {
  return t.take(() => {
    throw new A(e, r);
  });
}
function ii(t, e) {
  let r = g("table-name", () => ct(t));
  return r.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${r.tableName}`), r.tableName;
}
function si(t, e, r) {
  let n = (e ? new V() : r).take(
    () => Yt(t, "datasource", K)
  ), o = r.take(() => Yt(t, "catalog-schema", er)), i = r.take(
    () => Yt(t, "table", (s) => I(s).map(K))
  );
  if (!(n === void 0 || o === void 0 || i === void 0))
    return r.take(
      () => g("table", () => i.map((s) => rr(n, o, s)))
    );
}
function Yt(t, e, r) {
  if (I(t[e]).length === 0)
    throw new A(e, "is required when datasource, catalog-schema or table is given");
  return g(e, () => r(t[e]));
}

// src/inputs/trigger-plan.ts
function Ar(t, e, r) {
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
var kr = [
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
], ai = 10, ui = 32, vr = 2e3, Cr = {
  timeZone: { input: "timezone", default: "UTC", parse: Rr },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: xr },
  retries: {
    input: "retries",
    default: "3",
    parse: (t) => gt(t, 0, ai)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (t) => gt(t, 1, ui)
  },
  failFast: { input: "fail-fast", default: "false", parse: Kt },
  dryRun: { input: "dry-run", default: "false", parse: Kt },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (t) => gt(t, 1, vr)
  }
}, bu = {
  partition: "today",
  "dbt-catalog": qt,
  ...Object.fromEntries(Object.values(Cr).map((t) => [t.input, t.default]))
};
function Dr(t) {
  return [t["auth-value"], t["app-secret"], ...ur(t.host)].filter(
    (e) => e !== ""
  );
}
function Nr(t, e) {
  let r = [], n = new V(), o = n.take(() => g("host", () => cr(t.host))), i = n.take(() => g("tenant-id", () => pi(t["tenant-id"]))), s = Ye(t, n), u = t["dbt-run-results"] !== "", c = u ? sr(t, e.readArtifact, n) : void 0, p = Sr(t, r, u, n), d = p && (!u || c) ? [...p, ...di(c)] : void 0, f = ci(t, n), { timeZone: m, maxTriggers: y } = f, h = m === void 0 ? void 0 : n.take(
    () => g(
      "partition",
      () => br(I(t.partition || "today"), { now: e.now, timeZone: m })
    )
  ), b = d && h && y !== void 0 ? n.take(
    () => g(
      "max-triggers",
      () => Ar(d, h, { maxTriggers: y, largest: vr })
    )
  ) : void 0, x = n.take(
    () => g("ca-certificate", () => qe(t["ca-certificate"], e.readTextFile))
  );
  n.throwIfAny();
  let C = {
    ...f,
    endpoint: o,
    tenantId: i,
    credentials: s,
    plan: b,
    caCertificates: x
  }, T = li(C);
  return {
    config: { ...T, today: yr({ now: e.now, timeZone: T.timeZone }), dbt: c },
    notices: r
  };
}
function ci(t, e) {
  let r = Object.entries(Cr).map(([n, o]) => [
    n,
    e.take(
      () => g(o.input, () => o.parse(t[o.input] || o.default))
    )
  ]);
  return Object.fromEntries(r);
}
function li(t) {
  for (let [e, r] of Object.entries(t))
    if (r === void 0) throw new Error(`input ${e} was neither parsed nor refused`);
  return t;
}
function pi(t) {
  return $(t), W(t), ut(t), t;
}
function di(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}

// src/platform/retry-policy.ts
var $r = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, fi = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), mi = /* @__PURE__ */ new Set([
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
function Xt(t) {
  return "status" in t ? fi.has(t.status) : mi.has(t.errorCode);
}
function gi(t, e, r) {
  let n = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(r() * n);
}
function Ir(t, e) {
  if (t === void 0) return;
  let r = t.trim();
  if (/^\d+$/.test(r)) return Number(r) * 1e3;
  let n = Date.parse(r);
  if (!(Number.isNaN(n) || !/[a-z]/i.test(r)))
    return Math.max(0, n - e);
}
var hi = 250;
function _r(t, e, r, n) {
  return r !== void 0 ? zt(r, e) : gi(t, e, n);
}
function zt(t, e) {
  return Math.min(Math.max(t, hi), e.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var qr = require("node:net");

// src/secret-matching.ts
var yi = /^[0-9a-fA-F]{2}$/, bi = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " "
}, Ti = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " "
}, Or = /[\s\u0085\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff+]/u, wi = new RegExp("\\p{M}", "gu");
function tt(t, e = !0) {
  let r = { chars: "", starts: [], ends: [] }, n = [];
  for (let o = 0; o < t.length; ) {
    let i = e ? Ri(t, o) : Mr(t, o);
    for (let s of xi(i.text)) {
      n.push(s);
      for (let u = 0; u < s.length; u++)
        r.starts.push(o), r.ends.push(o + i.length);
    }
    o += i.length;
  }
  return r.chars = n.join(""), r;
}
function xi(t) {
  return t === "" || Or.test(t) ? [] : [...t.normalize("NFKD").replace(wi, "")].filter((r) => !Or.test(r));
}
function Ri(t, e) {
  let r = t[e] ?? "";
  return r === "%" ? Ei(t, e) : r === "&" ? Si(t, e) : r === "\\" ? Ai(t, e) : Mr(t, e);
}
function Mr(t, e) {
  let r = t.codePointAt(e) ?? 0;
  return { text: String.fromCodePoint(r), length: r > 65535 ? 2 : 1 };
}
function Ei(t, e) {
  let r = Pr(t, e);
  if (r === void 0) return { text: "%", length: 1 };
  let n = r < 128 ? 1 : r >= 240 ? 4 : r >= 224 ? 3 : r >= 192 ? 2 : 1, o = [r];
  for (let s = 1; s < n; s++) {
    let u = Pr(t, e + s * 3);
    if (u === void 0) break;
    o.push(u);
  }
  return { text: new TextDecoder().decode(Uint8Array.from(o)), length: o.length * 3 };
}
function Pr(t, e) {
  if (t[e] !== "%") return;
  let r = t.slice(e + 1, e + 3);
  return yi.test(r) ? parseInt(r, 16) : void 0;
}
function Si(t, e) {
  let r = t.indexOf(";", e + 1);
  if (r < 0 || r - e > 10) return { text: "&", length: 1 };
  let n = t.slice(e + 1, r), o = /^#(x[0-9a-f]{1,6}|[0-9]{1,7})$/i.exec(n);
  if (o?.[1]) {
    let s = o[1].startsWith("x") || o[1].startsWith("X") ? parseInt(o[1].slice(1), 16) : parseInt(o[1], 10);
    if (s > 0 && s <= 1114111)
      return { text: String.fromCodePoint(s), length: r - e + 1 };
  }
  let i = bi[n.toLowerCase()];
  return i === void 0 ? { text: "&", length: 1 } : { text: i, length: r - e + 1 };
}
function Ai(t, e) {
  let r = t[e + 1] ?? "", n = Lr(t, e);
  if (n !== void 0) {
    let i = n >= 55296 && n <= 56319 ? Lr(t, e + 6) : void 0;
    return i !== void 0 && i >= 56320 && i <= 57343 ? { text: String.fromCharCode(n, i), length: 12 } : { text: String.fromCharCode(n), length: 6 };
  }
  let o = Ti[r];
  return o === void 0 ? { text: "\\", length: 1 } : { text: o, length: 2 };
}
function Lr(t, e) {
  if (t[e] !== "\\" || t[e + 1] !== "u") return;
  let r = t.slice(e + 2, e + 6);
  return /^[0-9a-fA-F]{4}$/.test(r) ? parseInt(r, 16) : void 0;
}
function Ur(t, e) {
  if (e.length === 0 || t === "") return [];
  let r = [];
  for (let n of [tt(t), tt(t, !1)])
    ki(n, e, t.length, r);
  return vi(r);
}
function ki(t, e, r, n) {
  for (let o of e)
    for (let i = t.chars.indexOf(o); i >= 0; ) {
      let s = i + o.length - 1;
      n.push([t.starts[i] ?? 0, t.ends[s] ?? r]), i = t.chars.indexOf(o, i + 1);
    }
}
function vi(t) {
  t.sort((r, n) => r[0] - n[0]);
  let e = [];
  for (let [r, n] of t) {
    let o = e.at(-1);
    o && r <= o[1] ? o[1] = Math.max(o[1], n) : e.push([r, n]);
  }
  return e;
}

// src/trust.ts
var Ci = "***", Di = 1e3, Ni = 256 * 1024, $i = 12, Ii = 200, _i = 120, Oi = /[\s\u0085]+/g, Pi = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, Li = "\uFFFD", Mi = /##\[/g;
function a(t, ...e) {
  let r = t[0] ?? "";
  return e.forEach((n, o) => {
    r += String(n) + (t[o + 1] ?? "");
  }), r;
}
function Fr(t, e) {
  return t.join(e);
}
function E(t) {
  return Zt(Jt(t));
}
var ht = class {
  /** Every exact form of every secret (for the runner's own mask). */
  forms = [];
  /** The same forms in canonical form, as redaction matches them. */
  canonicalForms = [];
  /** The longest exact form: how far past a cut a secret can reach. */
  longestForm = 0;
  constructor(e = []) {
    e.forEach((r) => this.addSecret(r));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let r = Gi(e).filter((o) => !this.forms.includes(o));
    this.forms = [...this.forms, ...r].sort((o, i) => i.length - o.length);
    let n = r.flatMap((o) => [tt(o).chars, tt(o, !1).chars]).filter((o) => o !== "");
    return this.canonicalForms = [.../* @__PURE__ */ new Set([...this.canonicalForms, ...n])], this.longestForm = this.forms[0]?.length ?? 0, r;
  }
  /**
   * Known secrets replaced by `***` in whatever form they came back: matched on a canonical
   * form of the text (encodings decoded, invisible characters and spaces dropped, Unicode
   * normalized) and masked over the whole span of the original they were made of.
   */
  redact(e) {
    let r = Ur(e, this.canonicalForms);
    if (r.length === 0) return e;
    let n = "", o = 0;
    for (let [i, s] of r)
      n += e.slice(o, i) + Ci, o = s;
    return n + e.slice(o);
  }
  /** A platform or transport text as one inert, bounded line. */
  text(e, r = Di) {
    return this.finish(Jt(this.redact(this.window(e, r))), r);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, r = Ii) {
    let n = e.slice(0, Ni);
    return this.finish(Jt(Fi(this.redact(n))), r);
  }
  /**
   * The part of a long text that can reach the display: enough past `limit` that a secret
   * straddling the cut (in its longest encoded form) is still whole, and so still masked.
   */
  window(e, r) {
    let n = r * 2 + this.longestForm * $i + 64;
    return e.length > n ? e.slice(0, n) : e;
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, r = _i) {
    let n = Zt(Hi(JSON.stringify(this.redact(e))));
    return n.length > r ? `${jr(n, r)}\u2026"` : n;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, r) {
    return Ui(U(Zt(this.redact(e)), r));
  }
};
function Ui(t) {
  return Buffer.from(t, "utf16le").toString("utf16le");
}
var Bi = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function Hi(t) {
  return t.replace(Bi, (e) => `\\u${e.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function Jt(t) {
  return t.replace(Oi, " ").replace(Pi, Li).trim();
}
function Zt(t) {
  let e = t.replace(Mi, "## ["), r = e.trimStart();
  return r.startsWith("::") ? `: :${r.slice(2)}` : e;
}
function jr(t, e) {
  let r = t.slice(0, e), n = r.charCodeAt(r.length - 1);
  return n >= 55296 && n <= 56319 ? r.slice(0, -1) : r;
}
var Br = /<\/(script|style|head)\s*>/gi;
function Fi(t) {
  let e = "", r = 0;
  for (; r < t.length; ) {
    let n = t.indexOf("<", r), o = n < 0 ? -1 : t.indexOf(">", n + 1);
    if (o < 0) return e + t.slice(r);
    if (e += `${t.slice(r, n)} `, r = o + 1, ji(t, n)) {
      Br.lastIndex = r;
      let i = Br.exec(t);
      r = i ? i.index + i[0].length : t.length;
    }
  }
  return e;
}
function ji(t, e) {
  let r = t.charCodeAt(e + 1) | 32;
  return r !== 115 && r !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function Gi(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    Hr(t, "&#39;"),
    Hr(t, "&#x27;"),
    ...qi(t)
  ];
  return [...new Set(e)].filter((r) => r !== "");
}
function Hr(t, e) {
  let r = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (n) => r[n] ?? n);
}
function qi(t) {
  let e = Buffer.from(t, "utf8"), r = e.toString("base64"), n = [r, r.replace(/=+$/, "")];
  for (let o of [0, 1, 2]) {
    let i = Buffer.concat([Buffer.alloc(o), e]).toString("base64"), s = Math.ceil(o * 8 / 6), u = Math.floor((o + e.length) * 8 / 6);
    n.push(i.slice(s, u));
  }
  return n.filter((o) => o.length >= 6).flatMap((o) => [o, o.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function U(t, e) {
  return t.length > e ? `${jr(t, e)}\u2026` : t;
}
function Gr(t, e) {
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
}, Vr = new w("cancelled", "CANCELLED"), Vi = "tunneling socket could not be established";
function Wr(t, e, r) {
  return {
    url: t,
    host: r.text(t.host, 300),
    proxy: e ? r.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function Qt(t) {
  if (t instanceof w) return t;
  let e = t?.code, r = t instanceof Error ? t.message : String(t);
  return new w(r, typeof e == "string" ? e : "UNKNOWN");
}
async function Kr(t, e) {
  let r = Qt(t);
  if (r.description.startsWith(Vi)) {
    let n = r.description.split("cause=")[1] ?? r.code;
    return new w(n, "EPROXY");
  }
  return r.code === "EPROTO" && /wrong version number/i.test(r.description) ? new w(r.description, "EPLAINPORT") : r.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= Wi(e.url), await e.speaksTls) ? new w(r.description, "ETLSPORT") : r;
}
function Wi(t) {
  return new Promise((e) => {
    let r = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, qr.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), n = (o) => {
      r.destroy(), e(o);
    };
    r.once("secureConnect", () => n(!0)), r.once("error", () => n(!1)), r.once("timeout", () => n(!1));
  });
}
function Ki(t, e, r, n) {
  let o = t.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${e}${r} sent an answer that is not valid HTTP (${n})${o}`;
}
var Yi = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), Xi = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Yr(t, e, r) {
  let n = e.text(t.code, 64), o = r?.host ?? a`the host`, i = r?.proxy ? a` via proxy ${r.proxy}` : a``;
  if (t.code.startsWith("HPE_")) return Ki(t, o, i, n);
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
  if (Yi.has(t.code))
    return a`the TLS certificate of ${o} is not trusted (${n}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = Xi[t.code];
  return s ? a`${s} by ${o}${i} (${n})` : a`${o}${i}: ${e.text(t.description)}`;
}

// src/platform/verdict.ts
var zi = 32, Ji = 128, Zi = 8, te = 4096;
function zr(t, e) {
  if (ts(t.status)) return ss(t, e);
  let r = us(t.body);
  if (!r) return as(t, e);
  let n = rs(r, e), o = ns(t.status, r, n, e);
  return {
    succeeded: o === null,
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    reason: o,
    warning: o === null && Jr(r.data)?.trim() === "false" ? a`the platform answered data "false"` : null
  };
}
function j(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function Qi(t) {
  return t >= 200 && t < 300;
}
function ts(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function es(t) {
  return re(t) ? String(t).trim() : null;
}
function rs(t, e) {
  let r = (n, o) => {
    let i = Jr(n);
    return i === null || i.trim() === "" ? null : e.text(i, o);
  };
  return {
    code: re(t.code) ? r(t.code, zi) : null,
    traceId: re(t.traceId) ? r(t.traceId, Ji) : null,
    data: r(t.data),
    errorMsg: r(t.errorMsg),
    detailErrorMsg: r(t.detailErrorMsg)
  };
}
function ns(t, e, r, n) {
  let o = os(r.errorMsg, r.detailErrorMsg);
  if (!Qi(t))
    return o !== null ? a`HTTP ${t}: ${o}` : a`HTTP ${t}${ee(r.code)}`;
  if (o !== null) return o;
  let i = is(e, n);
  return i.value !== !0 ? i.name === null ? a`the response has neither "succeed" nor "success"${ee(r.code)}` : a`the platform answered ${i.name}: ${i.shown}${ee(r.code)}` : es(e.code) !== "200" ? r.code === null ? a`the platform answered code null` : a`the platform answered code "${r.code}"` : null;
}
function os(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function is(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...Xr(t.succeed, e) } : "success" in t ? { name: a`success`, ...Xr(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function Xr(t, e) {
  return { value: t, shown: e.text(Zr(t), 60) };
}
function ee(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function ss(t, e) {
  let r = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return j(
    a`HTTP ${t.status} redirect to ${r}: the action does not follow redirects, set host to the final address`
  );
}
function as(t, e) {
  let r = e.excerpt(t.body), n = t.body.trim() === "" ? a`an empty body` : r === "" ? a`a page of markup with no text, not a JSON object` : a`a body that is not a JSON object: ${r}`;
  return j(a`HTTP ${t.status} with ${n}`);
}
function us(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function re(t) {
  return typeof t == "string" || typeof t == "number";
}
function Jr(t) {
  return t == null ? null : typeof t == "string" ? t : Zr(t);
}
function Zr(t) {
  let e = [], r = 0, n = (s) => (e.push(s), r += s.length, r < te), o = (s, u) => {
    if (s === null || typeof s != "object") return n(JSON.stringify(s) ?? "null");
    if (u >= Zi) return n("\u2026");
    let c = Array.isArray(s) ? s.map((p) => [null, p]) : Object.entries(s);
    if (!n(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [p, [d, f]] of c.entries())
      if (p > 0 && !n(",") || d !== null && !n(`${JSON.stringify(d)}:`) || !o(f, u + 1)) return !1;
    return n(Array.isArray(s) ? "]" : "}");
  };
  o(t, 0);
  let i = e.join("");
  return r < te ? i : `${i.slice(0, te)}\u2026`;
}

// src/platform/attempt.ts
function yt(t, e, r = Date.now()) {
  let n = Xt({ status: t.status }), o = n ? Ir(t.retryAfter, r) : void 0;
  return {
    verdict: zr(t, e),
    answered: !0,
    local: !1,
    retryable: n,
    pushbackMs: o ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function Qr(t, e, r) {
  let n = Qt(t);
  return {
    verdict: j(Yr(n, e, r)),
    answered: !1,
    local: n.code === "ELOCAL",
    retryable: Xt({ errorCode: n.code }),
    pushbackMs: void 0,
    cancelled: n.code === "CANCELLED"
  };
}
function ne(t, e) {
  let { code: r, traceId: n } = t.verdict;
  return { ...t, verdict: { ...j(e), code: r, traceId: n } };
}

// src/platform/connection.ts
var en = _(require("node:http"), 1);

// src/platform/tls-trust.ts
function tn(t) {
  let e = process.getBuiltinModule("node:tls"), r = e.getCACertificates;
  return [...r ? r("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function rn(t, e) {
  let r = t.protocol === "https:", n = r ? process.getBuiltinModule("node:https") : en.default, o = we(t), i = o?.hostname ? await cs(r, o, e.maxSockets) : new n.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return r && e.caCertificates.length > 0 && ls(i, e.caCertificates), { agent: i, transport: n, proxy: o?.hostname ? o : void 0 };
}
async function cs(t, e, r) {
  let n = await Promise.resolve().then(() => _(ke(), 1)), o = e.protocol === "https:", i = t ? o ? n.httpsOverHttps : n.httpsOverHttp : o ? n.httpOverHttps : n.httpOverHttp, s = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, u = Number(e.port || (o ? 443 : 80)), c = {
    maxSockets: r,
    keepAlive: !0,
    proxy: { ...s, host: e.hostname, port: u }
  };
  return i(c);
}
function ls(t, e) {
  let r = t;
  r.options = { ...r.options, ca: tn(e) };
}

// src/platform/http-exchange.ts
var nn = 1024 * 1024;
function on(t) {
  let { transport: e, url: r, agent: n, headers: o, payload: i, timeoutMs: s, signal: u } = t;
  return new Promise((c, p) => {
    let d = !1, f = !1, m = (T) => {
      d || (d = !0, clearTimeout(b), T());
    }, y = () => new w(`no answer within ${s / 1e3} s`, "TIMEOUT"), h = (T) => m(() => p(f ? y() : u?.aborted ? Vr : T)), b = setTimeout(() => {
      f = !0, x?.destroy(y()), h(y());
    }, s), x;
    try {
      x = e.request(r, {
        method: "POST",
        agent: n,
        headers: { ...o, "content-length": Buffer.byteLength(i) },
        ...u ? { signal: u } : {}
      });
    } catch (T) {
      return h(ps(T));
    }
    let C = !1;
    x.on("response", (T) => {
      C = !0, fs(T).then(
        (kt) => m(
          () => c({ status: T.statusCode ?? 0, body: kt, ...ds(T) })
        ),
        h
      );
    }), x.on("upgrade", (T, kt) => {
      kt.destroy(), h(
        new w(
          `answered ${T.statusCode ?? 101} ${T.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), x.on("error", h), x.on("close", () => {
      C || h(new w("the connection closed without an answer", "ECLOSED"));
    }), x.end(Buffer.from(i, "utf8"));
  });
}
function ps(t) {
  let e = t instanceof Error ? t.message : String(t);
  return new w(e, "ELOCAL");
}
function ds(t) {
  let { "retry-after": e, location: r } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof r == "string" ? { location: r } : {}
  };
}
function fs(t) {
  return new Promise((e, r) => {
    let n = [], o = 0;
    t.on("data", (i) => {
      o < nn && n.push(i), o += i.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(n).subarray(0, nn).toString("utf8"))
    ), t.on("error", r), t.on("close", () => {
      t.complete || r(new w("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/token-answer.ts
function sn(t, e, r) {
  let n = ms(t.body);
  n !== void 0 && r(n);
  let o = yt(t, e);
  return o.verdict.succeeded ? n === void 0 ? ne(o, a`the token answer has no token (a non-empty string) in data`) : Ut(n) ? { ...o, token: n } : ne(
    o,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : o;
}
function ms(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function an(t) {
  let e = new URL(t.endpointUrl), r = new URL(t.tokenUrl), { agent: n, transport: o, proxy: i } = await rn(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), s = Wr(e, i, t.boundary), u = async (d) => Qr(await Kr(d, s), t.boundary, s), c = (d, f, m, y) => on({ transport: o, url: d, agent: n, headers: f, payload: m, timeoutMs: t.timeoutMs, signal: y }), p = hs(t);
  return {
    trigger: (d, f, m) => {
      let y = gs(d, t.tenantId);
      return t.onTriggerBody?.(y), c(
        e,
        { ...p, ...ys(t.tenantId, f) },
        y,
        m
      ).then((h) => yt(h, t.boundary), u);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (d, f, m) => c(
      r,
      p,
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      m
    ).then((y) => sn(y, t.boundary, f), u),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => n.destroy?.()
  };
}
function gs(t, e) {
  let r = {
    tableName: t.tableName,
    tenantId: e,
    tablePartition: t.partition
  };
  return JSON.stringify(r);
}
function hs(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent
  };
  if (t.basicAuth) {
    let { username: r, password: n } = t.basicAuth;
    e.authorization = `Basic ${Wt(r, n)}`;
  }
  return e;
}
function ys(t, e) {
  return {
    "tenant-id": t,
    "auth-type": e.authType,
    "auth-value": e.authValue
  };
}

// src/report/format.ts
var bs = [
  ...[500, 200, 80, 20, 0].map((t) => ({ textLimit: t, idLimit: 1 / 0, rowCap: 1 / 0 })),
  { textLimit: 0, idLimit: 40, rowCap: 1 / 0 },
  ...[1e3, 300, 100, 30, 10].map((t) => ({ textLimit: 0, idLimit: 40, rowCap: t }))
];
function v(t) {
  return t === 1 ? a`` : a`s`;
}
function bt(t) {
  return t < 1e3 ? a`${t} ms` : a`${Gr(t / 1e3, 1)} s`;
}
function G(t, e) {
  let r = "";
  for (let n of bs)
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
var wt = 3, Ts = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, Tt = class {
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
    return Ts[this.firstCause ?? "cancelled"];
  }
};

// src/report/tally.ts
function oe(t) {
  return t.filter((e) => e.status === "failed");
}
function Y(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: oe(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}

// src/report/lines.ts
var D = "AnyMetrics refresh failed", un = "AnyMetrics refresh input is invalid";
function ie(t, e = 1 / 0) {
  let r = U(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${r}${ws(t)}${cn(t)}`;
}
function ws(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${bt(t.durationMs)})` : a``;
}
function cn(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function ln(t) {
  let e = /* @__PURE__ */ new Map();
  for (let r of t) {
    let n = r.errorMsg ?? "";
    e.set(n, [...e.get(n) ?? [], r]);
  }
  return [...e.values()].map((r) => {
    let [n] = r;
    if (r.length === 1) return { line: ie(n), count: 1 };
    let o = n.errorMsg ?? a`failed`;
    return {
      line: a`${r.length} triggers failed: ${o} (first: ${n.tableName} ${n.partition}${cn(n)})`,
      count: r.length
    };
  });
}
function pn(t, e, r) {
  let n = t.filter((i) => i.status === "not-run").length, o = a`${n} trigger${v(n)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${o}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let i = [...t].reverse().find((u) => u.status === "failed" && !u.answered), s = i?.errorMsg ? a` (last: ${i.errorMsg})` : a``;
    return a`The platform at ${r} is unreachable: ${wt} triggers in a row got no answer after their retries${s}; ${o}`;
  }
  return null;
}
function xs(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, r = a`${t.attempts} attempt${v(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${r}, ${bt(t.durationMs)})`;
}
function dn(t, e, r) {
  return a`[${e}/${r}] ${xs(t)}`;
}
function fn(t) {
  return a`${t.tableName} ${t.partition}: ${mn(t)}`;
}
function mn(t) {
  return a`attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${bt(t.waitMs)}`;
}
function gn(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function xt(t) {
  let { succeeded: e, failed: r, notRun: n } = Y(t), o = [a`${e.length} succeeded`, a`${r.length} failed`];
  return n.length > 0 && o.push(a`${n.length} not run`), a`${Fr(o, ", ")}, ${t.length} in all`;
}
function hn(t) {
  return a`${t} more trigger${v(t)} failed: see the job summary or the error-message output`;
}
function yn(t, e, r) {
  return a`Triggering ${t} data update${v(t)} on ${e} (concurrency ${Math.min(r, t)})`;
}
function bn(t) {
  let e = a`${t.length} trigger${v(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((r) => a`${r.tableName} ${r.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
var Rs = 400;
function Tn(t, e) {
  let r = e.text(t.rule, Rs), n = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${E(t.input)}" ${r}${n}`;
}
function wn(t, e) {
  let r = t.traceId ? a` (traceId ${t.traceId})` : a``, n = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${n}: ${t.reason ?? a`refused`}${r}; no trigger was sent`;
}
function xn(t) {
  return a`token request: ${mn(t)}`;
}
function Rn(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function se(t, e) {
  return t === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${e}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${e}); the log above has the run's record`;
}
function En(t, e) {
  return a`today in ${t} is ${e}`;
}
function Sn(t) {
  return a`Request body: ${t}`;
}
var An = a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`, kn = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

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
var Es = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, Ss = /[\\`*_[\]()!~|:.@]/g;
function R(t) {
  return t.replace(Ss, (e) => `\\${e}`).replace(/[&<>]/g, (e) => Es[e] ?? e);
}

// src/report/summary.ts
var ue = 1e6, As = 10, vn = () => "";
function Cn(t, e, r = vn) {
  let { succeeded: n, failed: o, notRun: i } = Y(t), s = o.length + i.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${D}`;
  return G(
    ue,
    (u) => [
      `## ${s}`,
      "",
      `**${xt(t)}**`,
      "",
      ...ae(`\u274C Failed (${o.length})`, o, u, [
        ["Table", (c) => S(c.tableName)],
        ["Partition", (c) => R(c.partition)],
        ["Reason", (c) => R(H(c.errorMsg, u.textLimit) ?? "")],
        ["Trace ID", (c) => c.traceId ? S(c.traceId) : ""],
        ["Attempts", (c) => String(c.attempts)]
      ]),
      ...ae(`\u23ED\uFE0F Not run (${i.length})`, i, u, [
        ["Table", (c) => S(c.tableName)],
        ["Partition", (c) => R(c.partition)],
        ["Reason", (c) => R(c.errorMsg ?? "")]
      ]),
      ...ks(
        n.length > As,
        `\u2705 Succeeded (${n.length})`,
        ae(`\u2705 Succeeded (${n.length})`, n, u, [
          ["Table", (c) => S(c.tableName)],
          ["Partition", (c) => R(c.partition)],
          ["Trace ID", (c) => c.traceId ? S(c.traceId) : ""],
          ["Attempts", (c) => String(c.attempts)],
          ["Note", (c) => R(H(c.warning, u.textLimit) ?? "")]
        ])
      ),
      r(u),
      $n(e),
      ""
    ].join(`
`)
  );
}
function ae(t, e, r, n) {
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
    ...et(i),
    ""
  ];
}
function et(t) {
  return t > 0 ? [
    "",
    `\u2026and ${t} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}
function ks(t, e, r) {
  return !t || r.length === 0 ? r : [`<details><summary>${e}</summary>`, "", ...r.slice(1), "</details>", ""];
}
function Dn(t, e, r = vn) {
  return G(ue, (n) => {
    let { rows: o, more: i } = B(t, n.rowCap);
    return [
      "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
      "",
      `**${t.length} trigger${v(t.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...o.map(
        (s) => `| ${S(s.tableName)} | ${R(s.partition)} |`
      ),
      ...et(i),
      "",
      r(n),
      $n(e),
      ""
    ].join(`
`);
  });
}
function ce(t) {
  return `## \u274C ${D}

${t}
`;
}
function Nn(t) {
  return G(
    ue,
    (e) => `## AnyMetrics refresh: nothing to refresh

${t(e)}`
  );
}
function $n(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${R(t.workflow)}**`), t.runNumber && e.push(`run #${R(t.runNumber)}`), t.sha && e.push(`commit ${S(t.sha.slice(0, 7))}`), t.event && e.push(`event ${S(t.event)}`), e.join(" \xB7 ");
}

// src/report/dbt-report.ts
var vs = /* @__PURE__ */ new Set(["invalid-table-name"]);
function In(t, e) {
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
function _n(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${v(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: r }) => a`${e} → ${r}`),
      ...t.skipped.map(({ node: e, reason: r }) => a`${e}: skipped, ${r}`)
    ],
    warnings: t.skipped.filter(({ kind: e }) => vs.has(e)).map(({ node: e, reason: r }) => a`${e}: ${r}`)
  };
}
function On(t, e) {
  let r = (s) => S(U(s, e.idLimit)), n = B(t.mapped, e.rowCap), o = B(t.skipped, e.rowCap), i = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${v(t.skipped.length)} skipped</summary>`,
    "",
    ...o.rows.map(
      ({ node: s, reason: u }) => `- ${r(s)}: ${R(U(u, Math.max(e.textLimit, 80)))}`
    ),
    ...et(o.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...n.rows.map(({ node: s, table: u }) => `| ${r(s)} | ${S(u)} |`),
    ...et(n.more),
    ...i,
    ""
  ].join(`
`);
}

// src/report/outputs.ts
var Pn = 1e6;
function Ln(t) {
  let { succeeded: e, failed: r } = Y(t);
  return {
    success: String(t.length > 0 && e.length === t.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((n) => n.traceId ?? "").join(","),
    "error-message": G(Pn, (n) => Cs(r, n)),
    results: Ds(t),
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
function Cs(t, e) {
  let { rows: r, more: n } = B(t, e.rowCap), o = r.map((i) => ie(i, e.textLimit));
  return n > 0 && o.push(a`…and ${n} more: see the results output`), o.join(`
`);
}
function Ds(t) {
  return G(
    Pn,
    (e) => JSON.stringify(t.map((r) => Ns(r, e)))
  );
}
function Ns(t, e) {
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
var Mn = require("node:fs");
function Un(t) {
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
function le(t) {
  if (!t) return;
  let e;
  try {
    e = (0, Mn.statSync)(t);
  } catch {
    return;
  }
  if (!(e.isFile() || e.isCharacterDevice()))
    throw Object.assign(new Error(`${t} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/printer.ts
var $s = 4, Bn = 10, Rt = class {
  constructor(e, r, n) {
    this.boundary = r;
    this.context = n;
    this.sink = Un(e);
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
  mask(e) {
    this.boundary.addSecret(e).forEach((r) => this.sink.setSecret(r)), e.length < $s && !this.warnedShortSecret && (this.warnedShortSecret = !0, this.sink.warning(An));
  }
  inputRefused(e) {
    let r = e.map((n) => Tn(n, this.boundary));
    this.setOutputs(X(r)), r.forEach((n) => this.fail(n, un));
  }
  notices(e) {
    e.forEach((r) => this.sink.notice(E(this.boundary.text(r))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, r) {
    this.info(En(this.boundary.text(e), this.boundary.text(r)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let r = In(e, this.boundary), { group: n, lines: o, warnings: i } = _n(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), i.forEach((s) => this.sink.warning(E(s))), this.summaryExtra = (s) => On(r, s);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(kn), this.setOutputs(X()), await this.writeSummary(Nn(this.summaryExtra));
  }
  async dryRun(e) {
    let r = e.map((s) => ({
      tableName: this.boundary.text(s.tableName),
      partition: this.boundary.text(s.partition)
    })), { group: n, lines: o, notice: i } = bn(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), this.sink.notice(E(i)), this.setOutputs(X()), await this.writeSummary(Dn(r, this.context, this.summaryExtra));
  }
  tokenRetry(e) {
    this.info(xn(e));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, r) {
    let n = wn(e, r);
    this.setOutputs(X([n])), await this.writeSummary(ce(n)), this.fail(n, D);
  }
  runStarted(e, r, n) {
    this.startGroup(yn(e, this.boundary.text(r), n));
  }
  requestBody(e) {
    this.sink.debug(E(Sn(this.boundary.text(e))));
  }
  retry(e) {
    this.info(fn(e));
  }
  finished(e, r, n) {
    this.info(dn(e, r, n));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, r = {}) {
    this.endGroup(), this.info(xt(e)), this.setOutputs(Ln(e)), await this.writeSummary(Cn(e, this.context, this.summaryExtra));
    for (let c of e) {
      let p = gn(c);
      p && this.sink.warning(E(p));
    }
    let n = pn(e, r.cause, this.boundary.text(r.host ?? ""));
    n && this.fail(n, D);
    let o = oe(e).filter(
      (c) => r.cause !== "unreachable" || c.answered
    ), i = ln(o);
    i.slice(0, Bn).forEach((c) => this.fail(c.line, D));
    let u = i.slice(Bn).reduce((c, p) => c + p.count, 0);
    u > 0 && this.fail(hn(u), D);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let r = e instanceof Error ? e.message : String(e), n = Rn(this.boundary.text(r));
    this.setOutputs(X([n])), await this.writeSummary(ce(n)), this.fail(n, D);
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
        this.fail(se("outputs", this.boundary.text(Hn(r))), D);
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
        this.sink.warning(E(se("summary", this.boundary.text(Hn(r)))));
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
function Hn(t) {
  let e = t?.code;
  return typeof e == "string" ? e : t instanceof Error ? t.message : String(t);
}

// src/report/run-context.ts
function Fn(t, e) {
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
var jn = ["SIGINT", "SIGTERM"];
function Gn(t) {
  let e = !1, r = (n) => {
    e && process.exit(n === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), 2e3).unref();
  };
  return jn.forEach((n) => process.on(n, r)), () => jn.forEach((n) => process.off(n, r));
}

// src/run/retry-loop.ts
function Et(t, e) {
  return {
    sleep: (r) => e.sleep(r, t.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    stopped: () => t.stopped
  };
}
async function St(t, e, r, n) {
  let o = e.retries + 1, i, s = !1;
  for (let u = 1; ; u++) {
    let c = await t();
    if (!c || c.cancelled)
      return { last: i, attempts: u - 1, answered: s, cancelled: !!c?.cancelled };
    if (s ||= c.answered || c.local, i = c, !c.retryable || u >= o || r.stopped())
      return { last: i, attempts: u, answered: s, cancelled: !1 };
    let p = _r(u, e, c.pushbackMs, r.random), d = c.verdict.reason ?? a`transient failure`;
    n({ attempt: u, maxAttempts: o, reason: d, waitMs: p }), await r.sleep(p);
  }
}

// src/run/throttle.ts
var At = class {
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
async function qn(t, e, r) {
  let n = r.nowMs(), o = await St(
    () => r.send(t),
    e,
    r,
    (i) => r.onRetry({ ...pe(t, r.boundary), ...i })
  );
  return !o.last || o.cancelled ? de(t, r.boundary, r.notRunReason()) : Is(t, r.boundary, o.last.verdict, {
    attempts: o.attempts,
    durationMs: r.nowMs() - n,
    answered: o.answered
  });
}
function pe(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function Is(t, e, r, n) {
  return {
    ...pe(t, e),
    status: r.succeeded ? "succeeded" : "failed",
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    errorMsg: r.reason,
    warning: r.warning,
    ...n
  };
}
function de(t, e, r) {
  return {
    ...pe(t, e),
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
async function Vn(t, e, r) {
  let { control: n } = r, o = new At(e.concurrency, {
    nowMs: r.nowMs,
    sleep: (b) => r.sleep(b, n.stopSignal),
    stopped: () => n.stopped
  }), i = _s(o, r, e.retryPolicy), s = new Array(t.length), u = t.entries(), c = 0, p = 0, d = (b) => {
    b.status !== "not-run" && (p = b.answered ? 0 : p + 1, p >= wt && n.stop("unreachable"), b.status === "failed" && e.failFast && n.stop("fail-fast"));
  }, f = async () => {
    for (let [b, x] of u) {
      if (n.stopped) return;
      try {
        let C = await qn(x, e.retryPolicy, i);
        s[b] = C, r.onFinished(C, ++c, t.length), d(C);
      } catch (C) {
        throw n.stop("crashed"), C;
      }
    }
  }, m = Math.min(e.concurrency, t.length), h = (await Promise.allSettled(Array.from({ length: m }, f))).find((b) => b.status === "rejected");
  if (h) throw h.reason;
  return t.map(
    (b, x) => s[x] ?? de(b, r.boundary, n.notRunReason)
  );
}
function _s(t, e, r) {
  let { control: n } = e;
  return {
    ...Et(n, e),
    send: async (o) => {
      let i = await t.acquire();
      try {
        if (n.stopped) return;
        let s = await e.send(o, n.abortSignal);
        return s.pushbackMs === void 0 ? t.accepted(i) : t.pushedBack(i, zt(s.pushbackMs, r)), s;
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
function Wn(t, e) {
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
async function Kn(t, e, r, n, o, i) {
  let s, u = await St(
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
var Os = "anymetrics-refresh", Ps = 512 * 1024 * 1024, Yn = { sleep: Wn, random: Math.random, nowMs: Date.now };
async function Xn() {
  let t = Ms(), e = new ht(), r = new Rt(js(), e, Fn(process.env, e)), n = Ls(r);
  try {
    Dr(t).forEach((i) => r.mask(i));
    let o = Us(t, r);
    if (!o) return;
    if (r.today(o.timeZone, o.today), o.dbt && r.dbtMapping(o.dbt), o.plan.length === 0) return await r.nothingToRefresh();
    if (o.dryRun) return await r.dryRun(o.plan);
    await Bs(o, e, r);
  } catch (o) {
    await r.crashed(o);
  } finally {
    n();
  }
}
function Ls(t) {
  let e = () => {
    process.off("beforeExit", e), t.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", e), () => process.off("beforeExit", e);
}
function Ms() {
  let t = kr.map((e) => [e, $e(e)]);
  return Object.fromEntries(t);
}
function Us(t, e) {
  try {
    let { config: r, notices: n } = Nr(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (o) => Mt(o, je),
      readArtifact: (o) => Mt(o, Ps)
    });
    return e.notices(n), r;
  } catch (r) {
    if (!(r instanceof J)) throw r;
    e.inputRefused(r.errors);
    return;
  }
}
async function Bs(t, e, r) {
  let n = { retries: t.retries, ...$r }, o = await Fs(t, e, r), i = new Tt(), s = Gn(i);
  try {
    let u = await Hs(t, o, n, i, r);
    if (!u) return;
    r.runStarted(t.plan.length, t.endpoint.display, t.concurrency);
    let c = await Vn(
      t.plan,
      { concurrency: t.concurrency, failFast: t.failFast, retryPolicy: n },
      {
        ...Yn,
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
async function Hs(t, e, r, n, o) {
  if (t.credentials.kind === "header") return t.credentials;
  let i = await Kn(
    e,
    t.credentials,
    r,
    Et(n, Yn),
    { onToken: (s) => o.mask(s), onRetry: (s) => o.tokenRetry(s) },
    n.abortSignal
  );
  if ("failed" in i) {
    await o.tokenRefused(i.failed, i.attempts);
    return;
  }
  return i.credential;
}
function Fs(t, e, r) {
  return an({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    tenantId: t.tenantId,
    basicAuth: t.endpoint.basicAuth,
    timeoutMs: t.timeoutMs,
    userAgent: Os,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e,
    onTriggerBody: _e() ? (n) => r.requestBody(n) : void 0
  });
}
function js() {
  return {
    setSecret: Ne,
    debug: Oe,
    info: Ue,
    notice: (t) => Me(t),
    warning: (t) => Le(t),
    error: (t, e) => Pe(t, e),
    startGroup: Be,
    endGroup: He,
    setOutput: (t, e) => {
      le(process.env.GITHUB_OUTPUT), Ie(t, e);
    },
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && (le(process.env.GITHUB_STEP_SUMMARY), await _t.addRaw(t).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
Xn().catch(() => {
  process.exitCode = 1;
});
