"use strict";
var lr = Object.create;
var Yt = Object.defineProperty;
var pr = Object.getOwnPropertyDescriptor;
var dr = Object.getOwnPropertyNames;
var fr = Object.getPrototypeOf, mr = Object.prototype.hasOwnProperty;
var Xt = (t, e) => () => {
  try {
    return e || t((e = { exports: {} }).exports, e), e.exports;
  } catch (n) {
    throw e = 0, n;
  }
};
var gr = (t, e, n, r) => {
  if (e && typeof e == "object" || typeof e == "function")
    for (let s of dr(e))
      !mr.call(t, s) && s !== n && Yt(t, s, { get: () => e[s], enumerable: !(r = pr(e, s)) || r.enumerable });
  return t;
};
var I = (t, e, n) => (n = t != null ? lr(fr(t)) : {}, gr(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  e || !t || !t.__esModule ? Yt(n, "default", { value: t, enumerable: !0 }) : n,
  t
));

// node_modules/tunnel/lib/tunnel.js
var se = Xt((F) => {
  "use strict";
  var Fo = require("net"), wr = require("tls"), yt = require("http"), ee = require("https"), xr = require("events"), Ho = require("assert"), Rr = require("util");
  F.httpOverHttp = Er;
  F.httpsOverHttp = Sr;
  F.httpOverHttps = Ar;
  F.httpsOverHttps = vr;
  function Er(t) {
    var e = new A(t);
    return e.request = yt.request, e;
  }
  function Sr(t) {
    var e = new A(t);
    return e.request = yt.request, e.createSocket = ne, e.defaultPort = 443, e;
  }
  function Ar(t) {
    var e = new A(t);
    return e.request = ee.request, e;
  }
  function vr(t) {
    var e = new A(t);
    return e.request = ee.request, e.createSocket = ne, e.defaultPort = 443, e;
  }
  function A(t) {
    var e = this;
    e.options = t || {}, e.proxyOptions = e.options.proxy || {}, e.maxSockets = e.options.maxSockets || yt.Agent.defaultMaxSockets, e.requests = [], e.sockets = [], e.on("free", function(r, s, o, i) {
      for (var c = re(s, o, i), u = 0, p = e.requests.length; u < p; ++u) {
        var d = e.requests[u];
        if (d.host === c.host && d.port === c.port) {
          e.requests.splice(u, 1), d.request.onSocket(r);
          return;
        }
      }
      r.destroy(), e.removeSocket(r);
    });
  }
  Rr.inherits(A, xr.EventEmitter);
  A.prototype.addRequest = function(e, n, r, s) {
    var o = this, i = Tt({ request: e }, o.options, re(n, r, s));
    if (o.sockets.length >= this.maxSockets) {
      o.requests.push(i);
      return;
    }
    o.createSocket(i, function(c) {
      c.on("free", u), c.on("close", p), c.on("agentRemove", p), e.onSocket(c);
      function u() {
        o.emit("free", c, i);
      }
      function p(d) {
        o.removeSocket(c), c.removeListener("free", u), c.removeListener("close", p), c.removeListener("agentRemove", p);
      }
    });
  };
  A.prototype.createSocket = function(e, n) {
    var r = this, s = {};
    r.sockets.push(s);
    var o = Tt({}, r.proxyOptions, {
      method: "CONNECT",
      path: e.host + ":" + e.port,
      agent: !1,
      headers: {
        host: e.host + ":" + e.port
      }
    });
    e.localAddress && (o.localAddress = e.localAddress), o.proxyAuth && (o.headers = o.headers || {}, o.headers["Proxy-Authorization"] = "Basic " + new Buffer(o.proxyAuth).toString("base64")), C("making CONNECT request");
    var i = r.request(o);
    i.useChunkedEncodingByDefault = !1, i.once("response", c), i.once("upgrade", u), i.once("connect", p), i.once("error", d), i.end();
    function c(f) {
      f.upgrade = !0;
    }
    function u(f, m, y) {
      process.nextTick(function() {
        p(f, m, y);
      });
    }
    function p(f, m, y) {
      if (i.removeAllListeners(), m.removeAllListeners(), f.statusCode !== 200) {
        C(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var h = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        h.code = "ECONNRESET", e.request.emit("error", h), r.removeSocket(s);
        return;
      }
      if (y.length > 0) {
        C("got illegal response body from proxy"), m.destroy();
        var h = new Error("got illegal response body from proxy");
        h.code = "ECONNRESET", e.request.emit("error", h), r.removeSocket(s);
        return;
      }
      return C("tunneling connection has established"), r.sockets[r.sockets.indexOf(s)] = m, n(m);
    }
    function d(f) {
      i.removeAllListeners(), C(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", e.request.emit("error", m), r.removeSocket(s);
    }
  };
  A.prototype.removeSocket = function(e) {
    var n = this.sockets.indexOf(e);
    if (n !== -1) {
      this.sockets.splice(n, 1);
      var r = this.requests.shift();
      r && this.createSocket(r, function(s) {
        r.request.onSocket(s);
      });
    }
  };
  function ne(t, e) {
    var n = this;
    A.prototype.createSocket.call(n, t, function(r) {
      var s = t.request.getHeader("host"), o = Tt({}, n.options, {
        socket: r,
        servername: s ? s.replace(/:.*$/, "") : t.host
      }), i = wr.connect(0, o);
      n.sockets[n.sockets.indexOf(r)] = i, e(i);
    });
  }
  function re(t, e, n) {
    return typeof t == "string" ? {
      host: t,
      port: e,
      localAddress: n
    } : t;
  }
  function Tt(t) {
    for (var e = 1, n = arguments.length; e < n; ++e) {
      var r = arguments[e];
      if (typeof r == "object")
        for (var s = Object.keys(r), o = 0, i = s.length; o < i; ++o) {
          var c = s[o];
          r[c] !== void 0 && (t[c] = r[c]);
        }
    }
    return t;
  }
  var C;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? C = function() {
    var t = Array.prototype.slice.call(arguments);
    typeof t[0] == "string" ? t[0] = "TUNNEL: " + t[0] : t.unshift("TUNNEL:"), console.error.apply(console, t);
  } : C = function() {
  };
  F.debug = C;
});

// node_modules/tunnel/index.js
var ie = Xt((Go, oe) => {
  oe.exports = se();
});

// node_modules/@actions/core/lib/command.js
var zt = I(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function N(t) {
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
function _(t, e, n) {
  let r = new gt(t, e, n);
  process.stdout.write(r.toString() + zt.EOL);
}
function ht(t, e = "") {
  _(t, {}, e);
}
var Kt = "::", gt = class {
  constructor(e, n, r) {
    e || (e = "missing.command"), this.command = e, this.properties = n, this.message = r;
  }
  toString() {
    let e = Kt + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      e += " ";
      let n = !0;
      for (let r in this.properties)
        if (this.properties.hasOwnProperty(r)) {
          let s = this.properties[r];
          s && (n ? n = !1 : e += ",", e += `${r}=${yr(s)}`);
        }
    }
    return e += `${Kt}${hr(this.message)}`, e;
  }
};
function hr(t) {
  return N(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function yr(t) {
  return N(t).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var Jt = I(require("crypto"), 1), Z = I(require("fs"), 1), J = I(require("os"), 1);
function Zt(t, e) {
  let n = process.env[`GITHUB_${t}`];
  if (!n)
    throw new Error(`Unable to find environment variable for file command ${t}`);
  if (!Z.existsSync(n))
    throw new Error(`Missing file at path: ${n}`);
  Z.appendFileSync(n, `${N(e)}${J.EOL}`, {
    encoding: "utf8"
  });
}
function Qt(t, e) {
  let n = `ghadelimiter_${Jt.randomUUID()}`, r = N(e);
  if (t.includes(n))
    throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);
  if (r.includes(n))
    throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);
  return `${t}<<${n}${J.EOL}${r}${J.EOL}${n}`;
}

// node_modules/@actions/core/lib/core.js
var Et = I(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function te(t) {
  let e = t.protocol === "https:";
  if (Tr(t))
    return;
  let n = e ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (n)
    try {
      return new Q(n);
    } catch {
      if (!n.startsWith("http://") && !n.startsWith("https://"))
        return new Q(`http://${n}`);
    }
  else
    return;
}
function Tr(t) {
  if (!t.hostname)
    return !1;
  let e = t.hostname;
  if (br(e))
    return !0;
  let n = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!n)
    return !1;
  let r;
  t.port ? r = Number(t.port) : t.protocol === "http:" ? r = 80 : t.protocol === "https:" && (r = 443);
  let s = [t.hostname.toUpperCase()];
  typeof r == "number" && s.push(`${s[0]}:${r}`);
  for (let o of n.split(",").map((i) => i.trim().toUpperCase()).filter((i) => i))
    if (o === "*" || s.some((i) => i === o || i.endsWith(`.${o}`) || o.startsWith(".") && i.endsWith(`${o}`)))
      return !0;
  return !1;
}
function br(t) {
  let e = t.toLowerCase();
  return e === "localhost" || e.startsWith("127.") || e.startsWith("[::1]") || e.startsWith("[0:0:0:0:0:0:0:1]");
}
var Q = class extends URL {
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
var ue = require("os"), G = require("fs"), bt = function(t, e, n, r) {
  function s(o) {
    return o instanceof n ? o : new n(function(i) {
      i(o);
    });
  }
  return new (n || (n = Promise))(function(o, i) {
    function c(d) {
      try {
        p(r.next(d));
      } catch (f) {
        i(f);
      }
    }
    function u(d) {
      try {
        p(r.throw(d));
      } catch (f) {
        i(f);
      }
    }
    function p(d) {
      d.done ? o(d.value) : s(d.value).then(c, u);
    }
    p((r = r.apply(t, e || [])).next());
  });
}, { access: kr, appendFile: $r, writeFile: Ir } = G.promises, ae = "GITHUB_STEP_SUMMARY";
var wt = class {
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
    return bt(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let e = process.env[ae];
      if (!e)
        throw new Error(`Unable to find environment variable for $${ae}. Check if your runtime environment supports job summaries.`);
      try {
        yield kr(e, G.constants.R_OK | G.constants.W_OK);
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
    let s = Object.entries(r).map(([o, i]) => ` ${o}="${i}"`).join("");
    return n ? `<${e}${s}>${n}</${e}>` : `<${e}${s}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(e) {
    return bt(this, void 0, void 0, function* () {
      let n = !!e?.overwrite, r = yield this.filePath();
      return yield (n ? Ir : $r)(r, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return bt(this, void 0, void 0, function* () {
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
    return this.addRaw(ue.EOL);
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
    let r = Object.assign({}, n && { lang: n }), s = this.wrap("pre", this.wrap("code", e), r);
    return this.addRaw(s).addEOL();
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
    let r = n ? "ol" : "ul", s = e.map((i) => this.wrap("li", i)).join(""), o = this.wrap(r, s);
    return this.addRaw(o).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(e) {
    let n = e.map((s) => {
      let o = s.map((i) => {
        if (typeof i == "string")
          return this.wrap("td", i);
        let { header: c, data: u, colspan: p, rowspan: d } = i, f = c ? "th" : "td", m = Object.assign(Object.assign({}, p && { colspan: p }), d && { rowspan: d });
        return this.wrap(f, u, m);
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
    let { width: s, height: o } = r || {}, i = Object.assign(Object.assign({}, s && { width: s }), o && { height: o }), c = this.wrap("img", null, Object.assign({ src: e, alt: n }, i));
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
  addHeading(e, n) {
    let r = `h${n}`, s = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(r) ? r : "h1", o = this.wrap(s, e);
    return this.addRaw(o).addEOL();
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
    let r = Object.assign({}, n && { cite: n }), s = this.wrap("blockquote", e, r);
    return this.addRaw(s).addEOL();
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
}, Nr = new wt();
var xt = Nr;

// node_modules/@actions/core/lib/platform.js
var Rt = I(require("os"), 1);
var Yo = Rt.default.platform(), Xo = Rt.default.arch();

// node_modules/@actions/core/lib/core.js
var ce;
(function(t) {
  t[t.Success = 0] = "Success", t[t.Failure = 1] = "Failure";
})(ce || (ce = {}));
function le(t) {
  _("add-mask", {}, t);
}
function pe(t, e) {
  let n = process.env[`INPUT_${t.replace(/ /g, "_").toUpperCase()}`] || "";
  if (e && e.required && !n)
    throw new Error(`Input required and not supplied: ${t}`);
  return e && e.trimWhitespace === !1 ? n : n.trim();
}
function de(t, e) {
  if (process.env.GITHUB_OUTPUT || "")
    return Zt("OUTPUT", Qt(t, e));
  process.stdout.write(Et.EOL), _("set-output", { name: t }, N(e));
}
function fe() {
  return process.env.RUNNER_DEBUG === "1";
}
function me(t) {
  _("debug", {}, t);
}
function ge(t, e = {}) {
  _("error", z(e), t instanceof Error ? t.toString() : t);
}
function he(t, e = {}) {
  _("warning", z(e), t instanceof Error ? t.toString() : t);
}
function ye(t, e = {}) {
  _("notice", z(e), t instanceof Error ? t.toString() : t);
}
function Te(t) {
  process.stdout.write(t + Et.EOL);
}
function be(t) {
  ht("group", t);
}
function we() {
  ht("endgroup");
}

// src/platform/client.ts
var Ye = require("node:net");

// src/platform/connection.ts
var ke = I(require("node:http"), 1);

// src/inputs/refusals.ts
var l = class extends Error {
  constructor(n, r) {
    super(n);
    this.rule = n;
    this.offendingValue = r;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
}, E = class extends Error {
  constructor(n, r, s) {
    super(`Input "${n}" ${r}`);
    this.input = n;
    this.rule = r;
    this.offendingValue = s;
    this.name = "InputError";
  }
  input;
  rule;
  offendingValue;
};
function g(t, e) {
  try {
    return e();
  } catch (n) {
    throw n instanceof l ? new E(t, n.rule, n.offendingValue) : n;
  }
}
var j = class extends Error {
  constructor(n) {
    super(n.map((r) => r.message).join(`
`));
    this.errors = n;
    this.name = "InputErrors";
  }
  errors;
}, tt = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(e) {
    try {
      return e();
    } catch (n) {
      if (!(n instanceof E)) throw n;
      this.errors.push(n);
      return;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new j(this.errors);
  }
};

// src/inputs/ca-certificate.ts
var St = "-----BEGIN CERTIFICATE-----", xe = "-----END CERTIFICATE-----", Re = 1024 * 1024, Ee = "must be PEM text or the path of a PEM file with at least one certificate";
function Se(t, e) {
  let n = t.trim();
  if (n === "") return [];
  let r = n.includes("-----BEGIN") ? n : Or(n, e), s = Dr(r);
  if (s.length === 0) throw new l(Ee, Ae(n));
  return s.forEach(Mr), s;
}
function Dr(t) {
  let e = [];
  for (let n = t.indexOf(St); n >= 0; n = t.indexOf(St, n + 1)) {
    let r = t.indexOf(xe, n + St.length);
    if (r < 0) break;
    e.push(t.slice(n, r + xe.length)), n = r;
  }
  return e;
}
function Or(t, e) {
  try {
    return e(t);
  } catch (n) {
    let r = n.code ?? "unreadable";
    throw new l(`${Ee}; the file cannot be read (${r})`, t);
  }
}
function Mr(t) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(t);
  } catch {
    throw new l("contains a certificate that is not valid PEM", Ae(t));
  }
}
function Ae(t) {
  return t.includes("-----BEGIN") ? `${t.slice(0, 40)}\u2026` : t;
}
function ve(t) {
  let e = process.getBuiltinModule("node:tls"), n = e.getCACertificates;
  return [...n ? n("default") : e.rootCertificates, ...t];
}

// src/platform/connection.ts
async function $e(t, e) {
  let n = t.protocol === "https:", r = n ? process.getBuiltinModule("node:https") : ke.default, s = te(t), o = s?.hostname ? await Pr(n, s, e.maxSockets) : new r.Agent({ keepAlive: !0, maxSockets: e.maxSockets });
  return n && e.caCertificates.length > 0 && Lr(o, e.caCertificates), { agent: o, transport: r, proxy: s?.hostname ? s : void 0 };
}
async function Pr(t, e, n) {
  let r = await Promise.resolve().then(() => I(ie(), 1)), s = e.protocol === "https:", o = t ? s ? r.httpsOverHttps : r.httpsOverHttp : s ? r.httpOverHttps : r.httpOverHttp, i = e.username || e.password ? { proxyAuth: `${e.username}:${e.password}` } : {}, c = Number(e.port || (s ? 443 : 80)), u = {
    maxSockets: n,
    keepAlive: !0,
    proxy: { ...i, host: e.hostname, port: c }
  };
  return o(u);
}
function Lr(t, e) {
  let n = t;
  n.options = { ...n.options, ca: ve(e) };
}

// src/inputs/text-rules.ts
var et = 128, Ur = /[\u0000-\u001f\u007f-\u009f]/, Br = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Ie(t) {
  return Ur.test(t);
}
function V(t, e = {}) {
  if (!Br.test(t))
    throw new l(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (e.secret ? " (value hidden)" : ""),
      e.secret ? void 0 : t
    );
}
function nt(t, e = et) {
  if (t.length > e)
    throw new l(`must be at most ${e} characters (it has ${t.length})`, t);
}
function M(t, e = "is required") {
  if (t === "") throw new l(e);
}

// src/inputs/host.ts
var At = "/anymetrics/api/v1/scheduler/task/trigger", Fr = "/anymetrics/api/v1/token/create", Ne = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", _e = /^[a-z][a-z0-9+.-]*:\/\//i, Hr = /[/?#\\]/;
function vt(t) {
  let e = _e.exec(t)?.[0] ?? "", n = t.slice(e.length), r = n.search(Hr), o = (r < 0 ? n : n.slice(0, r)).lastIndexOf("@"), i = o >= 0 ? o : n.lastIndexOf("@");
  if (!(i < 0))
    return {
      scheme: e,
      userinfo: n.slice(0, i),
      rest: n.slice(i + 1),
      ambiguous: o < 0
    };
}
function Ce(t) {
  let e = vt(t.trim());
  if (!e || e.userinfo === "") return [];
  let { userinfo: n } = e, r = n.indexOf(":"), s = r < 0 ? n : n.slice(0, r), o = r < 0 ? "" : n.slice(r + 1), i = r < 0 ? s : o, c = [
    i,
    W(i),
    kt(W(s), W(o))
  ];
  return e.ambiguous && c.push(n), [...new Set(c.filter((u) => u !== ""))];
}
function kt(t, e) {
  return Buffer.from(`${t}:${e}`).toString("base64");
}
function P(t) {
  let e = vt(t.trim());
  return e ? `${e.scheme}***@${e.rest}` : t.trim();
}
function De(t) {
  let e = t.trim();
  if (e === "") throw new l("is required");
  if (Ie(e) || /\s/.test(e))
    throw new l("must not contain spaces or control characters", P(e));
  if (vt(e)?.ambiguous)
    throw new l(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      P(e)
    );
  let n = qr(e), r = n.pathname.replace(/\/+$/, ""), s = r.endsWith(At) ? r.slice(0, -At.length) : r, o = `${n.protocol}//${n.host}${s}`, i = {
    url: o + At,
    tokenUrl: o + Fr,
    display: o
  };
  return (n.username !== "" || n.password !== "") && (i.basicAuth = {
    username: W(n.username),
    password: W(n.password)
  }), i;
}
function qr(t) {
  let e = _e.test(t), n = Gr(e ? t : `http://${t}`, t);
  if (n.protocol !== "http:" && n.protocol !== "https:")
    throw new l("must use http:// or https://", P(t));
  if (n.hostname === "") throw new l(Ne, P(t));
  if (!e && n.port === "")
    throw new l(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      P(t)
    );
  if (n.search !== "" || n.hash !== "")
    throw new l("must not contain a query (?) or fragment (#)", P(t));
  return n;
}
function Gr(t, e) {
  try {
    return new URL(t);
  } catch {
    throw new l(Ne, P(e));
  }
}
function W(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

// src/trust.ts
var jr = /[\s\u0085]+/g, Vr = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var Wr = /##\[/g;
function a(t, ...e) {
  let n = t[0] ?? "";
  return e.forEach((r, s) => {
    n += String(r) + (t[s + 1] ?? "");
  }), n;
}
function Pe(t, e) {
  return t.join(e);
}
function b(t) {
  return It($t(t));
}
var rt = class {
  /** Every masked form of every secret, longest first so that a longer form masks whole. */
  forms = [];
  constructor(e = []) {
    e.forEach((n) => this.addSecret(n));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(e) {
    let n = Kr(e).filter((r) => !this.forms.includes(r));
    return this.forms = [...this.forms, ...n].sort((r, s) => s.length - r.length), n;
  }
  /** Known secrets and their encoded forms replaced by `***`. */
  redact(e) {
    let n = e;
    for (let r of this.forms)
      n.includes(r) && (n = n.split(r).join("***"));
    return n;
  }
  /** A platform or transport text as one inert, bounded line. */
  text(e, n = 1e3) {
    return this.finish($t(this.redact(e)), n);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(e, n = 200) {
    return this.finish($t(Yr(this.redact(e))), n);
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(e, n = 120) {
    let r = It(JSON.stringify(this.redact(e)));
    return r.length > n ? `${Le(r, n)}\u2026"` : r;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(e, n) {
    return st(It(this.redact(e)), n);
  }
};
function $t(t) {
  return t.replace(jr, " ").replace(Vr, "\uFFFD").trim();
}
function It(t) {
  let e = t.replace(Wr, "## ["), n = e.trimStart();
  return n.startsWith("::") ? `: :${n.slice(2)}` : e;
}
function Le(t, e) {
  let n = t.slice(0, e), r = n.charCodeAt(n.length - 1);
  return r >= 55296 && r <= 56319 ? n.slice(0, -1) : n;
}
var Oe = /<\/(script|style|head)\s*>/gi;
function Yr(t) {
  let e = "", n = 0;
  for (; n < t.length; ) {
    let r = t.indexOf("<", n), s = r < 0 ? -1 : t.indexOf(">", r + 1);
    if (s < 0) return e + t.slice(n);
    if (e += `${t.slice(n, r)} `, n = s + 1, Xr(t, r)) {
      Oe.lastIndex = n;
      let o = Oe.exec(t);
      n = o ? o.index + o[0].length : t.length;
    }
  }
  return e;
}
function Xr(t, e) {
  let n = t.charCodeAt(e + 1) | 32;
  return n !== 115 && n !== 104 ? !1 : /^<(script|style|head)\b/i.test(t.slice(e, e + 8));
}
function Kr(t) {
  if (t === "") return [];
  let e = [
    t,
    encodeURIComponent(t),
    encodeURIComponent(t).replace(/%20/g, "+"),
    JSON.stringify(t).slice(1, -1),
    Me(t, "&#39;"),
    Me(t, "&#x27;"),
    ...zr(t)
  ];
  return [...new Set(e)].filter((n) => n !== "");
}
function Me(t, e) {
  let n = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": e
  };
  return t.replace(/[&<>"']/g, (r) => n[r] ?? r);
}
function zr(t) {
  let e = Buffer.from(t, "utf8"), n = e.toString("base64"), r = [n, n.replace(/=+$/, "")];
  for (let s of [0, 1, 2]) {
    let o = Buffer.concat([Buffer.alloc(s), e]).toString("base64"), i = Math.ceil(s * 8 / 6), c = Math.floor((s + e.length) * 8 / 6);
    r.push(o.slice(i, c));
  }
  return r.filter((s) => s.length >= 6).flatMap((s) => [s, s.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function st(t, e) {
  return t.length > e ? `${Le(t, e)}\u2026` : t;
}
function Ue(t, e) {
  return t.toFixed(e);
}

// src/platform/verdict.ts
var Jr = 32, Zr = 128, Qr = 8, Nt = 4096;
function He(t, e) {
  if (es(t.status)) return is(t, e);
  let n = us(t.body);
  if (!n) return as(t, e);
  let r = ns(n, e), s = rs(t.status, n, r, e);
  return {
    succeeded: s === null,
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    reason: s,
    warning: s === null && r.data === "false" ? a`the platform answered data "false"` : null
  };
}
function L(t) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: t, warning: null };
}
function ts(t) {
  return t >= 200 && t < 300;
}
function es(t) {
  return t >= 300 && t < 400 && t !== 304;
}
function ns(t, e) {
  let n = (r, s) => {
    let o = cs(r);
    return o === null || o.trim() === "" ? null : e.text(o, s);
  };
  return {
    code: Fe(t.code) ? n(t.code, Jr) : null,
    traceId: Fe(t.traceId) ? n(t.traceId, Zr) : null,
    data: n(t.data),
    errorMsg: n(t.errorMsg),
    detailErrorMsg: n(t.detailErrorMsg)
  };
}
function rs(t, e, n, r) {
  let s = ss(n.errorMsg, n.detailErrorMsg);
  if (!ts(t))
    return s !== null ? a`HTTP ${t}: ${s}` : a`HTTP ${t}${_t(n.code)}`;
  if (s !== null) return s;
  let o = os(e, r);
  return o.value !== !0 ? o.name === null ? a`the response has neither "succeed" nor "success"${_t(n.code)}` : a`the platform answered ${o.name}: ${o.shown}${_t(n.code)}` : n.code !== "200" ? n.code === null ? a`the platform answered code null` : a`the platform answered code "${n.code}"` : null;
}
function ss(t, e) {
  return t === null ? e : e === null || e === t ? t : a`${t}: ${e}`;
}
function os(t, e) {
  return "succeed" in t ? { name: a`succeed`, ...Be(t.succeed, e) } : "success" in t ? { name: a`success`, ...Be(t.success, e) } : { name: null, value: void 0, shown: a`` };
}
function Be(t, e) {
  return { value: t, shown: e.text(qe(t), 60) };
}
function _t(t) {
  return t === null ? a`` : a` (code ${t})`;
}
function is(t, e) {
  let n = t.location ? e.text(t.location, 300) : a`an address it did not give`;
  return L(
    a`HTTP ${t.status} redirect to ${n}: the action does not follow redirects, set host to the final address`
  );
}
function as(t, e) {
  let n = e.excerpt(t.body), r = n === "" ? a`an empty body` : a`a body that is not a JSON object: ${n}`;
  return L(a`HTTP ${t.status} with ${r}`);
}
function us(t) {
  try {
    let e = JSON.parse(t);
    return typeof e == "object" && e !== null && !Array.isArray(e) ? e : null;
  } catch {
    return null;
  }
}
function Fe(t) {
  return typeof t == "string" || typeof t == "number";
}
function cs(t) {
  return t == null ? null : typeof t == "string" ? t : qe(t);
}
function qe(t) {
  let e = [], n = 0, r = (i) => (e.push(i), n += i.length, n < Nt), s = (i, c) => {
    if (i === null || typeof i != "object") return r(JSON.stringify(i) ?? "null");
    if (c >= Qr) return r("\u2026");
    let u = Array.isArray(i) ? i.map((p) => [null, p]) : Object.entries(i);
    if (!r(Array.isArray(i) ? "[" : "{")) return !1;
    for (let [p, [d, f]] of u.entries())
      if (p > 0 && !r(",") || d !== null && !r(`${JSON.stringify(d)}:`) || !s(f, c + 1)) return !1;
    return r(Array.isArray(i) ? "]" : "}");
  };
  s(t, 0);
  let o = e.join("");
  return n < Nt ? o : `${o.slice(0, Nt)}\u2026`;
}

// src/platform/retry-policy.ts
var Ge = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, ls = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), ps = /* @__PURE__ */ new Set([
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
function Ct(t) {
  return "status" in t ? ls.has(t.status) : ps.has(t.errorCode);
}
function ds(t, e, n) {
  let r = Math.min(e.maxDelayMs, e.baseDelayMs * 2 ** (t - 1));
  return Math.floor(n() * r);
}
function je(t, e) {
  if (t === void 0) return;
  let n = t.trim();
  if (/^\d+$/.test(n)) return Number(n) * 1e3;
  let r = Date.parse(n);
  if (!(Number.isNaN(r) || !/[a-z]/i.test(n)))
    return Math.max(0, r - e);
}
var fs = 250;
function Ve(t, e, n, r) {
  return n !== void 0 ? Math.min(Math.max(n, fs), e.retryAfterCapMs) : ds(t, e, r);
}

// src/platform/client.ts
var v = class extends Error {
  constructor(n, r) {
    super(n);
    this.description = n;
    this.code = r;
    this.name = "TransportError";
  }
  description;
  code;
}, We = 1024 * 1024;
async function Xe(t) {
  let e = new URL(t.endpointUrl), { agent: n, transport: r, proxy: s } = await $e(e, {
    maxSockets: t.maxSockets ?? 16,
    caCertificates: t.caCertificates ?? []
  }), o = ws(t), i = ms(e, s, t.boundary), c = async (d) => bs(await vs(d, i), t.boundary, i), u = (d, f, m, y) => xs(r, d, n, f, m, t.timeoutMs, y), p = new URL(t.tokenUrl);
  return {
    trigger: (d, f) => u(e, o, gs(d, t), f).then(
      (m) => Ke(m, t.boundary),
      c
    ),
    createToken: (d, f, m) => u(
      p,
      hs(o),
      // Exactly the documented fields, whatever else the caller's object holds.
      JSON.stringify({ appId: d.appId, appSecret: d.appSecret }),
      m
    ).then((y) => ys(y, t.boundary, f), c),
    useToken: (d) => {
      o["auth-type"] = "TOKEN", o["auth-value"] = d;
    },
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => n.destroy?.()
  };
}
function ms(t, e, n) {
  return {
    url: t,
    host: n.text(t.host, 300),
    proxy: e ? n.text(`${e.protocol}//${e.host}`, 300) : void 0
  };
}
function gs(t, e) {
  let n = {
    tableName: t.tableName,
    tenantId: e.tenantId,
    tablePartition: t.partition
  };
  return JSON.stringify(n);
}
function Ke(t, e, n = Date.now()) {
  let r = je(t.retryAfter, n);
  return {
    verdict: He(t, e),
    answered: !0,
    retryable: Ct({ status: t.status }),
    pushbackMs: r ?? (t.status === 429 ? 0 : void 0),
    cancelled: !1
  };
}
function hs(t) {
  let { "auth-type": e, "auth-value": n, "tenant-id": r, ...s } = t;
  return s;
}
function ys(t, e, n) {
  let r = Ts(t.body);
  r !== void 0 && n(r);
  let s = Ke(t, e);
  return s.verdict.succeeded ? r === void 0 ? {
    ...s,
    verdict: L(a`the token answer has no token (a non-empty string) in data`)
  } : { ...s, token: r } : s;
}
function Ts(t) {
  try {
    let e = JSON.parse(t)?.data;
    return typeof e == "string" && e.trim() !== "" ? e : void 0;
  } catch {
    return;
  }
}
function bs(t, e, n) {
  let r = ze(t), s = { errorCode: r.code };
  return {
    verdict: L(Ns(r, e, n)),
    answered: !1,
    retryable: Ct(s),
    pushbackMs: void 0,
    cancelled: r.code === "CANCELLED"
  };
}
function ws(t) {
  let e = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": t.userAgent,
    "tenant-id": t.tenantId,
    ...t.authType ? { "auth-type": t.authType } : {},
    ...t.authValue ? { "auth-value": t.authValue } : {}
  };
  if (t.basicAuth) {
    let { username: n, password: r } = t.basicAuth;
    e.authorization = `Basic ${kt(n, r)}`;
  }
  return e;
}
function xs(t, e, n, r, s, o, i) {
  return new Promise((c, u) => {
    let p = t.request(e, {
      method: "POST",
      agent: n,
      headers: { ...r, "content-length": Buffer.byteLength(s) },
      ...i ? { signal: i } : {}
    }), d = () => new v(`no answer within ${o / 1e3} s`, "TIMEOUT"), f = !1, m = (h) => {
      clearTimeout(y), u(f ? d() : i?.aborted ? Ss : h);
    }, y = setTimeout(() => {
      f = !0, p.destroy(d());
    }, o);
    p.on("response", (h) => {
      Es(h).then(
        (T) => c({ status: h.statusCode ?? 0, body: T, ...Rs(h) }),
        m
      );
    }), p.on("error", m), p.on("close", () => clearTimeout(y)), p.end(s);
  });
}
function Rs(t) {
  let { "retry-after": e, location: n } = t.headers;
  return {
    ...typeof e == "string" ? { retryAfter: e } : {},
    ...typeof n == "string" ? { location: n } : {}
  };
}
function Es(t) {
  return new Promise((e, n) => {
    let r = [], s = 0;
    t.on("data", (o) => {
      s < We && r.push(o), s += o.length;
    }), t.on(
      "end",
      () => e(Buffer.concat(r).subarray(0, We).toString("utf8"))
    ), t.on("error", n);
  });
}
function ze(t) {
  if (t instanceof v) return t;
  let e = t?.code, n = t instanceof Error ? t.message : String(t);
  return new v(n, typeof e == "string" ? e : "UNKNOWN");
}
var Ss = new v("cancelled", "CANCELLED"), As = "tunneling socket could not be established";
async function vs(t, e) {
  let n = ze(t);
  if (n.description.startsWith(As)) {
    let r = n.description.split("cause=")[1] ?? n.code;
    return new v(r, "EPROXY");
  }
  return n.code === "EPROTO" && /wrong version number/i.test(n.description) ? new v(n.description, "EPLAINPORT") : n.code === "ECONNRESET" && e.url.protocol === "http:" && !e.proxy && (e.speaksTls ??= ks(e.url), await e.speaksTls) ? new v(n.description, "ETLSPORT") : n;
}
function ks(t) {
  return new Promise((e) => {
    let n = process.getBuiltinModule("node:tls").connect({
      host: t.hostname,
      port: Number(t.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, Ye.isIP)(t.hostname) ? {} : { servername: t.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), r = (s) => {
      n.destroy(), e(s);
    };
    n.once("secureConnect", () => r(!0)), n.once("error", () => r(!1)), n.once("timeout", () => r(!1));
  });
}
var $s = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), Is = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Ns(t, e, n) {
  let r = e.text(t.code, 64), s = n?.host ?? a`the host`, o = n?.proxy ? a` via proxy ${n.proxy}` : a``;
  switch (t.code) {
    case "CANCELLED":
      return a`cancelled while waiting for ${s} to answer`;
    case "TIMEOUT":
      return a`${s}${o} sent no answer within ${e.text(t.description.replace(/^no answer within /, ""))}`;
    case "EPROXY":
      return a`could not open a tunnel to ${s} through the proxy ${n?.proxy ?? a`in http_proxy/https_proxy`}: ${e.text(t.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return a`${s} speaks TLS: use https://${s} instead of http://`;
  }
  if ($s.has(t.code))
    return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
  let i = Is[t.code];
  return i ? a`${i} by ${s}${o} (${r})` : a`${s}${o}: ${e.text(t.description)}`;
}

// src/inputs/files.ts
var D = require("node:fs"), Je = 1024 * 1024, ot = class extends Error {
  constructor(n) {
    super(n);
    this.code = n;
    this.name = "FileRefusal";
  }
  code;
};
function Dt(t, e) {
  if (!(0, D.statSync)(t).isFile()) throw new ot("not a regular file");
  let n = (0, D.openSync)(t, "r");
  try {
    let r = [], s = 0;
    for (; ; ) {
      let o = Buffer.allocUnsafe(Je), i = (0, D.readSync)(n, o, 0, Je, null);
      if (i === 0) break;
      if (s += i, s > e) throw new ot(`larger than ${e} bytes`);
      r.push(o.subarray(0, i));
    }
    return Buffer.concat(r, s).toString("utf8");
  } finally {
    (0, D.closeSync)(n);
  }
}

// src/inputs/parse-inputs.ts
var ct = require("node:path");

// src/inputs/table-name.ts
var x = "[\\p{L}\\p{N}_$-]+", _s = new RegExp(`^(${x})\\.\`(${x})\\.(${x})\`\\.(${x})$`, "u"), Cs = new RegExp(`^(${x})\\.(${x})\\.(${x})\\.(${x})$`, "u"), Ds = new RegExp(`^${x}$`, "u"), Os = new RegExp(`^(${x})\\.(${x})$`, "u"), Ms = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function it(t) {
  let e = t.trim();
  if (_s.test(e)) return { tableName: Ot(e), backticksAdded: !1 };
  let n = Cs.exec(e);
  if (n) {
    let [r = "", s = "", o = "", i = ""] = n.slice(1);
    return {
      tableName: Ot(tn(r, `${s}.${o}`, i)),
      backticksAdded: !0
    };
  }
  throw new l(Ms, e);
}
function Y(t) {
  let e = t.trim();
  if (!Ds.test(e))
    throw new l(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      e
    );
  return e;
}
function Ze(t) {
  let e = Ps(t.trim());
  if (!Os.test(e))
    throw new l("must be catalog.schema (e.g. default_catalog.sales)", t.trim());
  return e;
}
function Qe(t, e, n) {
  return Ot(tn(t, e, n));
}
function tn(t, e, n) {
  return `${t}.\`${e}\`.${n}`;
}
function Ps(t) {
  return t.length >= 2 && t.startsWith("`") && t.endsWith("`") ? t.slice(1, -1) : t;
}
function Ot(t) {
  try {
    nt(t, et);
  } catch {
    throw new l(
      `must compose a tableName of at most ${et} characters (it has ${t.length})`,
      t
    );
  }
  return t;
}

// src/inputs/dbt.ts
var Ls = ["v12", "v20"], Us = ["v6"], Bs = /* @__PURE__ */ new Set(["success", "partial success"]), rn = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]), en = ["model", "seed", "snapshot"];
function sn(t) {
  let n = an(t, "run-results", Us).results;
  if (!Array.isArray(n)) throw new l('has no "results" list');
  return n.flatMap((r) => {
    let { unique_id: s, status: o } = r ?? {};
    return typeof s == "string" ? [{ uniqueId: s, status: String(o) }] : [];
  });
}
function on(t, e) {
  let r = an(t, "manifest", Ls).nodes;
  if (typeof r != "object" || r === null) throw new l('has no "nodes" map');
  let s = /* @__PURE__ */ new Map();
  for (let o of e) {
    let i = r[o];
    typeof i == "object" && i !== null && s.set(o, Fs(o, i));
  }
  return s;
}
function an(t, e, n) {
  let r;
  try {
    r = JSON.parse(t);
  } catch {
    throw new l("is not valid JSON");
  }
  if (typeof r != "object" || r === null) throw new l("is not a JSON object");
  let s = r, o = s.metadata?.dbt_schema_version, i = new RegExp(`/${e}/(v\\d+)\\.json$`).exec(String(o))?.[1];
  if (!i || !n.includes(i))
    throw new l(
      `is ${e} ${i ?? `of unknown version (${String(o).slice(0, 80)})`}; this action reads ${e} ${n.join(" and ")}`
    );
  return s;
}
function Fs(t, e) {
  let n = e.config ?? {}, r = (o) => typeof o == "string" && o !== "" ? o : null, s = [e.tags, n.tags].flatMap((o) => Array.isArray(o) ? o : []);
  return {
    uniqueId: t,
    resourceType: r(e.resource_type) ?? t.split(".")[0] ?? "",
    name: r(e.name) ?? t.split(".").at(-1) ?? t,
    alias: r(e.alias),
    schema: r(e.schema),
    database: r(e.database),
    catalog: r(n.catalog),
    materialized: r(n.materialized),
    tags: [...new Set(s.filter((o) => typeof o == "string"))],
    originalFilePath: r(e.original_file_path)
  };
}
function un(t) {
  return new Set(
    t.map((e) => e.uniqueId).filter((e) => rn.has(e.split(".")[0] ?? ""))
  );
}
function cn(t, e, n) {
  let r = { mapped: [], skipped: [] }, s = /* @__PURE__ */ new Set();
  for (let o of t) {
    if (s.has(o.uniqueId)) continue;
    s.add(o.uniqueId);
    let i = o.uniqueId.split(".")[0] ?? "", c = e.get(o.uniqueId), u = Hs(o, i, c, n);
    if (u !== null || !c) {
      r.skipped.push({ uniqueId: o.uniqueId, reason: u ?? "not in the manifest" });
      continue;
    }
    try {
      r.mapped.push({ uniqueId: c.uniqueId, tableName: qs(c, n) });
    } catch (p) {
      let d = p instanceof l ? p.rule : String(p);
      r.skipped.push({ uniqueId: c.uniqueId, reason: `its table name ${d}` });
    }
  }
  return r;
}
function Hs(t, e, n, r) {
  return rn.has(n?.resourceType ?? e) ? Bs.has(t.status) ? n ? n.materialized === "ephemeral" ? "ephemeral: dbt writes no table for it" : r.select.length > 0 && !r.select.some((s) => nn(s, n)) ? "not selected by dbt-select" : r.exclude.some((s) => nn(s, n)) ? "excluded by dbt-exclude" : null : null : `status ${t.status}: nothing was written` : `a ${e || "node"}, not a table`;
}
function qs(t, e) {
  let n = t.schema ?? "", r = t.database !== null && t.database !== n ? t.database : null, s = t.catalog ?? r ?? e.defaultCatalog, o = `${e.datasource}.\`${s}.${n}\`.${t.alias ?? t.name}`;
  return it(o).tableName;
}
function nn(t, e) {
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
  let e = t.indexOf(":"), n = e < 0 ? "" : t.slice(0, e), r = e < 0 ? t : t.slice(e + 1);
  if (r === "" || /\s/.test(r))
    throw new l("has a selector without a value or with spaces", t);
  switch (n) {
    case "":
      return { kind: "name", value: r };
    case "tag":
      return { kind: "tag", value: r };
    case "path":
      return { kind: "path", value: r, pattern: Gs(r) };
    case "resource_type":
      if (!en.includes(r))
        throw new l(
          `has resource_type:${r}; use ${en.join(", ")}`,
          t
        );
      return { kind: "resource_type", value: r };
    default:
      throw new l("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", t);
  }
}
function Gs(t) {
  let e = "";
  for (let r = 0; r < t.length; r++) {
    let s = t[r] ?? "";
    s === "*" && t[r + 1] === "*" ? (e += t[r + 2] === "/" ? "(?:.*/)?" : ".*", r += t[r + 2] === "/" ? 2 : 1) : s === "*" ? e += "[^/]*" : s === "?" ? e += "[^/]" : e += s.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  let n = /[*?]/.test(t) ? "" : "(?:/.*)?";
  return new RegExp(`^${e.replace(/\/$/, "")}${n}$`);
}

// src/inputs/partition.ts
var ut = 864e5, js = /^(\d{4})-(\d{2})-(\d{2})$/, Vs = /^today\s*-\s*(\d{1,5})$/i, ln = 36600, Ws = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", pn = "..", dn = 36600, fn = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, mn = {
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
function hn(t) {
  if (t === "UTC") return null;
  let e = t.toUpperCase();
  if (mn[e]) return mn[e];
  if (/^[+-]\d/.test(t) || /^(UTC|GMT)[+-]/i.test(t))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let n = Ys(t);
  return n === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : fn.test(t) ? null : `is a legacy alias or abbreviation: write ${fn.test(n) && n !== t ? n : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function Ys(t) {
  if (t.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: t }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function yn(t) {
  return X(at(t));
}
function Tn(t, e) {
  if (t.length === 0) throw new l("must name at least one partition");
  let n = /* @__PURE__ */ new Set();
  for (let r of t)
    for (let s of Xs(r.trim(), e)) n.add(s);
  return [...n].sort((r, s) => r - s).map(X);
}
function Xs(t, e) {
  let n = t.indexOf(pn);
  if (n < 0) return [bn(t, e)];
  if (t.includes("..."))
    throw new l("has a range with three dots: write A..B (two dots)", t);
  let [r = "", s = ""] = [
    t.slice(0, n),
    t.slice(n + pn.length)
  ].map((c) => c.trim());
  if (r === "" || s === "")
    throw new l(
      `has a range without its ${r === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      t
    );
  let o = gn(r, t, e), i = gn(s, t, e);
  if (i < o)
    throw new l(
      `has a reversed range (${X(o)} is after ${X(i)}): write it oldest first`,
      t
    );
  if (i - o >= dn)
    throw new l(`has a range longer than ${dn} days`, t);
  return Array.from({ length: i - o + 1 }, (c, u) => o + u);
}
function gn(t, e, n) {
  try {
    return bn(t, n);
  } catch (r) {
    throw r instanceof l ? new l(r.rule, e) : r;
  }
}
function bn(t, e) {
  let n = t.toLowerCase();
  if (n === "today") return at(e);
  if (n === "yesterday") return at(e) - 1;
  let r = Vs.exec(t);
  if (r) {
    let s = Number(r[1]);
    if (s > ln)
      throw new l(`must not reach back more than ${ln} days`, t);
    return at(e) - s;
  }
  return Ks(t);
}
function Ks(t) {
  let e = js.exec(t);
  if (!e) throw new l(Ws, t);
  let [n, r, s] = e.slice(1).map(Number), o = Date.UTC(n, r - 1, s) / ut;
  if (n < 1 || X(o) !== t)
    throw new l("must be a real calendar date (yyyy-MM-dd)", t);
  return o;
}
function at({ now: t, timeZone: e }) {
  if (e === "UTC") return Math.floor(t.getTime() / ut);
  let n = new Intl.DateTimeFormat("en-US", {
    timeZone: e,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(t), r = (s) => Number(n.find((o) => o.type === s)?.value);
  return Date.UTC(r("year"), r("month") - 1, r("day")) / ut;
}
function X(t) {
  return new Date(t * ut).toISOString().slice(0, 10);
}

// src/inputs/trigger-plan.ts
function wn(t, e, n) {
  let r = [...new Set(t)], s = [...new Set(e)].sort(), o = r.length * s.length;
  if (o > n.maxTriggers) {
    let i = o > n.largest ? `split the backfill across steps or a job matrix (one step takes at most ${n.largest})` : "narrow partition or raise max-triggers";
    throw new l(
      `is ${n.maxTriggers}, and the plan has ${o} triggers (${r.length} table${r.length === 1 ? "" : "s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)}): ${i}`
    );
  }
  return r.flatMap((i) => s.map((c) => ({ tableName: i, partition: c })));
}
function U(t) {
  return t.split(/[\n,]/).map((e) => e.trim()).filter((e) => e !== "");
}

// src/inputs/parse-inputs.ts
var An = [
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
], Pt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"], zs = {
  partition: "today",
  timezone: "UTC",
  "timeout-seconds": "30",
  retries: "3",
  concurrency: "4",
  "fail-fast": "false",
  "dry-run": "false",
  "max-triggers": "1000",
  "dbt-catalog": "default_catalog"
}, xn = 3600, Js = 10, Zs = 32, Rn = 2e3;
function vn(t) {
  return [t["auth-value"], t["app-secret"], ...Ce(t.host)].filter(
    (e) => e !== ""
  );
}
function kn(t, e) {
  let { now: n, readTextFile: r } = e, s = [], o = new tt(), i = o.take(() => g("host", () => De(t.host))), c = o.take(() => g("tenant-id", () => to(t["tenant-id"]))), u = Qs(t, o), p = t["dbt-run-results"] !== "", d = p ? o.take(() => co(t, e)) : void 0, f = o.take(() => oo(t, s, p)), m = f && (!p || d) ? [...f, ...uo(d)] : void 0, y = o.take(
    () => g("timezone", () => ro(k(t, "timezone")))
  ), h = y === void 0 ? void 0 : o.take(
    () => g(
      "partition",
      () => Tn(U(k(t, "partition")), { now: n, timeZone: y })
    )
  ), T = o.take(
    () => g("timeout-seconds", () => so(k(t, "timeout-seconds")))
  ), q = o.take(
    () => g("retries", () => Lt(k(t, "retries"), 0, Js))
  ), O = o.take(
    () => g(
      "concurrency",
      () => Lt(k(t, "concurrency"), 1, Zs)
    )
  ), ir = o.take(
    () => g("fail-fast", () => En(k(t, "fail-fast")))
  ), ar = o.take(
    () => g("dry-run", () => En(k(t, "dry-run")))
  ), Wt = o.take(
    () => g(
      "max-triggers",
      () => Lt(k(t, "max-triggers"), 1, Rn)
    )
  ), ur = m && h && Wt !== void 0 ? o.take(
    () => g(
      "max-triggers",
      () => wn(m, h, { maxTriggers: Wt, largest: Rn })
    )
  ) : void 0, cr = o.take(
    () => g("ca-certificate", () => Se(t["ca-certificate"], r))
  );
  return o.throwIfAny(), {
    config: {
      endpoint: w(i),
      tenantId: w(c),
      credentials: w(u),
      plan: w(ur),
      timeZone: w(y),
      today: yn({ now: n, timeZone: w(y) }),
      timeoutMs: w(T),
      retryPolicy: { retries: w(q), ...Ge },
      concurrency: w(O),
      failFast: w(ir),
      dryRun: w(ar),
      caCertificates: w(cr),
      dbt: d
    },
    notices: s
  };
}
function w(t) {
  if (t === void 0) throw new Error("an input was neither parsed nor refused");
  return t;
}
function Qs(t, e) {
  let n = t["auth-type"] !== "" || t["auth-value"] !== "", r = t["app-id"] !== "" || t["app-secret"] !== "";
  if (n && r) {
    e.take(() => {
      throw new E(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return;
  }
  if (r) {
    let i = e.take(
      () => g("app-id", () => (M(t["app-id"], "is required with app-secret (the API key ID)"), V(t["app-id"]), t["app-id"]))
    ), c = e.take(
      () => g("app-secret", () => (M(t["app-secret"], "is required with app-id (the API key secret)"), V(t["app-secret"], { secret: !0 }), t["app-secret"]))
    );
    return i && c ? { kind: "api-key", appId: i, appSecret: c } : void 0;
  }
  let s = e.take(() => g("auth-type", () => no(t["auth-type"]))), o = e.take(() => g("auth-value", () => eo(t["auth-value"])));
  return s && o ? { kind: "header", authType: s, authValue: o } : void 0;
}
function k(t, e) {
  return t[e] === "" ? zs[e] : t[e];
}
function to(t) {
  return M(t), V(t), nt(t), t;
}
function eo(t) {
  return M(t), V(t, { secret: !0 }), t;
}
function no(t) {
  M(
    t,
    `is required (one of ${Pt.join(", ")}), or give app-id and app-secret instead`
  );
  let e = t.toUpperCase(), n = Pt.find((r) => r === e);
  if (!n) throw new l(`must be one of ${Pt.join(", ")}`, t);
  return n;
}
function ro(t) {
  let e = hn(t);
  if (e) throw new l(e, t);
  return t;
}
function so(t) {
  let e = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t) || e <= 0 || e > xn)
    throw new l(
      `must be a number of seconds above 0, at most ${xn}`,
      t
    );
  return Math.round(e * 1e3);
}
function Lt(t, e, n) {
  if (!/^\d+$/.test(t) || Number(t) < e || Number(t) > n)
    throw new l(`must be a whole number from ${e} to ${n}`, t);
  return Number(t);
}
function En(t) {
  if (["true", "True", "TRUE"].includes(t)) return !0;
  if (["false", "False", "FALSE"].includes(t)) return !1;
  throw new l("must be true or false", t);
}
var $n = ["datasource", "catalog-schema", "table"];
function oo(t, e, n) {
  let r = U(t["table-name"]), s = $n.filter(
    (o) => t[o] !== "" && !(n && o === "datasource")
  );
  if (r.length > 0 && s.length > 0)
    throw new E(
      "table-name",
      `cannot be combined with ${s.join(", ")}: give full names or their parts, not both`
    );
  if (r.length > 0) return r.map((o) => io(o, e));
  if (s.length === 0 && n) return [];
  if (s.length === 0)
    throw new E(
      "table-name",
      "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
    );
  return ao(t);
}
function io(t, e) {
  let n = g("table-name", () => it(t));
  return n.backticksAdded && e.push(`table-name: added the backticks the platform requires: ${n.tableName}`), n.tableName;
}
function ao(t) {
  let e = $n.find((s) => U(t[s]).length === 0);
  if (e)
    throw new E(e, "is required when datasource, catalog-schema or table is given");
  let n = g("datasource", () => Y(t.datasource)), r = g(
    "catalog-schema",
    () => Ze(t["catalog-schema"])
  );
  return U(t.table).map(
    (s) => g("table", () => Qe(n, r, Y(s)))
  );
}
function uo(t) {
  return t ? t.mapped.map((e) => e.tableName) : [];
}
function co(t, e) {
  let n = g("datasource", () => (M(
    t.datasource,
    "is required with dbt-run-results: the data source name bound in AnyMetrics"
  ), Y(t.datasource))), r = g(
    "dbt-catalog",
    () => Y(k(t, "dbt-catalog"))
  ), s = g("dbt-select", () => U(t["dbt-select"]).map(Mt)), o = g("dbt-exclude", () => U(t["dbt-exclude"]).map(Mt)), i = t["dbt-run-results"], c = t["dbt-manifest"] || (0, ct.join)((0, ct.dirname)(i), "manifest.json"), u = g(
    "dbt-run-results",
    () => Sn(e, i, sn)
  ), p = un(u), d = g(
    "dbt-manifest",
    () => Sn(e, c, (m) => on(m, p))
  ), f = [...p].filter((m) => !d.has(m));
  if (f.length > 0)
    throw new E(
      "dbt-manifest",
      `has no node ${f[0]}${f.length > 1 ? ` (nor ${f.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      c
    );
  return cn(u, d, { datasource: n, defaultCatalog: r, select: s, exclude: o });
}
function Sn(t, e, n) {
  let r;
  try {
    r = t.readArtifact(e);
  } catch (s) {
    let o = s.code ?? "unreadable";
    throw new l(`names a file that cannot be read (${o})`, e);
  }
  try {
    return n(r);
  } catch (s) {
    throw s instanceof l ? new l(s.rule, e) : s;
  }
}

// src/run/run-control.ts
var pt = 3, lo = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, lt = class {
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
    return lo[this.firstCause ?? "cancelled"];
  }
};

// src/report/formatters.ts
var $ = "AnyMetrics refresh failed", In = "AnyMetrics refresh input is invalid", Nn = 1e6, po = 1e6, fo = [500, 200, 80, 20, 0];
function Bt(t) {
  return t.filter((e) => e.status === "failed");
}
function Ft(t) {
  return {
    succeeded: t.filter((e) => e.status === "succeeded"),
    failed: Bt(t),
    notRun: t.filter((e) => e.status === "not-run")
  };
}
function _n(t) {
  let { succeeded: e, failed: n } = Ft(t);
  return {
    success: String(t.length > 0 && e.length === t.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": t.map((r) => r.traceId ?? "").join(","),
    "error-message": Ht(
      Nn,
      (r) => n.map((s) => Cn(s, r)).join(`
`)
    ),
    results: mo(t),
    "succeeded-count": String(e.length),
    "failed-count": String(n.length)
  };
}
function H(t = []) {
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
function mo(t) {
  return Ht(
    Nn,
    (e) => JSON.stringify(t.map((n) => go(n, e)))
  );
}
function go(t, e) {
  let { tableName: n, partition: r, status: s, code: o, traceId: i, attempts: c, durationMs: u } = t;
  return {
    tableName: n,
    partition: r,
    success: s === "succeeded",
    status: s,
    code: o,
    traceId: i,
    data: dt(t.data, e),
    errorMsg: dt(t.errorMsg, e),
    attempts: c,
    durationMs: u
  };
}
function Ht(t, e) {
  let n = "";
  for (let r of fo)
    if (n = e(r), Buffer.byteLength(n) <= t) return n;
  return n;
}
function dt(t, e) {
  return t === null ? null : st(t, e);
}
function Cn(t, e = 1 / 0) {
  let n = st(t.errorMsg ?? a`failed`, e);
  return a`${t.tableName} ${t.partition}: ${n}${ho(t)}${Vn(t)}`;
}
function ho(t) {
  return t.attempts > 1 ? a` (after ${t.attempts} attempts in ${K(t.durationMs)})` : a``;
}
function Dn(t) {
  let e = /* @__PURE__ */ new Map();
  for (let n of t) {
    let r = n.errorMsg ?? "";
    e.set(r, [...e.get(r) ?? [], n]);
  }
  return [...e.values()].map((n) => {
    let [r] = n;
    if (n.length === 1) return { line: Cn(r), count: 1 };
    let s = r.errorMsg ?? a`failed`;
    return {
      line: a`${n.length} triggers failed: ${s} (first: ${r.tableName} ${r.partition}${Vn(r)})`,
      count: n.length
    };
  });
}
function On(t, e, n) {
  let r = t.filter((o) => o.status === "not-run").length, s = a`${r} trigger${B(r)} not run`;
  if (e === "cancelled")
    return a`The run was cancelled: ${s}; the rest are reported as they ended`;
  if (e === "unreachable") {
    let o = [...t].reverse().find((c) => c.status === "failed" && !c.answered), i = o?.errorMsg ? a` (last: ${o.errorMsg})` : a``;
    return a`The platform at ${n} is unreachable: ${pt} triggers in a row got no answer after their retries${i}; ${s}`;
  }
  return null;
}
function yo(t) {
  let e = t.status === "succeeded" ? a`✅ succeeded` : t.status === "not-run" ? a`⏭️ ${t.errorMsg ?? a`not run`}` : a`❌ failed: ${t.errorMsg ?? a``}`, n = a`${t.attempts} attempt${B(t.attempts)}`;
  return a`${t.tableName} ${t.partition}: ${e} (traceId ${t.traceId ?? a`none`}, ${n}, ${K(t.durationMs)})`;
}
function Mn(t, e, n) {
  return a`[${e}/${n}] ${yo(t)}`;
}
function Pn(t) {
  return a`${t.tableName} ${t.partition}: attempt ${t.attempt} of ${t.maxAttempts} failed (${t.reason}); retrying in ${K(t.waitMs)}`;
}
function Ln(t) {
  return t.warning ? a`${t.tableName} ${t.partition}: ${t.warning}` : null;
}
function qt(t) {
  let { succeeded: e, failed: n, notRun: r } = Ft(t), s = [a`${e.length} succeeded`, a`${n.length} failed`];
  return r.length > 0 && s.push(a`${r.length} not run`), a`${Pe(s, ", ")}, ${t.length} in all`;
}
function Un(t) {
  return a`${t} more triggers failed: see the job summary or the error-message output`;
}
function Bn(t, e, n) {
  return a`Triggering ${t} data update${B(t)} on ${e} (concurrency ${Math.min(n, t)})`;
}
function Fn(t) {
  let e = a`${t.length} trigger${B(t.length)} planned`;
  return {
    group: a`Dry run: ${e}, nothing will be sent`,
    lines: t.map((n) => a`${n.tableName} ${n.partition}`),
    notice: a`Dry run: ${e}; nothing was sent`
  };
}
function Hn(t, e) {
  let n = b(e.redact(t.rule)), r = t.offendingValue === void 0 ? a`` : a`; got ${e.quote(t.offendingValue)}`;
  return a`Input "${b(t.input)}" ${n}${r}`;
}
function qn(t, e) {
  let n = t.traceId ? a` (traceId ${t.traceId})` : a``, r = e > 1 ? a` after ${e} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${r}: ${t.reason ?? a`refused`}${n}; no trigger was sent`;
}
function Gn(t) {
  return a`anymetrics-refresh stopped unexpectedly: ${t}`;
}
function jn(t, e) {
  let n = (s) => {
    let o = t[s];
    return o ? e.text(o, 200) : void 0;
  };
  return {
    workflow: n("GITHUB_WORKFLOW"),
    runNumber: n("GITHUB_RUN_NUMBER"),
    sha: n("GITHUB_SHA"),
    event: n("GITHUB_EVENT_NAME")
  };
}
function Vn(t) {
  return t.traceId ? a` (traceId ${t.traceId})` : a``;
}
function B(t) {
  return t === 1 ? a`` : a`s`;
}
function K(t) {
  return t < 1e3 ? a`${t} ms` : a`${Ue(t / 1e3, 1)} s`;
}
var To = 10;
function Wn(t, e) {
  return {
    mapped: t.mapped.map((n) => ({
      node: e.text(n.uniqueId),
      table: e.text(n.tableName)
    })),
    skipped: t.skipped.map((n) => ({
      node: e.text(n.uniqueId),
      reason: e.text(n.reason)
    }))
  };
}
function Yn(t) {
  return {
    group: a`dbt: ${t.mapped.length} node${B(t.mapped.length)} to refresh, ${t.skipped.length} skipped`,
    lines: [
      ...t.mapped.map(({ node: e, table: n }) => a`${e} → ${n}`),
      ...t.skipped.map(({ node: e, reason: n }) => a`${e}: skipped, ${n}`)
    ]
  };
}
function Xn(t) {
  let e = t.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${t.skipped.length} dbt node${B(t.skipped.length)} skipped</summary>`,
    "",
    ...t.skipped.map(({ node: n, reason: r }) => `- ${R(n)}: ${S(r)}`),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...t.mapped.map(({ node: n, table: r }) => `| ${R(n)} | ${R(r)} |`),
    ...e,
    ""
  ].join(`
`);
}
function Kn(t, e, n = "") {
  let { succeeded: r, failed: s, notRun: o } = Ft(t), i = s.length + o.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${$}`;
  return Ht(
    po,
    (c) => [
      `## ${i}`,
      "",
      `**${qt(t)}**`,
      "",
      ...Ut(`\u274C Failed (${s.length})`, s, [
        ["Table", (u) => R(u.tableName)],
        ["Partition", (u) => S(u.partition)],
        ["Reason", (u) => S(dt(u.errorMsg, c) ?? "")],
        ["Trace ID", (u) => u.traceId ? R(u.traceId) : ""],
        ["Attempts", (u) => String(u.attempts)]
      ]),
      ...Ut(`\u23ED\uFE0F Not run (${o.length})`, o, [
        ["Table", (u) => R(u.tableName)],
        ["Partition", (u) => S(u.partition)],
        ["Reason", (u) => S(u.errorMsg ?? "")]
      ]),
      ...bo(
        r.length > To,
        `\u2705 Succeeded (${r.length})`,
        Ut(`\u2705 Succeeded (${r.length})`, r, [
          ["Table", (u) => R(u.tableName)],
          ["Partition", (u) => S(u.partition)],
          ["Trace ID", (u) => u.traceId ? R(u.traceId) : ""],
          ["Attempts", (u) => String(u.attempts)],
          ["Note", (u) => S(dt(u.warning, c) ?? "")]
        ])
      ),
      n,
      Jn(e),
      ""
    ].join(`
`)
  );
}
function Ut(t, e, n) {
  if (e.length === 0) return [];
  let r = n.filter(
    ([s, o]) => s !== "Note" || e.some((i) => o(i) !== "")
  );
  return [
    `### ${t}`,
    "",
    `| ${r.map(([s]) => s).join(" | ")} |`,
    `| ${r.map(() => "---").join(" | ")} |`,
    ...e.map((s) => `| ${r.map(([, o]) => o(s)).join(" | ")} |`),
    ""
  ];
}
function bo(t, e, n) {
  return !t || n.length === 0 ? n : [`<details><summary>${e}</summary>`, "", ...n.slice(1), "</details>", ""];
}
function zn(t, e, n = "") {
  return [
    "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
    "",
    `**${t.length} trigger${B(t.length)} planned**`,
    "",
    "| Table | Partition |",
    "| --- | --- |",
    ...t.map((r) => `| ${R(r.tableName)} | ${S(r.partition)} |`),
    "",
    n,
    Jn(e),
    ""
  ].join(`
`);
}
function Jn(t) {
  let e = [];
  return t.workflow && e.push(`Workflow **${S(t.workflow)}**`), t.runNumber && e.push(`run #${S(t.runNumber)}`), t.sha && e.push(`commit ${R(t.sha.slice(0, 7))}`), t.event && e.push(`event ${R(t.event)}`), e.join(" \xB7 ");
}
function R(t) {
  let e = Zn(t);
  return t.includes("`") ? `\`\` ${e} \`\`` : `\`${e}\``;
}
function Zn(t) {
  return t.replace(/\|/g, "\\|");
}
var wo = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function S(t) {
  return Zn(t.replace(/[&<>]/g, (e) => wo[e] ?? e));
}

// src/report/printer.ts
var Qn = 10;
function xo(t) {
  let e = [], n = () => {
    if (e.length === 0) return;
    let s = e.join(`
`);
    e = [], t.info(s);
  }, r = (s) => (...o) => (n(), s(...o));
  return {
    info: (s) => {
      e.push(s) === 1 && setImmediate(n);
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
var ft = class {
  constructor(e, n, r) {
    this.boundary = n;
    this.context = r;
    this.sink = xo(e);
  }
  boundary;
  context;
  groupOpen = !1;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(e) {
    this.boundary.addSecret(e).forEach((n) => this.sink.setSecret(n));
  }
  inputRefused(e) {
    let n = e.map((r) => Hn(r, this.boundary));
    this.setOutputs(H(n)), n.forEach((r) => this.fail(r, In));
  }
  notices(e) {
    e.forEach((n) => this.sink.notice(b(this.boundary.text(n))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(e, n) {
    this.info(a`today in ${this.boundary.text(e)} is ${this.boundary.text(n)}`);
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(e) {
    let n = Wn(e, this.boundary), { group: r, lines: s } = Yn(n);
    this.startGroup(r), s.forEach((o) => this.info(o)), this.endGroup();
    for (let { node: o, reason: i } of n.skipped)
      i.startsWith("its table name") && this.sink.warning(b(a`${o}: ${i}`));
    this.summaryExtra = Xn(n);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice("Nothing to refresh: no table was named, and no dbt node maps to one"), this.setOutputs(H()), await this.sink.writeSummary(
      `## AnyMetrics refresh: nothing to refresh

${this.summaryExtra}`
    );
  }
  async dryRun(e) {
    let n = e.map((i) => ({
      tableName: this.boundary.text(i.tableName),
      partition: this.boundary.text(i.partition)
    })), { group: r, lines: s, notice: o } = Fn(n);
    this.startGroup(r), s.forEach((i) => this.info(i)), this.endGroup(), this.sink.notice(b(o)), this.setOutputs(H()), await this.sink.writeSummary(zn(n, this.context, this.summaryExtra));
  }
  tokenRetry(e, n, r, s) {
    this.info(
      a`token request: attempt ${e} of ${n} failed (${r}); retrying in ${K(s)}`
    );
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(e, n) {
    let r = qn(e, n);
    this.setOutputs(H([r])), await this.sink.writeSummary(`## \u274C ${$}

${r}
`), this.fail(r, $);
  }
  runStarted(e, n, r) {
    this.startGroup(Bn(e, this.boundary.text(n), r));
  }
  requestBody(e) {
    this.sink.debug(b(this.boundary.text(`Request body: ${e}`)));
  }
  retry(e) {
    this.info(Pn(e));
  }
  finished(e, n, r) {
    this.info(Mn(e, n, r));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(e, n = {}) {
    this.endGroup(), this.info(qt(e)), this.setOutputs(_n(e)), await this.sink.writeSummary(Kn(e, this.context, this.summaryExtra));
    for (let u of e) {
      let p = Ln(u);
      p && this.sink.warning(b(p));
    }
    let r = On(e, n.cause, this.boundary.text(n.host ?? ""));
    r && this.fail(r, $);
    let s = Bt(e).filter(
      (u) => n.cause !== "unreachable" || u.answered
    ), o = Dn(s);
    o.slice(0, Qn).forEach((u) => this.fail(u.line, $));
    let c = o.slice(Qn).reduce((u, p) => u + p.count, 0);
    c > 0 && this.fail(Un(c), $);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(e) {
    this.endGroup();
    let n = e instanceof Error ? e.message : String(e), r = Gn(this.boundary.text(n));
    this.setOutputs(H([r])), await this.sink.writeSummary(`## \u274C ${$}

${r}
`).catch(() => {
    }), this.fail(r, $);
  }
  setOutputs(e) {
    for (let [n, r] of Object.entries(e)) this.sink.setOutput(n, r);
  }
  info(e) {
    this.sink.info(b(e));
  }
  fail(e, n) {
    this.sink.error(b(e), { title: n }), this.sink.fail();
  }
  startGroup(e) {
    this.endGroup(), this.sink.startGroup(b(e)), this.groupOpen = !0;
  }
  endGroup() {
    this.groupOpen && (this.sink.endGroup(), this.groupOpen = !1);
  }
};

// src/run/throttle.ts
var mt = class {
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
      let s = Math.floor(e.level / 2), o = this.acceptedInGeneration;
      this.stable = 0, this.change(o > 0 ? Math.min(o, s) : s);
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
async function Gt(t, e, n, r) {
  let s = e.retries + 1, o, i = !1;
  for (let c = 1; ; c++) {
    let u = await t();
    if (!u || u.cancelled)
      return { last: o, attempts: c - 1, answered: i, cancelled: !!u?.cancelled };
    if (i ||= u.answered, o = u, !u.retryable || c >= s || n.stopped())
      return { last: o, attempts: c, answered: i, cancelled: !1 };
    let p = Ve(c, e, u.pushbackMs, n.random);
    r(c, s, u.verdict.reason ?? a`transient failure`, p), await n.sleep(p);
  }
}
async function tr(t, e, n) {
  let r = n.nowMs(), s = await Gt(
    () => n.send(t),
    e,
    n,
    (o, i, c, u) => n.onRetry({ ...jt(t, n.boundary), attempt: o, maxAttempts: i, reason: c, waitMs: u })
  );
  return !s.last || s.cancelled ? Vt(t, n.boundary, n.notRunReason()) : Ro(t, n.boundary, s.last.verdict, {
    attempts: s.attempts,
    durationMs: n.nowMs() - r,
    answered: s.answered
  });
}
function jt(t, e) {
  return {
    tableName: e.text(t.tableName),
    partition: e.text(t.partition)
  };
}
function Ro(t, e, n, r) {
  return {
    ...jt(t, e),
    status: n.succeeded ? "succeeded" : "failed",
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    errorMsg: n.reason,
    warning: n.warning,
    ...r
  };
}
function Vt(t, e, n) {
  return {
    ...jt(t, e),
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
async function er(t, e, n) {
  let { control: r } = n, s = new mt(e.concurrency, {
    nowMs: n.nowMs,
    sleep: (T) => n.sleep(T, r.stopSignal)
  }), o = Eo(s, n, e.retryPolicy), i = new Array(t.length), c = t.entries(), u = 0, p = 0, d = (T) => {
    T.status !== "not-run" && (p = T.answered ? 0 : p + 1, p >= pt && r.stop("unreachable"), T.status === "failed" && e.failFast && r.stop("fail-fast"));
  }, f = async () => {
    for (let [T, q] of c) {
      if (r.stopped) return;
      try {
        let O = await tr(q, e.retryPolicy, o);
        i[T] = O, n.onFinished(O, ++u, t.length), d(O);
      } catch (O) {
        throw r.stop("crashed"), O;
      }
    }
  }, m = Math.min(e.concurrency, t.length), h = (await Promise.allSettled(Array.from({ length: m }, f))).find((T) => T.status === "rejected");
  if (h) throw h.reason;
  return t.map(
    (T, q) => i[q] ?? Vt(T, n.boundary, r.notRunReason)
  );
}
function Eo(t, e, n) {
  let { control: r } = e;
  return {
    send: async (s) => {
      let o = await t.acquire();
      try {
        if (r.stopped) return;
        let i = await e.send(s, r.abortSignal);
        return i.pushbackMs === void 0 ? t.accepted(o) : t.pushedBack(o, Math.min(i.pushbackMs, n.retryAfterCapMs)), i;
      } finally {
        t.release();
      }
    },
    sleep: (s) => e.sleep(s, r.stopSignal),
    random: e.random,
    nowMs: e.nowMs,
    onRetry: e.onRetry,
    boundary: e.boundary,
    stopped: () => r.stopped,
    notRunReason: () => r.notRunReason
  };
}

// src/run/token-exchange.ts
async function nr(t, e, n, r, s, o) {
  let i, c = await Gt(
    async () => {
      let u = await t.createToken(e, s.onToken, o);
      return i = u.token, u;
    },
    n,
    r,
    s.onRetry
  );
  return i !== void 0 ? { token: i } : {
    failed: c.last?.verdict ?? L(a`cancelled before the platform answered`),
    attempts: c.attempts
  };
}

// src/main.ts
var So = "anymetrics-refresh", Ao = 2e3, rr = ["SIGINT", "SIGTERM"], vo = 512 * 1024 * 1024;
async function or() {
  let t = ko(), e = new rt(), n = new ft(Co(), e, jn(process.env, e));
  try {
    vn(t).forEach((s) => n.mask(s));
    let r = $o(t, n);
    if (!r) return;
    if (n.today(r.timeZone, r.today), r.dbt && n.dbtMapping(r.dbt), r.plan.length === 0) return await n.nothingToRefresh();
    if (r.dryRun) return await n.dryRun(r.plan);
    await Io(r, e, n);
  } catch (r) {
    await n.crashed(r);
  }
}
function ko() {
  let t = An.map((e) => [e, pe(e)]);
  return Object.fromEntries(t);
}
function $o(t, e) {
  try {
    let { config: n, notices: r } = kn(t, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (s) => Dt(s, Re),
      readArtifact: (s) => Dt(s, vo)
    });
    return e.notices(r), n;
  } catch (n) {
    if (!(n instanceof j)) throw n;
    e.inputRefused(n.errors);
    return;
  }
}
async function Io(t, e, n) {
  let r = await _o(t, e), s = new lt(), o = No(s);
  try {
    if (t.credentials.kind === "api-key") {
      let c = await nr(
        r,
        t.credentials,
        t.retryPolicy,
        {
          sleep: (u) => sr(u, s.stopSignal),
          random: Math.random,
          nowMs: Date.now,
          stopped: () => s.stopped
        },
        {
          onToken: (u) => n.mask(u),
          onRetry: (...u) => n.tokenRetry(...u)
        },
        s.abortSignal
      );
      if ("failed" in c) return await n.tokenRefused(c.failed, c.attempts);
      r.useToken(c.token);
    }
    n.runStarted(t.plan.length, t.endpoint.display, t.concurrency);
    let i = await er(t.plan, t, {
      send: (c, u) => (fe() && n.requestBody(JSON.stringify(c)), r.trigger(c, u)),
      sleep: sr,
      random: Math.random,
      nowMs: Date.now,
      boundary: e,
      control: s,
      onRetry: (c) => n.retry(c),
      onFinished: (c, u, p) => n.finished(c, u, p)
    });
    await n.runEnded(i, { cause: s.cause, host: t.endpoint.display });
  } finally {
    o(), r.close();
  }
}
function No(t) {
  let e = !1, n = (r) => {
    e && process.exit(r === "SIGINT" ? 130 : 143), e = !0, t.stop("cancelled"), setTimeout(() => t.abortInFlight(), Ao).unref();
  };
  return rr.forEach((r) => process.on(r, n)), () => rr.forEach((r) => process.off(r, n));
}
function sr(t, e) {
  return new Promise((n) => {
    if (e.aborted) return n();
    let r = setTimeout(s, t);
    e.addEventListener("abort", s, { once: !0 });
    function s() {
      clearTimeout(r), e.removeEventListener("abort", s), n();
    }
  });
}
function _o(t, e) {
  return Xe({
    endpointUrl: t.endpoint.url,
    tokenUrl: t.endpoint.tokenUrl,
    tenantId: t.tenantId,
    ...t.credentials.kind === "header" ? { authType: t.credentials.authType, authValue: t.credentials.authValue } : {},
    ...t.endpoint.basicAuth ? { basicAuth: t.endpoint.basicAuth } : {},
    timeoutMs: t.timeoutMs,
    userAgent: So,
    maxSockets: t.concurrency,
    caCertificates: t.caCertificates,
    boundary: e
  });
}
function Co() {
  return {
    setSecret: le,
    debug: me,
    info: Te,
    notice: (t) => ye(t),
    warning: (t) => he(t),
    error: (t, e) => ge(t, e),
    startGroup: be,
    endGroup: we,
    setOutput: de,
    writeSummary: async (t) => {
      process.env.GITHUB_STEP_SUMMARY && await xt.addRaw(t).write();
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
or().catch(() => {
  process.exitCode = 1;
});
