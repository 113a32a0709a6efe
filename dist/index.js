"use strict";
var Ts = Object.create;
var Jt = Object.defineProperty;
var xs = Object.getOwnPropertyDescriptor;
var Rs = Object.getOwnPropertyNames;
var Ss = Object.getPrototypeOf, Es = Object.prototype.hasOwnProperty;
var Xt = (e, t) => () => {
  try {
    return t || e((t = { exports: {} }).exports, t), t.exports;
  } catch (n) {
    throw t = 0, n;
  }
};
var ks = (e, t, n, r) => {
  if (t && typeof t == "object" || typeof t == "function")
    for (let i of Rs(t))
      !Es.call(e, i) && i !== n && Jt(e, i, { get: () => t[i], enumerable: !(r = xs(t, i)) || r.enumerable });
  return e;
};
var F = (e, t, n) => (n = e != null ? Ts(Ss(e)) : {}, ks(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  t || !e || !e.__esModule ? Jt(n, "default", { value: e, enumerable: !0 }) : n,
  e
));

// node_modules/tunnel/lib/tunnel.js
var on = Xt((ee) => {
  "use strict";
  var Yu = require("net"), Ps = require("tls"), et = require("http"), nn = require("https"), $s = require("events"), Zu = require("assert"), Ns = require("util");
  ee.httpOverHttp = Os;
  ee.httpsOverHttp = Is;
  ee.httpOverHttps = _s;
  ee.httpsOverHttps = Ls;
  function Os(e) {
    var t = new _(e);
    return t.request = et.request, t;
  }
  function Is(e) {
    var t = new _(e);
    return t.request = et.request, t.createSocket = rn, t.defaultPort = 443, t;
  }
  function _s(e) {
    var t = new _(e);
    return t.request = nn.request, t;
  }
  function Ls(e) {
    var t = new _(e);
    return t.request = nn.request, t.createSocket = rn, t.defaultPort = 443, t;
  }
  function _(e) {
    var t = this;
    t.options = e || {}, t.proxyOptions = t.options.proxy || {}, t.maxSockets = t.options.maxSockets || et.Agent.defaultMaxSockets, t.requests = [], t.sockets = [], t.on("free", function(r, i, s, o) {
      for (var u = sn(i, s, o), p = 0, c = t.requests.length; p < c; ++p) {
        var l = t.requests[p];
        if (l.host === u.host && l.port === u.port) {
          t.requests.splice(p, 1), l.request.onSocket(r);
          return;
        }
      }
      r.destroy(), t.removeSocket(r);
    });
  }
  Ns.inherits(_, $s.EventEmitter);
  _.prototype.addRequest = function(t, n, r, i) {
    var s = this, o = tt({ request: t }, s.options, sn(n, r, i));
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
  _.prototype.createSocket = function(t, n) {
    var r = this, i = {};
    r.sockets.push(i);
    var s = tt({}, r.proxyOptions, {
      method: "CONNECT",
      path: t.host + ":" + t.port,
      agent: !1,
      headers: {
        host: t.host + ":" + t.port
      }
    });
    t.localAddress && (s.localAddress = t.localAddress), s.proxyAuth && (s.headers = s.headers || {}, s.headers["Proxy-Authorization"] = "Basic " + new Buffer(s.proxyAuth).toString("base64")), W("making CONNECT request");
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
        W(
          "tunneling socket could not be established, statusCode=%d",
          f.statusCode
        ), m.destroy();
        var b = new Error("tunneling socket could not be established, statusCode=" + f.statusCode);
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      if (h.length > 0) {
        W("got illegal response body from proxy"), m.destroy();
        var b = new Error("got illegal response body from proxy");
        b.code = "ECONNRESET", t.request.emit("error", b), r.removeSocket(i);
        return;
      }
      return W("tunneling connection has established"), r.sockets[r.sockets.indexOf(i)] = m, n(m);
    }
    function l(f) {
      o.removeAllListeners(), W(
        `tunneling socket could not be established, cause=%s
`,
        f.message,
        f.stack
      );
      var m = new Error("tunneling socket could not be established, cause=" + f.message);
      m.code = "ECONNRESET", t.request.emit("error", m), r.removeSocket(i);
    }
  };
  _.prototype.removeSocket = function(t) {
    var n = this.sockets.indexOf(t);
    if (n !== -1) {
      this.sockets.splice(n, 1);
      var r = this.requests.shift();
      r && this.createSocket(r, function(i) {
        r.request.onSocket(i);
      });
    }
  };
  function rn(e, t) {
    var n = this;
    _.prototype.createSocket.call(n, e, function(r) {
      var i = e.request.getHeader("host"), s = tt({}, n.options, {
        socket: r,
        servername: i ? i.replace(/:.*$/, "") : e.host
      }), o = Ps.connect(0, s);
      n.sockets[n.sockets.indexOf(r)] = o, t(o);
    });
  }
  function sn(e, t, n) {
    return typeof e == "string" ? {
      host: e,
      port: t,
      localAddress: n
    } : e;
  }
  function tt(e) {
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
  var W;
  process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG) ? W = function() {
    var e = Array.prototype.slice.call(arguments);
    typeof e[0] == "string" ? e[0] = "TUNNEL: " + e[0] : e.unshift("TUNNEL:"), console.error.apply(console, e);
  } : W = function() {
  };
  ee.debug = W;
});

// node_modules/tunnel/index.js
var un = Xt((ec, an) => {
  an.exports = on();
});

