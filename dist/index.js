"use strict";
var Po = Object.create;
var Re = Object.defineProperty;
var No = Object.getOwnPropertyDescriptor;
var Io = Object.getOwnPropertyNames;
var Oo = Object.getPrototypeOf, _o = Object.prototype.hasOwnProperty;
var Se = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (n) {
    throw e = 0, n;
  }
};
var Mo = (t, e, n, r) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let o of Io(e))
      !_o.call(t, o) && o !== n && Re(t, o, { get: () => e[o], enumerable: !(r = No(e, o)) || r.enumerable });
  return t;
};
var M = (t, e, n) => (n = t != null ? Po(Oo(t)) : {}, Mo(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? Re(n, "default", { value: t, enumerable: !0 }) : n,
  t
));

// node_modules/tunnel/lib/tunnel.js
var Ie = Se((z) => {
  "use strict";
  var Qa = require("net"), Ho = require("tls"), _t = require("http"), $e = require("https"), jo = require("events"), tu = require("assert"), Go = require("util");
  z.httpOverHttp = Wo;
  z.httpsOverHttp = qo;
  z.httpOverHttps = Vo;
  z.httpsOverHttps = Ko;
  function Wo(t) {
    var e = new I(t);
    return e.request = _t.request, e;
  }
  function qo(t) {
    var e = new I(t);
    return e.request = _t.request, e.createSocket = Pe, e.defaultPort = 443, e;
  }
  function Vo(t) {
    var e = new I(t);
    return e.request = $e.request, e;
  }
  function Ko(t) {
    var e = new I(t);
    return e.request = $e.request, e.createSocket = Pe, e.defaultPort = 443, e;
  }
  function I(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || _t.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(r, o, i, s) {
      for (var u = Ne(o, i, s), l = 0, c = e.requests.length; l < c; ++l) {
        var m = e.requests[l];
        if (m.host === u.host && m.port === u.port) {
          e.requests.splice(l, 1), m.request.onSocket(r);
          return;
        }
      }
      r.destroy(), e.removeSocket(r);
    });
  }
  Go.inherits(I, jo.EventEmitter);
  I.prototype.addRequest = function(e, n, r, o) {
    var i = this, s = Mt({ request: e }, i.options, Ne(n, r, o));
    if (i.sockets.length >= this.maxSockets) {
      i.requests.push(s);
      return;
    }
    i.createSocket(s, function(u) {
      u.on("free", l), u.on("close", c), u.on("agentRemove", c), e.onSocket(u);
      function l() {
        i.emit("free", u, s);
      }
      function c(m) {
        i.removeSocket(u), u.removeListener("free", l), u.removeListener("close", c), u.removeListener("agentRemove", c);
      }
    });
  };
  I.prototype.createSocket = function(e, n) {
    var r = this, o = {};
    r.sockets.push(o);
    var i = Mt({}, r.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (i.localAddress = e.localAddress), i.proxyAuth && (i.headers = i.headers || {}, i.headers["Proxy-Authorization"] = "Basic " + new Buffer(i.proxyAuth).toString("base64")), F("making CONNECT request");
    var s = r.request(i);
    s.useChunkedEncodingByDefault = !1, s.once("response", u), s.once("upgrade", l), s.once("connect", c), s.once("error", m), s.end();
    function u(f) {
      f.upgrade = !0;
    }
    function l(f, d, h) {
      process.nextTick(function() {
        c(f, d, h);
      });
    }
    function c(f, d, h) {
      if (s.removeAllListeners(), d.removeAllListeners(), f.statusCode !== 200) {
        F(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), d.destroy();
        var g = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        g.code = "ECONNRESET", e.request.emit("error", g), r.removeSocket(o);
        return;
      }
      if (h.length > 0) {
        F("got illegal response body from proxy"), d.destroy();
        var g = new Error("got illegal response body from proxy");
        g.code = "ECONNRESET", e.request.emit("error", g), r.removeSocket(o);
        return;
      }
      return F("tunneling connection has established"), r.sockets[r.sockets.indexOf(o)] = d, n(d);
    }
    function m(f) {
      s.removeAllListeners(), F(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var d = new Error("tunneling socket could not be established, cause=" + f.message);
      d.code = "ECONNRESET", e.request.emit("error", d), r.removeSocket(o);
    }
  };
  I.prototype.removeSocket = function(e) {
    var n = this.sockets.indexOf(e);
    if (n !== -1) {
      this.sockets.splice(n, 1);
      var r = this.requests.shift();
      r && this.createSocket(r, function(o) {
        r.request.onSocket(o);
      });
    }
  };
  function Pe(t, e) {
    var n = this;
    I.prototype.createSocket.call(n, t, function(r) {
      var o = t.request.getHeader("host"), i = Mt({}, n.options, {
        socket: r,
        servername: o ? o.replace(/:.*$/, "") : t.host
      }), s = Ho.connect(0, i);
      n.sockets[n.sockets.indexOf(r)] = s, e(s);
    });
  }
  function Ne(t, e, n) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: n
    } : t;
  }
  function Mt(t) {
    for (var e = 1, n = arguments.length; e < n; ++e) {
      var r = arguments[e];
      if (typeof r == "object")
        for (var o = Object.keys(r), i = 0, s = o.length; i < s; ++i) {
          var u = o[i];
          r[u] !== void 0 && (t[u] = r[u]);
        }
    }
    return t;
  }
  var F;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? F = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : F = function() {
  };
  z.debug = F;
});

// node_modules/tunnel/index.js
var _e = Se((nu, Oe) => {
  Oe.exports = Ie();
});

