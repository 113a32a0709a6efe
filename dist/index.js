"use strict";
var Nn = Object.create;
var ee = Object.defineProperty;
var Dn = Object.getOwnPropertyDescriptor;
var In = Object.getOwnPropertyNames;
var _n = Object.getPrototypeOf, On = Object.prototype.hasOwnProperty;
var re = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (r) {
    throw e = 0, r;
  }
};
var Pn = (t, e, r, n) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let o of In(e))
      !On.call(t, o) && o !== r && ee(t, o, { get: () => e[o], enumerable: !(n = Dn(e, o)) || n.enumerable });
  return t;
};
var N = (t, e, r) => (r = t != null ? Nn(_n(t)) : {}, Pn(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? ee(r, "default", { value: t, enumerable: !0 }) : r,
  t
));

// node_modules/tunnel/lib/tunnel.js
var de = re((B) => {
  "use strict";
  var Zi = require("net"), Fn = require("tls"), Rt = require("http"), ce = require("https"), Hn = require("events"), Qi = require("assert"), jn = require("util");
  B.httpOverHttp = Gn;
  B.httpsOverHttp = qn;
  B.httpOverHttps = Vn;
  B.httpsOverHttps = Kn;
  function Gn(t) {
    var e = new v(t);
    return e.request = Rt.request, e;
  }
  function qn(t) {
    var e = new v(t);
    return e.request = Rt.request, e.createSocket = pe, e.defaultPort = 443, e;
  }
  function Vn(t) {
    var e = new v(t);
    return e.request = ce.request, e;
  }
  function Kn(t) {
    var e = new v(t);
    return e.request = ce.request, e.createSocket = pe, e.defaultPort = 443, e;
  }
  function v(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || Rt.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(n, o, i, s) {
      for (var c = le(o, i, s), u = 0, l = e.requests.length; u < l; ++u) {
        var d = e.requests[u];
        if (d.host === c.host && d.port === c.port) {
          e.requests.splice(u, 1), d.request.onSocket(n);
          return;
        }
      }
      n.destroy(), e.removeSocket(n);
    });
  }
  jn.inherits(v, Hn.EventEmitter);
  v.prototype.addRequest = function(e, r, n, o) {
    var i = this, s = Et({ request: e }, i.options, le(r, n, o));
    if (i.sockets.length >= this.maxSockets) {
      i.requests.push(s);
      return;
    }
    i.createSocket(s, function(c) {
      c.on("free", u), c.on("close", l), c.on("agentRemove", l), e.onSocket(c);
      function u() {
        i.emit("free", c, s);
      }
      function l(d) {
        i.removeSocket(c), c.removeListener("free", u), c.removeListener("close", l), c.removeListener("agentRemove", l);
      }
    });
  };
  v.prototype.createSocket = function(e, r) {
    var n = this, o = {};
    n.sockets.push(o);
    var i = Et({}, n.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (i.localAddress = e.localAddress), i.proxyAuth && (i.headers = i.headers || {}, i.headers["Proxy-Authorization"] = "Basic " + new Buffer(i.proxyAuth).toString("base64")), _("making CONNECT request");
    var s = n.request(i);
    s.useChunkedEncodingByDefault = !1, s.once("response", c), s.once("upgrade", u), s.once("connect", l), s.once("error", d), s.end();
    function c(f) {
      f.upgrade = !0;
    }
    function u(f, m, y) {
      process.nextTick(function() {
        l(f, m, y);
      });
    }
    function l(f, m, y) {
      if (s.removeAllListeners(), m.removeAllListeners(), f.statusCode !== 200) {
        _(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var T = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        T.code = "ECONNRESET", e.request.emit("error", T), n.removeSocket(o);
        return;
      }
      if (y.length > 0) {
        _("got illegal response body from proxy"), m.destroy();
        var T = new Error("got illegal response body from proxy");
        T.code = "ECONNRESET", e.request.emit("error", T), n.removeSocket(o);
        return;
      }
      return _("tunneling connection has established"), n.sockets[n.sockets.indexOf(o)] = m, r(m);
    }
    function d(f) {
      s.removeAllListeners(), _(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", e.request.emit("error", m), n.removeSocket(o);
    }
  };
  v.prototype.removeSocket = function(e) {
    var r = this.sockets.indexOf(e);
    if (r !== -1) {
      this.sockets.splice(r, 1);
      var n = this.requests.shift();
      n && this.createSocket(n, function(o) {
        n.request.onSocket(o);
      });
    }
  };
  function pe(t, e) {
    var r = this;
    v.prototype.createSocket.call(r, t, function(n) {
      var o = t.request.getHeader("host"), i = Et({}, r.options, {
        socket: n,
        servername: o ? o.replace(/:.*$/, "") : t.host
      }), s = Fn.connect(0, i);
      r.sockets[r.sockets.indexOf(n)] = s, e(s);
    });
  }
  function le(t, e, r) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: r
    } : t;
  }
  function Et(t) {
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
  var _;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? _ = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : _ = function() {
  };
  B.debug = _;
});

// node_modules/tunnel/index.js
var me = re((es, fe) => {
  fe.exports = de();
});

// node_modules/@actions/core/lib/command.js
var oe = N(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function D(t) {
  return t == null ? "" : typeof t == "string" || t instanceof String ? t : JSON.stringify(t);
}
function z(t) {
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
function I(t, e, r) {
  let n = new xt(t, e, r);
  process.stdout.write(n.toString() + oe.EOL);
}
function wt(t, e = "") {
  I(t, {}, e);
}
var ne = "::", xt = class {
  constructor(e, r, n) {
    e || (e = "missing.command"), this.command = e, this.properties = r, this.message = n;
  }
  toString() {
    let e = ne + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let r = !0;
      for (let n in this.properties)
        if (this.properties.hasOwnProperty(n)) {
          let o = this.properties[n];
          o && (r ? r = !1 : e += ",", e += `${n}=${Ln(o)}`);
        }
    }
    return e += `${ne}${Mn(this.message)}`, e;
  }
};
function Mn(t) {
  return D(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function Ln(t) {
  return D(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var ie = N(require("crypto"), 1), Q = N(require("fs"), 1), Z = N(require("os"), 1);
function se(t, e) {
  let r = process.env[`GITHUB_${t}`];
  if (!r)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!Q.existsSync(r))
    throw new Error(`Missing file at path: ${r}`);
  Q.appendFileSync(r, `${D(e)}${Z.EOL}`, {
    encoding: "utf8"
  });
}
function ae(t, e) {
  let r = `ghadelimiter_${ie.randomUUID()}`, n = D(e);
  if (t.includes(r))
    throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);
  if (n.includes(r))
    throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);
  return `${t}<<${r}${Z.EOL}${n}${Z.EOL}${r}`;
}

// node_modules/@actions/core/lib/core.js
var Ct = N(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function ue(t) {
  let e = t.protocol === "https:";
  if (Un(t))
    return;
  let r = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (r)
    try {
      return new tt(r);
    } catch {
      if (!r.startsWith("http://") && !r.startsWith("https://"))
        return new tt(`http://${r}`);
    }
  else
    return;
}
function Un(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (Bn(e))
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
function Bn(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var tt = class extends URL {
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
var he = require("os"), V = require("fs"), St = function(t, e, r, n) {
  function o(i) {
    return i instanceof r ? i : new r(function(s) {
      s(i);
    });
  }
  return new (r || (r = Promise))(function(i, s) {
    function c(d) {
      try {
        l(n.next(d));
      } catch (f) {
        s(f);
      }
    }
    function u(d) {
      try {
        l(n.throw(d));
      } catch (f) {
        s(f);
      }
    }
    function l(d) {
      d.done ? i(d.value) : o(d.value).then(c, u);
    }
    l((n = n.apply(t, e || [])).next());
  });
}, { access: Wn, appendFile: Yn, writeFile: Xn } = V.promises, ge = "GITHUB_STEP_SUMMARY";
var At = class {
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
    return St(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[ge];
      if (!e)
        throw new Error(`Unable to find environment variable for $${ge}. Check if your runtime environment supports job summaries.`);
      try {
        yield Wn(e, V.constants.R_OK | V.constants.W_OK);
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
    return St(this, void 0, void 0, function* () {
      let r = !!e?.overwrite, n = yield this.filePath();
      return yield (r ? Xn : Yn)(n, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return St(this, void 0, void 0, function* () {
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
    return this.addRaw(he.EOL);
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
        let { header: c, data: u, colspan: l, rowspan: d } = s, f = c ? "th" : "td", m = Object.assign(Object.assign({}, l && { colspan: l }), d && { rowspan: d });
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
}, Jn = new At();
var vt = Jn;

// node_modules/@actions/core/lib/platform.js
var kt = N(require("os"), 1);
var is = kt.default.platform(), ss = kt.default.arch();

// node_modules/@actions/core/lib/core.js
var ye;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(ye || (ye = {}));
function Te(t) {
  I("add-mask", {}, t);
}
function be(t, e) {
  let r = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !r)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? r : r.trim();
}
function xe(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return se("OUTPUT", ae(t, e));
  process.stdout.write(Ct.EOL), I("set-output", { name: t }, D(e));
}
function we() {
  return process.env.RUNNER_DEBUG === "1";
}
function Re(t) {
  I("debug", {}, t);
}
function Ee(t, e = {}) {
  I("error", z(e), t instanceof Error ? t.toString() : t);
}
function Se(t, e = {}) {
  I("warning", z(e), t instanceof Error ? t.toString() : t);
}
function Ae(t, e = {}) {
  I("notice", z(e), t instanceof Error ? t.toString() : t);
}
function ve(t) {
  process.stdout.write(t + Ct.EOL);
}
function ke(t) {
  wt("group", t);
}
function Ce() {
  wt("endgroup");
}

// src/inputs/refusals.ts
var p = class extends Error {
  constructor(r, n) {
    super(r);
    this.rule = r;
    this.offendingValue = n;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
}, x = class extends Error {
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
    throw r instanceof p ? new x(t, r.rule, r.offendingValue) : r;
  }
}
var K = class extends Error {
  constructor(r) {
    super(r.map((n) => n.message).join(`
`));
    this.errors = r;
    this.name = "InputErrors";
  }
  errors;
}, et = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(e) {
    try {
      return e();
    } catch (r) {
      if (!(r instanceof x)) throw r;
      this.errors.push(r);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new K(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var $t = "-----BEGIN CERTIFICATE-----", $e = "-----END CERTIFICATE-----", Ne = 1024 * 1024, De = "must be PEM text or the path of a PEM file with at least one certificate";
function Ie(t, e) {
  let r = t.trim();
  if (r === "") return [];
  let n = r.includes("-----BEGIN") ? r : to(r, e), o = Qn(n);
  if (o.length === 0) throw new p(De, _e(r));
  return o.forEach(eo), o;
}
function Qn(t) {
  let e = [];
  for (let r = t.indexOf($t); r >= 0; r = t.indexOf($t, r + 1)) {
    let n = t.indexOf($e, r + $t.length);
    if (n < 0) break;
    e.push(t.slice(r, n + $e.length)), r = n;
  }
  return e;
}
function to(t, e) {
  try {
    return e(t);
  } catch (r) {
    let n = r.code ?? "unreadable";
    throw new p(`${De}; the file cannot be read (${n})`, t);
  }
}
function eo(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new p("contains a certificate that is not valid PEM", _e(t));
  }
}
function _e(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}

// src/inputs/files.ts
var O = require("node:fs"), Oe = 1024 * 1024, rt = class extends Error {
  constructor(r) {
    super(r);
    this.code = r;
    this.name = "FileRefusal";
  }
  code;
};
function Nt(t, e) {
  if (!(0, O.statSync)(t).isFile()) throw new rt("not a regular file");
  let r = (0, O.openSync)(t, "r");
  try {
    let n = [], o = 0;
    for (; ; ) {
      let i = Buffer.allocUnsafe(Oe), s = (0, O.readSync)(r, i, 0, Oe, null);
      if (s === 0) break;
      if (o += s, o > e) throw new rt(`larger than ${e} bytes`);
      n.push(i.subarray(0, s));
    }
    return Buffer.concat(n, o).toString("utf8");
  } finally {
    (0, O.closeSync)(r);
  }
}

// src/inputs/text-rules.ts
var nt = 128, ro = /[\u0000-\u001f\u007f-\u009f]/, no = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Pe(t) {
  return ro.test(t);
}
function F(t, e = {}) {
  if (!no.test(t))
    throw new p(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function ot(t, e = nt) {
  if (t.length > e)
    throw new p(`must be at most ${e} characters (it has ${t.length})`, t);
}
function k(t, e = "is required") {
  if (t === "") throw new p(e);
}

// src/inputs/credentials.ts
var Dt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Me(t, e) {
  let r = t["auth-type"] !== "" || t["auth-value"] !== "", n = t["app-id"] !== "" || t["app-secret"] !== "";
  if (r && n) {
    e.take(() => {
      throw new x(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  return n ? oo(t, e) : io(t, e);
}
function oo(t, e) {
  let r = e.take(
    () => g("app-id", () => (k(t["app-id"], "is required with app-secret (the API key ID)"), F(t["app-id"]), t["app-id"]))
  ), n = e.take(
    () => g("app-secret", () => (k(t["app-secret"], "is required with app-id (the API key secret)"), F(t["app-secret"], { secret: !0 }), t["app-secret"]))
  );
  return r && n ? { kind: "api-key", appId: r, appSecret: n } : void 0;
}
function io(t, e) {
  let r = e.take(() => g("auth-type", () => ao(t["auth-type"]))), n = e.take(() => g("auth-value", () => so(t["auth-value"])));
  return r && n ? { kind: "header", authType: r, authValue: n } : void 0;
}
function so(t) {
  return k(t), F(t, { secret: !0 }), t;
}
function ao(t) {
  k(
    t,
    `is required (one of ${Dt.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), r = Dt.find((n) => n === e);
  if (!r) throw new p(`must be one of ${Dt.join(", ")}`, t);
  return r;
}

// src/inputs/dbt-inputs.ts
var st = require("node:path");

// src/inputs/dbt-artifacts.ts
var uo = ["v12", "v20"], co = ["v6"], It = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
function Le(t) {
  let r = Be(t, "run-results", co).results;
  if (!Array.isArray(r)) throw new p('has no "results" list');
  return r.flatMap((n) => {
    let { unique_id: o, status: i } = n ?? {};
    return typeof o == "string" ? [{ uniqueId: o, status: String(i) }] : [];
  });
}
function Ue(t, e) {
  let n = Be(t, "manifest", uo).nodes;
  if (typeof n != "object" || n === null) throw new p('has no "nodes" map');
  let o = /* @__PURE__ */ new Map();
  for (let i of e) {
    let s = n[i];
    typeof s == "object" && s !== null && o.set(i, po(i, s));
  }
  return o;
}
function Be(t, e, r) {
  let n;
  try {
    n = JSON.parse(t);
  } catch {
    throw new p("is not valid JSON");
  }
  if (typeof n != "object" || n === null) throw new p("is not a JSON object");
  let o = n, i = o.metadata?.dbt_schema_version, s = new RegExp(`/${e}/(v\\d+)\\.json$`).exec(String(i))?.[1];
  if (!s || !r.includes(s))
    throw new p(
      `is ${e} ${s ?? `of unknown version (${String(i).slice(0, 80)})`}; this action reads ${e} ${r.join(" and ")}`
    );
  return o;
}
function po(t, e) {
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
function Fe(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => It.has(e.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var He = ["model", "seed", "snapshot"];
function _t(t, e) {
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
function Ot(t) {
  let e = t.indexOf(":"), r = e < 0 ? "" : t.slice(0, e), n = e < 0 ? t : t.slice(e + 1);
  if (n === "" || /\s/.test(n))
    throw new p("has a selector without a value or with spaces", t);
  switch (r) {
    case "":
      return { kind: "name", value: n };
    case "tag":
      return { kind: "tag", value: n };
    case "path":
      return { kind: "path", value: n, pattern: lo(n) };
    case "resource_type":
      if (!He.includes(n))
        throw new p(
          `has resource_type:${n}; use ${He.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: n };
    default:
      throw new p("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function lo(t) {
  let e = "";
  for (let n = 0; n < t.length; n++) {
    let o = t[n] ?? "";
    o === "*" && t[n + 1] === "*" ? (e += t[n + 2] === "/" ? "(?:.*/)?" : ".*", n += t[n + 2] === "/" ? 2 : 1) : o === "*" ? e += "[^/]*" : o === "?" ? e += "[^/]" : e += o.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  let r = /[*?]/.test(t) ? "" : "(?:/.*)?";
  return new RegExp(`^${e.replace(/\/$/, "")}${r}$`);
}

// src/inputs/table-name.ts
var E = "[\\p{L}\\p{N}_$-]+", fo = new RegExp(`^(${E})\\.\`(${E})\\.(${E})\`\\.(${E})$`, "u"), mo = new RegExp(`^(${E})\\.(${E})\\.(${E})\\.(${E})$`, "u"), go = new RegExp(`^${E}$`, "u"), ho = new RegExp(`^(${E})\\.(${E})$`, "u"), yo = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function it(t) {
  let e = t.trim();
  if (fo.test(e)) return { tableName: Pt(e), backticksAdded: !1 };
  let r = mo.exec(e);
  if (r) {
    let [n = "", o = "", i = "", s = ""] = r.slice(1);
    return {
      tableName: Pt(qe(n, `${o}.${i}`, s)),
      backticksAdded: !0
    };
  }
  throw new p(yo, e);
}
function H(t) {
  let e = t.trim();
  if (!go.test(e))
    throw new p(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function je(t) {
  let e = To(t.trim());
  if (!ho.test(e))
    throw new p("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function Ge(t, e, r) {
  return Pt(qe(t, e, r));
}
function qe(t, e, r) {
  return `${t}.\`${e}\`.${r}`;
}
function To(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Pt(t) {
  try {
    ot(t, nt);
  } catch {
    throw new p(
      `must compose a tableName of at most ${nt} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt-mapping.ts
var bo = /* @__PURE__ */ new Set(["success", "partial success"]);
function Ve(t, e, r) {
  let n = { mapped: [], skipped: [] }, o = /* @__PURE__ */ new Set();
  for (let i of t) {
    if (o.has(i.uniqueId)) continue;
    o.add(i.uniqueId);
    let s = xo(i, e.get(i.uniqueId), r);
    "tableName" in s ? n.mapped.push({ uniqueId: i.uniqueId, ...s }) : n.skipped.push({ uniqueId: i.uniqueId, ...s });
  }
  return n;
}
function xo(t, e, r) {
  let n = wo(t, e, r);
  if (n) return n;
  if (!e) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: Ro(e, r) };
  } catch (o) {
    return { kind: "invalid-table-name", reason: `its table name ${o instanceof p ? o.rule : String(o)}` };
  }
}
function wo(t, e, r) {
  let n = t.uniqueId.split(".")[0] ?? "";
  return It.has(e?.resourceType ?? n) ? bo.has(t.status) ? e ? e.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : r.select.length > 0 && !r.select.some((o) => _t(o, e)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : r.exclude.some((o) => _t(o, e)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${t.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${n || "node"}, not a table` };
}
function Ro(t, e) {
  let r = t.schema ?? "", n = t.database !== null && t.database !== r ? t.database : null, o = t.catalog ?? n ?? e.defaultCatalog, i = `${e.datasource}.\`${o}.${r}\`.${t.alias ?? t.name}`;
  return it(i).tableName;
}

// src/inputs/list.ts
function C(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/dbt-inputs.ts
var Mt = "default_catalog";
function We(t, e) {
  let r = g("datasource", () => (k(
    t.datasource,
    "is required with dbt-run-results: the data source name bound in AnyMetrics"
  ), H(t.datasource))), n = g(
    "dbt-catalog",
    () => H(t["dbt-catalog"] || Mt)
  ), o = g("dbt-select", () => C(t["dbt-select"]).map(Ot)), i = g("dbt-exclude", () => C(t["dbt-exclude"]).map(Ot)), s = t["dbt-run-results"], c = t["dbt-manifest"] || (0, st.join)((0, st.dirname)(s), "manifest.json"), u = g(
    "dbt-run-results",
    () => Ke(e, s, Le)
  ), l = Fe(u), d = g(
    "dbt-manifest",
    () => Ke(e, c, (m) => Ue(m, l))
  ), f = [...l].filter((m) => !d.has(m));
  if (f.length > 0)
    throw new x(
      "dbt-manifest",
      `has no node ${f[0]}${f.length > 1 ? ` (nor ${f.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      c
    );
  return Ve(u, d, { datasource: r, defaultCatalog: n, select: o, exclude: i });
}
function Ke(t, e, r) {
  let n;
  try {
    n = t(e);
  } catch (o) {
    let i = o.code ?? "unreadable";
    throw new p(`names a file that cannot be read (${i})`, e);
  }
  try {
    return r(n);
  } catch (o) {
    throw o instanceof p ? new p(o.rule, e) : o;
  }
}

// src/inputs/host.ts
var Lt = "/anymetrics/api/v1/scheduler/task/trigger", Eo = "/anymetrics/api/v1/token/create", Ye = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", Xe = /^[a-z][a-z0-9+.-]*:\/\//i, So = /[/?#\\]/;
function Ut(t) {
  let e = Xe.exec(t)?.[0] ?? "", r = t.slice(e.length), n = r.search(So), i = (n < 0 ? r : r.slice(0, n)).lastIndexOf("@"), s = i >= 0 ? i : r.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: e,
      userinfo: r.slice(0, s),
      rest: r.slice(s + 1),
      ambiguous: i < 0
    };
}
function Je(t) {
  let e = Ut(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: r } = e, n = r.indexOf(":"), o = n < 0 ? r : r.slice(0, n), i = n < 0 ? "" : r.slice(n + 1), s = n < 0 ? o : i, c = [
    s,
    W(s),
    Bt(W(o), W(i))
  ];
  return e.ambiguous && c.push(r), [...new Set(c.filter((u) => u !== ""))];
}
function Bt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function L(t) {
  let e = Ut(t.trim());
  return e ? `${e.scheme}***@${e.rest}` : t.trim();
}
function ze(t) {
  let e = t.trim();
  if (e === "") throw new p("is required");
  if (Pe(e) || /\s/.test(e))
    throw new p("must not contain spaces or control characters", L(e));
  if (Ut(e)?.ambiguous)
    throw new p(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      L(e)
    );
  let r = Ao(e), n = r.pathname.replace(/\/+$/, ""), o = n.endsWith(Lt) ? n.slice(0, -Lt.length) : n, i = `${r.protocol}//${r.host}${o}`, s = {
    url: i + Lt,
    tokenUrl: i + Eo,
    display: i
  };
  return (r.username !== "" || r.password !== "") && (s.basicAuth = {
    username: W(r.username),
    password: W(r.password)
  }), s;
}
function Ao(t) {
  let e = Xe.test(t), r = vo(e ? t : `http://${t}`, t);
  if (r.protocol !== "http:" && r.protocol !== "https:")
    throw new p("must use http:// or https://", L(t));
  if (r.hostname === "") throw new p(Ye, L(t));
  if (!e && r.port === "")
    throw new p(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      L(t)
    );
  if (r.search !== "" || r.hash !== "")
    throw new p("must not contain a query (?) or fragment (#)", L(t));
  return r;
}
function vo(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new p(Ye, L(e));
  }
}
function W(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

// src/inputs/partition.ts
var ut = 864e5, ko = /^(\d{4})-(\d{2})-(\d{2})$/, Co = /^today\s*-\s*(\d{1,5})$/i, Ze = 36600, $o = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", Qe = "..", tr = 36600, er = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, rr = {
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
function or(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (rr[e]) return rr[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let r = No(t);
  return r === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : er.test(t) ? null : `is a legacy alias or abbreviation: write ${er.test(r) && r !== t ? r : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function No(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function ir(t) {
  return Y(at(t));
}
function sr(t, e) {
  if (t.length === 0) throw new p("must name at least one partition");
  let r = /* @__PURE__ */ new Set();
  for (let n of t)
    for (let o of Do(n.trim(), e)) r.add(o);
  return [...r].sort((n, o) => n - o).map(Y);
}
function Do(t, e) {
  let r = t.indexOf(Qe);
  if (r < 0) return [ar(t, e)];
  if (t.includes("..."))
    throw new p("has a range with three dots: write A..B (two dots)", t);
  let [n = "", o = ""] = [
    t.slice(0, r),
    t.slice(r + Qe.length)
  ].map((c) => c.trim());
  if (n === "" || o === "")
    throw new p(
      `has a range without its ${n === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let i = nr(n, t, e), s = nr(o, t, e);
  if (s < i)
    throw new p(
      `has a reversed range (${Y(i)} is after ${Y(s)}): write it oldest first`,
      t
    );
  if (s - i >= tr)
    throw new p(`has a range longer than ${tr} days`, t);
  return Array.from({ length: s - i + 1 }, (c, u) => i + u);
}
function nr(t, e, r) {
  try {
    return ar(t, r);
  } catch (n) {
    throw n instanceof p ? new p(n.rule, e) : n;
  }
}
function ar(t, e) {
  let r = t.toLowerCase();
  if (r === "today") return at(e);
  if (r === "yesterday") return at(e) - 1;
  let n = Co.exec(t);
  if (n) {
    let o = Number(n[1]);
    if (o > Ze)
      throw new p(`must not reach back more than ${Ze} days`, t);
    return at(e) - o;
  }
  return Io(t);
}
function Io(t) {
  let e = ko.exec(t);
  if (!e) throw new p($o, t);
  let [r, n, o] = e.slice(1).map(Number), i = Date.UTC(r, n - 1, o) / ut;
  if (r < 1 || Y(i) !== t)
    throw new p("must be a real calendar date (yyyy-MM-dd)", t);
  return i;
}
function at({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / ut);
  let r = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), n = (o) => Number(r.find((i) => i.type === o)?.value);
  return Date.UTC(n("year"), n("month") - 1, n("day")) / ut;
}
function Y(t) {
  return new Date(t * ut).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var ur = 3600;
function cr(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > ur)
    throw new p(
      `must be a number of seconds above 0, at most ${ur}`,
      t
    );
  return Math.round(e * 1e3);
}
function ct(t, e, r) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > r)
    throw new p(`must be a whole number from ${e} to ${r}`, t);
  return Number(t);
}
function Ft(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new p("must be true or false", t);
}
function pr(t) {
  let e = or(t);
  if (e) throw new p(e, t);
  return t;
}

// src/inputs/table-inputs.ts
var lr = ["datasource", "catalog-schema", "table"];
function dr(t, e, r) {
  let n = C(t["table-name"]), o = lr.filter(
    (i) => t[i] !== "" && !(r && i === "datasource")
  );
  if (n.length > 0 && o.length > 0)
    throw new x(
      "table-name",
      `cannot be combined with ${o.join(", ")}: give full names or their parts, not both`
    );
  if (n.length > 0) return n.map((i) => _o(i, e));
  if (o.length === 0 && r) return [];
  if (o.length === 0)
    throw new x(
      "table-name",
      "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
    );
  return Oo(t);
}
function _o(t, e) {
  let r = g("table-name", () => it(t));
  return r.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${r.tableName}`), r.tableName;
}
function Oo(t) {
  let e = lr.find((o) => C(t[o]).length === 0);
  if (e)
    throw new x(e, "is required when datasource, catalog-schema or table is given");
  let r = g("datasource", () => H(t.datasource)), n = g(
    "catalog-schema",
    () => je(t["catalog-schema"])
  );
  return C(t.table).map(
    (o) => g("table", () => Ge(r, n, H(o)))
  );
}

// src/inputs/trigger-plan.ts
function fr(t, e, r) {
  let n = [...new Set(t)], o = [...new Set(e)].sort(), i = n.length * o.length;
  if (i > r.maxTriggers) {
    let s = i > r.largest ? `split the backfill across steps or a job matrix (one step takes at most ${r.largest})` : "narrow partition or raise max-triggers";
    throw new p(
      `is ${r.maxTriggers}, and the plan has ${i} triggers (${n.length} table${n.length === 1 ? "" : "s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)}): ${s}`
    );
  }
  return n.flatMap((s) => o.map((c) => ({ tableName: s, partition: c })));
}

// src/inputs/parse-inputs.ts
var mr = [
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
], Po = 10, Mo = 32, gr = 2e3, hr = {
  timeZone: { input: "timezone", default: "UTC", parse: pr },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: cr },
  retries: {
    input: "retries",
    default: "3",
    parse: (t) => ct(t, 0, Po)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (t) => ct(t, 1, Mo)
  },
  failFast: { input: "fail-fast", default: "false", parse: Ft },
  dryRun: { input: "dry-run", default: "false", parse: Ft },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (t) => ct(t, 1, gr)
  }
}, xa = {
  partition: "today",
  "dbt-catalog": Mt,
  ...Object.fromEntries(Object.values(hr).map((t) => [t.input, t.default]))
};
function yr(t) {
  return [t["auth-value"], t["app-secret"], ...Je(t.host)].filter(
    (e) => e !== ""
  );
}
function Tr(t, e) {
  let r = [], n = new et(), o = n.take(() => g("host", () => ze(t.host))), i = n.take(() => g("tenant-id", () => Bo(t["tenant-id"]))), s = Me(t, n), c = t["dbt-run-results"] !== "", u = c ? n.take(() => We(t, e.readArtifact)) : void 0, l = n.take(() => dr(t, r, c)), d = l && (!c || u) ? [...l, ...Fo(u)] : void 0, f = Lo(t, n), { timeZone: m, maxTriggers: y } = f, T = m === void 0 ? void 0 : n.take(
    () => g(
      "partition",
      () => sr(C(t.partition || "today"), { now: e.now, timeZone: m })
    )
  ), h = d && T && y !== void 0 ? n.take(
    () => g(
      "max-triggers",
      () => fr(d, T, { maxTriggers: y, largest: gr })
    )
  ) : void 0, P = n.take(
    () => g("ca-certificate", () => Ie(t["ca-certificate"], e.readTextFile))
  );
  n.throwIfAny();
  let M = {
    ...f,
    endpoint: o,
    tenantId: i,
    credentials: s,
    plan: h,
    caCertificates: P
  }, te = Uo(M);
  return {
    config: { ...te, today: ir({ now: e.now, timeZone: te.timeZone }), dbt: u },
    notices: r
  };
}
function Lo(t, e) {
  let r = Object.entries(hr).map(([n, o]) => [
    n,
    e.take(
      () => g(o.input, () => o.parse(t[o.input] || o.default))
    )
  ]);
  return Object.fromEntries(r);
}
function Uo(t) {
  for (let [e, r] of Object.entries(t))
    if (r === void 0) throw new Error(`input ${e} was neither parsed nor refused`);
  return t;
}
function Bo(t) {
  return k(t), F(t), ot(t), t;
}
function Fo(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}

// src/platform/retry-policy.ts
var br = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, Ho = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), jo = /* @__PURE__ */ new Set([
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
  "EHOSTUNREACH"
]);
function Ht(t) {
  return "status" in t ? Ho.has(t.status) : jo.has(t.errorCode);
}
function Go(t, e, r) {
  let n = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(r() * n);
}
function xr(t, e) {
  if (t === void 0) return;
  let r = t.trim();
  if (/^\d+$/.test(r)) return Number(r) * 1e3;
  let n = Date.parse(r);
  if (!(Number.isNaN(n) || !/[a-z]/i.test(r)))
    return Math.max(0, n - e);
}
var qo = 250;
function wr(t, e, r, n) {
  return r !== void 0 ? jt(r, e) : Go(t, e, n);
}
function jt(t, e) {
  return Math.min(Math.max(t, qo), e.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var kr = require("node:net");

// src/trust.ts
var Vo = /[\s\u0085]+/g, Ko = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var Wo = /##\[/g;
function a(t, ...e) {
  let r = t[0] ?? "";
  return e.forEach((n, o) => {
    r += String(n) + (t[o + 1] ?? "");
  }), r;
}
function Sr(t, e) {
  return t.join(e);
}
function w(t) {
  return qt(Gt(t));
}
var pt = class {
  /** Every masked form of every secret, longest first so that a longer form masks whole. */
  forms = [];
  constructor(e = []) {
    e.forEach((r) => this.addSecret(r));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let r = Jo(e).filter((n) => !this.forms.includes(n));
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
    return this.finish(Gt(this.redact(e)), r);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, r = 200) {
    return this.finish(Gt(Yo(this.redact(e))), r);
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, r = 120) {
    let n = qt(JSON.stringify(this.redact(e)));
    return n.length > r ? `${Ar(n, r)}\u2026"` : n;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, r) {
    return X(qt(this.redact(e)), r);
  }
};
function Gt(t) {
  return t.replace(Vo, " ").replace(Ko, "\uFFFD").trim();
}
function qt(t) {
  let e = t.replace(Wo, "## ["), r = e.trimStart();
  return r.startsWith("::") ? `: :${r.slice(2)}` : e;
}
function Ar(t, e) {
  let r = t.slice(0, e), n = r.charCodeAt(r.length - 1);
  return n >= 55296 && n <= 56319 ? r.slice(0, -1) : r;
}
var Rr = /<\/(script|style|head)\s*>/gi;
function Yo(t) {
  let e = "", r = 0;
  for (; r < t.length; ) {
    let n = t.indexOf("<", r), o = n < 0 ? -1 : t.indexOf(">", n + 1);
    if (o < 0) return e + t.slice(r);
    if (e += `${t.slice(r, n)} `, r = o + 1, Xo(t, n)) {
      Rr.lastIndex = r;
      let i = Rr.exec(t);
      r = i ? i.index + i[0].length : t.length;
    }
  }
  return e;
}
function Xo(t, e) {
  let r = t.charCodeAt(e + 1) | 32;
  return r !== 115 && r !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function Jo(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    Er(t, "&#39;"),
    Er(t, "&#x27;"),
    ...zo(t)
  ];
  return [...new Set(e)].filter((r) => r !== "");
}
function Er(t, e) {
  let r = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (n) => r[n] ?? n);
}
function zo(t) {
  let e = Buffer.from(t, "utf8"), r = e.toString("base64"), n = [r, r.replace(/=+$/, "")];
  for (let o of [0, 1, 2]) {
    let i = Buffer.concat([Buffer.alloc(o), e]).toString("base64"), s = Math.ceil(o * 8 / 6), c = Math.floor((o + e.length) * 8 / 6);
    n.push(i.slice(s, c));
  }
  return n.filter((o) => o.length >= 6).flatMap((o) => [o, o.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function X(t, e) {
  return t.length > e ? `${Ar(t, e)}\u2026` : t;
}
function vr(t, e) {
  return t.toFixed(e);
}

// src/platform/transport-errors.ts
var A = class extends Error {
  constructor(r, n) {
    super(r);
    this.description = r;
    this.code = n;
    this.name = "TransportError";
  }
  description;
  code;
}, Cr = new A("cancelled", "CANCELLED"), Zo = "tunneling socket could not be established";
function $r(t, e, r) {
  return {
    url: t,
    host: r.text(t.host, 300),
    proxy: e ? r.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function Vt(t) {
  if (t instanceof A) return t;
  let e = t?.code, r = t instanceof Error ? t.message : String(t);
  return new A(r, typeof e == "string" ? e : "UNKNOWN");
}
async function Nr(t, e) {
  let r = Vt(t);
  if (r.description.startsWith(Zo)) {
    let n = r.description.split("cause=")[1] ?? r.code;
    return new A(n, "EPROXY");
  }
  return r.code === "EPROTO" && /wrong version number/i.test(r.description) ? new A(r.description, "EPLAINPORT") : r.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= Qo(e.url), await e.speaksTls) ? new A(r.description, "ETLSPORT") : r;
}
function Qo(t) {
  return new Promise((e) => {
    let r = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, kr.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), n = (o) => {
      r.destroy(), e(o);
    };
    r.once("secureConnect", () => n(!0)), r.once("error", () => n(!1)), r.once("timeout", () => n(!1));
  });
}
var ti = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), ei = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Dr(t, e, r) {
  let n = e.text(t.code, 64), o = r?.host ?? a`the host`, i = r?.proxy ? a` via proxy ${r.proxy}` : a``;
  switch (t.code) {
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
  if (ti.has(t.code))
    return a`the TLS certificate of ${o} is not trusted (${n}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = ei[t.code];
  return s ? a`${s} by ${o}${i} (${n})` : a`${o}${i}: ${e.text(t.description)}`;
}

// src/platform/verdict.ts
var ri = 32, ni = 128, oi = 8, Kt = 4096;
function Or(t, e) {
  if (si(t.status)) return li(t, e);
  let r = fi(t.body);
  if (!r) return di(t, e);
  let n = ai(r, e), o = ui(t.status, r, n, e);
  return {
    succeeded: o === null,
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    reason: o,
    warning: o === null && n.data === "false" ? a`the platform answered data "false"` : null
  };
}
function U(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function ii(t) {
  return t >= 200 && t < 300;
}
function si(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function ai(t, e) {
  let r = (n, o) => {
    let i = mi(n);
    return i === null || i.trim() === "" ? null : e.text(i, o);
  };
  return {
    code: _r(t.code) ? r(t.code, ri) : null,
    traceId: _r(t.traceId) ? r(t.traceId, ni) : null,
    data: r(t.data),
    errorMsg: r(t.errorMsg),
    detailErrorMsg: r(t.detailErrorMsg)
  };
}
function ui(t, e, r, n) {
  let o = ci(r.errorMsg, r.detailErrorMsg);
  if (!ii(t))
    return o !== null ? a`HTTP ${t}: ${o}` : a`HTTP ${t}${Wt(r.code)}`;
  if (o !== null) return o;
  let i = pi(e, n);
  return i.value !== !0 ? i.name === null ? a`the response has neither "succeed" nor "success"${Wt(r.code)}` : a`the platform answered ${i.name}: ${i.shown}${Wt(r.code)}` : r.code !== "200" ? r.code === null ? a`the platform answered code null` : a`the platform answered code "${r.code}"` : null;
}
function ci(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function pi(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...Ir(t.succeed, e) } : "success" in t ? { name: a`success`, ...Ir(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function Ir(t, e) {
  return { value: t, shown: e.text(Pr(t), 60) };
}
function Wt(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function li(t, e) {
  let r = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return U(
    a`HTTP ${t.status} redirect to ${r}: the action does not follow redirects, set host to the final address`
  );
}
function di(t, e) {
  let r = e.excerpt(t.body), n = r === "" ? a`an empty body` : a`a body that is not a JSON object: ${r}`;
  return U(a`HTTP ${t.status} with ${n}`);
}
function fi(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function _r(t) {
  return typeof t == "string" || typeof t == "number";
}
function mi(t) {
  return t == null ? null : typeof t == "string" ? t : Pr(t);
}
function Pr(t) {
  let e = [], r = 0, n = (s) => (e.push(s), r += s.length, r < Kt), o = (s, c) => {
    if (s === null || typeof s != "object") return n(JSON.stringify(s) ?? "null");
    if (c >= oi) return n("\u2026");
    let u = Array.isArray(s) ? s.map((l) => [null, l]) : Object.entries(s);
    if (!n(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [l, [d, f]] of u.entries())
      if (l > 0 && !n(",") || d !== null && !n(`${JSON.stringify(d)}:`) || !o(f, c + 1)) return !1;
    return n(Array.isArray(s) ? "]" : "}");
  };
  o(t, 0);
  let i = e.join("");
  return r < Kt ? i : `${i.slice(0, Kt)}\u2026`;
}

// src/platform/attempt.ts
function lt(t, e, r = Date.now()) {
  let n = xr(t.retryAfter, r);
  return {
    verdict: Or(t, e),
    answered: !0,
    retryable: Ht({ status: t.status }),
    pushbackMs: n ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function Mr(t, e, r) {
  let n = Vt(t);
  return {
    verdict: U(Dr(n, e, r)),
    answered: !1,
    retryable: Ht({ errorCode: n.code }),
    pushbackMs: void 0,
    cancelled: n.code === "CANCELLED"
  };
}
function Lr(t, e) {
  return { ...t, verdict: U(e) };
}

// src/platform/connection.ts
var Br = N(require("node:http"), 1);

// src/platform/tls-trust.ts
function Ur(t) {
  let e = process.getBuiltinModule("node:tls"), r = e.getCACertificates;
  return [...r ? r("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function Fr(t, e) {
  let r = t.protocol === "https:", n = r ? process.getBuiltinModule("node:https") : Br.default, o = ue(t), i = o?.hostname ? await gi(r, o, e.maxSockets) : new n.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return r && e.caCertificates.length > 0 && hi(i, e.caCertificates), { agent: i, transport: n, proxy: o?.hostname ? o : void 0 };
}
async function gi(t, e, r) {
  let n = await Promise.resolve().then(() => N(me(), 1)), o = e.protocol === "https:", i = t ? o ? n.httpsOverHttps : n.httpsOverHttp : o ? n.httpOverHttps : n.httpOverHttp, s = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, c = Number(e.port || (o ? 443 : 80)), u = {
    maxSockets: r,
    keepAlive: !0,
    proxy: { ...s, host: e.hostname, port: c }
  };
  return i(u);
}
function hi(t, e) {
  let r = t;
  r.options = { ...r.options, ca: Ur(e) };
}

// src/platform/http-exchange.ts
var Hr = 1024 * 1024;
function jr(t) {
  let { transport: e, url: r, agent: n, headers: o, payload: i, timeoutMs: s, signal: c } = t;
  return new Promise((u, l) => {
    let d = e.request(r, {
      method: "POST",
      agent: n,
      headers: { ...o, "content-length": Buffer.byteLength(i) },
      ...c ? { signal: c } : {}
    }), f = () => new A(`no answer within ${s / 1e3} s`, "TIMEOUT"), m = !1, y = (h) => {
      clearTimeout(T), l(m ? f() : c?.aborted ? Cr : h);
    }, T = setTimeout(() => {
      m = !0, d.destroy(f());
    }, s);
    d.on("response", (h) => {
      Ti(h).then(
        (P) => u({ status: h.statusCode ?? 0, body: P, ...yi(h) }),
        y
      );
    }), d.on("error", y), d.on("close", () => clearTimeout(T)), d.end(i);
  });
}
function yi(t) {
  let { "retry-after": e, location: r } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof r == "string" ? { location: r } : {}
  };
}
function Ti(t) {
  return new Promise((e, r) => {
    let n = [], o = 0;
    t.on("data", (i) => {
      o < Hr && n.push(i), o += i.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(n).subarray(0, Hr).toString("utf8"))
    ), t.on("error", r);
  });
}

// src/platform/token-answer.ts
function Gr(t, e, r) {
  let n = bi(t.body);
  n !== void 0 && r(n);
  let o = lt(t, e);
  return o.verdict.succeeded ? n === void 0 ? Lr(o, a`the token answer has no token (a non-empty string) in data`) : { ...o, token: n } : o;
}
function bi(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function qr(t) {
  let e = new URL(t.endpointUrl), r = new URL(t.tokenUrl), { agent: n, transport: o, proxy: i } = await Fr(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), s = $r(e, i, t.boundary), c = async (d) => Mr(await Nr(d, s), t.boundary, s), u = (d, f, m, y) => jr({ transport: o, url: d, agent: n, headers: f, payload: m, timeoutMs: t.timeoutMs, signal: y }), l = wi(t);
  return {
    trigger: (d, f, m) => {
      let y = xi(d, t.tenantId);
      return t.onTriggerBody?.(y), u(
        e,
        { ...l, ...Ri(t.tenantId, f) },
        y,
        m
      ).then((T) => lt(T, t.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (d, f, m) => u(
      r,
      l,
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      m
    ).then((y) => Gr(y, t.boundary, f), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => n.destroy?.()
  };
}
function xi(t, e) {
  let r = {
    tableName: t.tableName,
    tenantId: e,
    tablePartition: t.partition
  };
  return JSON.stringify(r);
}
function wi(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent
  };
  if (t.basicAuth) {
    let { username: r, password: n } = t.basicAuth;
    e.authorization = `Basic ${Bt(r, n)}`;
  }
  return e;
}
function Ri(t, e) {
  return {
    "tenant-id": t,
    "auth-type": e.authType,
    "auth-value": e.authValue
  };
}

// src/report/format.ts
var Ei = [500, 200, 80, 20, 0];
function S(t) {
  return t === 1 ? a`` : a`s`;
}
function dt(t) {
  return t < 1e3 ? a`${t} ms` : a`${vr(t / 1e3, 1)} s`;
}
function J(t, e) {
  let r = "";
  for (let n of Ei)
    if (r = e(n), Buffer.byteLength(r) <= t) return r;
  return r;
}
function j(t, e) {
  return t === null ? null : X(t, e);
}

// src/report/markdown.ts
function b(t) {
  let e = Vr(t);
  return t.includes("`") ? `\`\` ${e} \`\`` : `\`${e}\``;
}
function Vr(t) {
  return t.replace(/\|/g, "\\|");
}
var Si = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function R(t) {
  return Vr(t.replace(/[&<>]/g, (e) => Si[e] ?? e));
}

// src/report/dbt-report.ts
var Ai = /* @__PURE__ */ new Set(["invalid-table-name"]);
function Kr(t, e) {
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
function Wr(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${S(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: r }) => a`${e} → ${r}`),
      ...t.skipped.map(({ node: e, reason: r }) => a`${e}: skipped, ${r}`)
    ],
    warnings: t.skipped.filter(({ kind: e }) => Ai.has(e)).map(({ node: e, reason: r }) => a`${e}: ${r}`)
  };
}
function Yr(t) {
  let e = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${S(t.skipped.length)} skipped</summary>`,
    "",
    ...t.skipped.map(({ node: r, reason: n }) => `- ${b(r)}: ${R(n)}`),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...t.mapped.map(({ node: r, table: n }) => `| ${b(r)} | ${b(n)} |`),
    ...e,
    ""
  ].join(`
`);
}

// src/run/run-control.ts
var mt = 3, vi = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, ft = class {
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
    return vi[this.firstCause ?? "cancelled"];
  }
};

// src/report/tally.ts
function Yt(t) {
  return t.filter((e) => e.status === "failed");
}
function G(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: Yt(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}

// src/report/lines.ts
var $ = "AnyMetrics refresh failed", Xr = "AnyMetrics refresh input is invalid";
function Xt(t, e = 1 / 0) {
  let r = X(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${r}${ki(t)}${Jr(t)}`;
}
function ki(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${dt(t.durationMs)})` : a``;
}
function Jr(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function zr(t) {
  let e = /* @__PURE__ */ new Map();
  for (let r of t) {
    let n = r.errorMsg ?? "";
    e.set(n, [...e.get(n) ?? [], r]);
  }
  return [...e.values()].map((r) => {
    let [n] = r;
    if (r.length === 1) return { line: Xt(n), count: 1 };
    let o = n.errorMsg ?? a`failed`;
    return {
      line: a`${r.length} triggers failed: ${o} (first: ${n.tableName} ${n.partition}${Jr(n)})`,
      count: r.length
    };
  });
}
function Zr(t, e, r) {
  let n = t.filter((i) => i.status === "not-run").length, o = a`${n} trigger${S(n)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${o}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let i = [...t].reverse().find((c) => c.status === "failed" && !c.answered), s = i?.errorMsg ? a` (last: ${i.errorMsg})` : a``;
    return a`The platform at ${r} is unreachable: ${mt} triggers in a row got no answer after their retries${s}; ${o}`;
  }
  return null;
}
function Ci(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, r = a`${t.attempts} attempt${S(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${r}, ${dt(t.durationMs)})`;
}
function Qr(t, e, r) {
  return a`[${e}/${r}] ${Ci(t)}`;
}
function tn(t) {
  return a`${t.tableName} ${t.partition}: ${en(t)}`;
}
function en(t) {
  return a`attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${dt(t.waitMs)}`;
}
function rn(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function gt(t) {
  let { succeeded: e, failed: r, notRun: n } = G(t), o = [a`${e.length} succeeded`, a`${r.length} failed`];
  return n.length > 0 && o.push(a`${n.length} not run`), a`${Sr(o, ", ")}, ${t.length} in all`;
}
function nn(t) {
  return a`${t} more trigger${S(t)} failed: see the job summary or the error-message output`;
}
function on(t, e, r) {
  return a`Triggering ${t} data update${S(t)} on ${e} (concurrency ${Math.min(r, t)})`;
}
function sn(t) {
  let e = a`${t.length} trigger${S(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((r) => a`${r.tableName} ${r.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
function an(t, e) {
  let r = w(e.redact(t.rule)), n = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${w(t.input)}" ${r}${n}`;
}
function un(t, e) {
  let r = t.traceId ? a` (traceId ${t.traceId})` : a``, n = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${n}: ${t.reason ?? a`refused`}${r}; no trigger was sent`;
}
function cn(t) {
  return a`token request: ${en(t)}`;
}
function pn(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function ln(t, e) {
  return a`today in ${t} is ${e}`;
}
function dn(t) {
  return a`Request body: ${t}`;
}
var fn = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/outputs.ts
var mn = 1e6;
function gn(t) {
  let { succeeded: e, failed: r } = G(t);
  return {
    success: String(t.length > 0 && e.length === t.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((n) => n.traceId ?? "").join(","),
    "error-message": J(
      mn,
      (n) => r.map((o) => Xt(o, n)).join(`
`)
    ),
    results: $i(t),
    "succeeded-count": String(e.length),
    "failed-count": String(r.length)
  };
}
function q(t = []) {
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
function $i(t) {
  return J(
    mn,
    (e) => JSON.stringify(t.map((r) => Ni(r, e)))
  );
}
function Ni(t, e) {
  let { tableName: r, partition: n, status: o, code: i, traceId: s, attempts: c, durationMs: u } = t;
  return {
    tableName: r,
    partition: n,
    success: o === "succeeded",
    status: o,
    code: i,
    traceId: s,
    data: j(t.data, e),
    errorMsg: j(t.errorMsg, e),
    attempts: c,
    durationMs: u
  };
}

// src/report/summary.ts
var Di = 1e6, Ii = 10;
function hn(t, e, r = "") {
  let { succeeded: n, failed: o, notRun: i } = G(t), s = o.length + i.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${$}`;
  return J(
    Di,
    (c) => [
      `## ${s}`,
      "",
      `**${gt(t)}**`,
      "",
      ...Jt(`\u274C Failed (${o.length})`, o, [
        ["Table", (u) => b(u.tableName)],
        ["Partition", (u) => R(u.partition)],
        ["Reason", (u) => R(j(u.errorMsg, c) ?? "")],
        ["Trace ID", (u) => u.traceId ? b(u.traceId) : ""],
        ["Attempts", (u) => String(u.attempts)]
      ]),
      ...Jt(`\u23ED\uFE0F Not run (${i.length})`, i, [
        ["Table", (u) => b(u.tableName)],
        ["Partition", (u) => R(u.partition)],
        ["Reason", (u) => R(u.errorMsg ?? "")]
      ]),
      ..._i(
        n.length > Ii,
        `\u2705 Succeeded (${n.length})`,
        Jt(`\u2705 Succeeded (${n.length})`, n, [
          ["Table", (u) => b(u.tableName)],
          ["Partition", (u) => R(u.partition)],
          ["Trace ID", (u) => u.traceId ? b(u.traceId) : ""],
          ["Attempts", (u) => String(u.attempts)],
          ["Note", (u) => R(j(u.warning, c) ?? "")]
        ])
      ),
      r,
      bn(e),
      ""
    ].join(`
`)
  );
}
function Jt(t, e, r) {
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
function _i(t, e, r) {
  return !t || r.length === 0 ? r : [`<details><summary>${e}</summary>`, "", ...r.slice(1), "</details>", ""];
}
function yn(t, e, r = "") {
  return [
    "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
    "",
    `**${t.length} trigger${S(t.length)} planned**`,
    "",
    "| Table | Partition |",
    "| --- | --- |",
    ...t.map((n) => `| ${b(n.tableName)} | ${R(n.partition)} |`),
    "",
    r,
    bn(e),
    ""
  ].join(`
`);
}
function zt(t) {
  return `## \u274C ${$}

${t}
`;
}
function Tn(t) {
  return `## AnyMetrics refresh: nothing to refresh

${t}`;
}
function bn(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${R(t.workflow)}**`), t.runNumber && e.push(`run #${R(t.runNumber)}`), t.sha && e.push(`commit ${b(t.sha.slice(0, 7))}`), t.event && e.push(`event ${b(t.event)}`), e.join(" \xB7 ");
}

// src/report/printer.ts
var xn = 10;
function Oi(t) {
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
var ht = class {
  constructor(e, r, n) {
    this.boundary = r;
    this.context = n;
    this.sink = Oi(e);
  }
  boundary;
  context;
  groupOpen = !1;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(e) {
    this.boundary.addSecret(e).forEach((r) => this.sink.setSecret(r));
  }
  inputRefused(e) {
    let r = e.map((n) => an(n, this.boundary));
    this.setOutputs(q(r)), r.forEach((n) => this.fail(n, Xr));
  }
  notices(e) {
    e.forEach((r) => this.sink.notice(w(this.boundary.text(r))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, r) {
    this.info(ln(this.boundary.text(e), this.boundary.text(r)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let r = Kr(e, this.boundary), { group: n, lines: o, warnings: i } = Wr(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), i.forEach((s) => this.sink.warning(w(s))), this.summaryExtra = Yr(r);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(fn), this.setOutputs(q()), await this.sink.writeSummary(Tn(this.summaryExtra));
  }
  async dryRun(e) {
    let r = e.map((s) => ({
      tableName: this.boundary.text(s.tableName),
      partition: this.boundary.text(s.partition)
    })), { group: n, lines: o, notice: i } = sn(r);
    this.startGroup(n), o.forEach((s) => this.info(s)), this.endGroup(), this.sink.notice(w(i)), this.setOutputs(q()), await this.sink.writeSummary(yn(r, this.context, this.summaryExtra));
  }
  tokenRetry(e) {
    this.info(cn(e));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, r) {
    let n = un(e, r);
    this.setOutputs(q([n])), await this.sink.writeSummary(zt(n)), this.fail(n, $);
  }
  runStarted(e, r, n) {
    this.startGroup(on(e, this.boundary.text(r), n));
  }
  requestBody(e) {
    this.sink.debug(w(dn(this.boundary.text(e))));
  }
  retry(e) {
    this.info(tn(e));
  }
  finished(e, r, n) {
    this.info(Qr(e, r, n));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, r = {}) {
    this.endGroup(), this.info(gt(e)), this.setOutputs(gn(e)), await this.sink.writeSummary(hn(e, this.context, this.summaryExtra));
    for (let u of e) {
      let l = rn(u);
      l && this.sink.warning(w(l));
    }
    let n = Zr(e, r.cause, this.boundary.text(r.host ?? ""));
    n && this.fail(n, $);
    let o = Yt(e).filter(
      (u) => r.cause !== "unreachable" || u.answered
    ), i = zr(o);
    i.slice(0, xn).forEach((u) => this.fail(u.line, $));
    let c = i.slice(xn).reduce((u, l) => u + l.count, 0);
    c > 0 && this.fail(nn(c), $);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let r = e instanceof Error ? e.message : String(e), n = pn(this.boundary.text(r));
    this.setOutputs(q([n])), await this.sink.writeSummary(zt(n)).catch(() => {
    }), this.fail(n, $);
  }
  setOutputs(e) {
    for (let [r, n] of Object.entries(e)) this.sink.setOutput(r, n);
  }
  info(e) {
    this.sink.info(w(e));
  }
  fail(e, r) {
    this.sink.error(w(e), { title: r }), this.sink.fail();
  }
  startGroup(e) {
    this.endGroup(), this.sink.startGroup(w(e)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};

// src/report/run-context.ts
function wn(t, e) {
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
var Rn = ["SIGINT", "SIGTERM"];
function En(t) {
  let e = !1, r = (n) => {
    e && process.exit(n === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), 2e3).unref();
  };
  return Rn.forEach((n) => process.on(n, r)), () => Rn.forEach((n) => process.off(n, r));
}

// src/run/retry-loop.ts
function yt(t, e) {
  return {
    sleep: (r) => e.sleep(r, t.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    stopped: () => t.stopped
  };
}
async function Tt(t, e, r, n) {
  let o = e.retries + 1, i, s = !1;
  for (let c = 1; ; c++) {
    let u = await t();
    if (!u || u.cancelled)
      return { last: i, attempts: c - 1, answered: s, cancelled: !!u?.cancelled };
    if (s ||= u.answered, i = u, !u.retryable || c >= o || r.stopped())
      return { last: i, attempts: c, answered: s, cancelled: !1 };
    let l = wr(c, e, u.pushbackMs, r.random), d = u.verdict.reason ?? a`transient failure`;
    n({ attempt: c, maxAttempts: o, reason: d, waitMs: l }), await r.sleep(l);
  }
}

// src/run/throttle.ts
var bt = class {
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
    for (let e = this.pauseLeftMs(); e > 0; e = this.pauseLeftMs())
      await this.clock.sleep(e);
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
async function Sn(t, e, r) {
  let n = r.nowMs(), o = await Tt(
    () => r.send(t),
    e,
    r,
    (i) => r.onRetry({ ...Zt(t, r.boundary), ...i })
  );
  return !o.last || o.cancelled ? Qt(t, r.boundary, r.notRunReason()) : Pi(t, r.boundary, o.last.verdict, {
    attempts: o.attempts,
    durationMs: r.nowMs() - n,
    answered: o.answered
  });
}
function Zt(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function Pi(t, e, r, n) {
  return {
    ...Zt(t, e),
    status: r.succeeded ? "succeeded" : "failed",
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    errorMsg: r.reason,
    warning: r.warning,
    ...n
  };
}
function Qt(t, e, r) {
  return {
    ...Zt(t, e),
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
async function An(t, e, r) {
  let { control: n } = r, o = new bt(e.concurrency, {
    nowMs: r.nowMs,
    sleep: (h) => r.sleep(h, n.stopSignal)
  }), i = Mi(o, r, e.retryPolicy), s = new Array(t.length), c = t.entries(), u = 0, l = 0, d = (h) => {
    h.status !== "not-run" && (l = h.answered ? 0 : l + 1, l >= mt && n.stop("unreachable"), h.status === "failed" && e.failFast && n.stop("fail-fast"));
  }, f = async () => {
    for (let [h, P] of c) {
      if (n.stopped) return;
      try {
        let M = await Sn(P, e.retryPolicy, i);
        s[h] = M, r.onFinished(M, ++u, t.length), d(M);
      } catch (M) {
        throw n.stop("crashed"), M;
      }
    }
  }, m = Math.min(e.concurrency, t.length), T = (await Promise.allSettled(Array.from({ length: m }, f))).find((h) => h.status === "rejected");
  if (T) throw T.reason;
  return t.map(
    (h, P) => s[P] ?? Qt(h, r.boundary, n.notRunReason)
  );
}
function Mi(t, e, r) {
  let { control: n } = e;
  return {
    ...yt(n, e),
    send: async (o) => {
      let i = await t.acquire();
      try {
        if (n.stopped) return;
        let s = await e.send(o, n.abortSignal);
        return s.pushbackMs === void 0 ? t.accepted(i) : t.pushedBack(i, jt(s.pushbackMs, r)), s;
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
function vn(t, e) {
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
async function kn(t, e, r, n, o, i) {
  let s, c = await Tt(
    async () => {
      let u = await t.createToken(e, o.onToken, i);
      return s = u.token, u;
    },
    r,
    n,
    o.onRetry
  );
  return s !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: s } } : {
    failed: c.last?.verdict ?? U(a`cancelled before the platform answered`),
    attempts: c.attempts
  };
}

// src/main.ts
var Li = "anymetrics-refresh", Ui = 512 * 1024 * 1024, Cn = { sleep: vn, random: Math.random, nowMs: Date.now };
async function $n() {
  let t = Bi(), e = new pt(), r = new ht(qi(), e, wn(process.env, e));
  try {
    yr(t).forEach((o) => r.mask(o));
    let n = Fi(t, r);
    if (!n) return;
    if (r.today(n.timeZone, n.today), n.dbt && r.dbtMapping(n.dbt), n.plan.length === 0) return await r.nothingToRefresh();
    if (n.dryRun) return await r.dryRun(n.plan);
    await Hi(n, e, r);
  } catch (n) {
    await r.crashed(n);
  }
}
function Bi() {
  let t = mr.map((e) => [e, be(e)]);
  return Object.fromEntries(t);
}
function Fi(t, e) {
  try {
    let { config: r, notices: n } = Tr(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (o) => Nt(o, Ne),
      readArtifact: (o) => Nt(o, Ui)
    });
    return e.notices(n), r;
  } catch (r) {
    if (!(r instanceof K)) throw r;
    e.inputRefused(r.errors);
    return;
  }
}
async function Hi(t, e, r) {
  let n = { retries: t.retries, ...br }, o = await Gi(t, e, r), i = new ft(), s = En(i);
  try {
    let c = await ji(t, o, n, i, r);
    if (!c) return;
    r.runStarted(t.plan.length, t.endpoint.display, t.concurrency);
    let u = await An(
      t.plan,
      { concurrency: t.concurrency, failFast: t.failFast, retryPolicy: n },
      {
        ...Cn,
        send: (l, d) => o.trigger(l, c, d),
        boundary: e,
        control: i,
        onRetry: (l) => r.retry(l),
        onFinished: (l, d, f) => r.finished(l, d, f)
      }
    );
    await r.runEnded(u, { cause: i.cause, host: t.endpoint.display });
  } finally {
    s(), o.close();
  }
}
async function ji(t, e, r, n, o) {
  if (t.credentials.kind === "header") return t.credentials;
  let i = await kn(
    e,
    t.credentials,
    r,
    yt(n, Cn),
    { onToken: (s) => o.mask(s), onRetry: (s) => o.tokenRetry(s) },
    n.abortSignal
  );
  if ("failed" in i) {
    await o.tokenRefused(i.failed, i.attempts);
    return;
  }
  return i.credential;
}
function Gi(t, e, r) {
  return qr({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    tenantId: t.tenantId,
    basicAuth: t.endpoint.basicAuth,
    timeoutMs: t.timeoutMs,
    userAgent: Li,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e,
    onTriggerBody: we() ? (n) => r.requestBody(n) : void 0
  });
}
function qi() {
  return {
    setSecret: Te,
    debug: Re,
    info: ve,
    notice: (t) => Ae(t),
    warning: (t) => Se(t),
    error: (t, e) => Ee(t, e),
    startGroup: ke,
    endGroup: Ce,
    setOutput: xe,
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && await vt.addRaw(t).write();
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
$n().catch(() => {
  process.exitCode = 1;
});