// node_modules/@actions/core/lib/command.js
var Yt = F(require("os"), 1);

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
  let r = new Ze(e, t, n);
  process.stdout.write(r.toString() + Yt.EOL);
}
function Qe(e, t = "") {
  j(e, {}, t);
}
var zt = "::", Ze = class {
  constructor(t, n, r) {
    t || (t = "missing.command"), this.command = t, this.properties = n, this.message = r;
  }
  toString() {
    let t = zt + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      t += " ";
      let n = !0;
      for (let r in this.properties)
        if (this.properties.hasOwnProperty(r)) {
          let i = this.properties[r];
          i && (n ? n = !1 : t += ",", t += `${r}=${vs(i)}`);
        }
    }
    return t += `${zt}${As(this.message)}`, t;
  }
};
function As(e) {
  return H(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function vs(e) {
  return H(e).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var Zt = F(require("crypto"), 1), Ee = F(require("fs"), 1), Se = F(require("os"), 1);
function Qt(e, t) {
  let n = process.env[`GITHUB_${e}`];
  if (!n)
    throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!Ee.existsSync(n))
    throw new Error(`Missing file at path: ${n}`);
  Ee.appendFileSync(n, `${H(t)}${Se.EOL}`, {
    encoding: "utf8"
  });
}
function en(e, t) {
  let n = `ghadelimiter_${Zt.randomUUID()}`, r = H(t);
  if (e.includes(n))
    throw new Error(`Unexpected input: name should not contain the delimiter "${n}"`);
  if (r.includes(n))
    throw new Error(`Unexpected input: value should not contain the delimiter "${n}"`);
  return `${e}<<${n}${Se.EOL}${r}${Se.EOL}${n}`;
}

// node_modules/@actions/core/lib/core.js
var ot = F(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function tn(e) {
  let t = e.protocol === "https:";
  if (Cs(e))
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
function Cs(e) {
  if (!e.hostname)
    return !1;
  let t = e.hostname;
  if (Ds(t))
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
function Ds(e) {
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
var ln = require("os"), ue = require("fs"), nt = function(e, t, n, r) {
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
}, { access: Ms, appendFile: Us, writeFile: Bs } = ue.promises, cn = "GITHUB_STEP_SUMMARY";
var rt = class {
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
    return nt(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let t = process.env[cn];
      if (!t)
        throw new Error(`Unable to find environment variable for $${cn}. Check if your runtime environment supports job summaries.`);
      try {
        yield Ms(t, ue.constants.R_OK | ue.constants.W_OK);
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
    return nt(this, void 0, void 0, function* () {
      let n = !!t?.overwrite, r = yield this.filePath();
      return yield (n ? Bs : Us)(r, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return nt(this, void 0, void 0, function* () {
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
    return this.addRaw(ln.EOL);
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
}, Fs = new rt();
var it = Fs;

// node_modules/@actions/core/lib/platform.js
var st = F(require("os"), 1);
var ic = st.default.platform(), sc = st.default.arch();

// node_modules/@actions/core/lib/core.js
var pn;
(function(e) {
  e[e.Success = 0] = "Success", e[e.Failure = 1] = "Failure";
})(pn || (pn = {}));
function dn(e) {
  j("add-mask", {}, e);
}
function fn(e, t) {
  let n = process.env[`INPUT_${e.replace(/ /g, "_").toUpperCase()}`] || "";
  if (t && t.required && !n)
    throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? n : n.trim();
}
function mn(e, t) {
  if (process.env.GITHUB_OUTPUT || "")
    return Qt("OUTPUT", en(e, t));
  process.stdout.write(ot.EOL), j("set-output", { name: e }, H(t));
}
function hn() {
  return process.env.RUNNER_DEBUG === "1";
}
function gn(e) {
  j("debug", {}, e);
}
function yn(e, t = {}) {
  j("error", Re(t), e instanceof Error ? e.toString() : e);
}
function bn(e, t = {}) {
  j("warning", Re(t), e instanceof Error ? e.toString() : e);
}
function wn(e, t = {}) {
  j("notice", Re(t), e instanceof Error ? e.toString() : e);
}
function Tn(e) {
  process.stdout.write(e + ot.EOL);
}
function xn(e) {
  Qe("group", e);
}
function Rn() {
  Qe("endgroup");
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
      if (!(n instanceof $)) throw n;
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
var at = "-----BEGIN CERTIFICATE-----", Sn = "-----END CERTIFICATE-----", En = 1024 * 1024, kn = "must be PEM text or the path of a PEM file with at least one certificate";
function An(e, t) {
  let n = e.trim();
  if (n === "") return [];
  let r = n.includes("-----BEGIN") ? n : Gs(n, t), i = Ws(r);
  if (i.length === 0) throw new d(kn, vn(n));
  return i.forEach(Vs), i;
}
function Ws(e) {
  let t = [];
  for (let n = e.indexOf(at); n >= 0; n = e.indexOf(at, n + 1)) {
    let r = e.indexOf(Sn, n + at.length);
    if (r < 0) break;
    t.push(e.slice(n, r + Sn.length)), n = r;
  }
  return t;
}
function Gs(e, t) {
  try {
    return t(e);
  } catch (n) {
    let r = n.code ?? "unreadable";
    throw new d(`${kn}; the file cannot be read (${r})`, e);
  }
}
function Vs(e) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(e);
  } catch {
    throw new d("contains a certificate that is not valid PEM", vn(e));
  }
}
function vn(e) {
  return e.includes("-----BEGIN") ? `${e.slice(0, 40)}\u2026` : e;
}

// src/inputs/files.ts
var v = require("node:fs"), ut = 1024 * 1024, le = class extends Error {
  constructor(n) {
    super(n);
    this.code = n;
    this.name = "FileRefusal";
  }
  code;
};
function Cn(e, t) {
  if (!(0, v.statSync)(e).isFile()) throw new le("not a regular file");
  let n = (0, v.openSync)(e, "r");
  try {
    let r = [], i = 0;
    for (; ; ) {
      let s = Buffer.allocUnsafe(ut), o = (0, v.readSync)(n, s, 0, ut, null);
      if (o === 0) break;
      if (i += o, i > t) throw new le(`larger than ${t} bytes`);
      r.push(s.subarray(0, o));
    }
    return Buffer.concat(r, i).toString("utf8");
  } finally {
    (0, v.closeSync)(n);
  }
}
function Dn(e, t = ut) {
  return {
    *[Symbol.iterator]() {
      if (!(0, v.statSync)(e).isFile()) throw new le("not a regular file");
      let n = (0, v.openSync)(e, "r");
      try {
        let r = Buffer.allocUnsafeSlow(t);
        for (; ; ) {
          let i = (0, v.readSync)(n, r, 0, t, null);
          if (i === 0) return;
          yield r.subarray(0, i);
        }
      } finally {
        (0, v.closeSync)(n);
      }
    }
  };
}

// src/inputs/text-rules.ts
var J = 128, qs = /[\u0000-\u001f\u007f-\u009f]/, Ks = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function Ae(e) {
  return qs.test(e);
}
function ct(e) {
  return Ks.test(e);
}
function te(e, t = {}) {
  if (!ct(e))
    throw new d(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (t.secret ? " (value hidden)" : ""),
      t.secret ? void 0 : e
    );
}
function ve(e, t = J) {
  if (e.length > t)
    throw new d(`must be at most ${t} characters (it has ${e.length})`, e);
}
function L(e, t = "is required") {
  if (e === "") throw new d(t);
}

// src/inputs/credentials.ts
var lt = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
function Pn(e, t) {
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
  return r ? Js(e, t) : Xs(e, t);
}
function Js(e, t) {
  let n = t.take(
    () => g("app-id", () => (L(e["app-id"], "is required with app-secret (the API key ID)"), te(e["app-id"]), e["app-id"]))
  ), r = t.take(
    () => g("app-secret", () => (L(e["app-secret"], "is required with app-id (the API key secret)"), te(e["app-secret"], { secret: !0 }), e["app-secret"]))
  );
  return n && r ? { kind: "api-key", appId: n, appSecret: r } : void 0;
}
function Xs(e, t) {
  let n = t.take(() => g("auth-type", () => Ys(e["auth-type"]))), r = t.take(() => g("auth-value", () => zs(e["auth-value"])));
  return n && r ? { kind: "header", authType: n, authValue: r } : void 0;
}
function zs(e) {
  return L(e), te(e, { secret: !0 }), e;
}
function Ys(e) {
  L(
    e,
    `is required (one of ${lt.join(", ")}), or give app-id and app-secret instead`
  );
  let t = e.toUpperCase(), n = lt.find((r) => r === t);
  if (!n) throw new d(`must be one of ${lt.join(", ")}`, e);
  return n;
}

// src/inputs/dbt-inputs.ts
var Ie = require("node:path");

// src/inputs/json-scan.ts
var $n = 1e5, Zs = 9, Qs = 10, eo = 13, Nn = 32, pe = 34, to = 43, On = 44, Ce = 45, no = 46, me = 48, Pe = 57, In = 58, pt = 91, _n = 92, Ln = 93, De = 123, de = 125, ro = 101, io = 69, Mn = 117, ne = -1, dt = new Uint8Array(256);
for (let e of [34, 92, 47, 98, 102, 110, 114, 116]) dt[e] = 1;
var Un = {
  116: { kind: "true", bytes: Buffer.from("true") },
  102: { kind: "false", bytes: Buffer.from("false") },
  110: { kind: "null", bytes: Buffer.from("null") }
}, Bn = Buffer.alloc(0);
function Hn(e, t) {
  let n = new ft(e);
  try {
    return t(n);
  } finally {
    n.close();
  }
}
var ft = class {
  chunks;
  /** The current chunk, and the position of the next byte in it. */
  buf = Bn;
  pos = 0;
  /** The chunk as 32-bit words when it is aligned for them, to pass over strings faster. */
  words = null;
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
    if (t === pt) return "array";
    if (t === pe) return "string";
    if (t === Ce || t >= me && t <= Pe) return "number";
    let n = Un[t];
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
    if (this.nextMember(de, "'}'")) return;
    let r = this.skipWhitespace();
    r !== pe && this.expected(r, "a key (a string)"), this.collect(t, n), this.pos++, this.skipStringBody();
    let i = this.collected();
    return this.expect(In, "':'"), i.includes(_n) ? JSON.parse(i.toString("utf8")) : i.toString("utf8", 1, i.length - 1);
  }
  /** Steps into the array that kind() said is next. */
  enterArray() {
    this.expect(pt, "'['"), this.entered.push(!0);
  }
  /**
   * Whether the array entered last has another item, which the reader then reads, skips or
   * enters. False at the array's end, which leaves it.
   */
  nextItem() {
    return this.nextMember(Ln, "']'") ? !1 : (this.kind(), !0);
  }
  /** Passes over the next value, checking it, without building it. */
  skipValue() {
    let t = [];
    for (; ; ) {
      let n = this.skipWhitespace();
      if (n === De || n === pt) {
        this.pos++;
        let r = n === De ? de : Ln;
        if (this.skipWhitespace() === r)
          this.pos++;
        else {
          t.length >= $n && this.fail(`nested more than ${$n} levels deep`), t.push(r), r === de && this.skipKey();
          continue;
        }
      } else
        this.skipScalar(n);
      for (; ; ) {
        let r = t.at(-1);
        if (r === void 0) return;
        if (n = this.skipWhitespace(), n === On) {
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
    for (this.base += this.buf.length, this.buf = Bn, this.words = null, this.pos = 0; ; ) {
      let n = this.chunks.next();
      if (n.done === !0)
        return this.ended = !0, !1;
      let r = n.value;
      if (r.length > 0)
        return this.buf = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength), this.words = r.byteOffset % 4 === 0 ? new Uint32Array(r.buffer, r.byteOffset, r.length >> 2) : null, !0;
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
        if (i === Nn || i === Zs || i === eo)
          r++;
        else if (i === Qs)
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
    return i === t ? (this.pos++, this.entered.pop(), !0) : (r || (i !== On && this.expected(i, `',' or ${n}`), this.pos++), this.entered[this.entered.length - 1] = !1, !1);
  }
  /** A key and its colon, inside a skipped object. */
  skipKey() {
    let t = this.skipWhitespace();
    t !== pe && this.expected(t, "a key (a string)"), this.pos++, this.skipStringBody(), this.expect(In, "':'");
  }
  skipScalar(t) {
    if (t === pe)
      this.pos++, this.skipStringBody();
    else if (t === Ce || t >= me && t <= Pe)
      this.skipNumber();
    else {
      let n = Un[t];
      n || this.expected(t, "a value");
      for (let r of n.bytes)
        this.peek() !== r && this.fail(`expected ${n.kind}`), this.pos++;
    }
  }
  /** After the opening quote: up to and past the closing one. */
  skipStringBody() {
    for (; ; ) {
      let t = this.buf, n = this.words, r = t.length, i = this.pos;
      for (; i < r; ) {
        if (n !== null && (i & 3) === 0) {
          let o = i >> 2, u = r >> 2;
          for (; o < u && !so(n[o]); ) o++;
          if (i = o << 2, i === r) break;
        }
        let s = t[i];
        if (s === pe) {
          this.pos = i + 1;
          return;
        }
        if (s === _n) {
          let o = i + 1 < r ? t[i + 1] : ne;
          if (dt[o] === 1) {
            i += 2;
            continue;
          }
          if (o === Mn && i + 5 < r && oo(t, i + 2)) {
            i += 6;
            continue;
          }
          break;
        }
        s < Nn && (this.pos = i, this.fail("a control character in a string (it must be escaped)")), i++;
      }
      this.pos = i, i < r ? this.skipEscape() : this.advanceChunk() || this.fail("the text ends inside a string");
    }
  }
  /** A backslash and what it escapes. */
  skipEscape() {
    this.pos++;
    let t = this.peek();
    if (t === ne && this.fail("the text ends inside a string"), dt[t] === 1) {
      this.pos++;
      return;
    }
    t !== Mn && this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'), this.pos++;
    for (let n = 0; n < 4; n++)
      fe(this.peek()) || this.fail("a \\u escape without four hexadecimal digits"), this.pos++;
  }
  /** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  skipNumber() {
    let t = this.peek();
    t === Ce && (this.pos++, t = this.peek()), t === me ? this.pos++ : this.digits(), t = this.peek(), t === no && (this.pos++, this.digits(), t = this.peek()), (t === ro || t === io) && (this.pos++, t = this.peek(), (t === to || t === Ce) && this.pos++, this.digits());
  }
  /** One digit or more. */
  digits() {
    Fn(this.peek()) || this.fail("a number without its digits");
    do
      this.pos++;
    while (Fn(this.peek()));
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
function Fn(e) {
  return e >= me && e <= Pe;
}
function so(e) {
  let t = e ^ 572662306, n = e ^ 1549556828;
  return ((t - 16843009 & ~t | n - 16843009 & ~n | e - 538976288 & ~e) & 2155905152) !== 0;
}
function oo(e, t) {
  return fe(e[t]) && fe(e[t + 1]) && fe(e[t + 2]) && fe(e[t + 3]);
}
function fe(e) {
  return e >= me && e <= Pe || e >= 65 && e <= 70 || e >= 97 && e <= 102;
}

// src/inputs/dbt-artifacts.ts
var ao = ["v12", "v20"], uo = ["v6"], mt = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]), he = 16 * 1024 * 1024, jn = he / (1024 * 1024);
function Gn(e) {
  let t;
  if (qn(e, "run-results", uo, (n, r) => n !== "results" ? !1 : (t = r.kind() === "array" ? co(r) : (r.skipValue(), void 0), !0)), !t) throw new d('has no "results" list');
  return t;
}
function co(e) {
  let t = [];
  for (e.enterArray(); e.nextItem(); ) {
    if (e.kind() !== "object") {
      e.skipValue();
      continue;
    }
    let n = {};
    e.enterObject();
    for (let s = re(e); s !== void 0; s = re(e))
      s === "unique_id" || s === "status" ? n[s] = e.readValue(he, () => $e(`a result's ${s}`)) : e.skipValue();
    let { unique_id: r, status: i } = n;
    typeof r == "string" && t.push({ uniqueId: r, status: String(i) });
  }
  return t;
}
function Vn(e, t) {
  let n;
  if (qn(e, "manifest", ao, (r, i) => {
    if (r !== "nodes") return !1;
    let s = i.kind();
    return s === "object" ? n = lo(i, t) : (i.skipValue(), n = s === "array" ? /* @__PURE__ */ new Map() : void 0), !0;
  }), !n) throw new d('has no "nodes" map');
  return n;
}
function lo(e, t) {
  let n = /* @__PURE__ */ new Map();
  e.enterObject();
  for (let r = re(e); r !== void 0; r = re(e)) {
    let i = t.has(r) ? e.kind() : void 0;
    if (i === "object" || i === "array") {
      let s = e.readValue(he, () => $e(`node ${r}`));
      n.set(r, po(r, s));
    } else
      e.skipValue(), i !== void 0 && n.delete(r);
  }
  return n;
}
function qn(e, t, n, r) {
  Hn(e, (i) => {
    if (i.kind() !== "object")
      throw i.skipValue(), i.finish(), new d("is not a JSON object");
    let s = !1;
    i.enterObject();
    for (let o = re(i); o !== void 0; o = re(i))
      if (o === "metadata") {
        let u = i.readValue(he, () => $e("its metadata"));
        Wn(u, t, n), s = !0;
      } else r(o, i) || i.skipValue();
    i.finish(), s || Wn(void 0, t, n);
  });
}
function Wn(e, t, n) {
  let r = e?.dbt_schema_version, i = new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
  if (!i || !n.includes(i))
    throw new d(
      `is ${t} ${i ?? `of unknown version (${String(r).slice(0, 80)})`}; this action reads ${t} ${n.join(" and ")}`
    );
}
function re(e) {
  return e.nextKey(he, () => $e("a key"));
}
function $e(e) {
  return new d(
    `has ${e} of more than ${jn} MiB; this action reads values of up to ${jn} MiB`
  );
}
function po(e, t) {
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
function Kn(e) {
  return new Set(
    e.map((t) => t.uniqueId).filter((t) => mt.has(t.split(".")[0] ?? ""))
  );
}

// src/inputs/dbt-selectors.ts
var Jn = ["model", "seed", "snapshot"];
function ht(e, t) {
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
function gt(e) {
  let t = e.indexOf(":"), n = t < 0 ? null : e.slice(0, t), r = e.slice(t + 1);
  if (r === "" || /\s/.test(r))
    throw new d("has a selector without a value or with spaces", e);
  switch (n) {
    case null:
      return { kind: "name", value: r };
    case "tag":
      return { kind: "tag", value: r };
    case "path":
      return { kind: "path", value: r, pattern: fo(r) };
    case "resource_type":
      if (!Jn.includes(r))
        throw new d(
          `has resource_type:${r}; use ${Jn.join(", ")}`,
          e
        );
      return { kind: "resource_type", value: r };
    default:
      throw new d("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", e);
  }
}
function fo(e) {
  let t = e.replace(/\/$/, "");
  if (!/[*?]/.test(t))
    return { source: t, test: (r) => r === t || r.startsWith(`${t}/`) };
  let n = mo(t);
  return { source: t, test: (r) => ho(n, r) };
}
function mo(e) {
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
function ho(e, t) {
  let n = Xn(e, /* @__PURE__ */ new Set([0]));
  for (let r of t) {
    let i = /* @__PURE__ */ new Set();
    for (let s of n) {
      let o = e[Math.floor(s)];
      o && go(o, s, r, i);
    }
    if (i.size === 0) return !1;
    n = Xn(e, i);
  }
  return n.has(e.length);
}
function go(e, t, n, r) {
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
function Xn(e, t) {
  for (let n of t) {
    let r = Number.isInteger(n) ? e[n] : void 0;
    r && r.kind !== "char" && r.kind !== "one" && t.add(n + 1);
  }
  return t;
}

// src/inputs/table-name.ts
var N = "[\\p{L}\\p{N}_$-]+", yo = new RegExp(`^(${N})\\.\`(${N})\\.(${N})\`\\.(${N})$`, "u"), bo = new RegExp(`^(${N})\\.(${N})\\.(${N})\\.(${N})$`, "u"), wo = new RegExp(`^${N}$`, "u"), To = new RegExp(`^(${N})\\.(${N})$`, "u"), xo = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function Ne(e) {
  let t = e.trim();
  if (yo.test(t)) return { tableName: yt(t), backticksAdded: !1 };
  let n = bo.exec(t);
  if (n) {
    let [r = "", i = "", s = "", o = ""] = n.slice(1);
    return {
      tableName: yt(Zn(r, `${i}.${s}`, o)),
      backticksAdded: !0
    };
  }
  throw new d(xo, t);
}
function ie(e) {
  let t = e.trim();
  if (!wo.test(t))
    throw new d(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      t
    );
  return t;
}
function zn(e) {
  let t = Ro(e.trim());
  if (!To.test(t))
    throw new d("must be catalog.schema (e.g. default_catalog.sales)", e.trim());
  return t;
}
function Yn(e, t, n) {
  return yt(Zn(e, t, n));
}
function Zn(e, t, n) {
  return `${e}.\`${t}\`.${n}`;
}
function Ro(e) {
  return e.length >= 2 && e.startsWith("`") && e.endsWith("`") ? e.slice(1, -1) : e;
}
function yt(e) {
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
var So = /* @__PURE__ */ new Set(["success", "partial success"]);
function Qn(e, t, n) {
  let r = { mapped: [], skipped: [] }, i = /* @__PURE__ */ new Set();
  for (let s of e) {
    if (i.has(s.uniqueId)) continue;
    i.add(s.uniqueId);
    let o = Eo(s, t.get(s.uniqueId), n);
    "tableName" in o ? r.mapped.push({ uniqueId: s.uniqueId, ...o }) : r.skipped.push({ uniqueId: s.uniqueId, ...o });
  }
  return r;
}
function Eo(e, t, n) {
  let r = ko(e, t, n);
  if (r) return r;
  if (!t) return { kind: "not-in-manifest", reason: "not in the manifest" };
  try {
    return { tableName: Ao(t, n) };
  } catch (i) {
    return { kind: "invalid-table-name", reason: `its table name ${i instanceof d ? i.rule : String(i)}` };
  }
}
function ko(e, t, n) {
  let r = t?.resourceType ?? e.uniqueId.split(".")[0] ?? "";
  return mt.has(r) ? So.has(e.status) ? t ? t.materialized === "ephemeral" ? { kind: "ephemeral", reason: "ephemeral: dbt writes no table for it" } : n.select.length > 0 && !n.select.some((i) => ht(i, t)) ? { kind: "not-selected", reason: "not selected by dbt-select" } : n.exclude.some((i) => ht(i, t)) ? { kind: "excluded", reason: "excluded by dbt-exclude" } : null : null : { kind: "not-written", reason: `status ${e.status}: nothing was written` } : { kind: "not-a-table", reason: `a ${r || "node"}, not a table` };
}
function Ao(e, t) {
  let n = e.schema ?? "", r = e.database !== n ? e.database : null, i = e.catalog ?? r ?? t.defaultCatalog, s = `${t.datasource}.\`${i}.${n}\`.${e.alias ?? e.name}`;
  return Ne(s).tableName;
}

// src/inputs/list.ts
function C(e) {
  return e.split(/[\n,]/).map((t) => t.trim()).filter((t) => t !== "");
}

// src/inputs/trigger-plan.ts
function Oe(e, t, n) {
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
var bt = "default_catalog";
function nr(e, t, n, r) {
  let i = n.take(
    () => g("datasource", () => (L(
      e.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    ), ie(e.datasource)))
  ), s = n.take(
    () => g("dbt-catalog", () => ie(e["dbt-catalog"] || bt))
  ), o = n.take(
    () => g("dbt-select", () => C(e["dbt-select"]).map(gt))
  ), u = n.take(
    () => g("dbt-exclude", () => C(e["dbt-exclude"]).map(gt))
  ), p = n.take(() => vo(e, t, r));
  if (!(i === void 0 || s === void 0 || o === void 0 || u === void 0 || p === void 0))
    return Qn(p.results, p.nodes, { datasource: i, defaultCatalog: s, select: o, exclude: u });
}
function vo(e, t, n) {
  let r = e["dbt-run-results"], i = e["dbt-manifest"] || (0, Ie.join)((0, Ie.dirname)(r), "manifest.json"), s = g(
    "dbt-run-results",
    () => er(t, r, Gn)
  );
  if (n) {
    let { tableNames: c, partitions: l, limits: f } = n;
    g("max-triggers", () => Oe(c, l, f));
  }
  let o = Kn(s), u = g(
    "dbt-manifest",
    () => er(t, i, (c) => Vn(c, o))
  ), p = [...o].filter((c) => !u.has(c));
  if (p.length > 0)
    throw new $(
      "dbt-manifest",
      `has no node ${p[0]}${p.length > 1 ? ` (nor ${p.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      i
    );
  return { results: s, nodes: u };
}
function er(e, t, n) {
  let r;
  try {
    r = e(t);
  } catch (i) {
    throw tr(i, t);
  }
  try {
    return n(r);
  } catch (i) {
    throw i instanceof d ? new d(i.rule, t) : typeof i.code == "string" ? tr(i, t) : i;
  }
}
function tr(e, t) {
  let n = e.code;
  return new d(
    `names a file that cannot be read (${typeof n == "string" ? n : "unreadable"})`,
    t
  );
}

// src/inputs/host.ts
var wt = "/anymetrics/api/v1/scheduler/task/trigger", Co = "/anymetrics/api/v1/token/create", Do = "/anymetrics/api/v1/accelerate/latestTime", Po = "/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanList", rr = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL", _e = /^[a-z][a-z0-9+.-]*:\/\//i, $o = /[/?#\\]/;
function Le(e) {
  let t = _e.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search($o), s = (r < 0 ? n : n.slice(0, r)).lastIndexOf("@"), o = s >= 0 ? s : n.lastIndexOf("@");
  if (!(o < 0))
    return {
      scheme: t,
      userinfo: n.slice(0, o),
      rest: n.slice(o + 1),
      ambiguous: s < 0
    };
}
function ir(e) {
  let t = Le(e.trim());
  if (!t || t.userinfo === "") return [];
  let { userinfo: n } = t, r = n.indexOf(":"), i = r < 0 ? n : n.slice(0, r), s = r < 0 ? "" : n.slice(r + 1), o = r < 0 ? i : s, u = [
    o,
    ge(o),
    Tt(ge(i), ge(s))
  ];
  return t.ambiguous && u.push(n), [...new Set(u.filter((p) => p !== ""))];
}
function Tt(e, t) {
  return Buffer.from(`${e}:${t}`).toString("base64");
}
function X(e) {
  let t = Le(e.trim()), n = t ? `${t.scheme}***@${t.rest}` : e.trim();
  return No(n);
}
function No(e) {
  let t = _e.exec(e)?.[0] ?? "", n = e.slice(t.length), r = n.search(/[?#]/);
  return r < 0 ? e : `${t}${n.slice(0, r)}${n[r]}\u2026`;
}
function sr(e) {
  let t = e.trim();
  if (t === "") throw new d("is required");
  if (Ae(t) || /\s/.test(t))
    throw new d("must not contain spaces or control characters", X(t));
  if (Le(t)?.ambiguous)
    throw new d(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      X(t)
    );
  let n = Oo(t), r = n.pathname.replace(/\/+$/, ""), i = r.endsWith(wt) ? r.slice(0, -wt.length) : r, s = `${n.protocol}//${n.host}${i}`, o = {
    url: s + wt,
    tokenUrl: s + Co,
    planStatusUrl: s + Do,
    planListUrl: s + Po,
    display: s
  };
  return (n.username !== "" || n.password !== "") && (o.basicAuth = {
    username: ge(n.username),
    password: ge(n.password)
  }), o;
}
function Oo(e) {
  let t = _e.test(e), n = Io(t ? e : `http://${e}`, e);
  if (n.protocol !== "http:" && n.protocol !== "https:")
    throw new d("must use http:// or https://", X(e));
  if (n.hostname === "") throw new d(rr, X(e));
  if (!t && n.port === "")
    throw new d(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      X(e)
    );
  let r = Le(e)?.rest ?? e.slice(_e.exec(e)?.[0].length ?? 0);
  if (n.search !== "" || n.hash !== "" || /[?#]/.test(r))
    throw new d("must not contain a query (?) or fragment (#)", X(e));
  return n;
}
function Io(e, t) {
  try {
    return new URL(e);
  } catch {
    throw new d(rr, X(t));
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
var Ue = 864e5, _o = /^(\d{4})-(\d{2})-(\d{2})$/, Lo = /^today\s*-\s*(\d{1,5})$/i, or = 36600, Mo = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those", ar = "..", ur = 36600, cr = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/, lr = {
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
function dr(e) {
  if (e === "UTC") return null;
  let t = e.toUpperCase();
  if (lr[t]) return lr[t];
  if (/^[+-]\d/.test(e) || /^(UTC|GMT)[+-]/i.test(e))
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  let n = Uo(e);
  return n === null ? "must be an IANA time zone such as UTC or Asia/Shanghai" : cr.test(e) ? null : `is a legacy alias or abbreviation: write ${cr.test(n) && n !== e ? n : "an Area/Location name"} (e.g. Asia/Shanghai or UTC)`;
}
function Uo(e) {
  if (e.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: e }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function fr(e) {
  return ye(Me(e));
}
function xt(e, t) {
  if (e.length === 0) throw new d("must name at least one partition");
  let n = /* @__PURE__ */ new Set();
  for (let r of e)
    for (let i of Bo(r.trim(), t)) n.add(i);
  return [...n].sort((r, i) => r - i).map(ye);
}
function Bo(e, t) {
  let n = e.indexOf(ar);
  if (n < 0) return [mr(e, t)];
  if (e.includes("..."))
    throw new d("has a range with three dots: write A..B (two dots)", e);
  let [r = "", i = ""] = [
    e.slice(0, n),
    e.slice(n + ar.length)
  ].map((u) => u.trim());
  if (r === "" || i === "")
    throw new d(
      `has a range without its ${r === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      e
    );
  let s = pr(r, e, t), o = pr(i, e, t);
  if (o < s)
    throw new d(
      `has a reversed range (${ye(s)} is after ${ye(o)}): write it oldest first`,
      e
    );
  if (o - s >= ur)
    throw new d(`has a range longer than ${ur} days`, e);
  return Array.from({ length: o - s + 1 }, (u, p) => s + p);
}
function pr(e, t, n) {
  try {
    return mr(e, n);
  } catch (r) {
    throw r instanceof d ? new d(r.rule, t) : r;
  }
}
function mr(e, t) {
  let n = e.toLowerCase();
  if (n === "today") return Me(t);
  if (n === "yesterday") return Me(t) - 1;
  let r = Lo.exec(e);
  if (r) {
    let i = Number(r[1]);
    if (i > or)
      throw new d(`must not reach back more than ${or} days`, e);
    return Me(t) - i;
  }
  return Fo(e);
}
function Fo(e) {
  let t = _o.exec(e);
  if (!t) throw new d(Mo, e);
  let [n, r, i] = t.slice(1).map(Number), s = Date.UTC(n, r - 1, i) / Ue;
  if (n < 1 || ye(s) !== e)
    throw new d("must be a real calendar date (yyyy-MM-dd)", e);
  return s;
}
function Me({ now: e, timeZone: t }) {
  if (t === "UTC") return Math.floor(e.getTime() / Ue);
  let n = new Intl.DateTimeFormat("en-US", {
    timeZone: t,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(e), r = (i) => Number(n.find((s) => s.type === i)?.value);
  return Date.UTC(r("year"), r("month") - 1, r("day")) / Ue;
}
function ye(e) {
  return new Date(e * Ue).toISOString().slice(0, 10);
}

// src/inputs/scalars.ts
var hr = 3600;
function gr(e) {
  let t = Number(e);
  if (!/^\d+(\.\d+)?$/.test(e) || t <= 0 || t > hr)
    throw new d(
      `must be a number of seconds above 0, at most ${hr}`,
      e
    );
  let n = Math.round(t * 1e3);
  if (n < 1) throw new d("must be at least 0.001 (1 ms); it rounds to 0 ms", e);
  return n;
}
function Rt(e, t, n) {
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
function yr(e) {
  if (e.toLowerCase() === "check") return "check";
  try {
    return St(e) ? "plan" : "off";
  } catch {
    throw new d("must be true, false or check", e);
  }
}
function St(e) {
  if (["true", "True", "TRUE"].includes(e)) return !0;
  if (["false", "False", "FALSE"].includes(e)) return !1;
  throw new d("must be true or false", e);
}
function br(e) {
  let t = dr(e);
  if (t) throw new d(t, e);
  return e;
}

// src/inputs/wait-plans.ts
var wr = "id:", Tr = 100;
function xr(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of C(e)) {
    let r = Ho(n);
    t.set(`${r.by}:${r.value}`, r);
  }
  if (t.size > Tr)
    throw new d(
      `names ${t.size} plans; at most ${Tr} (split the wait across steps)`
    );
  return [...t.values()];
}
function Ho(e) {
  let t = e.toLowerCase().startsWith(wr), n = t ? e.slice(wr.length).trim() : e;
  if (n === "") throw new d("has an id: entry without a plan ID", e);
  if (Ae(n))
    throw new d("has a plan with control characters", e);
  if (n.length > J)
    throw new d(`has a plan longer than ${J} characters`, e);
  return { by: t ? "id" : "name", value: n, label: t ? `id:${n}` : n };
}

// src/inputs/table-inputs.ts
var jo = ["datasource", "catalog-schema", "table"];
function kt(e, t, n, r) {
  let i = C(e["table-name"]), s = jo.filter(
    (o) => e[o] !== "" && !(n && o === "datasource")
  );
  return i.length > 0 && s.length > 0 ? Rr(
    r,
    "table-name",
    `cannot be combined with ${s.join(", ")}: give full names or their parts, not both`
  ) : i.length > 0 ? r.take(() => i.map((o) => Wo(o, t))) : s.length === 0 && n ? [] : s.length === 0 ? Rr(
    r,
    "table-name",
    "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
  ) : Go(e, n, r);
}
function Rr(e, t, n) {
  return e.take(() => {
    throw new $(t, n);
  });
}
function Wo(e, t) {
  let n = g("table-name", () => Ne(e));
  return n.backticksAdded && t.push(`table-name: added the backticks the platform requires: ${n.tableName}`), n.tableName;
}
function Go(e, t, n) {
  let r = (t ? new K() : n).take(
    () => Et(e, "datasource", ie)
  ), i = n.take(() => Et(e, "catalog-schema", zn)), s = n.take(
    () => Et(e, "table", (o) => C(o).map(ie))
  );
  if (!(r === void 0 || i === void 0 || s === void 0))
    return n.take(
      () => g("table", () => s.map((o) => Yn(r, i, o)))
    );
}
function Et(e, t, n) {
  if (C(e[t]).length === 0)
    throw new $(t, "is required when datasource, catalog-schema or table is given");
  return g(t, () => n(e[t]));
}

// src/inputs/parse-inputs.ts
var Sr = [
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
], Vo = 10, qo = 32, At = 2e3, Ko = 350, Jo = 600, Xo = { name: "minutes", ms: 6e4 }, zo = { name: "seconds", ms: 1e3 }, Er = {
  timeZone: { input: "timezone", default: "UTC", parse: br },
  timeoutMs: { input: "timeout-seconds", default: "30", parse: gr },
  retries: {
    input: "retries",
    default: "3",
    parse: (e) => Be(e, 0, Vo)
  },
  concurrency: {
    input: "concurrency",
    default: "4",
    parse: (e) => Be(e, 1, qo)
  },
  failFast: { input: "fail-fast", default: "false", parse: St },
  dryRun: { input: "dry-run", default: "false", parse: yr },
  maxTriggers: {
    input: "max-triggers",
    default: "1000",
    parse: (e) => Be(e, 1, At)
  },
  waitTimeoutMs: {
    input: "wait-timeout-minutes",
    default: "60",
    parse: (e) => Rt(e, Xo, { min: 0, max: Ko })
  },
  waitIntervalMs: {
    input: "wait-interval-seconds",
    default: "30",
    parse: (e) => Rt(e, zo, { min: 1, max: Jo })
  }
}, Cl = {
  partition: "today",
  "dbt-catalog": bt,
  ...Object.fromEntries(Object.values(Er).map((e) => [e.input, e.default]))
};
function kr(e) {
  return [e["auth-value"], e["app-secret"], ...ir(e.host)].filter(
    (t) => t !== ""
  );
}
function Ar(e, t) {
  let n = [], r = new K(), i = r.take(() => g("host", () => sr(e.host))), s = r.take(() => g("tenant-id", () => Qo(e["tenant-id"]))), o = Pn(e, r), u = e["dbt-run-results"] !== "", p = u ? nr(e, t.readArtifact, r, Yo(e, t.now)) : void 0, c = kt(e, n, u, r), l = c && (!u || p) ? [...c, ...ea(p)] : void 0, f = vr(e, r), { timeZone: m, maxTriggers: h } = f, b = m === void 0 ? void 0 : r.take(
    () => g(
      "partition",
      () => xt(C(e.partition || "today"), { now: t.now, timeZone: m })
    )
  ), y = l && b && h !== void 0 ? r.take(
    () => g(
      "max-triggers",
      () => Oe(l, b, { maxTriggers: h, largest: At })
    )
  ) : void 0, S = r.take(
    () => g("wait-for-plans", () => xr(e["wait-for-plans"]))
  ), I = r.take(
    () => g("ca-certificate", () => An(e["ca-certificate"], t.readTextFile))
  );
  r.throwIfAny();
  let O = {
    ...f,
    endpoint: i,
    tenantId: s,
    credentials: o,
    plan: y,
    caCertificates: I,
    waitForPlans: S
  }, ae = Zo(O);
  return {
    config: { ...ae, today: fr({ now: t.now, timeZone: ae.timeZone }), dbt: p },
    notices: n
  };
}
function Yo(e, t) {
  let n = new K(), r = kt(e, [], !0, n), { timeZone: i, maxTriggers: s } = vr(e, n);
  if (r === void 0 || i === void 0 || s === void 0)
    return;
  let o = n.take(
    () => g(
      "partition",
      () => xt(C(e.partition || "today"), { now: t, timeZone: i })
    )
  );
  return o && { tableNames: r, partitions: o, limits: { maxTriggers: s, largest: At } };
}
function vr(e, t) {
  let n = Object.entries(Er).map(([r, i]) => [
    r,
    t.take(
      () => g(i.input, () => i.parse(e[i.input] || i.default))
    )
  ]);
  return Object.fromEntries(n);
}
function Zo(e) {
  for (let [t, n] of Object.entries(e))
    if (n === void 0) throw new Error(`input ${t} was neither parsed nor refused`);
  return e;
}
function Qo(e) {
  return L(e), te(e), ve(e), e;
}
function ea(e) {
  return e ? e.mapped.map((t) => t.tableName) : [];
}

// src/platform/retry-policy.ts
var Cr = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 }, ta = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]), na = /* @__PURE__ */ new Set([
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
function vt(e) {
  return "status" in e ? ta.has(e.status) : na.has(e.errorCode);
}
function ra(e, t, n) {
  let r = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** (e - 1));
  return Math.floor(n() * r);
}
function Dr(e, t) {
  if (e === void 0) return;
  let n = e.trim();
  if (/^\d+$/.test(n)) return Number(n) * 1e3;
  let r = Date.parse(n);
  if (!(Number.isNaN(r) || !/[a-z]/i.test(n)))
    return Math.max(0, r - t);
}
var ia = 250;
function Pr(e, t, n, r) {
  return n !== void 0 ? Ct(n, t) : ra(e, t, r);
}
function Ct(e, t) {
  return Math.min(Math.max(e, ia), t.retryAfterCapMs);
}

// src/platform/transport-errors.ts
var Wr = require("node:net");

// src/secret-matching.ts
var sa = /^[0-9a-fA-F]{2}$/, oa = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml".split(" "), $r = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  plus: "+",
  sol: "/",
  equals: "=",
  ...Object.fromEntries(
    oa.map((e, t) => [e, String.fromCharCode(160 + t)])
  )
}, aa = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " "
}, Nr = new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "u"), ua = new RegExp("\\p{M}", "gu");
function be(e, t = !0) {
  let n = { chars: "", starts: [], ends: [] }, r = [];
  for (let i = 0; i < e.length; ) {
    let s = t ? la(e, i) : _r(e, i);
    for (let o of ca(s.text)) {
      r.push(o);
      for (let u = 0; u < o.length; u++)
        n.starts.push(i), n.ends.push(i + s.length);
    }
    i += s.length;
  }
  return n.chars = r.join(""), n;
}
function ca(e) {
  return e.length === 1 && e > " " && e < "\x7F" && e !== "+" ? [e] : e === "" || Nr.test(e) ? [] : [...e.normalize("NFKD").replace(ua, "")].filter((n) => !Nr.test(n));
}
function la(e, t) {
  let n = e[t] ?? "";
  return n === "%" ? pa(e, t) : n === "&" ? da(e, t) : n === "\\" ? fa(e, t) : _r(e, t);
}
function _r(e, t) {
  let n = e.codePointAt(t) ?? 0;
  return { text: String.fromCodePoint(n), length: n > 65535 ? 2 : 1 };
}
function pa(e, t) {
  let n = Or(e, t);
  if (n === void 0) return { text: "%", length: 1 };
  let r = n < 128 ? 1 : n >= 240 ? 4 : n >= 224 ? 3 : n >= 192 ? 2 : 1, i = [n];
  for (let o = 1; o < r; o++) {
    let u = Or(e, t + o * 3);
    if (u === void 0) break;
    i.push(u);
  }
  let s = new TextDecoder().decode(Uint8Array.from(i));
  return s.includes("\uFFFD") ? { text: String.fromCharCode(n), length: 3 } : { text: s, length: i.length * 3 };
}
function Or(e, t) {
  if (e[t] !== "%") return;
  let n = e.slice(t + 1, t + 3);
  return sa.test(n) ? parseInt(n, 16) : void 0;
}
function da(e, t) {
  let n = e.indexOf(";", t + 1);
  if (n < 0 || n - t > 12) return { text: "&", length: 1 };
  let r = e.slice(t + 1, n), i = /^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
  if (i?.[1]) {
    let o = i[1].startsWith("x") || i[1].startsWith("X") ? parseInt(i[1].slice(1), 16) : parseInt(i[1], 10);
    if (o > 0 && o <= 1114111)
      return { text: String.fromCodePoint(o), length: n - t + 1 };
  }
  let s = $r[r] ?? $r[r.toLowerCase()];
  return s === void 0 ? { text: "&", length: 1 } : { text: s, length: n - t + 1 };
}
function fa(e, t) {
  let n = e[t + 1] ?? "", r = Ir(e, t);
  if (r !== void 0) {
    let s = r >= 55296 && r <= 56319 ? Ir(e, t + 6) : void 0;
    return s !== void 0 && s >= 56320 && s <= 57343 ? { text: String.fromCharCode(r, s), length: 12 } : { text: String.fromCharCode(r), length: 6 };
  }
  let i = aa[n];
  return i === void 0 ? { text: "\\", length: 1 } : { text: i, length: 2 };
}
function Ir(e, t) {
  if (e[t] !== "\\" || e[t + 1] !== "u") return;
  let n = e.slice(t + 2, t + 6);
  return /^[0-9a-fA-F]{4}$/.test(n) ? parseInt(n, 16) : void 0;
}
function Lr(e, t) {
  if (t.length === 0 || e === "") return [];
  let n = [];
  for (let r of [be(e), be(e, !1)])
    ma(r, t, e.length, n);
  return ha(n);
}
function ma(e, t, n, r) {
  for (let i of t)
    for (let s = e.chars.indexOf(i); s >= 0; ) {
      let o = s + i.length - 1;
      r.push([e.starts[s] ?? 0, e.ends[o] ?? n]), s = e.chars.indexOf(i, s + 1);
    }
}
function ha(e) {
  e.sort((n, r) => n[0] - r[0]);
  let t = [];
  for (let [n, r] of e) {
    let i = t.at(-1);
    i && n <= i[1] ? i[1] = Math.max(i[1], r) : t.push([n, r]);
  }
  return t;
}

// src/trust.ts
var ga = "***", ya = 1e3, ba = 256 * 1024, wa = 12, Ta = 200, xa = 120, Fr = /[\s\u0085]+/g, Ra = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}", "gu"), Mr = "\uFFFD", Sa = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, Ea = /##\[/g;
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
  return Pt(Dt(e));
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
    let n = Pa(t).filter((i) => !this.forms.includes(i));
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
    let n = Lr(t, this.canonicalForms);
    if (n.length === 0) return t;
    let r = "", i = 0;
    for (let [s, o] of n)
      r += t.slice(i, s) + ga, i = o;
    return r + t.slice(i);
  }
  /** A platform or transport text as one inert, bounded line. */
  text(t, n = ya) {
    let r = t.replace(Fr, " ");
    return this.finish(Dt(this.redactPart(r, n * 2 + 64)), n);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(t, n = Ta) {
    return this.finish(Dt(Ca(this.redactPart(t, ba))), n);
  }
  /**
   * Redacts the first `room` characters of a long text (plus room for a secret's longest
   * encoded form), and drops that margin from the end when the text was cut: a secret
   * straddling the cut is not whole, so not matched, and its prefix must not be shown either.
   */
  redactPart(t, n) {
    let r = this.longestForm * wa;
    if (t.length <= n + r) return this.redact(t);
    let i = this.redact(t.slice(0, n + r));
    return r > 0 ? i.slice(0, -r) : i;
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(t, n = xa) {
    let r = Pt(va(JSON.stringify(this.redact(t))));
    return r.length > n ? `${Hr(r, n)}\u2026"` : r;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(t, n) {
    return ka(G(Pt(this.redact(t)), n));
  }
};
function ka(e) {
  return Buffer.from(e, "utf16le").toString("utf16le");
}
var Aa = /[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function va(e) {
  return e.replace(Aa, (t) => `\\u${t.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function Dt(e) {
  return e.replace(Sa, Mr).replace(Fr, " ").replace(Ra, Mr).trim();
}
function Pt(e) {
  let t = e.replace(Ea, "## ["), n = t.trimStart();
  return n.startsWith("::") ? `: :${n.slice(2)}` : t;
}
function Hr(e, t) {
  let n = e.slice(0, t), r = n.charCodeAt(n.length - 1);
  return r >= 55296 && r <= 56319 ? n.slice(0, -1) : n;
}
var Ur = /<\/(script|style|head)\s*>/gi;
function Ca(e) {
  let t = "", n = 0;
  for (; n < e.length; ) {
    let r = e.indexOf("<", n), i = r < 0 ? -1 : e.indexOf(">", r + 1);
    if (i < 0) return t + e.slice(n);
    if (t += `${e.slice(n, r)} `, n = i + 1, Da(e, r)) {
      Ur.lastIndex = n;
      let s = Ur.exec(e);
      n = s ? s.index + s[0].length : e.length;
    }
  }
  return t;
}
function Da(e, t) {
  let n = e.charCodeAt(t + 1) | 32;
  return n !== 115 && n !== 104 ? !1 : /^<(script|style|head)\b/i.test(e.slice(t, t + 8));
}
function Pa(e) {
  if (e === "") return [];
  let t = [
    e,
    encodeURIComponent(e),
    encodeURIComponent(e).replace(/%20/g, "+"),
    JSON.stringify(e).slice(1, -1),
    Br(e, "&#39;"),
    Br(e, "&#x27;"),
    ...$a(e)
  ];
  return [...new Set(t)].filter((n) => n !== "");
}
function Br(e, t) {
  let n = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": t
  };
  return e.replace(/[&<>"']/g, (r) => n[r] ?? r);
}
function $a(e) {
  let t = Buffer.from(e, "utf8"), n = t.toString("base64"), r = [n, n.replace(/=+$/, "")];
  for (let i of [0, 1, 2]) {
    let s = Buffer.concat([Buffer.alloc(i), t]).toString("base64"), o = Math.ceil(i * 8 / 6), u = Math.floor((i + t.length) * 8 / 6);
    r.push(s.slice(o, u));
  }
  return r.filter((i) => i.length >= 6).flatMap((i) => [i, i.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function G(e, t) {
  return e.length > t ? `${Hr(e, t)}\u2026` : e;
}
function jr(e, t) {
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
}, Gr = new R("cancelled", "CANCELLED"), Vr = new R("cancelled", "CANCELLED_SENT"), Na = "tunneling socket could not be established";
function qr(e, t, n) {
  return {
    url: e,
    host: n.text(e.host, 300),
    proxy: t ? n.text(`${t.protocol}//${t.host}`, 300) : void 0
  };
}
function $t(e) {
  if (e instanceof R) return e;
  let t = e?.code, n = e instanceof Error ? e.message : String(e);
  return new R(n, typeof t == "string" ? t : "UNKNOWN");
}
async function Kr(e, t) {
  let n = $t(e);
  if (n.description.startsWith(Na)) {
    let r = n.description.split("cause=")[1] ?? n.code;
    return new R(r, "EPROXY");
  }
  return n.code === "EPROTO" && /wrong version number/i.test(n.description) ? new R(n.description, "EPLAINPORT") : n.code === "ECONNRESET" && t.url.protocol === "http:" && !t.proxy && (t.speaksTls ??= Oa(t.url), await t.speaksTls) ? new R(n.description, "ETLSPORT") : n;
}
function Oa(e) {
  return new Promise((t) => {
    let n = process.getBuiltinModule("node:tls").connect({
      host: e.hostname,
      port: Number(e.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, Wr.isIP)(e.hostname) ? {} : { servername: e.hostname },
      rejectUnauthorized: !1,
      timeout: 2e3
    }), r = (i) => {
      n.destroy(), t(i);
    };
    n.once("secureConnect", () => r(!0)), n.once("error", () => r(!1)), n.once("timeout", () => r(!1));
  });
}
function Ia(e, t, n, r) {
  let i = e.code === "HPE_HEADER_OVERFLOW" ? a`: its headers are larger than Node reads (16 KiB)` : a``;
  return a`${t}${n} sent an answer that is not valid HTTP (${r})${i}`;
}
var _a = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]), La = {
  ECONNREFUSED: a`connection refused`,
  ECONNRESET: a`connection reset`,
  ENOTFOUND: a`name not found`,
  EAI_AGAIN: a`DNS lookup failed temporarily`,
  ETIMEDOUT: a`connection timed out`
};
function Jr(e, t, n) {
  let r = t.text(e.code, 64), i = n?.host ?? a`the host`, s = n?.proxy ? a` via proxy ${n.proxy}` : a``;
  if (e.code.startsWith("HPE_")) return Ia(e, i, s, r);
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
  if (_a.has(e.code))
    return a`the TLS certificate of ${i} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
  let o = La[e.code];
  return o ? a`${o} by ${i}${s} (${r})` : a`${i}${s}: ${t.text(e.description)}`;
}

// src/platform/verdict.ts
var Ma = 32, Ua = 128, Ba = 8, Nt = 4096;
function zr(e, t) {
  if (Ha(e.status)) return Ka(e, t);
  let n = Xa(e.body);
  if (!n) return Ja(e, t);
  let r = Wa(n, t), i = Ga(e.status, n, r, t);
  return {
    succeeded: i === null,
    code: r.code,
    traceId: r.traceId,
    data: r.data,
    reason: i,
    warning: i === null && Yr(n.data)?.trim() === "false" ? a`the platform answered data "false"` : null
  };
}
function D(e) {
  return { succeeded: !1, code: null, traceId: null, data: null, reason: e, warning: null };
}
function Fa(e) {
  return e >= 200 && e < 300;
}
function Ha(e) {
  return e >= 300 && e < 400 && e !== 304;
}
function ja(e) {
  return It(e) ? String(e).trim() : null;
}
function Wa(e, t) {
  let n = (r, i) => {
    let s = Yr(r);
    return s === null || s.trim() === "" ? null : t.text(s, i);
  };
  return {
    code: It(e.code) ? n(e.code, Ma) : null,
    traceId: It(e.traceId) ? n(e.traceId, Ua) : null,
    data: n(e.data),
    errorMsg: n(e.errorMsg),
    detailErrorMsg: n(e.detailErrorMsg)
  };
}
function Ga(e, t, n, r) {
  let i = Va(n.errorMsg, n.detailErrorMsg);
  if (!Fa(e))
    return i !== null ? a`HTTP ${e}: ${i}` : a`HTTP ${e}${Ot(n.code)}`;
  if (i !== null) return i;
  let s = qa(t, r);
  return s.value !== !0 ? s.name === null ? a`the response has neither "succeed" nor "success"${Ot(n.code)}` : a`the platform answered ${s.name}: ${s.shown}${Ot(n.code)}` : ja(t.code) !== "200" ? n.code === null ? a`the platform answered code null` : a`the platform answered code "${n.code}"` : null;
}
function Va(e, t) {
  return e === null ? t : t === null || t === e ? e : a`${e}: ${t}`;
}
function qa(e, t) {
  return "succeed" in e ? { name: a`succeed`, ...Xr(e.succeed, t) } : "success" in e ? { name: a`success`, ...Xr(e.success, t) } : { name: null, value: void 0, shown: a`` };
}
function Xr(e, t) {
  return { value: e, shown: t.text(Zr(e), 60) };
}
function Ot(e) {
  return e === null ? a`` : a` (code ${e})`;
}
function Ka(e, t) {
  let n = e.location ? t.text(e.location, 300) : a`an address it did not give`;
  return D(
    a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`
  );
}
function Ja(e, t) {
  let n = t.excerpt(e.body), r = e.body.trim() === "" ? a`an empty body` : n === "" ? a`a page of markup with no text, not a JSON object` : a`a body that is not a JSON object: ${n}`;
  return D(a`HTTP ${e.status} with ${r}`);
}
function Xa(e) {
  try {
    let t = JSON.parse(e);
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : null;
  } catch {
    return null;
  }
}
function It(e) {
  return typeof e == "string" || typeof e == "number";
}
function Yr(e) {
  return e == null ? null : typeof e == "string" ? e : Zr(e);
}
function Zr(e) {
  let t = [], n = 0, r = (o) => (t.push(o), n += o.length, n < Nt), i = (o, u) => {
    if (o === null || typeof o != "object") return r(JSON.stringify(o) ?? "null");
    if (u >= Ba) return r("\u2026");
    let p = Array.isArray(o) ? o.map((c) => [null, c]) : Object.entries(o);
    if (!r(Array.isArray(o) ? "[" : "{")) return !1;
    for (let [c, [l, f]] of p.entries())
      if (c > 0 && !r(",") || l !== null && !r(`${JSON.stringify(l)}:`) || !i(f, u + 1)) return !1;
    return r(Array.isArray(o) ? "]" : "}");
  };
  i(e, 0);
  let s = t.join("");
  return n < Nt ? s : `${s.slice(0, Nt)}\u2026`;
}

// src/platform/attempt.ts
function Y(e, t, n = Date.now()) {
  let r = vt({ status: e.status }), i = r ? Dr(e.retryAfter, n) : void 0;
  return {
    verdict: zr(e, t),
    answered: !0,
    local: !1,
    retryable: r,
    pushbackMs: i ?? (e.status === 429 ? 0 : void 0),
    cancelled: !1,
    sentBeforeCancel: !1
  };
}
function Qr(e, t, n) {
  let r = $t(e);
  return {
    verdict: D(Jr(r, t, n)),
    answered: !1,
    local: r.code === "ELOCAL",
    retryable: vt({ errorCode: r.code }),
    pushbackMs: void 0,
    cancelled: r.code === "CANCELLED" || r.code === "CANCELLED_SENT",
    sentBeforeCancel: r.code === "CANCELLED_SENT"
  };
}
function we(e, t) {
  let { code: n, traceId: r } = e.verdict;
  return { ...e, verdict: { ...D(t), code: n, traceId: r } };
}

// src/platform/connection.ts
var ti = F(require("node:http"), 1);

// src/platform/tls-trust.ts
function ei(e) {
  let t = process.getBuiltinModule("node:tls"), n = t.getCACertificates;
  return [...n ? n("default") : t.rootCertificates, ...e];
}

// src/platform/connection.ts
async function ni(e, t) {
  let n = e.protocol === "https:", r = n ? process.getBuiltinModule("node:https") : ti.default, i = tn(e), s = i?.hostname ? await za(n, i, t.maxSockets) : new r.Agent({ keepAlive: !0, maxSockets: t.maxSockets });
  return n && t.caCertificates.length > 0 && Ya(s, t.caCertificates), { agent: s, transport: r, proxy: i?.hostname ? i : void 0 };
}
async function za(e, t, n) {
  let r = await Promise.resolve().then(() => F(un(), 1)), i = t.protocol === "https:", s = e ? i ? r.httpsOverHttps : r.httpsOverHttp : i ? r.httpOverHttps : r.httpOverHttp, o = t.username || t.password ? { proxyAuth: `${t.username}:${t.password}` } : {}, u = Number(t.port || (i ? 443 : 80)), p = {
    maxSockets: n,
    keepAlive: !0,
    proxy: { ...o, host: t.hostname, port: u }
  };
  return s(p);
}
function Ya(e, t) {
  let n = e;
  n.options = { ...n.options, ca: ei(t) };
}

// src/platform/http-exchange.ts
var ri = 1024 * 1024;
function ii(e) {
  let { transport: t, url: n, agent: r, headers: i, payload: s, timeoutMs: o, signal: u } = e;
  return new Promise((p, c) => {
    let l = !1, f = !1, m = (A) => {
      l || (l = !0, clearTimeout(I), A());
    }, h = () => new R(`no answer within ${o / 1e3} s`, "TIMEOUT"), b = !1, y = () => b ? Vr : Gr, S = (A) => m(() => c(f ? h() : u?.aborted ? y() : A)), I = setTimeout(() => {
      f = !0, O?.destroy(h()), S(h());
    }, o), O;
    try {
      O = t.request(n, {
        method: "POST",
        agent: r,
        headers: { ...i, "content-length": Buffer.byteLength(s) },
        ...u ? { signal: u } : {}
      });
    } catch (A) {
      return S(Za(A));
    }
    let ae = !1;
    O.on("response", (A) => {
      ae = !0, eu(A).then(
        (Ye) => m(
          () => p({ status: A.statusCode ?? 0, body: Ye, ...Qa(A) })
        ),
        S
      );
    }), O.on("upgrade", (A, Ye) => {
      Ye.destroy(), S(
        new R(
          `answered ${A.statusCode ?? 101} ${A.statusMessage ?? ""} (a protocol switch), not an HTTP answer`,
          "EUPGRADE"
        )
      );
    }), O.on("finish", () => b = !0), O.on("error", S), O.on("close", () => {
      ae || S(new R("the connection closed without an answer", "ECLOSED"));
    }), O.end(Buffer.from(s, "utf8"));
  });
}
function Za(e) {
  let t = e instanceof Error ? e.message : String(e);
  return new R(t, "ELOCAL");
}
function Qa(e) {
  let { "retry-after": t, location: n } = e.headers;
  return {
    ...typeof t == "string" ? { retryAfter: t } : {},
    ...typeof n == "string" ? { location: n } : {}
  };
}
function eu(e) {
  return new Promise((t, n) => {
    let r = [], i = 0;
    e.on("data", (s) => {
      i < ri && r.push(s), i += s.length;
    }), e.on(
      "end",
      () => t(Buffer.concat(r).subarray(0, ri).toString("utf8"))
    ), e.on("error", n), e.on("close", () => {
      e.complete || n(new R("the connection closed in the middle of the answer", "ECLOSED"));
    });
  });
}

// src/platform/plan-status-answer.ts
function oi(e, t) {
  let n = Y(e, t);
  if (!n.verdict.succeeded) return n;
  let r = tu(e.body);
  return r ? {
    ...n,
    status: {
      hasNotReady: nu(r.hasNotReady),
      latestDateTime: si(r.latestDateTime),
      latestRefreshTime: si(r.latestRefreshTime)
    }
  } : we(n, a`the status answer has no data object`);
}
function tu(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "object" && t !== null && !Array.isArray(t) ? t : void 0;
  } catch {
    return;
  }
}
function nu(e) {
  return e === !0 || e === "true" ? !0 : e === !1 || e === "false" ? !1 : null;
}
function si(e) {
  return e === void 0 || typeof e == "string" && e.trim() === "" ? null : e;
}

// src/platform/token-answer.ts
function ai(e, t, n) {
  let r = ru(e.body);
  r !== void 0 && n(r);
  let i = Y(e, t);
  return i.verdict.succeeded ? r === void 0 ? we(i, a`the token answer has no token (a non-empty string) in data`) : ct(r) ? { ...i, token: r } : we(
    i,
    a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`
  ) : i;
}
function ru(e) {
  try {
    let t = JSON.parse(e)?.data;
    return typeof t == "string" && t.trim() !== "" ? t : void 0;
  } catch {
    return;
  }
}

// src/platform/client.ts
async function ui(e) {
  let t = new URL(e.endpointUrl), n = new URL(e.tokenUrl), r = new URL(e.planStatusUrl), i = new URL(e.planListUrl), { agent: s, transport: o, proxy: u } = await ni(t, {
    maxSockets: e.maxSockets ?? 16,
    caCertificates: e.caCertificates ?? []
  }), p = qr(t, u, e.boundary), c = async (m) => Qr(await Kr(m, p), e.boundary, p), l = (m, h, b, y) => ii({ transport: o, url: m, agent: s, headers: h, payload: b, timeoutMs: e.timeoutMs, signal: y }), f = su(e);
  return {
    trigger: (m, h, b) => {
      let y = iu(m, e.tenantId);
      return e.onTriggerBody?.(y), l(
        t,
        { ...f, ..._t(e.tenantId, h) },
        y,
        b
      ).then((S) => Y(S, e.boundary), c);
    },
    // token/create takes no tenant or credential headers (a gateway's Basic auth stays), and
    // exactly the documented fields, whatever else the caller's object holds.
    createToken: (m, h, b) => l(
      n,
      f,
      JSON.stringify({ appId: m.appId, appSecret: m.appSecret }),
      b
    ).then((y) => ai(y, e.boundary, h), c),
    planStatus: (m, h, b) => l(
      r,
      { ...f, ..._t(e.tenantId, h) },
      JSON.stringify(
        m.by === "id" ? { planIdList: [m.value] } : { planNameList: [m.value] }
      ),
      b
    ).then((y) => oi(y, e.boundary), c),
    planList: (m, h) => l(
      i,
      { ...f, ..._t(e.tenantId, m) },
      JSON.stringify({ pager: { pageNumber: 1, pageSize: 1 } }),
      h
    ).then((b) => Y(b, e.boundary), c),
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => s.destroy?.()
  };
}
function iu(e, t) {
  let n = {
    tableName: e.tableName,
    tenantId: t,
    tablePartition: e.partition
  };
  return JSON.stringify(n);
}
function su(e) {
  let t = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": e.userAgent
  };
  if (e.basicAuth) {
    let { username: n, password: r } = e.basicAuth;
    t.authorization = `Basic ${Tt(n, r)}`;
  }
  return t;
}
function _t(e, t) {
  return {
    "tenant-id": e,
    "auth-type": t.authType,
    "auth-value": t.authValue
  };
}

// src/run/freshness.ts
var ou = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/, au = /^\d{10,16}$/;
function Lt(e) {
  if (typeof e == "number")
    return Number.isFinite(e) && e >= 0 ? { ms: e } : { problem: "not a time" };
  if (typeof e != "string") return { problem: "not a time" };
  let t = e.trim();
  if (au.test(t)) return { ms: Number(t) };
  let n = ou.exec(t);
  if (!n) return { problem: "not a time this action reads" };
  let [, r, i, s, o = "0", u = "0", p = "0", c = "", l] = n, f = [r, i, s, o, u, p].map(Number), m = Date.UTC(f[0], f[1] - 1, f[2], f[3], f[4], f[5]);
  return uu(m, f) ? { ms: m + +`0.${c || "0"}` * 1e3 - cu(l) } : { problem: "not a real date and time" };
}
function uu(e, t) {
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
function cu(e) {
  if (!e || e === "Z") return 0;
  let t = e.startsWith("-") ? -1 : 1, n = e.slice(1).replace(":", "");
  return t * (Number(n.slice(0, 2)) * 60 + Number(n.slice(2))) * 6e4;
}
function ci(e, t) {
  return t === null ? !1 : e === null || t > e;
}
function li(e, t) {
  if (e === null || t === void 0) return !1;
  let n = Lt(t);
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
  let i = t.retries + 1, s, o = !1;
  for (let u = 1; ; u++) {
    let p = await e();
    if (!p || p.cancelled)
      return {
        last: s,
        attempts: p?.sentBeforeCancel ? u : u - 1,
        answered: o,
        cancelled: !!p?.cancelled,
        sentBeforeCancel: !!p?.sentBeforeCancel
      };
    if (o ||= p.answered || p.local, s = p, !p.retryable || u >= i || n.stopped())
      return { last: s, attempts: u, answered: o, cancelled: !1, sentBeforeCancel: !1 };
    let c = Pr(u, t, p.pushbackMs, n.random), l = p.verdict.reason ?? a`transient failure`;
    if (r({ attempt: u, maxAttempts: i, reason: l, waitMs: c }), await n.sleep(c), n.stopped())
      return { last: s, attempts: u, answered: o, cancelled: !1, sentBeforeCancel: !1 };
  }
}

// src/run/plan-watch.ts
async function He(e, t) {
  let n = [];
  for (let r of e) {
    let i = t.boundary.text(r.label, 200), s = await fi(r, i, t);
    if (s.kind !== "read")
      return { failed: { label: i, verdict: s.verdict, attempts: s.attempts } };
    n.push({
      plan: r,
      label: i,
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
var lu = 6e4;
async function di(e, t, n, r) {
  let { clock: i, control: s } = n, o = i.nowMs(), u = o + t.timeoutMs, p = o, c = null;
  for (; ; ) {
    let f = u - i.nowMs();
    if (f <= 0 || s.stopped || (await i.sleep(Math.min(t.intervalMs, f), s.stopSignal), s.stopped)) break;
    for (let m of e.filter((h) => h.state === "waiting")) {
      if (s.stopped) break;
      let h = await fi(m.plan, m.label, n);
      if (m.polls++, m.waitedMs = i.nowMs() - o, h.kind === "stopped") break;
      if (h.kind !== "transient") {
        if (h.kind !== "read") {
          if (m.state = "failed", m.reason = h.verdict.reason, h.kind === "refused") {
            c = a`the wait ended when the platform refused ${m.label}`;
            break;
          }
          continue;
        }
        m.last = h.reading, ci(m.baseline.refreshMs, h.reading.refreshMs) && (m.state = "fresh", r.onFresh(m));
      }
    }
    if (c || e.every((m) => m.state !== "waiting")) break;
    if (i.nowMs() - p >= lu) {
      p = i.nowMs();
      let m = e.filter((h) => h.state === "waiting").length;
      r.onProgress(m, e.length, p - o, t.timeoutMs);
    }
  }
  let l = i.nowMs() - o;
  for (let f of e.filter((m) => m.state === "waiting"))
    f.waitedMs = l, s.stopped ? Mt(f, a`the run was cancelled during the wait`) : (f.state = "stale", f.reason = c);
}
function Mt(e, t) {
  e.state = "not-waited", e.reason = t;
}
async function fi(e, t, n) {
  let r = !1;
  for (; ; ) {
    let i, s = await V(
      async () => {
        let u = await n.read(e, n.control.abortSignal);
        return i = u.status, u;
      },
      n.policy,
      n.stage,
      (u) => n.onRetry(t, u)
    ), o = s.last;
    if (i && o?.verdict.succeeded)
      return pu(i, o.verdict.traceId, n.boundary);
    if (s.cancelled || !o || n.control.stopped)
      return { kind: "stopped", verdict: o?.verdict ?? D(a`cancelled before the platform answered`), attempts: s.attempts };
    if (o.retryable || !o.answered)
      return { kind: "transient", verdict: o.verdict, attempts: s.attempts };
    if (!(!r && n.renewCredential && (r = !0, await n.renewCredential())))
      return { kind: "refused", verdict: o.verdict, attempts: s.attempts };
  }
}
function pu(e, t, n) {
  let r = pi(e.latestRefreshTime), i = pi(e.latestDateTime), s = (o) => o === null ? null : n.text(typeof o == "string" ? o : JSON.stringify(o) ?? "", 64);
  if (r !== null && "problem" in r) {
    let o = n.quote(String(JSON.stringify(e.latestRefreshTime) ?? ""), 80), u = a`latestRefreshTime ${o} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch milliseconds`;
    return { kind: "unreadable", verdict: { ...D(u), traceId: t }, attempts: 1 };
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
function pi(e) {
  return e == null ? null : Lt(e);
}

// src/run/run-control.ts
var mi = require("node:events");
var We = 3, du = {
  "fail-fast": a`not run: fail-fast stopped the run after a failure`,
  unreachable: a`not run: the platform is unreachable`,
  cancelled: a`not run: cancelled`,
  crashed: a`not run: the action stopped unexpectedly`
}, je = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  constructor() {
    (0, mi.setMaxListeners)(0, this.stopping.signal, this.aborting.signal);
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
    return du[this.firstCause ?? "cancelled"];
  }
};

// src/run/throttle.ts
var Ge = class {
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
var fu = a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function hi(e, t, n) {
  let r = n.nowMs(), i = await V(
    () => n.send(e),
    t,
    n,
    (s) => n.onRetry({ ...Ut(e, n.boundary), ...s })
  );
  return i.sentBeforeCancel ? {
    ...Ve(e, n.boundary, fu),
    status: "unknown",
    attempts: i.attempts,
    durationMs: n.nowMs() - r
  } : !i.last || i.cancelled ? Ve(e, n.boundary, n.notRunReason()) : mu(e, n.boundary, i.last.verdict, {
    attempts: i.attempts,
    durationMs: n.nowMs() - r,
    answered: i.answered
  });
}
function Ut(e, t) {
  return {
    tableName: t.text(e.tableName),
    partition: t.text(e.partition)
  };
}
function mu(e, t, n, r) {
  return {
    ...Ut(e, t),
    status: n.succeeded ? "succeeded" : "failed",
    code: n.code,
    traceId: n.traceId,
    data: n.data,
    errorMsg: n.reason,
    warning: n.warning,
    ...r
  };
}
function Ve(e, t, n) {
  return {
    ...Ut(e, t),
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
async function gi(e, t, n) {
  let { control: r } = n, i = new Ge(t.concurrency, {
    nowMs: n.nowMs,
    sleep: (y) => n.sleep(y, r.stopSignal),
    stopped: () => r.stopped
  }), s = hu(i, n, t.retryPolicy), o = new Array(e.length), u = e.entries(), p = 0, c = 0, l = (y) => {
    y.status === "not-run" || y.status === "unknown" || (c = y.answered ? 0 : c + 1, c >= We && r.stop("unreachable"), y.status === "failed" && t.failFast && r.stop("fail-fast"));
  }, f = async () => {
    for (let [y, S] of u) {
      if (r.stopped) return;
      try {
        let I = await hi(S, t.retryPolicy, s);
        o[y] = I, n.onFinished(I, ++p, e.length), l(I);
      } catch (I) {
        throw r.stop("crashed"), I;
      }
    }
  }, m = Math.min(t.concurrency, e.length), b = (await Promise.allSettled(Array.from({ length: m }, f))).find((y) => y.status === "rejected");
  if (b) throw b.reason;
  return e.map(
    (y, S) => o[S] ?? Ve(y, n.boundary, r.notRunReason)
  );
}
function hu(e, t, n) {
  let { control: r } = t;
  return {
    ...Z(r, t),
    send: async (i) => {
      let s = await e.acquire();
      try {
        if (r.stopped) return;
        let o = await t.send(i, r.abortSignal);
        return o.pushbackMs === void 0 ? e.accepted(s) : e.pushedBack(s, Ct(o.pushbackMs, n)), o;
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
async function yi(e, t, n, r, i, s) {
  let o, u = await V(
    async () => {
      let p = await e.createToken(t, i.onToken, s);
      return o = p.token, p;
    },
    n,
    r,
    i.onRetry
  );
  return o !== void 0 ? { credential: { kind: "header", authType: "TOKEN", authValue: o } } : {
    failed: u.last?.verdict ?? D(a`cancelled before the platform answered`),
    attempts: u.attempts
  };
}

// src/run/refresh.ts
async function bi(e, t) {
  let { client: n, control: r, hooks: i } = t, s = await Bt(e, t);
  if (!s) return;
  let o = Ft(e, t, s), u = [];
  if (e.waitForPlans.length > 0) {
    let c = await He(e.waitForPlans, o);
    if ("failed" in c) {
      await i.baselineFailed(c.failed.label, c.failed.verdict);
      return;
    }
    u = c.watches, i.baselines(u);
  }
  i.runStarted();
  let p = await gi(
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
  return u.length > 0 && await gu(p, u, e, o, i), { results: p, cause: r.cause, watches: u };
}
async function gu(e, t, n, r, i) {
  let s = e.filter((o) => o.status !== "succeeded").length;
  if (s > 0 || r.control.stopped) {
    let o = r.control.stopped ? a`the run stopped before the wait` : a`${s} trigger${s === 1 ? a`` : a`s`} not accepted, so a refresh may never come`;
    t.forEach((u) => Mt(u, o));
    return;
  }
  i.waitStarted(t.length, n.waitTimeoutMs, n.waitIntervalMs), await di(
    t,
    { timeoutMs: n.waitTimeoutMs, intervalMs: n.waitIntervalMs },
    r,
    { onFresh: (o) => i.planFresh(o), onProgress: i.waitProgress }
  );
}
async function Bt(e, t) {
  let { credentials: n } = e;
  if (n.kind === "header") return { current: n };
  let r = () => yi(
    t.client,
    n,
    e.policy,
    Z(t.control, t.clock),
    { onToken: t.hooks.onToken, onRetry: t.hooks.tokenRetry },
    t.control.abortSignal
  ), i = await r();
  if ("failed" in i) {
    await t.hooks.tokenRefused(yu(i.failed, t.control), i.attempts);
    return;
  }
  let s = { current: i.credential };
  return s.renew = async () => {
    s.renew = void 0;
    let o = await r();
    return "failed" in o ? !1 : (s.current = o.credential, !0);
  }, s;
}
function yu(e, t) {
  if (t.cause !== "cancelled") return e;
  let n = e.reason ? a` (last answer: ${e.reason})` : a``;
  return { ...e, reason: a`the run was cancelled during the token request${n}` };
}
function Ft(e, t, n) {
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
async function wi(e, t) {
  let n = await Bt(e, t);
  if (!n) return { passed: !1, reported: !0 };
  if (e.waitForPlans.length > 0) {
    let i = await He(
      e.waitForPlans,
      Ft(e, t, n)
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
    verdict: r.last?.verdict ?? D(a`cancelled before an answer`)
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
var bu = { "&": "&amp;", "<": "&lt;", ">": "&gt;" }, wu = /[\\`*_[\]()!~|:.@]/g;
function w(e) {
  return e.replace(wu, (t) => `\\${t}`).replace(/[&<>]/g, (t) => bu[t] ?? t);
}

// src/report/format.ts
var Tu = [
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
  return e < 1e3 ? a`${e} ms` : a`${jr(e / 1e3, 1)} s`;
}
function q(e, t) {
  let n = "";
  for (let r of Tu)
    if (n = t(r), Buffer.byteLength(n) <= e) return n;
  return n;
}
function P(e, t) {
  let n = e.slice(0, t);
  return { rows: n, more: e.length - n.length };
}
function M(e, t) {
  return e === null ? null : G(e, t);
}

// src/report/tally.ts
function Ht(e) {
  return e.filter((t) => t.status === "failed");
}
function se(e) {
  return {
    succeeded: e.filter((t) => t.status === "succeeded"),
    failed: Ht(e),
    notRun: e.filter((t) => t.status === "not-run"),
    unknown: e.filter((t) => t.status === "unknown")
  };
}

// src/report/lines.ts
var k = "AnyMetrics refresh failed", qe = "AnyMetrics refresh input is invalid";
function jt(e, t = 1 / 0) {
  let n = G(e.errorMsg ?? a`failed`, t);
  return a`${e.tableName} ${e.partition}: ${n}${xu(e)}${Ti(e)}`;
}
function xu(e) {
  return e.attempts > 1 ? a` (after ${e.attempts} attempts in ${Q(e.durationMs)})` : a``;
}
function Ti(e) {
  return e.traceId ? a` (traceId ${e.traceId})` : a``;
}
function xi(e) {
  let t = /* @__PURE__ */ new Map();
  for (let n of e) {
    let r = n.errorMsg ?? "";
    t.set(r, [...t.get(r) ?? [], n]);
  }
  return [...t.values()].map((n) => {
    let [r] = n;
    if (n.length === 1) return { line: jt(r), count: 1 };
    let i = r.errorMsg ?? a`failed`;
    return {
      line: a`${n.length} triggers failed: ${i} (first: ${r.tableName} ${r.partition}${Ti(r)})`,
      count: n.length
    };
  });
}
function Ri(e, t, n) {
  let r = e.filter((s) => s.status === "not-run").length, i = a`${r} trigger${x(r)} not run`;
  if (t === "cancelled") {
    let s = e.filter((u) => u.status === "unknown").length, o = s > 0 ? a`, ${s} sent but cut off (outcome unknown: the platform may have started them)` : a``;
    return a`The run was cancelled: ${i}${o}; the rest are reported as they ended`;
  }
  if (t === "unreachable") {
    let s = [...e].reverse().find((u) => u.status === "failed" && !u.answered), o = s?.errorMsg ? a` (last: ${s.errorMsg})` : a``;
    return a`The platform at ${n} is unreachable: ${We} triggers in a row got no answer after their retries${o}; ${i}`;
  }
  return null;
}
function Ru(e) {
  let t = {
    succeeded: a`✅ succeeded`,
    "not-run": a`⏭️ ${e.errorMsg ?? a`not run`}`,
    unknown: a`❓ unknown: ${e.errorMsg ?? a``}`,
    failed: a`❌ failed: ${e.errorMsg ?? a``}`
  }[e.status], n = a`${e.attempts} attempt${x(e.attempts)}`;
  return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId ?? a`none`}, ${n}, ${Q(e.durationMs)})`;
}
function Si(e, t, n) {
  return a`[${t}/${n}] ${Ru(e)}`;
}
function Ei(e) {
  return a`${e.tableName} ${e.partition}: ${Wt(e)}`;
}
function Wt(e) {
  return a`attempt ${e.attempt} of ${e.maxAttempts} failed (${e.reason}); retrying in ${Q(e.waitMs)}`;
}
function ki(e) {
  return e.warning ? a`${e.tableName} ${e.partition}: ${e.warning}` : null;
}
function Ke(e) {
  let { succeeded: t, failed: n, notRun: r, unknown: i } = se(e), s = [a`${t.length} succeeded`, a`${n.length} failed`];
  return i.length > 0 && s.push(a`${i.length} unknown`), r.length > 0 && s.push(a`${r.length} not run`), a`${z(s, ", ")}, ${e.length} in all`;
}
function Ai(e) {
  return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`;
}
function vi(e, t, n) {
  return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n, e)})`;
}
function Ci(e) {
  let t = a`${e.length} trigger${x(e.length)} planned`;
  return {
    group: a`Dry run: ${t}, nothing will be sent`,
    lines: e.map((n) => a`${n.tableName} ${n.partition}`),
    notice: a`Dry run: ${t}; nothing was sent`
  };
}
var Su = 400;
function Di(e, t) {
  let n = t.text(e.rule, Su), r = e.offendingValue === void 0 ? a`` : a`; got ${t.quote(e.offendingValue)}`;
  return a`Input "${E(e.input)}" ${n}${r}`;
}
function Pi(e, t) {
  let n = e.traceId ? a` (traceId ${e.traceId})` : a``, r = t > 1 ? a` after ${t} attempts` : a``;
  return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.reason ?? a`refused`}${n}; no trigger was sent`;
}
function $i(e, t) {
  return a`plan ${e} status: ${Wt(t)}`;
}
function Ni(e) {
  return a`token request: ${Wt(e)}`;
}
function Oi(e) {
  return a`anymetrics-refresh stopped unexpectedly: ${e}`;
}
function Gt(e, t) {
  return e === "outputs" ? a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record` : a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`;
}
function Ii(e, t, n) {
  return [
    a`${e} answered`,
    t ? a`app-id and app-secret were exchanged for a token` : a`the credential was accepted`,
    a`the tenant was accepted`,
    n.length > 0 ? a`every plan to wait for was found: ${z(n, ", ")}` : a`the materialization plan list was read`
  ];
}
function _i(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Connection check failed while ${e}: ${t ?? a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`;
}
function Li(e, t) {
  return a`today in ${e} is ${t}`;
}
function Mi(e) {
  return a`Request body: ${e}`;
}
var Ui = a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`, Bi = a`Nothing to refresh: no table was named, and no dbt node maps to one`;

// src/report/summary.ts
var Xe = 1e6, Eu = 10, Fi = () => "";
function Hi(e, t, n = Fi, r = !1) {
  let { succeeded: i, failed: s, notRun: o, unknown: u } = se(e), p = s.length + o.length + u.length === 0 && !r ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${k}`;
  return q(
    Xe,
    (c) => [
      `## ${p}`,
      "",
      `**${Ke(e)}**`,
      "",
      ...Je(`\u274C Failed (${s.length})`, s, c, [
        ["Table", (l) => T(l.tableName)],
        ["Partition", (l) => w(l.partition)],
        ["Reason", (l) => w(M(l.errorMsg, c.textLimit) ?? "")],
        ["Trace ID", (l) => l.traceId ? T(l.traceId) : ""],
        ["Attempts", (l) => String(l.attempts)]
      ]),
      ...Je(`\u2753 Unknown: sent, then cut off (${u.length})`, u, c, [
        ["Table", (l) => T(l.tableName)],
        ["Partition", (l) => w(l.partition)],
        ["What to do", (l) => w(l.errorMsg ?? "")]
      ]),
      ...Je(`\u23ED\uFE0F Not run (${o.length})`, o, c, [
        ["Table", (l) => T(l.tableName)],
        ["Partition", (l) => w(l.partition)],
        ["Reason", (l) => w(l.errorMsg ?? "")]
      ]),
      ...ku(
        i.length > Eu,
        `\u2705 Succeeded (${i.length})`,
        Je(`\u2705 Succeeded (${i.length})`, i, c, [
          ["Table", (l) => T(l.tableName)],
          ["Partition", (l) => w(l.partition)],
          ["Trace ID", (l) => l.traceId ? T(l.traceId) : ""],
          ["Attempts", (l) => String(l.attempts)],
          ["Note", (l) => w(M(l.warning, c.textLimit) ?? "")]
        ])
      ),
      n(c),
      Gi(t),
      ""
    ].join(`
`)
  );
}
function Je(e, t, n, r) {
  if (t.length === 0) return [];
  let { rows: i, more: s } = P(t, n.rowCap), o = r.filter(
    ([u, p]) => u !== "Note" || i.some((c) => p(c) !== "")
  );
  return [
    `### ${e}`,
    "",
    `| ${o.map(([u]) => u).join(" | ")} |`,
    `| ${o.map(() => "---").join(" | ")} |`,
    ...i.map((u) => `| ${o.map(([, p]) => p(u)).join(" | ")} |`),
    ...U(s),
    ""
  ];
}
function U(e) {
  return e > 0 ? [
    "",
    `\u2026and ${e} more, left out to keep the summary within GitHub's 1 MiB: see the \`results\` output and the log`
  ] : [];
}
function ku(e, t, n) {
  return !e || n.length === 0 ? n : [`<details><summary>${t}</summary>`, "", ...n.slice(1), "</details>", ""];
}
function Vt(e, t, n = Fi, r = ["## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]) {
  return q(Xe, (i) => {
    let { rows: s, more: o } = P(e, i.rowCap);
    return [
      ...r,
      "",
      `**${e.length} trigger${x(e.length)} planned**`,
      "",
      "| Table | Partition |",
      "| --- | --- |",
      ...s.map(
        (u) => `| ${T(u.tableName)} | ${w(u.partition)} |`
      ),
      ...U(o),
      "",
      n(i),
      Gi(t),
      ""
    ].join(`
`);
  });
}
function Te(e) {
  return `## \u274C ${k}

${w(e)}
`;
}
function ji(e) {
  return q(Xe, (t) => {
    let { rows: n, more: r } = P(e, t.rowCap);
    return [
      `## \u274C ${qe}: nothing was sent`,
      "",
      ...n.map((i) => `- ${w(i)}`),
      ...U(r),
      ""
    ].join(`
`);
  });
}
function Wi(e) {
  return q(
    Xe,
    (t) => `## AnyMetrics refresh: nothing to refresh

${e(t)}`
  );
}
function Gi(e) {
  let t = [];
  return e.workflow && t.push(`Workflow **${w(e.workflow)}**`), e.runNumber && t.push(`run #${w(e.runNumber)}`), e.sha && t.push(`commit ${T(e.sha.slice(0, 7))}`), e.event && t.push(`event ${T(e.event)}`), t.join(" \xB7 ");
}

// src/report/dbt-report.ts
var Au = /* @__PURE__ */ new Set(["invalid-table-name"]);
function Vi(e, t) {
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
function qi(e) {
  return {
    group: a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.skipped.length} skipped`,
    lines: [
      ...e.mapped.map(({ node: t, table: n }) => a`${t} → ${n}`),
      ...e.skipped.map(({ node: t, reason: n }) => a`${t}: skipped, ${n}`)
    ],
    warnings: e.skipped.filter(({ kind: t }) => Au.has(t)).map(({ node: t, reason: n }) => a`${t}: ${n}`)
  };
}
function Ki(e, t) {
  let n = (o) => T(G(o, t.idLimit)), r = P(e.mapped, t.rowCap), i = P(e.skipped, t.rowCap), s = e.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${e.skipped.length} dbt node${x(e.skipped.length)} skipped</summary>`,
    "",
    ...i.rows.map(
      ({ node: o, reason: u }) => `- ${n(o)}: ${w(G(u, Math.max(t.textLimit, 80)))}`
    ),
    ...U(i.more),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...r.rows.map(({ node: o, table: u }) => `| ${n(o)} | ${T(u)} |`),
    ...U(r.more),
    ...s,
    ""
  ].join(`
`);
}

// src/report/freshness-report.ts
var oe = { fresh: "", plans: "[]", "data-through": "" };
function Ji(e) {
  return a`After the triggers it would wait for ${e.length} materialization plan${x(e.length)}: ${z(e, ", ")}`;
}
function Xi(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = P(e, t.rowCap);
  return [
    "### Would wait for these plans",
    "",
    ...n.map((i) => `- ${T(i)}`),
    ...U(r),
    ""
  ].join(`
`);
}
function zi(e, t, n) {
  return a`Waiting up to ${xe(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${Q(n)})`;
}
function qt(e) {
  return a`plan ${e.label}: latest refresh ended ${is(e.baseline.latestRefreshTime)}, data through ${e.baseline.latestDateTime ?? a`unknown`}`;
}
function Yi(e) {
  return a`plan ${e.label} is fresh: a refresh ended ${is(e.last.latestRefreshTime)}, data through ${e.last.latestDateTime ?? a`unknown`} (after ${e.polls} poll${x(e.polls)}, ${xe(e.waitedMs)})`;
}
function Zi(e, t, n, r) {
  return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.floor(n / 6e4)} min of ${xe(r)}`;
}
function Qi(e, t) {
  let n = a`no refresh ended since ${e.last.latestRefreshTime ?? a`the start (none had ended)`} (platform time); data through ${e.last.latestDateTime ?? a`unknown`}`;
  switch (e.state) {
    case "stale":
      return e.reason ? a`Plan ${e.label} is not fresh: ${e.reason}; ${n}` : a`Plan ${e.label} is not fresh after ${xe(t)}: ${n}`;
    case "failed":
      return a`Plan ${e.label} could not be followed: ${e.reason ?? a`refused`}${Pu(e)}`;
    default:
      return null;
  }
}
function es(e, t) {
  return e.state !== "fresh" ? null : e.last.hasNotReady === !0 ? a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)` : t ? a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime ?? a`earlier`}, before the newest partition this run refreshed` : null;
}
function ts(e, t, n) {
  let r = n ? a` (traceId ${n})` : a``;
  return a`Could not read materialization plan ${e} before triggering: ${t ?? a`refused`}${r}; no trigger was sent`;
}
function ns(e) {
  return {
    fresh: String(e.every((t) => t.state === "fresh")),
    plans: JSON.stringify(e.map(vu)),
    "data-through": Cu(e)
  };
}
function vu(e) {
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
function Cu(e) {
  let t;
  for (let n of e)
    n.last.dataMs !== null && (!t || n.last.dataMs < (t.last.dataMs ?? 1 / 0)) && (t = n);
  return t?.last.latestDateTime ?? "";
}
var Du = {
  fresh: "\u2705 fresh",
  stale: "\u274C not fresh",
  failed: "\u274C could not be followed",
  "not-waited": "\u23ED\uFE0F not waited for",
  waiting: "\u23F3 waiting"
};
function rs(e, t) {
  if (e.length === 0) return "";
  let { rows: n, more: r } = P(e, t.rowCap), i = e.filter((s) => s.state !== "fresh" && s.reason).slice(0, Math.min(t.rowCap, 20)).map((s) => `- ${T(s.label)}: ${w(s.reason ?? "")}`);
  return [
    "### Freshness",
    "",
    "| Plan | Status | Refreshed at (platform time) | Data through | Waited |",
    "| --- | --- | --- | --- | --- |",
    ...n.map(
      (s) => `| ${T(s.label)} | ${Du[s.state]} | ${w(s.last.latestRefreshTime ?? "")} | ${w(s.last.latestDateTime ?? "")} | ${xe(s.waitedMs)} |`
    ),
    ...U(r),
    ...i.length > 0 ? ["", ...i] : [],
    ""
  ].join(`
`);
}
function is(e) {
  return e ? a`at ${e} (platform time)` : a`never (none recorded)`;
}
function Pu(e) {
  return e.last.traceId ? a` (traceId ${e.last.traceId})` : a``;
}
function xe(e) {
  if (e < 6e4) return Q(e);
  let t = e / 6e4;
  return Number.isInteger(t) ? a`${t} min` : a`${Math.round(t * 10) / 10} min`;
}

// src/report/outputs.ts
var ss = 1e6;
function os(e, t = oe) {
  let { succeeded: n, failed: r } = se(e), i = e.length > 0 && n.length === e.length;
  return {
    success: String(i && t.fresh !== "false"),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": e.map((s) => s.traceId ?? "").join(","),
    "error-message": q(ss, (s) => $u(r, s)),
    results: Nu(e),
    "succeeded-count": String(n.length),
    "failed-count": String(r.length),
    ...t
  };
}
function B(e = [], t = oe) {
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
function $u(e, t) {
  let { rows: n, more: r } = P(e, t.rowCap), i = n.map((s) => jt(s, t.textLimit));
  return r > 0 && i.push(a`…and ${r} more: see the results output`), i.join(`
`);
}
function Nu(e) {
  return q(
    ss,
    (t) => JSON.stringify(e.map((n) => Ou(n, t)))
  );
}
function Ou(e, t) {
  let { partition: n, status: r, code: i, attempts: s, durationMs: o } = e;
  return {
    tableName: M(e.tableName, t.idLimit),
    partition: n,
    success: r === "succeeded",
    status: r,
    code: M(i, t.idLimit),
    traceId: M(e.traceId, t.idLimit),
    data: M(e.data, t.textLimit),
    errorMsg: M(e.errorMsg, t.textLimit),
    attempts: s,
    durationMs: o
  };
}

// src/report/sink.ts
var as = require("node:fs");
function us(e) {
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
function Kt(e) {
  if (!e) return;
  let t;
  try {
    t = (0, as.statSync)(e);
  } catch {
    return;
  }
  if (!(t.isFile() || t.isCharacterDevice()))
    throw Object.assign(new Error(`${e} is not a regular file`), { code: "ENOTFILE" });
}

// src/report/printer.ts
var Iu = 4, cs = 10, ze = class {
  constructor(t, n, r) {
    this.boundary = n;
    this.context = r;
    this.sink = us(t);
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
    this.boundary.addSecret(t).forEach((n) => this.sink.setSecret(n)), t.length < Iu && !this.warnedShortSecret && (this.warnedShortSecret = !0, this.sink.warning(Ui));
  }
  async inputRefused(t) {
    let n = t.map((r) => Di(r, this.boundary));
    this.setOutputs(B(n)), this.annotate(n.map((r) => ({ line: r, count: 1, title: qe }))), await this.writeSummary(ji(n));
  }
  notices(t) {
    t.forEach((n) => this.sink.notice(E(this.boundary.text(n))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(t, n) {
    this.info(Li(this.boundary.text(t), this.boundary.text(n)));
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(t) {
    let n = Vi(t, this.boundary), { group: r, lines: i, warnings: s } = qi(n);
    this.startGroup(r), i.forEach((o) => this.info(o)), this.endGroup(), s.forEach((o) => this.sink.warning(E(o))), this.summaryExtra = (o) => Ki(n, o);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice(Bi), this.setOutputs(B()), await this.writeSummary(Wi(this.summaryExtra));
  }
  /** The plan, and the plans it would wait for; nothing is sent. */
  async dryRun(t, n = []) {
    let r = t.map((c) => ({
      tableName: this.boundary.text(c.tableName),
      partition: this.boundary.text(c.partition)
    })), i = n.map((c) => this.boundary.text(c, 200)), { group: s, lines: o, notice: u } = Ci(r);
    this.startGroup(s), o.forEach((c) => this.info(c)), this.endGroup(), i.length > 0 && this.info(Ji(i)), this.sink.notice(E(u)), this.setOutputs(B());
    let p = (c) => [Xi(i, c), this.summaryExtra(c)].join(`
`);
    await this.writeSummary(Vt(r, this.context, p));
  }
  /** `dry-run: check` passed: what it proved, the plan, nothing triggered. */
  async checkPassed(t, n) {
    this.endGroup(), n.watches.forEach((o) => this.info(qt(o)));
    let r = Ii(
      this.boundary.text(n.host, 300),
      n.tokenExchanged,
      n.watches.map((o) => o.label)
    );
    r.forEach((o) => this.info(o)), this.sink.notice(
      E(
        a`Connection check passed: ${z(r, "; ")}; nothing was triggered`
      )
    ), this.setOutputs(B());
    let i = t.map((o) => ({
      tableName: this.boundary.text(o.tableName),
      partition: this.boundary.text(o.partition)
    })), s = [
      "## \u2705 AnyMetrics connection check passed: nothing was triggered",
      "",
      ...r.map((o) => `- ${w(o)}`)
    ];
    await this.writeSummary(Vt(i, this.context, this.summaryExtra, s));
  }
  /** `dry-run: check` failed: the step, the platform's own message, and the usual remedy. */
  async checkFailed(t, n) {
    this.endGroup();
    let r = _i(t, n.reason, n.traceId);
    this.setOutputs(B([r])), await this.writeSummary(Te(r)), this.fail(r, k);
  }
  tokenRetry(t) {
    this.info(Ni(t));
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(t, n) {
    let r = Pi(t, n);
    this.setOutputs(B([r])), await this.writeSummary(Te(r)), this.fail(r, k);
  }
  runStarted(t, n, r) {
    this.startGroup(vi(t, this.boundary.text(n), r));
  }
  requestBody(t) {
    this.sink.debug(E(Mi(this.boundary.text(t))));
  }
  retry(t) {
    this.info(Ei(t));
  }
  finished(t, n, r) {
    this.info(Si(t, n, r));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(t, n = {}) {
    this.endGroup(), this.info(Ke(t));
    let { freshness: r } = n, i = r?.watches ?? [], s = os(t, r ? ns(i) : oe);
    this.setOutputs(s);
    let o = (f) => [rs(i, f), this.summaryExtra(f)].join(`
`), u = s.fresh === "false";
    await this.writeSummary(Hi(t, this.context, o, u));
    for (let f of t) {
      let m = ki(f);
      m && this.sink.warning(E(m));
    }
    this.planWarnings(r);
    let p = [], c = Ri(t, n.cause, this.boundary.text(n.host ?? ""));
    c && p.push({ line: c, count: 1, title: k });
    for (let f of i) {
      let m = Qi(f, r?.timeoutMs ?? 0);
      m && p.push({ line: m, count: 1, title: k });
    }
    let l = Ht(t).filter(
      (f) => n.cause !== "unreachable" || f.answered
    );
    for (let f of xi(l)) p.push({ ...f, title: k });
    this.annotate(p);
  }
  /** Before any trigger: the plans' baselines, one line each. */
  baselines(t) {
    t.forEach((n) => this.info(qt(n)));
  }
  /** A plan could not be read before any trigger: one annotation, nothing was sent. */
  async baselineFailed(t, n) {
    this.endGroup();
    let r = ts(t, n.reason, n.traceId);
    this.setOutputs(B([r], { ...oe, fresh: "false" })), await this.writeSummary(Te(r)), this.fail(r, k);
  }
  waitStarted(t, n, r) {
    this.startGroup(zi(t, n, r));
  }
  planFresh(t) {
    this.info(Yi(t));
  }
  waitProgress(t, n, r, i) {
    this.info(Zi(t, n, r, i));
  }
  planRetry(t, n) {
    this.info($i(t, n));
  }
  /** Fresh plans whose data still looks incomplete: one warning each. */
  planWarnings(t) {
    for (let n of t?.watches ?? []) {
      let r = li(n.last.dataMs, t?.newestPartition), i = es(n, r);
      i && this.sink.warning(E(i));
    }
  }
  /** Failure annotations within GitHub's ten: the last says how many more and where. */
  annotate(t) {
    let n = t.length > cs ? t.slice(0, cs - 1) : t;
    n.forEach((s) => this.fail(s.line, s.title));
    let r = t.slice(n.length);
    if (r.length === 0) return;
    let i = r.reduce((s, o) => s + o.count, 0);
    this.fail(Ai(i), r[0]?.title ?? k);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(t) {
    this.endGroup();
    let n = t instanceof Error ? t.message : String(t), r = Oi(this.boundary.text(n));
    this.setOutputs(B([r])), await this.writeSummary(Te(r)), this.fail(r, k);
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
        this.fail(Gt("outputs", this.boundary.text(ls(n))), k);
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
        this.sink.warning(E(Gt("summary", this.boundary.text(ls(n)))));
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
function ls(e) {
  let t = e?.code;
  return typeof t == "string" ? t : e instanceof Error ? e.message : String(e);
}

// src/report/run-context.ts
function ps(e, t) {
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
var ds = ["SIGINT", "SIGTERM"];
function fs(e) {
  let t = !1, n = (r) => {
    t && process.exit(r === "SIGINT" ? 130 : 143), t = !0, e.stop("cancelled"), setTimeout(() => e.abortInFlight(), 2e3).unref();
  };
  return ds.forEach((r) => process.on(r, n)), () => ds.forEach((r) => process.off(r, n));
}

// src/run/sleep.ts
function ms(e, t) {
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
var _u = "anymetrics-refresh", gs = { sleep: ms, random: Math.random, nowMs: Date.now };
async function ys() {
  let e = Mu(), t = new Fe(), n = new ze(ju(), t, ps(process.env, t)), r = Lu(n);
  try {
    kr(e).forEach((s) => n.mask(s));
    let i = await Uu(e, n);
    if (!i) return;
    if (n.today(i.timeZone, i.today), i.dbt && n.dbtMapping(i.dbt), i.dryRun === "check") return await hs(i, t, n, Fu);
    if (i.plan.length === 0) return await n.nothingToRefresh();
    if (i.dryRun === "plan")
      return await n.dryRun(
        i.plan,
        i.waitForPlans.map((s) => s.label)
      );
    await hs(i, t, n, Bu);
  } catch (i) {
    await n.crashed(i);
  } finally {
    r();
  }
}
function Lu(e) {
  let t = () => {
    process.off("beforeExit", t), e.crashed(new Error("the run ended while a request was still unaccounted for"));
  };
  return process.on("beforeExit", t), () => process.off("beforeExit", t);
}
function Mu() {
  let e = Sr.map((t) => [t, fn(t)]);
  return Object.fromEntries(e);
}
async function Uu(e, t) {
  try {
    let { config: n, notices: r } = Ar(e, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (i) => Cn(i, En),
      // Read as a stream, whatever their size: large projects write manifests of hundreds of MB.
      readArtifact: (i) => Dn(i)
    });
    return t.notices(r), n;
  } catch (n) {
    if (!(n instanceof ce)) throw n;
    await t.inputRefused(n.errors);
    return;
  }
}
async function hs(e, t, n, r) {
  let i = await Hu(e, t, n), s = new je(), o = fs(s);
  try {
    await r({ config: e, client: i, control: s, boundary: t, reporter: n });
  } finally {
    o(), i.close();
  }
}
async function Bu({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let s = await bi(
    { ...e, policy: bs(e) },
    { client: t, clock: gs, control: n, boundary: r, hooks: ws(e, i) }
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
async function Fu({ config: e, client: t, control: n, boundary: r, reporter: i }) {
  let s = ws(e, i), o = await wi(
    { ...e, policy: bs(e) },
    {
      client: t,
      clock: gs,
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
function bs(e) {
  return { retries: e.retries, ...Cr };
}
function ws(e, t) {
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
function Hu(e, t, n) {
  return ui({
    endpointUrl: e.endpoint.url,
    tokenUrl: e.endpoint.tokenUrl,
    planStatusUrl: e.endpoint.planStatusUrl,
    planListUrl: e.endpoint.planListUrl,
    tenantId: e.tenantId,
    basicAuth: e.endpoint.basicAuth,
    timeoutMs: e.timeoutMs,
    userAgent: _u,
    maxSockets: e.concurrency,
    caCertificates: e.caCertificates,
    boundary: t,
    onTriggerBody: hn() ? (r) => n.requestBody(r) : void 0
  });
}
function ju() {
  return {
    setSecret: dn,
    debug: gn,
    info: Tn,
    notice: (e) => wn(e),
    warning: (e) => bn(e),
    error: (e, t) => yn(e, t),
    startGroup: xn,
    endGroup: Rn,
    setOutput: (e, t) => {
      Kt(process.env.GITHUB_OUTPUT), mn(e, t);
    },
    writeSummary: async (e) => {
      process.env.GITHUB_STEP_SUMMARY && (Kt(process.env.GITHUB_STEP_SUMMARY), await it.addRaw(e).write());
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
var Wu = 1e3;
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
ys().catch(() => {
  process.exitCode = 1;
}).finally(() => {
  setTimeout(() => process.exit(), Wu).unref();
});