// node_modules/@actions/core/lib/command.js
var Ae = M(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function L(t) {
  return t == null ? "" : typeof t == "string" || t instanceof String ? t : JSON.stringify(t);
}
function pt(t) {
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
function U(t, e, n) {
  let r = new It(t, e, n);
  process.stdout.write(r.toString() + Ae.EOL);
}
function Ot(t, e = "") {
  U(t, {}, e);
}
var Ee = "::", It = class {
  constructor(e, n, r) {
    e || (e = "missing.command"), this.command = e, this.properties = n, this.message = r;
  }
  toString() {
    let e = Ee + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let n = !0;
      for (let r in this.properties)
        if (this.properties.hasOwnProperty(r)) {
          let o = this.properties[r];
          o && (n ? n = !1 : e += ",", e += `${r}=${Uo(o)}`);
        }
    }
    return e += `${Ee}${Lo(this.message)}`, e;
  }
};
function Lo(t) {
  return L(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function Uo(t) {
  return L(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var ke = M(require("crypto"), 1), ft = M(require("fs"), 1), dt = M(require("os"), 1);
function ve(t, e) {
  let n = process.env[`GITHUB_${t}`];
  if (!n)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!ft.existsSync(n))
    throw new Error(`Missing file at path: ${n}`);
  ft.appendFileSync(n, `${L(e)}${dt.EOL}`, {
    encoding: "utf8"
  });
}
function De(t, e) {
  let n = `ghadelimiter_${ke.randomUUID()}`, r = L(e);
  if (t.includes(n))
    throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);
  if (r.includes(n))
    throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);
  return `${t}<<${n}${dt.EOL}${r}${dt.EOL}${n}`;
}

// node_modules/@actions/core/lib/core.js
var Ht = M(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function Ce(t) {
  let e = t.protocol === "https:";
  if (Fo(t))
    return;
  let n = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (n)
    try {
      return new mt(n);
    } catch {
      if (!n.startsWith("http://") && !n.startsWith("https://"))
        return new mt(`http://${n}`);
    }
  else
    return;
}
function Fo(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (Bo(e))
    return !0;
  let n = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!n)
    return !1;
  let r;
  t.port ? r = Number(t.port) : t.protocol === "http:" ? r = 80 : t.protocol === "https:" && (r = 443);
  let o = [t.hostname.toUpperCase()];
  typeof r == "number" && o.push(`${o[0]}:${r}`);
  for (let i of n.split(",").map((s) => s.trim().toUpperCase()).filter((s) => s))
    if (i === "*" || o.some((s) => s === i || s.endsWith(`.${i}`) || i.startsWith(".") && s.endsWith(`${i}`)))
      return !0;
  return !1;
}
function Bo(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var mt = class extends URL {
  constructor(e, n) {
    super(e, n), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/core/lib/summary.js
var Le = require("os"), rt = require("fs"), Lt = function(t, e, n, r) {
  function o(i) {
    return i instanceof n ? i : new n(function(s) {
      s(i);
    });
  }
  return new (n || (n = Promise))(function(i, s) {
    function u(m) {
      try {
        c(r.next(m));
      } catch (f) {
        s(f);
      }
    }
    function l(m) {
      try {
        c(r.throw(m));
      } catch (f) {
        s(f);
      }
    }
    function c(m) {
      m.done ? i(m.value) : o(m.value).then(u, l);
    }
    c((r = r.apply(t, e || [])).next());
  });
}, { access: Yo, appendFile: Xo, writeFile: zo } = rt.promises, Me = "GITHUB_STEP_SUMMARY";
var Ut = class {
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
    return Lt(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[Me];
      if (!e)
        throw new Error(`Unable to find environment variable for $${Me}. Check if your runtime environment supports job summaries.`);
      try {
        yield Yo(e, rt.constants.R_OK | rt.constants.W_OK);
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
  wrap(e, n, r = {}) {
    let o = Object.entries(r).map(([i, s]) => ` ${i}="${s}"`).join("");
    return n ? `<${e}${o}>${n}</${e}>` : `<${e}${o}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(e) {
    return Lt(this, void 0, void 0, function* () {
      let n = !!e?.overwrite, r = yield this.filePath();
      return yield (n ? zo : Xo)(r, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return Lt(this, void 0, void 0, function* () {
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
  addRaw(e, n = !1) {
    return this._buffer += e, n ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(Le.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(e, n) {
    let r = Object.assign({}, n && { lang: n }), o = this.wrap("pre", this.wrap("code", e), r);
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
  addList(e, n = !1) {
    let r = n ? "ol" : "ul", o = e.map((s) => this.wrap("li", s)).join(""), i = this.wrap(r, o);
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
    let n = e.map((o) => {
      let i = o.map((s) => {
        if (typeof s == "string")
          return this.wrap("td", s);
        let { header: u, data: l, colspan: c, rowspan: m } = s, f = u ? "th" : "td", d = Object.assign(Object.assign({}, c && { colspan: c }), m && { rowspan: m });
        return this.wrap(f, l, d);
      }).join("");
      return this.wrap("tr", i);
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
  addDetails(e, n) {
    let r = this.wrap("details", this.wrap("summary", e) + n);
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
  addImage(e, n, r) {
    let { width: o, height: i } = r || {}, s = Object.assign(Object.assign({}, o && { width: o }), i && { height: i }), u = this.wrap("img", null, Object.assign({ src: e, alt: n }, s));
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
  addHeading(e, n) {
    let r = `h${n}`, o = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(r) ? r : "h1", i = this.wrap(o, e);
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
  addQuote(e, n) {
    let r = Object.assign({}, n && { cite: n }), o = this.wrap("blockquote", e, r);
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
  addLink(e, n) {
    let r = this.wrap("a", e, { href: n });
    return this.addRaw(r).addEOL();
  }
}, Jo = new Ut();
var Ft = Jo;

// node_modules/@actions/core/lib/platform.js
var Bt = M(require("os"), 1);
var su = Bt.default.platform(), au = Bt.default.arch();

// node_modules/@actions/core/lib/core.js
var Ue;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(Ue || (Ue = {}));
function Fe(t) {
  U("add-mask", {}, t);
}
function Be(t, e) {
  let n = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !n)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? n : n.trim();
}
function He(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return ve("OUTPUT", De(t, e));
  process.stdout.write(Ht.EOL), U("set-output", { name: t }, L(e));
}
function je() {
  return process.env.RUNNER_DEBUG === "1";
}
function Ge(t) {
  U("debug", {}, t);
}
function We(t, e = {}) {
  U("error", pt(e), t instanceof Error ? t.toString() : t);
}
function qe(t, e = {}) {
  U("warning", pt(e), t instanceof Error ? t.toString() : t);
}
function Ve(t, e = {}) {
  U("notice", pt(e), t instanceof Error ? t.toString() : t);
}
function Ke(t) {
  process.stdout.write(t + Ht.EOL);
}
function Ye(t) {
  Ot("group", t);
}
function Xe() {
  Ot("endgroup");
}

// src/inputs/refusals.ts
var p = class extends Error {
  constructor(n, r) {
    super(n);
    this.rule = n;
    this.offendingValue = r;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
}, v = class extends Error {
  constructor(n, r, o) {
    super(`Input "${n}" ${r}`);
    this.input = n;
    this.rule = r;
    this.offendingValue = o;
    this.name = "InputError";
  }
  input;
  rule;
  offendingValue;
};
function b(t, e) {
  try {
    return e();
  } catch (n) {
    throw n instanceof p ? new v(t, n.rule, n.offendingValue) : n;
  }
}
var ot = class extends Error {
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
  take(e) {
    try {
      return e();
    } catch (n) {
      if (!(n instanceof v)) throw n;
      this.errors.push(n);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new ot(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var jt = "-----BEGIN CERTIFICATE-----", ze = "-----END CERTIFICATE-----", Je = 1024 * 1024, Ze = "must be PEM text or the path of a PEM file with at least one certificate";
function Qe(t, e) {
  let n = t.trim();
  if (n === "") return [];
  let r = n.includes("-----BEGIN") ? n : ei(n, e), o = ti(r);
  if (o.length === 0) throw new p(Ze, tn(n));
  return o.forEach(ni), o;
}
function ti(t) {
  let e = [];
  for (let n = t.indexOf(jt); n >= 0; n = t.indexOf(jt, n + 1)) {
    let r = t.indexOf(ze, n + jt.length);
    if (r < 0) break;
    e.push(t.slice(n, r + ze.length)), n = r;
  }
  return e;
}
function ei(t, e) {
  try {
    return e(t);
  } catch (n) {
    let r = n.code ?? "unreadable";
    throw new p(`${Ze}; the file cannot be read (${r})`, t);
  }
}
function ni(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new p("contains a certificate that is not valid PEM", tn(t));
  }
}
function tn(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}

// src/inputs/files.ts
var B = require("node:fs"), en = 1024 * 1024, ht = class extends Error {
  constructor(n) {
    super(n);
    this.code = n;
    this.name = "FileRefusal";
  }
  code;
};
function Gt(t, e) {
  if (!(0, B.statSync)(t).isFile()) throw new ht("not a regular file");
  let n = (0, B.openSync)(t, "r");
  try {
    let r = [], o = 0;
    for (; ; ) {
      let i = Buffer.allocUnsafe(en), s = (0, B.readSync)(n, i, 0, en, null);
      if (s === 0) break;
      if (o += s, o > e) throw new ht(`larger than ${e} bytes`);
      r.push(i.subarray(0, s));
    }
    return Buffer.concat(r, o).toString("utf8");
  } finally {
    (0, B.closeSync)(n);
  }
}

// src/inputs/text-rules.ts
var G = 128, ri = /[\u0000-\u001f\u007f-\u009f]/, oi = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function gt(t) {
  return ri.test(t);
}
function Wt(t) {
  return oi.test(t);
}
function Z(t, e = {}) {
  if (!Wt(t))
    throw new p(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function yt(t, e = G) {
  if (t.length > e)
    throw new p(`must be at most ${e} characters (it has ${t.length})`, t);
}
function O(t, e = "is required") {
  if (t === "") throw new p(e);
}

// src/inputs/credentials.ts
var qt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function nn(t, e) {
  let n = t["auth-type"] !== "" || t["auth-value"] !== "", r = t["app-id"] !== "" || t["app-secret"] !== "";
  if (n && r) {
    e.take(() => {
      throw new v(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  return r ? ii(t, e) : si(t, e);
}
function ii(t, e) {
  let n = e.take(
    () => b("app-id", () => (O(t["app-id"], "is required with app-secret (the API key ID)"), Z(t["app-id"]), t["app-id"]))
  ), r = e.take(
    () => b("app-secret", () => (O(t["app-secret"], "is required with app-id (the API key secret)"), Z(t["app-secret"], { secret: !0 }), t["app-secret"]))
  );
  return n && r ? { kind: "api-key", appId: n, appSecret: r } : void 0;
}
function si(t, e) {
  let n = e.take(() => b("auth-type", () => ui(t["auth-type"]))), r = e.take(() => b("auth-value", () => ai(t["auth-value"])));
  return n && r ? { kind: "header", authType: n, authValue: r } : void 0;
}
function ai(t) {
  return O(t), Z(t, { secret: !0 }), t;
}
function ui(t) {
  O(
    t,
    `is required (one of ${qt.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), n = qt.find((r) => r === e);
  if (!n) throw new p(`must be one of ${qt.join(", ")}`, t);
  return n;
}

// src/inputs/dbt-inputs.ts
var Tt = require("node:path");

// src/inputs/dbt-artifacts.ts
var ci = ["v12", "v20"], li = ["v6"], Vt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
function rn(t) {
  let n = sn(t, "run-results", li).results;
  if (!Array.isArray(n)) throw new p('has no "results" list');
  return n.flatMap((r) => {
    let { unique_id: o, status: i } = r ?? {};
    return typeof o == "string" ? [{ uniqueId: o, status: String(i) }] : [];
  });
}
function on(t, e) {
  let r = sn(t, "manifest", ci).nodes;
  if (typeof r != "object" || r === null) throw new p('has no "nodes" map');
  let o = /* @__PURE__ */ new Map();
  for (let i of e) {
    let s = r[i];
    typeof s == "object" && s !== null && o.set(i, pi(i, s));
  }
  return o;
}
function sn(t, e, n) {
  let r;
  try {
    r = JSON.parse(t);
  } catch {
    throw new p("is not valid JSON");
  }
  if (typeof r != "object" || r === null) throw new p("is not a JSON object");
  let o = r, i = o.metadata?.dbt_schema_version, s = new RegExp(`/${e}/(v\\d+)\\.json$`).exec(String(i))?.[1];
  if (!s || !n.includes(s))
    throw new p(
      `is ${e} ${s ?? `of unknown version (${String(i).slice(0, 80)})`}; this action reads ${e} ${n.join(" and ")}`
    );
  return o;
}
function pi(t, e) {
  let n = e.config ?? {}, r = (i) => typeof i == "string" && i !== "" ? i : null, o = [e.tags, n.tags].flatMap((i) => Array.isArray(i) ? i : []);
  return {
    uniqueId: t,
    resourceType: r(e.resource_type) ?? t.split(".")[0] ?? "",
    name: r(e.name) ?? t.split(".").at(-1) ?? t,
    alias: r(e.alias),
    schema: r(e.schema),
    database: r(e.database),
    catalog: r(n.catalog),
    materialized: r(n.materialized),
    tags: [...new Set(o.filter((i) => typeof i == "string"))],
    originalFilePath: r(e.original_file_path)
  };
}
function an(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => Vt.has(e.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var un = ["model", "seed", "snapshot"];
function Kt(t, e) {
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
function Yt(t) {
  let e = t.indexOf(":"), n = e < 0 ? null : t.slice(0, e), r = t.slice(e + 1);
  if (r === "" || /\s/.test(r))
    throw new p("has a selector without a value or with spaces", t);
  switch (n) {
    case null:
      return { kind: "name", value: r };
    case "tag":
      return { kind: "tag", value: r };
    case "path":
      return { kind: "path", value: r, pattern: di(r) };
    case "resource_type":
      if (!un.includes(r))
        throw new p(
          `has resource_type:${r}; use ${un.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: r };
    default:
      throw new p("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function di(t) {
  let e = t.replace(/\/$/, "");
  if (!/[*?]/.test(e))
    return { source: e, test: (r) => r === e || r.startsWith(`${e}/`) };
  let n = fi(e);
  return { source: e, test: (r) => mi(n, r) };
}
function fi(t) {
  let e = [];
  for (let n = 0; n < t.length; n++) {
    let r = t[n] ?? "";
    if (r === "*" && t[n + 1] === "*") {
      let o = t[n + 2] === "/";
      e.push({ kind: o ? "folders" : "any" }), n += o ? 2 : 1;
    } else r === "*" ? e.push({ kind: "segment" }) : r === "?" ? e.push({ kind: "one" }) : e.push({ kind: "char", char: r });
  }
  return e;
}
function mi(t, e) {
  let n = cn(t, /* @__PURE__ */ new Set([0]));
  for (let r of e) {
    let o = /* @__PURE__ */ new Set();
    for (let i of n) {
      let s = t[Math.floor(i)];
      s && hi(s, i, r, o);
    }
    if (o.size === 0) return !1;
    n = cn(t, o);
  }
  return n.has(t.length);
}
function hi(t, e, n, r) {
  let o = n === "/";
  switch (t.kind) {
    case "char":
      t.char === n && r.add(e + 1);
      return;
    case "one":
      o || r.add(e + 1);
      return;
    case "segment":
      o || r.add(e);
      return;
    case "any":
      r.add(e);
      return;
    case "folders": {
      let i = Math.floor(e) + 0.5;
      r.add(i), o && r.add(Math.floor(e) + 1);
    }
  }
}
function cn(t, e) {
  for (let n of e) {
    let r = Number.isInteger(n) ? t[n] : void 0;
    r && r.kind !== "char" && r.kind !== "one" && e.add(n + 1);
  }
  return e;
}

// src/inputs/table-name.ts
var D = "[\\p{L}\\p{N}_$-]+", gi = new RegExp(`^(${D})\\.\`(${D})\\.(${D})\`\\.(${D})$`, "u"), yi = new RegExp(`^(${D})\\.(${D})\\.(${D})\\.(${D})$`, "u"), bi = new RegExp(`^${D}$`, "u"), Ti = new RegExp(`^(${D})\\.(${D})$`, "u"), wi = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function bt(t) {
  let e = t.trim();
  if (gi.test(e)) return { tableName: Xt(e), backticksAdded: !1 };
  let n = yi.exec(e);
  if (n) {
    let [r = "", o = "", i = "", s = ""] = n.slice(1);
    return {
      tableName: Xt(dn(r, `${o}.${i}`, s)),
      backticksAdded: !0
    };
  }
  throw new p(wi, e);
}
function Q(t) {
  let e = t.trim();
  if (!bi.test(e))
    throw new p(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function ln(t) {
  let e = xi(t.trim());
  if (!Ti.test(e))
    throw new p("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function pn(t, e, n) {
  return Xt(dn(t, e, n));
}
function dn(t, e, n) {
  return `${t}.\`${e}\`.${n}`;
}
function xi(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Xt(t) {
  try {
    yt(t, G);
  } catch {
    throw new p(
      `must compose a tableName of at most ${G} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt-mapping.ts
var Ri = /* @__PURE__ */ new Set(["success", "partial success"]);
function fn(t, e, n) {
  let r = { mapped: [], skipped: [] }, o = /* @__PURE__ */ new Set();
  for (let i of t) {
    if (o.has(i.uniqueId)) continue;
    o.add(i.uniqueId);
    let s = Si(i, e.get(i.uniqueId), n);
    "tableName" in s ? r.mapped.push({ uniqueId: i.uniqueId, ...s }) : r.skipped.push({ uniqueId: i.uniqueId, ...s });
  }
  return r;
}
function Si(t, e, n) {
  let r = Ei(t, e, n);
  if (r) return r;
  if (!e) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: Ai(e, n) };
  } catch (o) {
    return { kind: "invalid-table-name", reason: `its table name ${o instanceof p ? o.rule : String(o)}` };
  }
}
function Ei(t, e, n) {
  let r = e?.resourceType ?? t.uniqueId.split(".")[0] ?? "";
  return Vt.has(r) ? Ri.has(t.status) ? e ? e.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : n.select.length > 0 && !n.select.some((o) => Kt(o, e)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : n.exclude.some((o) => Kt(o, e)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${t.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${r || "node"}, not a table` };
}
function Ai(t, e) {
  let n = t.schema ?? "", r = t.database !== n ? t.database : null, o = t.catalog ?? r ?? e.defaultCatalog, i = `${e.datasource}.\`${o}.${n}\`.${t.alias ?? t.name}`;
  return bt(i).tableName;
}

// src/inputs/list.ts
function C(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/dbt-inputs.ts
var zt = "default_catalog";
function hn(t, e, n) {
  let r = n.take(
    () => b("datasource", () => (O(
      t.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), Q(t.datasource)))
  ), o = n.take(
    () => b("dbt-catalog", () => Q(t["dbt-catalog"] || zt))
  ), i = n.take(
    () => b("dbt-select", () => C(t["dbt-select"]).map(Yt))
  ), s = n.take(
    () => b("dbt-exclude", () => C(t["dbt-exclude"]).map(Yt))
  ), u = n.take(() => ki(t, e));
  if (!(r === void 0 || o === void 0 || i === void 0 || s === void 0 || u === void 0))
    return fn(u.results, u.nodes, { datasource: r, defaultCatalog: o, select: i, exclude: s });
}
function ki(t, e) {
  let n = t["dbt-run-results"], r = t["dbt-manifest"] || (0, Tt.join)((0, Tt.dirname)(n), "manifest.json"), o = b(
    "dbt-run-results",
    () => mn(e, n, rn)
  ), i = an(o), s = b(
    "dbt-manifest",
    () => mn(e, r, (l) => on(l, i))
  ), u = [...i].filter((l) => !s.has(l));
  if (u.length > 0)
    throw new v(
      "dbt-manifest",
      `has no node ${u[0]}${u.length > 1 ? ` (nor ${u.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      r
    );
  return { results: o, nodes: s };
}
function mn(t, e, n) {
  let r;
  try {
    r = t(e);
  } catch (o) {
    let i = o.code ?? "unreadable";
    throw new p(`names a file that cannot be read (${i})`, e);
  }
  try {
    return n(r);
  } catch (o) {
    throw o instanceof p ? new p(o.rule, e) : o;
  }
}

// src/inputs/host.ts
var Jt = "/anymetrics/api/v1/scheduler/task/trigger", vi = "/anymetrics/api/v1/token/create", Di = "/anymetrics/api/v1/accelerate/latestTime", Ci = "/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList", gn = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", wt = /^[a-z][a-z0-9+.-]*:\/\//i, $i = /[/?#\\]/;
function xt(t) {
  let e = wt.exec(t)?.[0] ?? "", n = t.slice(e.length), r = n.search($i), i = (r < 0 ? n : n.slice(0, r)).lastIndexOf("@"), s = i >= 0 ? i : n.lastIndexOf("@");
  if (!(s < 0))
    return {
      scheme: e,
      userinfo: n.slice(0, s),
      rest: n.slice(s + 1),
      ambiguous: i < 0
    };
}
function yn(t) {
  let e = xt(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: n } = e, r = n.indexOf(":"), o = r < 0 ? n : n.slice(0, r), i = r < 0 ? "" : n.slice(r + 1), s = r < 0 ? o : i, u = [
    s,
    it(s),
    Zt(it(o), it(i))
  ];
  return e.ambiguous && u.push(n), [...new Set(u.filter((l) => l !== ""))];
}
function Zt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function W(t) {
  let e = xt(t.trim()), n = e ? `${e.scheme}***@${e.rest}` : t.trim();
  return Pi(n);
}
function Pi(t) {
  let e = wt.exec(t)?.[0] ?? "", n = t.slice(e.length), r = n.search(/[?#]/);
  return r < 0 ? t : `${e}${n.slice(0, r)}${n[r]}\u2026`;
}
function bn(t) {
  let e = t.trim();
  if (e === "") throw new p("is required");
  if (gt(e) || /\s/.test(e))
    throw new p("must not contain spaces or control characters", W(e));
  if (xt(e)?.ambiguous)
    throw new p(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      W(e)
    );
  let n = Ni(e), r = n.pathname.replace(/\/+$/, ""), o = r.endsWith(Jt) ? r.slice(0, -Jt.length) : r, i = `${n.protocol}//${n.host}${o}`, s = {
    url: i + Jt,
    tokenUrl: i + vi,
    planStatusUrl: i + Di,
    planListUrl: i + Ci,
    display: i
  };
  return (n.username !== "" || n.password !== "") && (s.basicAuth = {
    username: it(n.username),
    password: it(n.password)
  }), s;
}
function Ni(t) {
  let e = wt.test(t), n = Ii(e ? t : `http://${t}`, t);
  if (n.protocol !== "http:" && n.protocol !== "https:")
    throw new p("must use http:// or https://", W(t));
  if (n.hostname === "") throw new p(gn, W(t));
  if (!e && n.port === "")
    throw new p(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      W(t)
    );
  let r = xt(t)?.rest ?? t.slice(wt.exec(t)?.[0].length ?? 0);
  if (n.search !== "" || n.hash !== "" || /[?#]/.test(r))
    throw new p("must not contain a query (?) or fragment (#)", W(t));
  return n;
}
function Ii(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new p(gn, W(e));
  }
}
function it(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

// src/inputs/partition.ts
var St = 864e5, Oi = /^(\d{4})-(\d{2})-(\d{2})$/, _i = /^today\s*-\s*(\d{1,5})$/i, Tn = 36600, Mi = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", wn = "..", xn = 36600, Rn = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, Sn = {
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
function An(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (Sn[e]) return Sn[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let n = Li(t);
  return n === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : Rn.test(t) ? null : `is a legacy alias or abbreviation: write ${Rn.test(n) && n !== t ? n : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function Li(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function kn(t) {
  return st(Rt(t));
}
function vn(t, e) {
  if (t.length === 0) throw new p("must name at least one partition");
  let n = /* @__PURE__ */ new Set();
  for (let r of t)
    for (let o of Ui(r.trim(), e)) n.add(o);
  return [...n].sort((r, o) => r - o).map(st);
}
function Ui(t, e) {
  let n = t.indexOf(wn);
  if (n < 0) return [Dn(t, e)];
  if (t.includes("..."))
    throw new p("has a range with three dots: write A..B (two dots)", t);
  let [r = "", o = ""] = [
    t.slice(0, n),
    t.slice(n + wn.length)
  ].map((u) => u.trim());
  if (r === "" || o === "")
    throw new p(
      `has a range without its ${r === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let i = En(r, t, e), s = En(o, t, e);
  if (s < i)
    throw new p(
      `has a reversed range (${st(i)} is after ${st(s)}): write it oldest first`,
      t
    );
  if (s - i >= xn)
    throw new p(`has a range longer than ${xn} days`, t);
  return Array.from({ length: s - i + 1 }, (u, l) => i + l);
}
function En(t, e, n) {
  try {
    return Dn(t, n);
  } catch (r) {
    throw r instanceof p ? new p(r.rule, e) : r;
  }
}
function Dn(t, e) {
  let n = t.toLowerCase();
  if (n === "today") return Rt(e);
  if (n === "yesterday") return Rt(e) - 1;
  let r = _i.exec(t);
  if (r) {
    let o = Number(r[1]);
    if (o > Tn)
      throw new p(`must not reach back more than ${Tn} days`, t);
    return Rt(e) - o;
  }
  return Fi(t);
}
function Fi(t) {
  let e = Oi.exec(t);
  if (!e) throw new p(Mi, t);
  let [n, r, o] = e.slice(1).map(Number), i = Date.UTC(n, r - 1, o) / St;
  if (n < 1 || st(i) !== t)
    throw new p("must be a real calendar date (yyyy-MM-dd)", t);
  return i;
}
function Rt({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / St);
  let n = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), r = (o) => Number(n.find((i) => i.type === o)?.value);
  return Date.UTC(r("year"), r("month") - 1, r("day")) / St;
}
function st(t) {
  return new Date(t * St).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var Cn = 3600;
function $n(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > Cn)
    throw new p(
      `must be a number of seconds above 0, at most ${Cn}`,
      t
    );
  let n = Math.round(e * 1e3);
  if (n < 1) throw new p("must be at least 0.001 (1 ms); it rounds to 0 ms", t);
  return n;
}
function Qt(t, e, n) {
  let r = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || r < n.min || r > n.max || r <= 0) {
    let o = n.min > 0 ? `from ${n.min}` : "above 0";
    throw new p(`must be a number of ${e.name} ${o}, at most ${n.max}`, t);
  }
  return Math.round(r * e.ms);
}
function Et(t, e, n) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > n)
    throw new p(`must be a whole number from ${e} to ${n}`, t);
  return Number(t);
}
function te(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new p("must be true or false", t);
}
function Pn(t) {
  let e = An(t);
  if (e) throw new p(e, t);
  return t;
}

// src/inputs/wait-plans.ts
var Nn = "id:", In = 100;
function On(t) {
  let e = /* @__PURE__ */ new Map();
  for (let n of C(t)) {
    let r = Bi(n);
    e.set(`${r.by}:${r.value}`, r);
  }
  if (e.size > In)
    throw new p(
      `names ${e.size} plans; at most ${In} (split the wait across steps)`
    );
  return [...e.values()];
}
function Bi(t) {
  let e = t.toLowerCase().startsWith(Nn), n = e ? t.slice(Nn.length).trim() : t;
  if (n === "") throw new p("has an id: entry without a plan ID", t);
  if (gt(n))
    throw new p("has a plan with control characters", t);
  if (n.length > G)
    throw new p(`has a plan longer than ${G} characters`, t);
  return { by: e ? "id" : "name", value: n, label: e ? `id:${n}` : n };
}

// src/inputs/table-inputs.ts
var Hi = ["datasource", "catalog-schema", "table"];
function Mn(t, e, n, r) {
  let o = C(t["table-name"]), i = Hi.filter(
    (s) => t[s] !== "" && !(n && s === "datasource")
  );
  return o.length > 0 && i.length > 0 ? _n(
    r,
    "table-name",
    `cannot be combined with ${i.join(", ")}: give full names or their parts, not both`
  ) : o.length > 0 ? r.take(() => o.map((s) => ji(s, e))) : i.length === 0 && n ? [] : i.length === 0 ? _n(
    r,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : Gi(t, n, r);
}
function _n(t, e, n) {
  return t.take(() => {
    throw new v(e, n);
  });
}
function ji(t, e) {
  let n = b("table-name", () => bt(t));
  return n.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${n.tableName}`), n.tableName;
}
function Gi(t, e, n) {
  let r = (e ? new J() : n).take(
    () => ee(t, "datasource", Q)
  ), o = n.take(() => ee(t, "catalog-schema", ln)), i = n.take(
    () => ee(t, "table", (s) => C(s).map(Q))
  );
  if (!(r === void 0 || o === void 0 || i === void 0))
    return n.take(
      () => b("table", () => i.map((s) => pn(r, o, s)))
    );
}
function ee(t, e, n) {
  if (C(t[e]).length === 0)
    throw new v(e, "is required when datasource, catalog-schema or table is given");
  return b(e, () => n(t[e]));
}

// src/inputs/trigger-plan.ts
function Ln(t, e, n) {
  let r = [...new Set(t)], o = [...new Set(e)].sort(), i = r.length * o.length;
  if (i > n.maxTriggers) {
    let s = i > n.largest ? `split the backfill across steps or a job matrix (one step takes at most ${n.largest})` : "narrow partition or raise max-triggers";
    throw new p(
      `is ${n.maxTriggers}, and the plan has ${i} triggers (${r.length} table${r.length === 1 ? "" : "s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)}): ${s}`
    );
  }
  return r.flatMap((s) => o.map((u) => ({ tableName: s, partition: u })));
}

// src/inputs/parse-inputs.ts
var Un = [
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
], Wi = 10, qi = 32, Fn = 2e3, Vi = 350, Ki = 600, Yi = { name: "minutes", ms: 6e4 }, Xi = { name: "seconds", ms: 1e3 }, Bn = {
  timeZone: { input: "timezone", default: "UTC", parse: Pn },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: $n },
  retries: {
    input: "retries",
    default: "3",
    parse: (t) => Et(t, 0, Wi)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (t) => Et(t, 1, qi)
  },
  failFast: { input: "fail-fast", default: "false", parse: te },
  dryRun: { input: "dry-run", default: "false", parse: te },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (t) => Et(t, 1, Fn)
  },
  waitTimeoutMs: {
    input: "wait-timeout-minutes",
    default: "60",
    parse: (t) => Qt(t, Yi, { min: 0, max: Vi })
  },
  waitIntervalMs: {
    input: "wait-interval-seconds",
    default: "30",
    parse: (t) => Qt(t, Xi, { min: 1, max: Ki })
  }
}, kc = {
  partition: "today",
  "dbt-catalog": zt,
  ...Object.fromEntries(Object.values(Bn).map((t) => [t.input, t.default]))
};
function Hn(t) {
  return [t["auth-value"], t["app-secret"], ...yn(t.host)].filter(
    (e) => e !== ""
  );
}
function jn(t, e) {
  let n = [], r = new J(), o = r.take(() => b("host", () => bn(t.host))), i = r.take(() => b("tenant-id", () => Zi(t["tenant-id"]))), s = nn(t, r), u = t["dbt-run-results"] !== "", l = u ? hn(t, e.readArtifact, r) : void 0, c = Mn(t, n, u, r), m = c && (!u || l) ? [...c, ...Qi(l)] : void 0, f = zi(t, r), { timeZone: d, maxTriggers: h } = f, g = d === void 0 ? void 0 : r.take(
    () => b(
      "partition",
      () => vn(C(t.partition || "today"), { now: e.now, timeZone: d })
    )
  ), y = m && g && h !== void 0 ? r.take(
    () => b(
      "max-triggers",
      () => Ln(m, g, { maxTriggers: h, largest: Fn })
    )
  ) : void 0, R = r.take(
    () => b("wait-for-plans", () => On(t["wait-for-plans"]))
  ), P = r.take(
    () => b("ca-certificate", () => Qe(t["ca-certificate"], e.readTextFile))
  );
  r.throwIfAny();
  let S = {
    ...f,
    endpoint: o,
    tenantId: i,
    credentials: s,
    plan: y,
    caCertificates: P,
    waitForPlans: R
  }, X = Ji(S);
  return {
    config: { ...X, today: kn({ now: e.now, timeZone: X.timeZone }), dbt: l },
    notices: n
  };
}
function zi(t, e) {
  let n = Object.entries(Bn).map(([r, o]) => [
    r,
    e.take(
      () => b(o.input, () => o.parse(t[o.input] || o.default))
    )
  ]);
  return Object.fromEntries(n);
}
function Ji(t) {
  for (let [e, n] of Object.entries(t))
    if (n === void 0) throw new Error(`input ${e} was neither parsed nor refused`);
  return t;
}
function Zi(t) {
  return O(t), Z(t), yt(t), t;
}
function Qi(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}

// src/platform/retry-policy.ts
var Gn = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, ts = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), es = /* @__PURE__ */ new Set([
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
function ne(t) {
  return "status" in t ? ts.has(t.status) : es.has(t.errorCode);
}
function ns(t, e, n) {
  let r = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(n() * r);
}
function Wn(t, e) {
  if (t === void 0) return;
  let n = t.trim();
  if (/^\d+$/.test(n)) return Number(n) * 1e3;
  let r = Date.parse(n);
  if (!(Number.isNaN(r) || !/[a-z]/i.test(n)))
    return Math.max(0, r - e);
}
var rs = 250;
function qn(t, e, n, r) {
  return n !== void 0 ? re(n, e) : ns(t, e, r);
}
function re(t, e) {
  return Math.min(Math.max(t, rs), e.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var or = require("node:net");

// src/secret-matching.ts
var os = /^[0-9a-fA-F]{2}$/, is = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" "), Vn = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  plus: "+",
  sol: "/",
  equals: "=",
  ...Object.fromEntries(
    is.map((t, e) => [t, String.fromCharCode(160 + e)])
  )
}, ss = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " "
}, Kn = new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "u"), as = new RegExp("\\p{M}", "gu");
function at(t, e = !0) {
  let n = { chars: "", starts: [], ends: [] }, r = [];
  for (let o = 0; o < t.length; ) {
    let i = e ? cs(t, o) : zn(t, o);
    for (let s of us(i.text)) {
      r.push(s);
      for (let u = 0; u < s.length; u++)
        n.starts.push(o), n.ends.push(o + i.length);
    }
    o += i.length;
  }
  return n.chars = r.join(""), n;
}
function us(t) {
  return t.length === 1 && t > " " && t < "\x7F" && t !== "+" ? [t] : t === "" || Kn.test(t) ? [] : [...t.normalize("NFKD").replace(as, "")].filter((n) => !Kn.test(n));
}
function cs(t, e) {
  let n = t[e] ?? "";
  return n === "%" ? ls(t, e) : n === "&" ? ps(t, e) : n === "\\" ? ds(t, e) : zn(t, e);
}
function zn(t, e) {
  let n = t.codePointAt(e) ?? 0;
  return { text: String.fromCodePoint(n), length: n > 65535 ? 2 : 1 };
}
function ls(t, e) {
  let n = Yn(t, e);
  if (n === void 0) return { text: "%", length: 1 };
  let r = n < 128 ? 1 : n >= 240 ? 4 : n >= 224 ? 3 : n >= 192 ? 2 : 1, o = [n];
  for (let s = 1; s < r; s++) {
    let u = Yn(t, e + s * 3);
    if (u === void 0) break;
    o.push(u);
  }
  let i = new TextDecoder().decode(Uint8Array.from(o));
  return i.includes("\uFFFD") ? { text: String.fromCharCode(n), length: 3 } : { text: i, length: o.length * 3 };
}
function Yn(t, e) {
  if (t[e] !== "%") return;
  let n = t.slice(e + 1, e + 3);
  return os.test(n) ? parseInt(n, 16) : void 0;
}
function ps(t, e) {
  let n = t.indexOf(";", e + 1);
  if (n < 0 || n - e > 12) return { text: "&", length: 1 };
  let r = t.slice(e + 1, n), o = /^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
  if (o?.[1]) {
    let s = o[1].startsWith("x") || o[1].startsWith("X") ? parseInt(o[1].slice(1), 16) : parseInt(o[1], 10);
    if (s > 0 && s <= 1114111)
      return { text: String.fromCodePoint(s), length: n - e + 1 };
  }
  let i = Vn[r] ?? Vn[r.toLowerCase()];
  return i === void 0 ? { text: "&", length: 1 } : { text: i, length: n - e + 1 };
}
function ds(t, e) {
  let n = t[e + 1] ?? "", r = Xn(t, e);
  if (r !== void 0) {
    let i = r >= 55296 && r <= 56319 ? Xn(t, e + 6) : void 0;
    return i !== void 0 && i >= 56320 && i <= 57343 ? { text: String.fromCharCode(r, i), length: 12 } : { text: String.fromCharCode(r), length: 6 };
  }
  let o = ss[n];
  return o === void 0 ? { text: "\\", length: 1 } : { text: o, length: 2 };
}
function Xn(t, e) {
  if (t[e] !== "\\" || t[e + 1] !== "u") return;
  let n = t.slice(e + 2, e + 6);
  return /^[0-9a-fA-F]{4}$/.test(n) ? parseInt(n, 16) : void 0;
}
function Jn(t, e) {
  if (e.length === 0 || t === "") return [];
  let n = [];
  for (let r of [at(t), at(t, !1)])
    fs(r, e, t.length, n);
  return ms(n);
}
function fs(t, e, n, r) {
  for (let o of e)
    for (let i = t.chars.indexOf(o); i >= 0; ) {
      let s = i + o.length - 1;
      r.push([t.starts[i] ?? 0, t.ends[s] ?? n]), i = t.chars.indexOf(o, i + 1);
    }
}
function ms(t) {
  t.sort((n, r) => n[0] - r[0]);
  let e = [];
  for (let [n, r] of t) {
    let o = e.at(-1);
    o && n <= o[1] ? o[1] = Math.max(o[1], r) : e.push([n, r]);
  }
  return e;
}

// src/trust.ts
var hs = "***", gs = 1e3, ys = 256 * 1024, bs = 12, Ts = 200, ws = 120, er = /[\s\u0085]+/g, xs = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "gu"), Zn = "\uFFFD", Rs = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, Ss = /##\[/g;
function a(t, ...e) {
  let n = t[0] ?? "";
  return e.forEach((r, o) => {
    n += String(r) + (t[o + 1] ?? "");
  }), n;
}
function kt(t, e) {
  return t.join(e);
}
function A(t) {
  return ie(oe(t));
}
var At = class {
  /** Every exact form of every secret (for the runner's own mask). */
  forms = [];
  /** The same forms in canonical form, as redaction matches them. */
  canonicalForms = [];
  /** The longest exact form: how far past a cut a secret can reach. */
  longestForm = 0;
  constructor(e = []) {
    e.forEach((n) => this.addSecret(n));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let n = Cs(e).filter((o) => !this.forms.includes(o));
    this.forms = [...this.forms, ...n].sort((o, i) => i.length - o.length);
    let r = n.flatMap((o) => [at(o).chars, at(o, !1).chars]).filter((o) => o !== "");
    return this.canonicalForms = [.../* @__PURE__ */ new Set([...this.canonicalForms, ...r])], this.longestForm = this.forms[0]?.length ?? 0, n;
  }
  /**
   * Known secrets replaced by `***` in whatever form they came back: matched on a canonical
   * form of the text (encodings decoded, invisible characters and spaces dropped, Unicode
   * normalized) and masked over the whole span of the original they were made of.
   */
  redact(e) {
    let n = Jn(e, this.canonicalForms);
    if (n.length === 0) return e;
    let r = "", o = 0;
    for (let [i, s] of n)
      r += e.slice(o, i) + hs, o = s;
    return r + e.slice(o);
  }
  /** A platform or transport text as one inert, bounded line. */
  text(e, n = gs) {
    let r = e.replace(er, " ");
    return this.finish(oe(this.redactPart(r, n * 2 + 64)), n);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, n = Ts) {
    return this.finish(oe(vs(this.redactPart(e, ys))), n);
  }
  /**
   * Redacts the first `room` characters of a long text (plus room for a secret's longest
   * encoded form), and drops that margin from the end when the text was cut: a secret
   * straddling the cut is not whole, so not matched, and its prefix must not be shown either.
   */
  redactPart(e, n) {
    let r = this.longestForm * bs;
    if (e.length <= n + r) return this.redact(e);
    let o = this.redact(e.slice(0, n + r));
    return r > 0 ? o.slice(0, -r) : o;
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, n = ws) {
    let r = ie(ks(JSON.stringify(this.redact(e))));
    return r.length > n ? `${nr(r, n)}\u2026"` : r;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, n) {
    return Es(H(ie(this.redact(e)), n));
  }
};
function Es(t) {
  return Buffer.from(t, "utf16le").toString("utf16le");
}
var As = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function ks(t) {
  return t.replace(As, (e) => `\\u${e.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function oe(t) {
  return t.replace(Rs, Zn).replace(er, " ").replace(xs, Zn).trim();
}
function ie(t) {
  let e = t.replace(Ss, "## ["), n = e.trimStart();
  return n.startsWith("::") ? `: :${n.slice(2)}` : e;
}
function nr(t, e) {
  let n = t.slice(0, e), r = n.charCodeAt(n.length - 1);
  return r >= 55296 && r <= 56319 ? n.slice(0, -1) : n;
}
var Qn = /<\/(script|style|head)\s*>/gi;
function vs(t) {
  let e = "", n = 0;
  for (; n < t.length; ) {
    let r = t.indexOf("<", n), o = r < 0 ? -1 : t.indexOf(">", r + 1);
    if (o < 0) return e + t.slice(n);
    if (e += `${t.slice(n, r)} `, n = o + 1, Ds(t, r)) {
      Qn.lastIndex = n;
      let i = Qn.exec(t);
      n = i ? i.index + i[0].length : t.length;
    }
  }
  return e;
}
function Ds(t, e) {
  let n = t.charCodeAt(e + 1) | 32;
  return n !== 115 && n !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function Cs(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    tr(t, "&#39;"),
    tr(t, "&#x27;"),
    ...$s(t)
  ];
  return [...new Set(e)].filter((n) => n !== "");
}
function tr(t, e) {
  let n = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (r) => n[r] ?? r);
}
function $s(t) {
  let e = Buffer.from(t, "utf8"), n = e.toString("base64"), r = [n, n.replace(/=+$/, "")];
  for (let o of [0, 1, 2]) {
    let i = Buffer.concat([Buffer.alloc(o), e]).toString("base64"), s = Math.ceil(o * 8 / 6), u = Math.floor((o + e.length) * 8 / 6);
    r.push(i.slice(s, u));
  }
  return r.filter((o) => o.length >= 6).flatMap((o) => [o, o.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function H(t, e) {
  return t.length > e ? `${nr(t, e)}\u2026` : t;
}
function rr(t, e) {
  return t.toFixed(e);
}

// src/platform/transport-errors.ts
var E = class extends Error {
  constructor(n, r) {
    super(n);
    this.description = n;
    this.code = r;
    this.name = "TransportError";
  }
  description;
  code;
}, ir = new E("cancelled", "CANCELLED"), Ps = "tunneling socket could not be established";
function sr(t, e, n) {
  return {
    url: t,
    host: n.text(t.host, 300),
    proxy: e ? n.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function se(t) {
  if (t instanceof E) return t;
  let e = t?.code, n = t instanceof Error ? t.message : String(t);
  return new E(n, typeof e == "string" ? e : "UNKNOWN");
}
async function ar(t, e) {
  let n = se(t);
  if (n.description.startsWith(Ps)) {
    let r = n.description.split("cause=")[1] ?? n.code;
    return new E(r, "EPROXY");
  }
  return n.code === "EPROTO" && /wrong version number/i.test(n.description) ? new E(n.description, "EPLAINPORT") : n.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= Ns(e.url), await e.speaksTls) ? new E(n.description, "ETLSPORT") : n;
}
function Ns(t) {
  return new Promise((e) => {
    let n = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, or.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), r = (o) => {
      n.destroy(), e(o);
    };
    n.once("secureConnect", () => r(!0)), n.once("error", () => r(!1)), n.once("timeout", () => r(!1));
  });
}
function Is(t, e, n, r) {
  let o = t.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${e}${n} sent an answer that is not valid HTTP (${r})${o}`;
}
var Os = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), _s = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function ur(t, e, n) {
  let r = e.text(t.code, 64), o = n?.host ?? a`the host`, i = n?.proxy ? a` via proxy ${n.proxy}` : a``;
  if (t.code.startsWith("HPE_")) return Is(t, o, i, r);
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
      return a`could not open a tunnel to ${o} through the proxy ${n?.proxy ?? a`in http_proxy/https_proxy`}: ${e.text(t.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return a`${o} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return a`${o} speaks TLS: use https://${o} instead of http://`;
  }
  if (Os.has(t.code))
    return a`the TLS certificate of ${o} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
  let s = _s[t.code];
  return s ? a`${s} by ${o}${i} (${r})` : a`${o}${i}: ${e.text(t.description)}`;
}

// src/platform/verdict.ts
var Ms = 32, Ls = 128, Us = 8, ae = 4096;
function lr(t, e) {
  if (Bs(t.status)) return Vs(t, e);
  let n = Ys(t.body);
  if (!n) return Ks(t, e);
  let r = js(n, e), o = Gs(t.status, n, r, e);
  return {
    succeeded: o === null,
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    reason: o,
    warning: o === null && pr(n.data)?.trim() === "false" ? a`the platform answered data "false"` : null
  };
}
function N(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function Fs(t) {
  return t >= 200 && t < 300;
}
function Bs(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function Hs(t) {
  return ce(t) ? String(t).trim() : null;
}
function js(t, e) {
  let n = (r, o) => {
    let i = pr(r);
    return i === null || i.trim() === "" ? null : e.text(i, o);
  };
  return {
    code: ce(t.code) ? n(t.code, Ms) : null,
    traceId: ce(t.traceId) ? n(t.traceId, Ls) : null,
    data: n(t.data),
    errorMsg: n(t.errorMsg),
    detailErrorMsg: n(t.detailErrorMsg)
  };
}
function Gs(t, e, n, r) {
  let o = Ws(n.errorMsg, n.detailErrorMsg);
  if (!Fs(t))
    return o !== null ? a`HTTP ${t}: ${o}` : a`HTTP ${t}${ue(n.code)}`;
  if (o !== null) return o;
  let i = qs(e, r);
  return i.value !== !0 ? i.name === null ? a`the response has neither "succeed" nor "success"${ue(n.code)}` : a`the platform answered ${i.name}: ${i.shown}${ue(n.code)}` : Hs(e.code) !== "200" ? n.code === null ? a`the platform answered code null` : a`the platform answered code "${n.code}"` : null;
}
function Ws(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function qs(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...cr(t.succeed, e) } : "success" in t ? { name: a`success`, ...cr(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function cr(t, e) {
  return { value: t, shown: e.text(dr(t), 60) };
}
function ue(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function Vs(t, e) {
  let n = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return N(
    a`HTTP ${t.status} redirect to ${n}: the action does not follow redirects, set host to the final address`
  );
}
function Ks(t, e) {
  let n = e.excerpt(t.body), r = t.body.trim() === "" ? a`an empty body` : n === "" ? a`a page of markup with no text, not a JSON object` : a`a body that is not a JSON object: ${n}`;
  return N(a`HTTP ${t.status} with ${r}`);
}
function Ys(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function ce(t) {
  return typeof t == "string" || typeof t == "number";
}
function pr(t) {
  return t == null ? null : typeof t == "string" ? t : dr(t);
}
function dr(t) {
  let e = [], n = 0, r = (s) => (e.push(s), n += s.length, n < ae), o = (s, u) => {
    if (s === null || typeof s != "object") return r(JSON.stringify(s) ?? "null");
    if (u >= Us) return r("\u2026");
    let l = Array.isArray(s) ? s.map((c) => [null, c]) : Object.entries(s);
    if (!r(Array.isArray(s) ? "[" : "{")) return !1;
    for (let [c, [m, f]] of l.entries())
      if (c > 0 && !r(",") || m !== null && !r(`${JSON.stringify(m)}:`) || !o(f, u + 1)) return !1;
    return r(Array.isArray(s) ? "]" : "}");
  };
  o(t, 0);
  let i = e.join("");
  return n < ae ? i : `${i.slice(0, ae)}\u2026`;
}

// src/platform/attempt.ts
function q(t, e, n = Date.now()) {
  let r = ne({ status: t.status }), o = r ? Wn(t.retryAfter, n) : void 0;
  return {
    verdict: lr(t, e),
    answered: !0,
    local: !1,
    retryable: r,
    pushbackMs: o ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function fr(t, e, n) {
  let r = se(t);
  return {
    verdict: N(ur(r, e, n)),
    answered: !1,
    local: r.code === "ELOCAL",
    retryable: ne({ errorCode: r.code }),
    pushbackMs: void 0,
    cancelled: r.code === "CANCELLED"
  };
}
function ut(t, e) {
  let { code: n, traceId: r } = t.verdict;
  return { ...t, verdict: { ...N(e), code: n, traceId: r } };
}

// src/platform/connection.ts
var hr = M(require("node:http"), 1);

// src/platform/tls-trust.ts
function mr(t) {
  let e = process.getBuiltinModule("node:tls"), n = e.getCACertificates;
  return [...n ? n("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function gr(t, e) {
  let n = t.protocol === "https:", r = n ? process.getBuiltinModule("node:https") : hr.default, o = Ce(t), i = o?.hostname ? await Xs(n, o, e.maxSockets) : new r.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return n && e.caCertificates.length > 0 && zs(i, e.caCertificates), { agent: i, transport: r, proxy: o?.hostname ? o : void 0 };
}
async function Xs(t, e, n) {
  let r = await Promise.resolve().then(() => M(_e(), 1)), o = e.protocol === "https:", i = t ? o ? r.httpsOverHttps : r.httpsOverHttp : o ? r.httpOverHttps : r.httpOverHttp, s = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, u = Number(e.port || (o ? 443 : 80)), l = {
    maxSockets: n,
    keepAlive: !0,
    proxy: { ...s, host: e.hostname, port: u }
  };
  return i(l);
}
function zs(t, e) {
  let n = t;
  n.options = { ...n.options, ca: mr(e) };
}

// src/platform/http-exchange.ts
var yr = 1024 * 1024;
function br(t) {
  let { transport: e, url: n, agent: r, headers: o, payload: i, timeoutMs: s, signal: u } = t;
  return new Promise((l, c) => {
    let m = !1, f = !1, d = (S) => {
      m || (m = !0, clearTimeout(y), S());
    }, h = () => new E(`no answer within ${s / 1e3} s`, "TIMEOUT"), g = (S) => d(() => c(f ? h() : u?.aborted ? ir : S)), y = setTimeout(() => {
      f = !0, R?.destroy(h()), g(h());
    }, s), R;
    try {
      R = e.request(n, {
        method: "POST",
        agent: r,
        headers: { ...o, "content-length": Buffer.byteLength(i) },
        ...u ? { signal: u } : {}
      });
    } catch (S) {
      return g(Js(S));
    }
    let P = !1;
    R.on("response", (S) => {
      P = !0, Qs(S).then(
        (X) => d(
          () => l({ status: S.statusCode ?? 0, body: X, ...Zs(S) })
        ),
        g
      );
    }), R.on("upgrade", (S, X) => {
      X.destroy(), g(
        new E(
          `answered ${S.statusCode ?? 101} ${S.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), R.on("error", g), R.on("close", () => {
      P || g(new E("the connection closed without an answer", "ECLOSED"));
    }), R.end(Buffer.from(i, "utf8"));
  });
}
function Js(t) {
  let e = t instanceof Error ? t.message : String(t);
  return new E(e, "ELOCAL");
}
function Zs(t) {
  let { "retry-after": e, location: n } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof n == "string" ? { location: n } : {}
  };
}
function Qs(t) {
  return new Promise((e, n) => {
    let r = [], o = 0;
    t.on("data", (i) => {
      o < yr && r.push(i), o += i.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(r).subarray(0, yr).toString("utf8"))
    ), t.on("error", n), t.on("close", () => {
      t.complete || n(new E("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/plan-status-answer.ts
function wr(t, e) {
  let n = q(t, e);
  if (!n.verdict.succeeded) return n;
  let r = ta(t.body);
  return r ? {
    ...n,
    status: {
      hasNotReady: ea(r.hasNotReady),
      latestDateTime: Tr(r.latestDateTime),
      latestRefreshTime: Tr(r.latestRefreshTime)
    }
  } : ut(n, a`the status answer has no data object`);
}
function ta(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : void 0;
  } catch {
    return;
  }
}
function ea(t) {
  return t === !0 || t === "true" ? !0 : t === !1 || t === "false" ? !1 : null;
}
function Tr(t) {
  return t === void 0 || typeof t == "string" && t.trim() === "" ? null : t;
}

// src/platform/token-answer.ts
function xr(t, e, n) {
  let r = na(t.body);
  r !== void 0 && n(r);
  let o = q(t, e);
  return o.verdict.succeeded ? r === void 0 ? ut(o, a`the token answer has no token (a non-empty string) in data`) : Wt(r) ? { ...o, token: r } : ut(
    o,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : o;
}
function na(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function Rr(t) {
  let e = new URL(t.endpointUrl), n = new URL(t.tokenUrl), r = new URL(t.planStatusUrl), o = new URL(t.planListUrl), { agent: i, transport: s, proxy: u } = await gr(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), l = sr(e, u, t.boundary), c = async (d) => fr(await ar(d, l), t.boundary, l), m = (d, h, g, y) => br({ transport: s, url: d, agent: i, headers: h, payload: g, timeoutMs: t.timeoutMs, signal: y }), f = oa(t);
  return {
    trigger: (d, h, g) => {
      let y = ra(d, t.tenantId);
      return t.onTriggerBody?.(y), m(
        e,
        { ...f, ...le(t.tenantId, h) },
        y,
        g
      ).then((R) => q(R, t.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (d, h, g) => m(
      n,
      f,
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      g
    ).then((y) => xr(y, t.boundary, h), c),
    planStatus: (d, h, g) => m(
      r,
      { ...f, ...le(t.tenantId, h) },
      JSON.stringify(
        d.by === "id" ? { planIdList: [d.value] } : { planNameList: [d.value] }
      ),
      g
    ).then((y) => wr(y, t.boundary), c),
    planList: (d, h) => m(
      o,
      { ...f, ...le(t.tenantId, d) },
      JSON.stringify({ pager: { pageNumber: 1, pageSize: 1 } }),
      h
    ).then((g) => q(g, t.boundary), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => i.destroy?.()
  };
}
function ra(t, e) {
  let n = {
    tableName: t.tableName,
    tenantId: e,
    tablePartition: t.partition
  };
  return JSON.stringify(n);
}
function oa(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent
  };
  if (t.basicAuth) {
    let { username: n, password: r } = t.basicAuth;
    e.authorization = `Basic ${Zt(n, r)}`;
  }
  return e;
}
function le(t, e) {
  return {
    "tenant-id": t,
    "auth-type": e.authType,
    "auth-value": e.authValue
  };
}

// src/report/format.ts
var ia = [
  ...[500, 200, 80, 20, 0].map((t) => ({ textLimit: t, idLimit: 1 / 0, rowCap: 1 / 0 })),
  { textLimit: 0, idLimit: 40, rowCap: 1 / 0 },
  ...[1e3, 300, 100, 30, 10].map((t) => ({ textLimit: 0, idLimit: 40, rowCap: t })),
  // Last, for what keeps every row (the results output): the shortest identifiers.
  { textLimit: 0, idLimit: 8, rowCap: 10 }
];
function w(t) {
  return t === 1 ? a`` : a`s`;
}
function V(t) {
  return t < 1e3 ? a`${t} ms` : a`${rr(t / 1e3, 1)} s`;
}
function K(t, e) {
  let n = "";
  for (let r of ia)
    if (n = e(r), Buffer.byteLength(n) <= t) return n;
  return n;
}
function $(t, e) {
  let n = t.slice(0, e);
  return { rows: n, more: t.length - n.length };
}
function _(t, e) {
  return t === null ? null : H(t, e);
}

// src/run/run-control.ts
var Sr = require("node:events");
var Dt = 3, sa = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, vt = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  constructor() {
    (0, Sr.setMaxListeners)(0, this.stopping.signal, this.aborting.signal);
  }
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
    return sa[this.firstCause ?? "cancelled"];
  }
};

// src/report/tally.ts
function pe(t) {
  return t.filter((e) => e.status === "failed");
}
function tt(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: pe(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}

// src/report/lines.ts
var k = "AnyMetrics refresh failed", Er = "AnyMetrics refresh input is invalid";
function de(t, e = 1 / 0) {
  let n = H(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${n}${aa(t)}${Ar(t)}`;
}
function aa(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${V(t.durationMs)})` : a``;
}
function Ar(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function kr(t) {
  let e = /* @__PURE__ */ new Map();
  for (let n of t) {
    let r = n.errorMsg ?? "";
    e.set(r, [...e.get(r) ?? [], n]);
  }
  return [...e.values()].map((n) => {
    let [r] = n;
    if (n.length === 1) return { line: de(r), count: 1 };
    let o = r.errorMsg ?? a`failed`;
    return {
      line: a`${n.length} triggers failed: ${o} (first: ${r.tableName} ${r.partition}${Ar(r)})`,
      count: n.length
    };
  });
}
function vr(t, e, n) {
  let r = t.filter((i) => i.status === "not-run").length, o = a`${r} trigger${w(r)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${o}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let i = [...t].reverse().find((u) => u.status === "failed" && !u.answered), s = i?.errorMsg ? a` (last: ${i.errorMsg})` : a``;
    return a`The platform at ${n} is unreachable: ${Dt} triggers in a row got no answer after their retries${s}; ${o}`;
  }
  return null;
}
function ua(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, n = a`${t.attempts} attempt${w(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${n}, ${V(t.durationMs)})`;
}
function Dr(t, e, n) {
  return a`[${e}/${n}] ${ua(t)}`;
}
function Cr(t) {
  return a`${t.tableName} ${t.partition}: ${fe(t)}`;
}
function fe(t) {
  return a`attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${V(t.waitMs)}`;
}
function $r(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function Ct(t) {
  let { succeeded: e, failed: n, notRun: r } = tt(t), o = [a`${e.length} succeeded`, a`${n.length} failed`];
  return r.length > 0 && o.push(a`${r.length} not run`), a`${kt(o, ", ")}, ${t.length} in all`;
}
function Pr(t) {
  return a`${t} more failure${w(t)}: see the job summary, the error-message output and the log`;
}
function Nr(t, e, n) {
  return a`Triggering ${t} data update${w(t)} on ${e} (concurrency ${Math.min(n, t)})`;
}
function Ir(t) {
  let e = a`${t.length} trigger${w(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((n) => a`${n.tableName} ${n.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
var ca = 400;
function Or(t, e) {
  let n = e.text(t.rule, ca), r = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${A(t.input)}" ${n}${r}`;
}
function _r(t, e) {
  let n = t.traceId ? a` (traceId ${t.traceId})` : a``, r = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${r}: ${t.reason ?? a`refused`}${n}; no trigger was sent`;
}
function Mr(t, e) {
  return a`plan ${t} status: ${fe(e)}`;
}
function Lr(t) {
  return a`token request: ${fe(t)}`;
}
function Ur(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function me(t, e) {
  return t === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${e}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${e}); the log above has the run's record`;
}
function Fr(t, e) {
  return a`today in ${t} is ${e}`;
}
function Br(t) {
  return a`Request body: ${t}`;
}
var Hr = a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`, jr = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/markdown.ts
function x(t) {
  if (t === "") return "";
  if (t.includes("|")) return `<code>${T(t)}</code>`;
  let e = 0;
  for (let r of t.matchAll(/`+/g)) e = Math.max(e, r[0].length);
  if (e === 0) return `\`${t}\``;
  let n = "`".repeat(e + 1);
  return `${n} ${t} ${n}`;
}
var la = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, pa = /[\\`*_[\]()!~|:.@]/g;
function T(t) {
  return t.replace(pa, (e) => `\\${e}`).replace(/[&<>]/g, (e) => la[e] ?? e);
}

// src/report/summary.ts
var ge = 1e6, da = 10, Gr = () => "";
function Wr(t, e, n = Gr, r = !1) {
  let { succeeded: o, failed: i, notRun: s } = tt(t), u = i.length + s.length === 0 && !r ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${k}`;
  return K(
    ge,
    (l) => [
      `## ${u}`,
      "",
      `**${Ct(t)}**`,
      "",
      ...he(`\u274C Failed (${i.length})`, i, l, [
        ["Table", (c) => x(c.tableName)],
        ["Partition", (c) => T(c.partition)],
        ["Reason", (c) => T(_(c.errorMsg, l.textLimit) ?? "")],
        ["Trace ID", (c) => c.traceId ? x(c.traceId) : ""],
        ["Attempts", (c) => String(c.attempts)]
      ]),
      ...he(`\u23ED\uFE0F Not run (${s.length})`, s, l, [
        ["Table", (c) => x(c.tableName)],
        ["Partition", (c) => T(c.partition)],
        ["Reason", (c) => T(c.errorMsg ?? "")]
      ]),
      ...fa(
        o.length > da,
        `\u2705 Succeeded (${o.length})`,
        he(`\u2705 Succeeded (${o.length})`, o, l, [
          ["Table", (c) => x(c.tableName)],
          ["Partition", (c) => T(c.partition)],
          ["Trace ID", (c) => c.traceId ? x(c.traceId) : ""],
          ["Attempts", (c) => String(c.attempts)],
          ["Note", (c) => T(_(c.warning, l.textLimit) ?? "")]
        ])
      ),
      n(l),
      Kr(e),
      ""
    ].join(`
`)
  );
}
function he(t, e, n, r) {
  if (e.length === 0) return [];
  let { rows: o, more: i } = $(e, n.rowCap), s = r.filter(
    ([u, l]) => u !== "Note" || o.some((c) => l(c) !== "")
  );
  return [
    `### ${t}`,
    "",
    `| ${s.map(([u]) => u).join(" | ")} |`,
    `| ${s.map(() => "---").join(" | ")} |`,
    ...o.map((u) => `| ${s.map(([, l]) => l(u)).join(" | ")} |`),
    ...j(i),
    ""
  ];
}
function j(t) {
  return t > 0 ? [
    "",
    `\u2026and ${t} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}
function fa(t, e, n) {
  return !t || n.length === 0 ? n : [`<details><summary>${e}</summary>`, "", ...n.slice(1), "</details>", ""];
}
function qr(t, e, n = Gr) {
  return K(ge, (r) => {
    let { rows: o, more: i } = $(t, r.rowCap);
    return [
      "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
      "",
      `**${t.length} trigger${w(t.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...o.map(
        (s) => `| ${x(s.tableName)} | ${T(s.partition)} |`
      ),
      ...j(i),
      "",
      n(r),
      Kr(e),
      ""
    ].join(`
`);
  });
}
function $t(t) {
  return `## \u274C ${k}

${T(t)}
`;
}
function Vr(t) {
  return K(
    ge,
    (e) => `## AnyMetrics refresh: nothing to refresh

${t(e)}`
  );
}
function Kr(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${T(t.workflow)}**`), t.runNumber && e.push(`run #${T(t.runNumber)}`), t.sha && e.push(`commit ${x(t.sha.slice(0, 7))}`), t.event && e.push(`event ${x(t.event)}`), e.join(" \xB7 ");
}

// src/report/dbt-report.ts
var ma = /* @__PURE__ */ new Set(["invalid-table-name"]);
function Yr(t, e) {
  return {
    mapped: t.mapped.map((n) => ({
      node: e.text(n.uniqueId),
      table: e.text(n.tableName)
    })),
    skipped: t.skipped.map((n) => ({
      node: e.text(n.uniqueId),
      kind: n.kind,
      reason: e.text(n.reason)
    }))
  };
}
function Xr(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${w(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: n }) => a`${e} → ${n}`),
      ...t.skipped.map(({ node: e, reason: n }) => a`${e}: skipped, ${n}`)
    ],
    warnings: t.skipped.filter(({ kind: e }) => ma.has(e)).map(({ node: e, reason: n }) => a`${e}: ${n}`)
  };
}
function zr(t, e) {
  let n = (s) => x(H(s, e.idLimit)), r = $(t.mapped, e.rowCap), o = $(t.skipped, e.rowCap), i = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${w(t.skipped.length)} skipped</summary>`,
    "",
    ...o.rows.map(
      ({ node: s, reason: u }) => `- ${n(s)}: ${T(H(u, Math.max(e.textLimit, 80)))}`
    ),
    ...j(o.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...r.rows.map(({ node: s, table: u }) => `| ${n(s)} | ${x(u)} |`),
    ...j(r.more),
    ...i,
    ""
  ].join(`
`);
}

// src/report/freshness-report.ts
var et = { fresh: "", plans: "[]", "data-through": "" };
function Jr(t) {
  return a`After the triggers it would wait for ${t.length} materialization plan${w(t.length)}: ${kt(t, ", ")}`;
}
function Zr(t, e) {
  if (t.length === 0) return "";
  let { rows: n, more: r } = $(t, e.rowCap);
  return [
    "### Would wait for these plans",
    "",
    ...n.map((o) => `- ${x(o)}`),
    ...j(r),
    ""
  ].join(`
`);
}
function Qr(t, e, n) {
  return a`Waiting up to ${ct(e)} for ${t} materialization plan${w(t)} to turn fresh (polling every ${V(n)})`;
}
function to(t) {
  return a`plan ${t.label}: latest refresh ended ${uo(t.baseline.latestRefreshTime)}, data through ${t.baseline.latestDateTime ?? a`unknown`}`;
}
function eo(t) {
  return a`plan ${t.label} is fresh: a refresh ended ${uo(t.last.latestRefreshTime)}, data through ${t.last.latestDateTime ?? a`unknown`} (after ${t.polls} poll${w(t.polls)}, ${ct(t.waitedMs)})`;
}
function no(t, e, n, r) {
  return a`waiting for ${t} of ${e} plan${w(e)}, ${Math.floor(n / 6e4)} min of ${ct(r)}`;
}
function ro(t, e) {
  let n = a`no refresh ended since ${t.last.latestRefreshTime ?? a`the start (none had ended)`} (platform time); data through ${t.last.latestDateTime ?? a`unknown`}`;
  switch (t.state) {
    case "stale":
      return t.reason ? a`Plan ${t.label} is not fresh: ${t.reason}; ${n}` : a`Plan ${t.label} is not fresh after ${ct(e)}: ${n}`;
    case "failed":
      return a`Plan ${t.label} could not be followed: ${t.reason ?? a`refused`}${ba(t)}`;
    default:
      return null;
  }
}
function oo(t, e) {
  return t.state !== "fresh" ? null : t.last.hasNotReady === !0 ? a`Plan ${t.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)` : e ? a`Plan ${t.label} turned fresh, but its data ends ${t.last.latestDateTime ?? a`earlier`}, before the newest partition this run refreshed` : null;
}
function io(t, e, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Could not read materialization plan ${t} before triggering: ${e ?? a`refused`}${r}; no trigger was sent`;
}
function so(t) {
  return {
    fresh: String(t.every((e) => e.state === "fresh")),
    plans: JSON.stringify(t.map(ha)),
    "data-through": ga(t)
  };
}
function ha(t) {
  return {
    plan: t.label,
    fresh: t.state === "fresh",
    hasNotReady: t.last.hasNotReady,
    latestDateTime: t.last.latestDateTime,
    latestRefreshTime: t.last.latestRefreshTime,
    baselineRefreshTime: t.baseline.latestRefreshTime,
    waitedSeconds: Math.round(t.waitedMs / 1e3),
    polls: t.polls,
    traceId: t.last.traceId
  };
}
function ga(t) {
  let e;
  for (let n of t)
    n.last.dataMs !== null && (!e || n.last.dataMs < (e.last.dataMs ?? 1 / 0)) && (e = n);
  return e?.last.latestDateTime ?? "";
}
var ya = {
  fresh: "\u2705 fresh",
  stale: "\u274C not fresh",
  failed: "\u274C could not be followed",
  "not-waited": "\u23ED\uFE0F not waited for",
  waiting: "\u23F3 waiting"
};
function ao(t, e) {
  if (t.length === 0) return "";
  let { rows: n, more: r } = $(t, e.rowCap), o = t.filter((i) => i.state !== "fresh" && i.reason).slice(0, Math.min(e.rowCap, 20)).map((i) => `- ${x(i.label)}: ${T(i.reason ?? "")}`);
  return [
    "### Freshness",
    "",
    "| Plan | Status | Refreshed at (platform time) | Data through | Waited |",
    "| --- | --- | --- | --- | --- |",
    ...n.map(
      (i) => `| ${x(i.label)} | ${ya[i.state]} | ${T(i.last.latestRefreshTime ?? "")} | ${T(i.last.latestDateTime ?? "")} | ${ct(i.waitedMs)} |`
    ),
    ...j(r),
    ...o.length > 0 ? ["", ...o] : [],
    ""
  ].join(`
`);
}
function uo(t) {
  return t ? a`at ${t} (platform time)` : a`never (none recorded)`;
}
function ba(t) {
  return t.last.traceId ? a` (traceId ${t.last.traceId})` : a``;
}
function ct(t) {
  if (t < 6e4) return V(t);
  let e = t / 6e4;
  return Number.isInteger(e) ? a`${e} min` : a`${Math.round(e * 10) / 10} min`;
}

// src/report/outputs.ts
var co = 1e6;
function lo(t, e = et) {
  let { succeeded: n, failed: r } = tt(t), o = t.length > 0 && n.length === t.length;
  return {
    success: String(o && e.fresh !== "false"),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((i) => i.traceId ?? "").join(","),
    "error-message": K(co, (i) => Ta(r, i)),
    results: wa(t),
    "succeeded-count": String(n.length),
    "failed-count": String(r.length),
    ...e
  };
}
function Y(t = [], e = et) {
  return {
    success: "false",
    "trace-id": "",
    "error-message": t.join(`
`),
    results: "[]",
    "succeeded-count": "0",
    "failed-count": "0",
    ...e
  };
}
function Ta(t, e) {
  let { rows: n, more: r } = $(t, e.rowCap), o = n.map((i) => de(i, e.textLimit));
  return r > 0 && o.push(a`…and ${r} more: see the results output`), o.join(`
`);
}
function wa(t) {
  return K(
    co,
    (e) => JSON.stringify(t.map((n) => xa(n, e)))
  );
}
function xa(t, e) {
  let { partition: n, status: r, code: o, attempts: i, durationMs: s } = t;
  return {
    tableName: _(t.tableName, e.idLimit),
    partition: n,
    success: r === "succeeded",
    status: r,
    code: _(o, e.idLimit),
    traceId: _(t.traceId, e.idLimit),
    data: _(t.data, e.textLimit),
    errorMsg: _(t.errorMsg, e.textLimit),
    attempts: i,
    durationMs: s
  };
}

// src/report/sink.ts
var po = require("node:fs");
function fo(t) {
  let e = [], n = () => {
    if (e.length === 0) return;
    let o = e.join(`
`);
    e = [], t.info(o);
  }, r = (o) => (...i) => (n(), o(...i));
  return {
    info: (o) => {
      e.push(o) === 1 && setImmediate(n);
    },
    setSecret: r(t.setSecret),
    debug: r(t.debug),
    notice: r(t.notice),
    warning: r(t.warning),
    error: r(t.error),
    startGroup: r(t.startGroup),
    endGroup: r(t.endGroup),
    setOutput: r(t.setOutput),
    writeSummary: r(t.writeSummary),
    fail: r(t.fail)
  };
}
function ye(t) {
  if (!t) return;
  let e;
  try {
    e = (0, po.statSync)(t);
  } catch {
    return;
  }
  if (!(e.isFile() || e.isCharacterDevice()))
    throw Object.assign(new Error(`${t} is not a regular file`), { code: "ENOTFILE" });
}

// src/run/freshness.ts
var Ra = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/, Sa = /^\d{10,16}$/;
function be(t) {
  if (typeof t == "number")
    return Number.isFinite(t) && t >= 0 ? { ms: t } : { problem: "not a time" };
  if (typeof t != "string") return { problem: "not a time" };
  let e = t.trim();
  if (Sa.test(e)) return { ms: Number(e) };
  let n = Ra.exec(e);
  if (!n) return { problem: "not a time this action reads" };
  let [, r, o, i, s = "0", u = "0", l = "0", c = "", m] = n, f = [r, o, i, s, u, l].map(Number), d = Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
  return Ea(d, f) ? { ms: d + +`0.${c || "0"}` * 1e3 - Aa(m) } : { problem: "not a real date and time" };
}
function Ea(t, e) {
  let n = new Date(t);
  return [
    n.getUTCFullYear(),
    n.getUTCMonth() + 1,
    n.getUTCDate(),
    n.getUTCHours(),
    n.getUTCMinutes(),
    n.getUTCSeconds()
  ].every((o, i) => o === e[i]);
}
function Aa(t) {
  if (!t || t === "Z") return 0;
  let e = t.startsWith("-") ? -1 : 1, n = t.slice(1).replace(":", "");
  return e * (Number(n.slice(0, 2)) * 60 + Number(n.slice(2))) * 6e4;
}
function mo(t, e) {
  return e === null ? !1 : t === null || e > t;
}
function ho(t, e) {
  if (t === null || e === void 0) return !1;
  let n = be(e);
  return "ms" in n && t < n.ms;
}

// src/report/printer.ts
var ka = 4, go = 10, Pt = class {
  constructor(e, n, r) {
    this.boundary = n;
    this.context = r;
    this.sink = fo(e);
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
    this.boundary.addSecret(e).forEach((n) => this.sink.setSecret(n)), e.length < ka && !this.warnedShortSecret && (this.warnedShortSecret = !0, this.sink.warning(Hr));
  }
  inputRefused(e) {
    let n = e.map((r) => Or(r, this.boundary));
    this.setOutputs(Y(n)), this.annotate(n.map((r) => ({ line: r, count: 1, title: Er })));
  }
  notices(e) {
    e.forEach((n) => this.sink.notice(A(this.boundary.text(n))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, n) {
    this.info(Fr(this.boundary.text(e), this.boundary.text(n)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let n = Yr(e, this.boundary), { group: r, lines: o, warnings: i } = Xr(n);
    this.startGroup(r), o.forEach((s) => this.info(s)), this.endGroup(), i.forEach((s) => this.sink.warning(A(s))), this.summaryExtra = (s) => zr(n, s);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(jr), this.setOutputs(Y()), await this.writeSummary(Vr(this.summaryExtra));
  }
  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(e, n = []) {
    let r = e.map((c) => ({
      tableName: this.boundary.text(c.tableName),
      partition: this.boundary.text(c.partition)
    })), o = n.map((c) => this.boundary.text(c, 200)), { group: i, lines: s, notice: u } = Ir(r);
    this.startGroup(i), s.forEach((c) => this.info(c)), this.endGroup(), o.length > 0 && this.info(Jr(o)), this.sink.notice(A(u)), this.setOutputs(Y());
    let l = (c) => [Zr(o, c), this.summaryExtra(c)].join(`
`);
    await this.writeSummary(qr(r, this.context, l));
  }
  tokenRetry(e) {
    this.info(Lr(e));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, n) {
    let r = _r(e, n);
    this.setOutputs(Y([r])), await this.writeSummary($t(r)), this.fail(r, k);
  }
  runStarted(e, n, r) {
    this.startGroup(Nr(e, this.boundary.text(n), r));
  }
  requestBody(e) {
    this.sink.debug(A(Br(this.boundary.text(e))));
  }
  retry(e) {
    this.info(Cr(e));
  }
  finished(e, n, r) {
    this.info(Dr(e, n, r));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, n = {}) {
    this.endGroup(), this.info(Ct(e));
    let { freshness: r } = n, o = r?.watches ?? [], i = lo(e, r ? so(o) : et);
    this.setOutputs(i);
    let s = (f) => [ao(o, f), this.summaryExtra(f)].join(`
`), u = i.fresh === "false";
    await this.writeSummary(Wr(e, this.context, s, u));
    for (let f of e) {
      let d = $r(f);
      d && this.sink.warning(A(d));
    }
    this.planWarnings(r);
    let l = [], c = vr(e, n.cause, this.boundary.text(n.host ?? ""));
    c && l.push({ line: c, count: 1, title: k });
    for (let f of o) {
      let d = ro(f, r?.timeoutMs ?? 0);
      d && l.push({ line: d, count: 1, title: k });
    }
    let m = pe(e).filter(
      (f) => n.cause !== "unreachable" || f.answered
    );
    for (let f of kr(m)) l.push({ ...f, title: k });
    this.annotate(l);
  }
  /** Before any trigger: the plans' baselines, one line each. */
  baselines(e) {
    e.forEach((n) => this.info(to(n)));
  }
  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(e, n) {
    this.endGroup();
    let r = io(e, n.reason, n.traceId);
    this.setOutputs(Y([r], { ...et, fresh: "false" })), await this.writeSummary($t(r)), this.fail(r, k);
  }
  waitStarted(e, n, r) {
    this.startGroup(Qr(e, n, r));
  }
  planFresh(e) {
    this.info(eo(e));
  }
  waitProgress(e, n, r, o) {
    this.info(no(e, n, r, o));
  }
  planRetry(e, n) {
    this.info(Mr(e, n));
  }
  /** Fresh plans whose data still looks incomplete: one warning each. */
  planWarnings(e) {
    for (let n of e?.watches ?? []) {
      let r = ho(n.last.dataMs, e?.newestPartition), o = oo(n, r);
      o && this.sink.warning(A(o));
    }
  }
  /** Failure annotations within GitHub's ten: the last says how many more and where. */
  annotate(e) {
    let n = e.length > go ? e.slice(0, go - 1) : e;
    n.forEach((i) => this.fail(i.line, i.title));
    let r = e.slice(n.length);
    if (r.length === 0) return;
    let o = r.reduce((i, s) => i + s.count, 0);
    this.fail(Pr(o), r[0]?.title ?? k);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let n = e instanceof Error ? e.message : String(e), r = Ur(this.boundary.text(n));
    this.setOutputs(Y([r])), await this.writeSummary($t(r)), this.fail(r, k);
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
        for (let [n, r] of Object.entries(e)) this.sink.setOutput(n, r);
      } catch (n) {
        this.fail(me("outputs", this.boundary.text(yo(n))), k);
      }
    }
  }
  /** Writes the job summary once; a summary that cannot be written is one warning. */
  async writeSummary(e) {
    if (!this.summaryWritten) {
      this.summaryWritten = !0;
      try {
        await this.sink.writeSummary(e);
      } catch (n) {
        this.sink.warning(A(me("summary", this.boundary.text(yo(n)))));
      }
    }
  }
  info(e) {
    this.sink.info(A(e));
  }
  fail(e, n) {
    this.sink.error(A(e), { title: n }), this.sink.fail();
  }
  startGroup(e) {
    this.endGroup(), this.sink.startGroup(A(e)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};
function yo(t) {
  let e = t?.code;
  return typeof e == "string" ? e : t instanceof Error ? t.message : String(t);
}

// src/report/run-context.ts
function bo(t, e) {
  let n = (r) => {
    let o = t[r];
    return o ? e.text(o, 200) : void 0;
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
function wo(t) {
  let e = !1, n = (r) => {
    e && process.exit(r === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), 2e3).unref();
  };
  return To.forEach((r) => process.on(r, n)), () => To.forEach((r) => process.off(r, n));
}

// src/run/retry-loop.ts
function lt(t, e) {
  return {
    sleep: (n) => e.sleep(n, t.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    stopped: () => t.stopped
  };
}
async function nt(t, e, n, r) {
  let o = e.retries + 1, i, s = !1;
  for (let u = 1; ; u++) {
    let l = await t();
    if (!l || l.cancelled)
      return { last: i, attempts: u - 1, answered: s, cancelled: !!l?.cancelled };
    if (s ||= l.answered || l.local, i = l, !l.retryable || u >= o || n.stopped())
      return { last: i, attempts: u, answered: s, cancelled: !1 };
    let c = qn(u, e, l.pushbackMs, n.random), m = l.verdict.reason ?? a`transient failure`;
    if (r({ attempt: u, maxAttempts: o, reason: m, waitMs: c }), await n.sleep(c), n.stopped()) return { last: i, attempts: u, answered: s, cancelled: !1 };
  }
}

// src/run/plan-watch.ts
async function Ro(t, e) {
  let n = [];
  for (let r of t) {
    let o = e.boundary.text(r.label, 200), i = await Eo(r, o, e);
    if (i.kind !== "read")
      return { failed: { label: o, verdict: i.verdict, attempts: i.attempts } };
    n.push({
      plan: r,
      label: o,
      baseline: i.reading,
      last: i.reading,
      state: "waiting",
      reason: null,
      polls: 0,
      waitedMs: 0
    });
  }
  return { watches: n };
}
var va = 6e4;
async function So(t, e, n, r) {
  let { clock: o, control: i } = n, s = o.nowMs(), u = s + e.timeoutMs, l = s, c = null;
  for (; ; ) {
    let f = u - o.nowMs();
    if (f <= 0 || i.stopped || (await o.sleep(Math.min(e.intervalMs, f), i.stopSignal), i.stopped)) break;
    for (let d of t.filter((h) => h.state === "waiting")) {
      if (i.stopped) break;
      let h = await Eo(d.plan, d.label, n);
      if (d.polls++, d.waitedMs = o.nowMs() - s, h.kind === "stopped") break;
      if (h.kind !== "transient") {
        if (h.kind !== "read") {
          if (d.state = "failed", d.reason = h.verdict.reason, h.kind === "refused") {
            c = a`the wait ended when the platform refused ${d.label}`;
            break;
          }
          continue;
        }
        d.last = h.reading, mo(d.baseline.refreshMs, h.reading.refreshMs) && (d.state = "fresh", r.onFresh(d));
      }
    }
    if (c || t.every((d) => d.state !== "waiting")) break;
    if (o.nowMs() - l >= va) {
      l = o.nowMs();
      let d = t.filter((h) => h.state === "waiting").length;
      r.onProgress(d, t.length, l - s, e.timeoutMs);
    }
  }
  let m = o.nowMs() - s;
  for (let f of t.filter((d) => d.state === "waiting"))
    f.waitedMs = m, i.stopped ? Te(f, a`the run was cancelled during the wait`) : (f.state = "stale", f.reason = c);
}
function Te(t, e) {
  t.state = "not-waited", t.reason = e;
}
async function Eo(t, e, n) {
  let r = !1;
  for (; ; ) {
    let o, i = await nt(
      async () => {
        let u = await n.read(t, n.control.abortSignal);
        return o = u.status, u;
      },
      n.policy,
      n.stage,
      (u) => n.onRetry(e, u)
    ), s = i.last;
    if (o && s?.verdict.succeeded)
      return Da(o, s.verdict.traceId, n.boundary);
    if (i.cancelled || !s || n.control.stopped)
      return { kind: "stopped", verdict: s?.verdict ?? N(a`cancelled before the platform answered`), attempts: i.attempts };
    if (s.retryable || !s.answered)
      return { kind: "transient", verdict: s.verdict, attempts: i.attempts };
    if (!(!r && n.renewCredential && (r = !0, await n.renewCredential())))
      return { kind: "refused", verdict: s.verdict, attempts: i.attempts };
  }
}
function Da(t, e, n) {
  let r = xo(t.latestRefreshTime), o = xo(t.latestDateTime), i = (s) => s === null ? null : n.text(typeof s == "string" ? s : JSON.stringify(s) ?? "", 64);
  if (r !== null && "problem" in r) {
    let s = n.quote(String(JSON.stringify(t.latestRefreshTime) ?? ""), 80), u = a`latestRefreshTime ${s} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch milliseconds`;
    return { kind: "unreadable", verdict: { ...N(u), traceId: e }, attempts: 1 };
  }
  return {
    kind: "read",
    reading: {
      hasNotReady: t.hasNotReady,
      latestDateTime: i(t.latestDateTime),
      latestRefreshTime: i(t.latestRefreshTime),
      refreshMs: r === null ? null : r.ms,
      dataMs: o !== null && "ms" in o ? o.ms : null,
      traceId: e
    }
  };
}
function xo(t) {
  return t == null ? null : be(t);
}

// src/run/throttle.ts
var Nt = class {
  constructor(e, n) {
    this.maxConcurrency = e;
    this.clock = n;
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
  pushedBack(e, n) {
    if (e.generation !== this.generation) return;
    if (e.level <= 1) {
      this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + n), this.change(1);
      return;
    }
    let r = this.stable > 0 && e.level > this.stable;
    if (this.failed = e.level, r)
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
    e > 0 && this.waiting.splice(0, e).forEach((n) => n());
  }
};

// src/run/trigger.ts
async function Ao(t, e, n) {
  let r = n.nowMs(), o = await nt(
    () => n.send(t),
    e,
    n,
    (i) => n.onRetry({ ...we(t, n.boundary), ...i })
  );
  return !o.last || o.cancelled ? xe(t, n.boundary, n.notRunReason()) : Ca(t, n.boundary, o.last.verdict, {
    attempts: o.attempts,
    durationMs: n.nowMs() - r,
    answered: o.answered
  });
}
function we(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function Ca(t, e, n, r) {
  return {
    ...we(t, e),
    status: n.succeeded ? "succeeded" : "failed",
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    errorMsg: n.reason,
    warning: n.warning,
    ...r
  };
}
function xe(t, e, n) {
  return {
    ...we(t, e),
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
async function ko(t, e, n) {
  let { control: r } = n, o = new Nt(e.concurrency, {
    nowMs: n.nowMs,
    sleep: (y) => n.sleep(y, r.stopSignal),
    stopped: () => r.stopped
  }), i = $a(o, n, e.retryPolicy), s = new Array(t.length), u = t.entries(), l = 0, c = 0, m = (y) => {
    y.status !== "not-run" && (c = y.answered ? 0 : c + 1, c >= Dt && r.stop("unreachable"), y.status === "failed" && e.failFast && r.stop("fail-fast"));
  }, f = async () => {
    for (let [y, R] of u) {
      if (r.stopped) return;
      try {
        let P = await Ao(R, e.retryPolicy, i);
        s[y] = P, n.onFinished(P, ++l, t.length), m(P);
      } catch (P) {
        throw r.stop("crashed"), P;
      }
    }
  }, d = Math.min(e.concurrency, t.length), g = (await Promise.allSettled(Array.from({ length: d }, f))).find((y) => y.status === "rejected");
  if (g) throw g.reason;
  return t.map(
    (y, R) => s[R] ?? xe(y, n.boundary, r.notRunReason)
  );
}
function $a(t, e, n) {
  let { control: r } = e;
  return {
    ...lt(r, e),
    send: async (o) => {
      let i = await t.acquire();
      try {
        if (r.stopped) return;
        let s = await e.send(o, r.abortSignal);
        return s.pushbackMs === void 0 ? t.accepted(i) : t.pushedBack(i, re(s.pushbackMs, n)), s;
      } finally {
        t.release();
      }
    },
    onRetry: e.onRetry,
    boundary: e.boundary,
    notRunReason: () => r.notRunReason
  };
}

// src/run/token-exchange.ts
async function vo(t, e, n, r, o, i) {
  let s, u = await nt(
    async () => {
      let l = await t.createToken(e, o.onToken, i);
      return s = l.token, l;
    },
    n,
    r,
    o.onRetry
  );
  return s !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: s } } : {
    failed: u.last?.verdict ?? N(a`cancelled before the platform answered`),
    attempts: u.attempts
  };
}

// src/run/refresh.ts
async function Do(t, e) {
  let { client: n, control: r, hooks: o } = e, i = await Na(t, e);
  if (!i) return;
  let s = Oa(t, e, i), u = [];
  if (t.waitForPlans.length > 0) {
    let c = await Ro(t.waitForPlans, s);
    if ("failed" in c) {
      await o.baselineFailed(c.failed.label, c.failed.verdict);
      return;
    }
    u = c.watches, o.baselines(u);
  }
  o.runStarted();
  let l = await ko(
    t.plan,
    {
      concurrency: t.concurrency,
      failFast: t.failFast,
      retryPolicy: t.policy
    },
    {
      ...e.clock,
      send: (c, m) => n.trigger(c, i.current, m),
      boundary: e.boundary,
      control: r,
      onRetry: (c) => o.retry(c),
      onFinished: (c, m, f) => o.finished(c, m, f)
    }
  );
  return u.length > 0 && await Pa(l, u, t, s, o), { results: l, cause: r.cause, watches: u };
}
async function Pa(t, e, n, r, o) {
  let i = t.filter((s) => s.status !== "succeeded").length;
  if (i > 0 || r.control.stopped) {
    let s = r.control.stopped ? a`the run stopped before the wait` : a`${i} trigger${i === 1 ? a`` : a`s`} not accepted, so a refresh may never come`;
    e.forEach((u) => Te(u, s));
    return;
  }
  o.waitStarted(e.length, n.waitTimeoutMs, n.waitIntervalMs), await So(
    e,
    { timeoutMs: n.waitTimeoutMs, intervalMs: n.waitIntervalMs },
    r,
    { onFresh: (s) => o.planFresh(s), onProgress: o.waitProgress }
  );
}
async function Na(t, e) {
  let { credentials: n } = t;
  if (n.kind === "header") return { current: n };
  let r = () => vo(
    e.client,
    n,
    t.policy,
    lt(e.control, e.clock),
    { onToken: e.hooks.onToken, onRetry: e.hooks.tokenRetry },
    e.control.abortSignal
  ), o = await r();
  if ("failed" in o) {
    await e.hooks.tokenRefused(Ia(o.failed, e.control), o.attempts);
    return;
  }
  let i = { current: o.credential };
  return i.renew = async () => {
    i.renew = void 0;
    let s = await r();
    return "failed" in s ? !1 : (i.current = s.credential, !0);
  }, i;
}
function Ia(t, e) {
  if (e.cause !== "cancelled") return t;
  let n = t.reason ? a` (last answer: ${t.reason})` : a``;
  return { ...t, reason: a`the run was cancelled during the token request${n}` };
}
function Oa(t, e, n) {
  return {
    read: (r, o) => e.client.planStatus(r, n.current, o),
    renewCredential: async () => n.renew ? n.renew() : !1,
    policy: t.policy,
    stage: lt(e.control, e.clock),
    clock: e.clock,
    control: e.control,
    boundary: e.boundary,
    onRetry: (r, o) => e.hooks.planRetry(r, o)
  };
}

// src/run/sleep.ts
function Co(t, e) {
  return new Promise((n) => {
    if (e.aborted) return n();
    let r = setTimeout(o, t);
    e.addEventListener("abort", o, { once: !0 });
    function o() {
      clearTimeout(r), e.removeEventListener("abort", o), n();
    }
  });
}

// src/main.ts
var _a = "anymetrics-refresh", Ma = 512 * 1024 * 1024, La = { sleep: Co, random: Math.random, nowMs: Date.now };
async function $o() {
  let t = Fa(), e = new At(), n = new Pt(Wa(), e, bo(process.env, e)), r = Ua(n);
  try {
    Hn(t).forEach((i) => n.mask(i));
    let o = Ba(t, n);
    if (!o) return;
    if (n.today(o.timeZone, o.today), o.dbt && n.dbtMapping(o.dbt), o.plan.length === 0) return await n.nothingToRefresh();
    if (o.dryRun)
      return await n.dryRun(
        o.plan,
        o.waitForPlans.map((i) => i.label)
      );
    await Ha(o, e, n);
  } catch (o) {
    await n.crashed(o);
  } finally {
    r();
  }
}
function Ua(t) {
  let e = () => {
    process.off("beforeExit", e), t.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", e), () => process.off("beforeExit", e);
}
function Fa() {
  let t = Un.map((e) => [e, Be(e)]);
  return Object.fromEntries(t);
}
function Ba(t, e) {
  try {
    let { config: n, notices: r } = jn(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (o) => Gt(o, Je),
      readArtifact: (o) => Gt(o, Ma)
    });
    return e.notices(r), n;
  } catch (n) {
    if (!(n instanceof ot)) throw n;
    e.inputRefused(n.errors);
    return;
  }
}
async function Ha(t, e, n) {
  let r = await Ga(t, e, n), o = new vt(), i = wo(o);
  try {
    let s = await Do(
      {
        ...t,
        policy: { retries: t.retries, ...Gn }
      },
      { client: r, clock: La, control: o, boundary: e, hooks: ja(t, n) }
    );
    if (!s) return;
    await n.runEnded(s.results, {
      cause: s.cause,
      host: t.endpoint.display,
      freshness: s.watches.length > 0 ? {
        watches: s.watches,
        timeoutMs: t.waitTimeoutMs,
        newestPartition: t.plan.map((u) => u.partition).sort().at(-1)
      } : void 0
    });
  } finally {
    i(), r.close();
  }
}
function ja(t, e) {
  return {
    onToken: (n) => e.mask(n),
    tokenRetry: (n) => e.tokenRetry(n),
    tokenRefused: (n, r) => e.tokenRefused(n, r),
    planRetry: (n, r) => e.planRetry(n, r),
    baselines: (n) => e.baselines(n),
    baselineFailed: (n, r) => e.baselineFailed(n, r),
    runStarted: () => e.runStarted(t.plan.length, t.endpoint.display, t.concurrency),
    retry: (n) => e.retry(n),
    finished: (n, r, o) => e.finished(n, r, o),
    waitStarted: (n, r, o) => e.waitStarted(n, r, o),
    planFresh: (n) => e.planFresh(n),
    waitProgress: (...n) => e.waitProgress(...n)
  };
}
function Ga(t, e, n) {
  return Rr({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    planStatusUrl: t.endpoint.planStatusUrl,
    planListUrl: t.endpoint.planListUrl,
    tenantId: t.tenantId,
    basicAuth: t.endpoint.basicAuth,
    timeoutMs: t.timeoutMs,
    userAgent: _a,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e,
    onTriggerBody: je() ? (r) => n.requestBody(r) : void 0
  });
}
function Wa() {
  return {
    setSecret: Fe,
    debug: Ge,
    info: Ke,
    notice: (t) => Ve(t),
    warning: (t) => qe(t),
    error: (t, e) => We(t, e),
    startGroup: Ye,
    endGroup: Xe,
    setOutput: (t, e) => {
      ye(process.env.GITHUB_OUTPUT), He(t, e);
    },
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && (ye(process.env.GITHUB_STEP_SUMMARY), await Ft.addRaw(t).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
var qa = 1e3;
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
$o().catch(() => {
  process.exitCode = 1;
}).finally(() => {
  setTimeout(() => process.exit(), qa).unref();
});
