"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports2) {
    "use strict";
    var net = require("net");
    var tls = require("tls");
    var http2 = require("http");
    var https = require("https");
    var events = require("events");
    var assert = require("assert");
    var util = require("util");
    exports2.httpOverHttp = httpOverHttp;
    exports2.httpsOverHttp = httpsOverHttp;
    exports2.httpOverHttps = httpOverHttps;
    exports2.httpsOverHttps = httpsOverHttps;
    function httpOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
      return agent;
    }
    function httpsOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http2.request;
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
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
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
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports2.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports2, module2) {
    module2.exports = require_tunnel();
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require("os"), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
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

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require("crypto"), 1);
var fs = __toESM(require("fs"), 1);
var os2 = __toESM(require("os"), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
var os4 = __toESM(require("os"));

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
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
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
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
};

// node_modules/@actions/core/lib/summary.js
var import_os = require("os");
var import_fs = require("fs");
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
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
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
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
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
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
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
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
    this._buffer = "";
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
    return this.addRaw(import_os.EOL);
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
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
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
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
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
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
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
    const element = this.wrap("details", this.wrap("summary", label) + content);
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
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
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
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
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
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
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
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require("os"), 1);
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/anymetrics-client.ts
var import_node_net = require("node:net");

// src/agent.ts
var import_node_http = __toESM(require("node:http"), 1);

// src/input-error.ts
var RuleViolation = class extends Error {
  constructor(rule, offendingValue) {
    super(rule);
    this.rule = rule;
    this.offendingValue = offendingValue;
    this.name = "RuleViolation";
  }
  rule;
  offendingValue;
};
var InputError = class extends Error {
  constructor(input, rule, offendingValue) {
    super(`Input "${input}" ${rule}`);
    this.input = input;
    this.rule = rule;
    this.offendingValue = offendingValue;
    this.name = "InputError";
  }
  input;
  rule;
  offendingValue;
};
function forInput(input, check) {
  try {
    return check();
  } catch (error2) {
    if (error2 instanceof RuleViolation) {
      throw new InputError(input, error2.rule, error2.offendingValue);
    }
    throw error2;
  }
}
var InputErrors = class extends Error {
  constructor(errors) {
    super(errors.map((error2) => error2.message).join("\n"));
    this.errors = errors;
    this.name = "InputErrors";
  }
  errors;
};
var RefusalCollector = class {
  errors = [];
  /** The parsed value, or undefined when the input was refused (the refusal is kept). */
  take(parse) {
    try {
      return parse();
    } catch (error2) {
      if (!(error2 instanceof InputError)) throw error2;
      this.errors.push(error2);
      return void 0;
    }
  }
  /** Throws every refusal kept, if there is any. */
  throwIfAny() {
    if (this.errors.length > 0) throw new InputErrors(this.errors);
  }
};

// src/ca-certificate.ts
var BEGIN = "-----BEGIN CERTIFICATE-----";
var END = "-----END CERTIFICATE-----";
var MAX_CA_FILE_BYTES = 1024 * 1024;
var RULE = "must be PEM text or the path of a PEM file with at least one certificate";
function parseCaCertificates(input, readTextFile) {
  const value = input.trim();
  if (value === "") return [];
  const pem = value.includes("-----BEGIN") ? value : readPemFile(value, readTextFile);
  const certificates = pemCertificates(pem);
  if (certificates.length === 0) throw new RuleViolation(RULE, shown(value));
  certificates.forEach(requireReadable);
  return certificates;
}
function pemCertificates(text) {
  const certificates = [];
  for (let begin = text.indexOf(BEGIN); begin >= 0; begin = text.indexOf(BEGIN, begin + 1)) {
    const end = text.indexOf(END, begin + BEGIN.length);
    if (end < 0) break;
    certificates.push(text.slice(begin, end + END.length));
    begin = end;
  }
  return certificates;
}
function readPemFile(path, readTextFile) {
  try {
    return readTextFile(path);
  } catch (error2) {
    const code = error2.code ?? "unreadable";
    throw new RuleViolation(`${RULE}; the file cannot be read (${code})`, path);
  }
}
function requireReadable(certificate) {
  try {
    new (process.getBuiltinModule("node:crypto")).X509Certificate(certificate);
  } catch {
    throw new RuleViolation("contains a certificate that is not valid PEM", shown(certificate));
  }
}
function shown(value) {
  return value.includes("-----BEGIN") ? `${value.slice(0, 40)}\u2026` : value;
}
function trustedCertificates(extra) {
  const tls = process.getBuiltinModule("node:tls");
  const getDefaults = tls.getCACertificates;
  const defaults = getDefaults ? getDefaults("default") : tls.rootCertificates;
  return [...defaults, ...extra];
}

// src/agent.ts
async function connectionFor(url, options) {
  const secure = url.protocol === "https:";
  const transport = secure ? process.getBuiltinModule("node:https") : import_node_http.default;
  const proxy = getProxyUrl(url);
  const agent = proxy?.hostname ? await tunnelAgent(secure, proxy, options.maxSockets) : new transport.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  if (secure && options.caCertificates.length > 0) trustAlso(agent, options.caCertificates);
  return { agent, transport, proxy: proxy?.hostname ? proxy : void 0 };
}
async function tunnelAgent(secure, proxy, maxSockets) {
  const tunnel = await Promise.resolve().then(() => __toESM(require_tunnel2(), 1));
  const overHttps = proxy.protocol === "https:";
  const make = secure ? overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp : overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
  const proxyAuth = proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {};
  const port = Number(proxy.port || (overHttps ? 443 : 80));
  const tunnelOptions = {
    maxSockets,
    keepAlive: true,
    proxy: { ...proxyAuth, host: proxy.hostname, port }
  };
  return make(tunnelOptions);
}
function trustAlso(agent, certificates) {
  const withOptions = agent;
  withOptions.options = { ...withOptions.options, ca: trustedCertificates(certificates) };
}

// src/text-rules.ts
var MAX_FIELD_LENGTH = 128;
var CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
var HEADER_TEXT = /^[\u0020-\u007e\u00a0-\u00ff]*$/;
function hasControlCharacters(value) {
  return CONTROL_CHARACTERS.test(value);
}
function requireHeaderSafe(value, options = {}) {
  if (!HEADER_TEXT.test(value)) {
    throw new RuleViolation(
      "must be visible Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond U+00FF)" + (options.secret ? " (value hidden)" : ""),
      options.secret ? void 0 : value
    );
  }
}
function requireMaxLength(value, max = MAX_FIELD_LENGTH) {
  if (value.length > max) {
    throw new RuleViolation(`must be at most ${max} characters (it has ${value.length})`, value);
  }
}
function requireNonEmpty(value, what = "is required") {
  if (value === "") throw new RuleViolation(what);
}

// src/endpoint.ts
var TRIGGER_PATH = "/anymetrics/api/v1/scheduler/task/trigger";
var TOKEN_PATH = "/anymetrics/api/v1/token/create";
var HOST_FORM = "must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):// URL";
var SCHEME_PREFIX = /^[a-z][a-z0-9+.-]*:\/\//i;
var AUTHORITY_END = /[/?#\\]/;
function typedUserinfo(host) {
  const scheme = SCHEME_PREFIX.exec(host)?.[0] ?? "";
  const afterScheme = host.slice(scheme.length);
  const authorityEnd = afterScheme.search(AUTHORITY_END);
  const authority = authorityEnd < 0 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const inAuthority = authority.lastIndexOf("@");
  const at = inAuthority >= 0 ? inAuthority : afterScheme.lastIndexOf("@");
  if (at < 0) return void 0;
  return {
    scheme,
    userinfo: afterScheme.slice(0, at),
    rest: afterScheme.slice(at + 1),
    ambiguous: inAuthority < 0
  };
}
function secretsInHost(host) {
  const typed = typedUserinfo(host.trim());
  if (!typed || typed.userinfo === "") return [];
  const { userinfo } = typed;
  const colon = userinfo.indexOf(":");
  const username = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? "" : userinfo.slice(colon + 1);
  const secret = colon < 0 ? username : password;
  const secrets = [
    secret,
    safeDecode(secret),
    basicToken(safeDecode(username), safeDecode(password))
  ];
  if (typed.ambiguous) secrets.push(userinfo);
  return [...new Set(secrets.filter((value) => value !== ""))];
}
function basicToken(username, password) {
  return Buffer.from(`${username}:${password}`).toString("base64");
}
function hostForDisplay(host) {
  const typed = typedUserinfo(host.trim());
  return typed ? `${typed.scheme}***@${typed.rest}` : host.trim();
}
function parseHost(input) {
  const host = input.trim();
  if (host === "") throw new RuleViolation("is required");
  if (hasControlCharacters(host) || /\s/.test(host)) {
    throw new RuleViolation("must not contain spaces or control characters", hostForDisplay(host));
  }
  if (typedUserinfo(host)?.ambiguous) {
    throw new RuleViolation(
      "must percent-encode / ? # in a user name or password (user:p%2Fss@host)",
      hostForDisplay(host)
    );
  }
  const url = toUrl(host);
  const prefix = url.pathname.replace(/\/+$/, "");
  const basePath = prefix.endsWith(TRIGGER_PATH) ? prefix.slice(0, -TRIGGER_PATH.length) : prefix;
  const display2 = `${url.protocol}//${url.host}${basePath}`;
  const endpoint = {
    url: display2 + TRIGGER_PATH,
    tokenUrl: display2 + TOKEN_PATH,
    display: display2
  };
  if (url.username !== "" || url.password !== "") {
    endpoint.basicAuth = {
      username: safeDecode(url.username),
      password: safeDecode(url.password)
    };
  }
  return endpoint;
}
function toUrl(host) {
  const hasScheme = SCHEME_PREFIX.test(host);
  const url = parseUrl(hasScheme ? host : `http://${host}`, host);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new RuleViolation("must use http:// or https://", hostForDisplay(host));
  }
  if (url.hostname === "") throw new RuleViolation(HOST_FORM, hostForDisplay(host));
  if (!hasScheme && url.port === "") {
    throw new RuleViolation(
      "must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",
      hostForDisplay(host)
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new RuleViolation("must not contain a query (?) or fragment (#)", hostForDisplay(host));
  }
  return url;
}
function parseUrl(candidate, original) {
  try {
    return new URL(candidate);
  } catch {
    throw new RuleViolation(HOST_FORM, hostForDisplay(original));
  }
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/trust.ts
var MASK = "***";
var TEXT_LIMIT = 1e3;
var EXCERPT_LIMIT = 200;
var QUOTE_LIMIT = 120;
var WHITESPACE_RUN = /[\s\u0085]+/g;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var REPLACEMENT = "\uFFFD";
var LEGACY_COMMAND = /##\[/g;
function display(literals, ...values) {
  let text = literals[0] ?? "";
  values.forEach((value, index) => {
    text += String(value) + (literals[index + 1] ?? "");
  });
  return text;
}
function joinDisplay(parts, separator) {
  return parts.join(separator);
}
function inertLine(text) {
  return breakCommands(replaceInvisible(text));
}
var TrustBoundary = class {
  /** Every masked form of every secret, longest first so that a longer form masks whole. */
  forms = [];
  constructor(secrets = []) {
    secrets.forEach((secret) => this.addSecret(secret));
  }
  /** Adds a secret (e.g. a token that just arrived); returns its forms, for the runner's mask. */
  addSecret(secret) {
    const added = secretForms(secret).filter((form) => !this.forms.includes(form));
    this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length);
    return added;
  }
  /** Known secrets and their encoded forms replaced by `***`. */
  redact(text) {
    let result = text;
    for (const form of this.forms) {
      if (result.includes(form)) result = result.split(form).join(MASK);
    }
    return result;
  }
  /** A platform or transport text as one inert, bounded line. */
  text(raw, limit = TEXT_LIMIT) {
    return this.finish(replaceInvisible(this.redact(raw)), limit);
  }
  /** A short excerpt of a body that is not JSON, such as a gateway's HTML error page. */
  excerpt(body, limit = EXCERPT_LIMIT) {
    return this.finish(replaceInvisible(stripMarkup(this.redact(body))), limit);
  }
  /** An input value quoted back in an error: JSON-quoted, so invisible characters show. */
  quote(value, limit = QUOTE_LIMIT) {
    const quoted = breakCommands(JSON.stringify(this.redact(value)));
    return quoted.length > limit ? `${clip(quoted, limit)}\u2026"` : quoted;
  }
  /**
   * Redacts once more after white space was folded and markup removed (a secret that held
   * spaces or a line break is whole again only now), then bounds the length. Redacting before
   * clipping means no prefix of a secret can survive the cut; cutting a tail cannot make a
   * command.
   */
  finish(text, limit) {
    return shorten(breakCommands(this.redact(text)), limit);
  }
};
function replaceInvisible(text) {
  return text.replace(WHITESPACE_RUN, " ").replace(INVISIBLE, REPLACEMENT).trim();
}
function breakCommands(text) {
  const legacyBroken = text.replace(LEGACY_COMMAND, "## [");
  const trimmed = legacyBroken.trimStart();
  return trimmed.startsWith("::") ? `: :${trimmed.slice(2)}` : legacyBroken;
}
function clip(text, limit) {
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 55296 && last <= 56319 ? cut.slice(0, -1) : cut;
}
var HIDDEN_ELEMENT_END = /<\/(script|style|head)\s*>/gi;
function stripMarkup(text) {
  let out = "";
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf("<", from);
    const close = open < 0 ? -1 : text.indexOf(">", open + 1);
    if (close < 0) return out + text.slice(from);
    out += `${text.slice(from, open)} `;
    from = close + 1;
    if (startsHiddenElement(text, open)) {
      HIDDEN_ELEMENT_END.lastIndex = from;
      const end = HIDDEN_ELEMENT_END.exec(text);
      from = end ? end.index + end[0].length : text.length;
    }
  }
  return out;
}
function startsHiddenElement(text, open) {
  const next = text.charCodeAt(open + 1) | 32;
  if (next !== 115 && next !== 104) return false;
  return /^<(script|style|head)\b/i.test(text.slice(open, open + 8));
}
function secretForms(secret) {
  if (secret === "") return [];
  const forms = [
    secret,
    encodeURIComponent(secret),
    encodeURIComponent(secret).replace(/%20/g, "+"),
    JSON.stringify(secret).slice(1, -1),
    htmlEscape(secret, "&#39;"),
    htmlEscape(secret, "&#x27;"),
    ...base64Forms(secret)
  ];
  return [...new Set(forms)].filter((form) => form !== "");
}
function htmlEscape(text, apostrophe) {
  const entities = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": apostrophe
  };
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}
function base64Forms(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const alone = bytes.toString("base64");
  const forms = [alone, alone.replace(/=+$/, "")];
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const first = Math.ceil(offset * 8 / 6);
    const end = Math.floor((offset + bytes.length) * 8 / 6);
    forms.push(encoded.slice(first, end));
  }
  return forms.filter((form) => form.length >= 6).flatMap((form) => [form, form.replace(/\+/g, "-").replace(/\//g, "_")]);
}
function shorten(text, limit) {
  return text.length > limit ? `${clip(text, limit)}\u2026` : text;
}
function decimal(value, digits) {
  return value.toFixed(digits);
}

// src/response.ts
var MAX_CODE_LENGTH = 32;
var MAX_TRACE_ID_LENGTH = 128;
var MAX_JSON_DEPTH = 8;
var MAX_JSON_CHARACTERS = 4096;
function interpretReply(reply, boundary) {
  if (isRedirect(reply.status)) return redirectVerdict(reply, boundary);
  const body = parseJsonObject(reply.body);
  if (!body) return notJsonVerdict(reply, boundary);
  const fields = readFields(body, boundary);
  const reason = failureReason(reply.status, body, fields, boundary);
  return {
    succeeded: reason === null,
    code: fields.code,
    traceId: fields.traceId,
    data: fields.data,
    reason,
    warning: reason === null && fields.data === "false" ? display`the platform answered data "false"` : null
  };
}
function failedVerdict(reason) {
  return { succeeded: false, code: null, traceId: null, data: null, reason, warning: null };
}
function isHttpSuccess(status) {
  return status >= 200 && status < 300;
}
function isRedirect(status) {
  return status >= 300 && status < 400 && status !== 304;
}
function readFields(body, boundary) {
  const text = (value, limit) => {
    const raw = anyText(value);
    return raw === null || raw.trim() === "" ? null : boundary.text(raw, limit);
  };
  return {
    code: isScalar(body.code) ? text(body.code, MAX_CODE_LENGTH) : null,
    traceId: isScalar(body.traceId) ? text(body.traceId, MAX_TRACE_ID_LENGTH) : null,
    data: text(body.data),
    errorMsg: text(body.errorMsg),
    detailErrorMsg: text(body.detailErrorMsg)
  };
}
function failureReason(status, body, fields, boundary) {
  const platformReason = withDetail(fields.errorMsg, fields.detailErrorMsg);
  if (!isHttpSuccess(status)) {
    if (platformReason !== null) return display`HTTP ${status}: ${platformReason}`;
    return display`HTTP ${status}${codeSuffix(fields.code)}`;
  }
  if (platformReason !== null) return platformReason;
  const flag = successFlag(body, boundary);
  if (flag.value !== true) {
    return flag.name === null ? display`the response has neither "succeed" nor "success"${codeSuffix(fields.code)}` : display`the platform answered ${flag.name}: ${flag.shown}${codeSuffix(fields.code)}`;
  }
  if (fields.code !== "200") {
    return fields.code === null ? display`the platform answered code null` : display`the platform answered code "${fields.code}"`;
  }
  return null;
}
function withDetail(errorMsg, detail) {
  if (errorMsg === null) return detail;
  return detail === null || detail === errorMsg ? errorMsg : display`${errorMsg}: ${detail}`;
}
function successFlag(body, boundary) {
  if ("succeed" in body) return { name: display`succeed`, ...flagValue(body.succeed, boundary) };
  if ("success" in body) return { name: display`success`, ...flagValue(body.success, boundary) };
  return { name: null, value: void 0, shown: display`` };
}
function flagValue(value, boundary) {
  return { value, shown: boundary.text(boundedJson(value), 60) };
}
function codeSuffix(code) {
  return code === null ? display`` : display` (code ${code})`;
}
function redirectVerdict(reply, boundary) {
  const where = reply.location ? boundary.text(reply.location, 300) : display`an address it did not give`;
  return failedVerdict(
    display`HTTP ${reply.status} redirect to ${where}: the action does not follow redirects, set host to the final address`
  );
}
function notJsonVerdict(reply, boundary) {
  const excerpt = boundary.excerpt(reply.body);
  const what = excerpt === "" ? display`an empty body` : display`a body that is not a JSON object: ${excerpt}`;
  return failedVerdict(display`HTTP ${reply.status} with ${what}`);
}
function parseJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function isScalar(value) {
  return typeof value === "string" || typeof value === "number";
}
function anyText(value) {
  if (value === null || value === void 0) return null;
  return typeof value === "string" ? value : boundedJson(value);
}
function boundedJson(value) {
  const out = [];
  let length = 0;
  const emit = (text2) => {
    out.push(text2);
    length += text2.length;
    return length < MAX_JSON_CHARACTERS;
  };
  const walk = (node, depth) => {
    if (node === null || typeof node !== "object") return emit(JSON.stringify(node) ?? "null");
    if (depth >= MAX_JSON_DEPTH) return emit("\u2026");
    const entries = Array.isArray(node) ? node.map((item) => [null, item]) : Object.entries(node);
    if (!emit(Array.isArray(node) ? "[" : "{")) return false;
    for (const [index, [key, item]] of entries.entries()) {
      if (index > 0 && !emit(",")) return false;
      if (key !== null && !emit(`${JSON.stringify(key)}:`)) return false;
      if (!walk(item, depth + 1)) return false;
    }
    return emit(Array.isArray(node) ? "]" : "}");
  };
  walk(value, 0);
  const text = out.join("");
  return length < MAX_JSON_CHARACTERS ? text : `${text.slice(0, MAX_JSON_CHARACTERS)}\u2026`;
}

// src/retry-policy.ts
var DEFAULT_BACKOFF = { baseDelayMs: 1e3, maxDelayMs: 3e4, retryAfterCapMs: 6e4 };
var TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);
var TRANSIENT_ERROR_CODES = /* @__PURE__ */ new Set([
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
function isRetryable(end) {
  return "status" in end ? TRANSIENT_STATUSES.has(end.status) : TRANSIENT_ERROR_CODES.has(end.errorCode);
}
function backoffDelayMs(retryNumber, policy, random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.floor(random() * ceiling);
}
function parseRetryAfterMs(header, nowMs) {
  if (header === void 0) return void 0;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const date = Date.parse(text);
  if (Number.isNaN(date) || !/[a-z]/i.test(text)) return void 0;
  return Math.max(0, date - nowMs);
}
var RETRY_AFTER_FLOOR_MS = 250;
function nextDelayMs(retryNumber, policy, retryAfterMs, random) {
  if (retryAfterMs !== void 0) {
    return Math.min(Math.max(retryAfterMs, RETRY_AFTER_FLOOR_MS), policy.retryAfterCapMs);
  }
  return backoffDelayMs(retryNumber, policy, random);
}

// src/anymetrics-client.ts
var TransportError = class extends Error {
  constructor(description, code) {
    super(description);
    this.description = description;
    this.code = code;
    this.name = "TransportError";
  }
  description;
  code;
};
var MAX_BODY_BYTES = 1024 * 1024;
async function createAnyMetricsClient(options) {
  const url = new URL(options.endpointUrl);
  const { agent, transport, proxy } = await connectionFor(url, {
    maxSockets: options.maxSockets ?? 16,
    caCertificates: options.caCertificates ?? []
  });
  const headers = requestHeaders(options);
  const route = routeOf(url, proxy, options.boundary);
  const unanswered = async (error2) => unansweredAttempt(await explain(error2, route), options.boundary, route);
  const send = (to, sent, body, signal) => post(transport, to, agent, sent, body, options.timeoutMs, signal);
  const tokenUrl = new URL(options.tokenUrl);
  return {
    trigger: (trigger, signal) => send(url, headers, wireBody(trigger, options), signal).then(
      (reply) => answeredAttempt(reply, options.boundary),
      unanswered
    ),
    createToken: (pair, onToken, signal) => send(
      tokenUrl,
      withoutCredential(headers),
      // Exactly the documented fields, whatever else the caller's object holds.
      JSON.stringify({ appId: pair.appId, appSecret: pair.appSecret }),
      signal
    ).then((reply) => tokenAttempt(reply, options.boundary, onToken), unanswered),
    useToken: (token) => {
      headers["auth-type"] = "TOKEN";
      headers["auth-value"] = token;
    },
    // A tunnel agent has no destroy(); its sockets close with the tunnel.
    close: () => agent.destroy?.()
  };
}
function routeOf(url, proxy, boundary) {
  return {
    url,
    host: boundary.text(url.host, 300),
    proxy: proxy ? boundary.text(`${proxy.protocol}//${proxy.host}`, 300) : void 0
  };
}
function wireBody(trigger, options) {
  const body = {
    tableName: trigger.tableName,
    tenantId: options.tenantId,
    tablePartition: trigger.partition
  };
  return JSON.stringify(body);
}
function answeredAttempt(reply, boundary, nowMs = Date.now()) {
  const retryAfterMs = parseRetryAfterMs(reply.retryAfter, nowMs);
  return {
    verdict: interpretReply(reply, boundary),
    answered: true,
    retryable: isRetryable({ status: reply.status }),
    pushbackMs: retryAfterMs ?? (reply.status === 429 ? 0 : void 0),
    cancelled: false
  };
}
function withoutCredential(headers) {
  const { "auth-type": _type, "auth-value": _value, "tenant-id": _tenant, ...rest } = headers;
  return rest;
}
function tokenAttempt(reply, boundary, onToken) {
  const token = tokenIn(reply.body);
  if (token !== void 0) onToken(token);
  const attempt = answeredAttempt(reply, boundary);
  if (!attempt.verdict.succeeded) return attempt;
  if (token === void 0) {
    return {
      ...attempt,
      verdict: failedVerdict(display`the token answer has no token (a non-empty string) in data`)
    };
  }
  return { ...attempt, token };
}
function tokenIn(body) {
  try {
    const data = JSON.parse(body)?.data;
    return typeof data === "string" && data.trim() !== "" ? data : void 0;
  } catch {
    return void 0;
  }
}
function unansweredAttempt(error2, boundary, route) {
  const failure = toTransportError(error2);
  const end = { errorCode: failure.code };
  return {
    verdict: failedVerdict(describe(failure, boundary, route)),
    answered: false,
    retryable: isRetryable(end),
    pushbackMs: void 0,
    cancelled: failure.code === "CANCELLED"
  };
}
function requestHeaders(options) {
  const headers = {
    "content-type": "application/json",
    accept: "application/json",
    "user-agent": options.userAgent,
    "tenant-id": options.tenantId,
    ...options.authType ? { "auth-type": options.authType } : {},
    ...options.authValue ? { "auth-value": options.authValue } : {}
  };
  if (options.basicAuth) {
    const { username, password } = options.basicAuth;
    headers.authorization = `Basic ${basicToken(username, password)}`;
  }
  return headers;
}
function post(transport, url, agent, headers, payload, timeoutMs, signal) {
  return new Promise((resolve, reject) => {
    const request = transport.request(url, {
      method: "POST",
      agent,
      headers: { ...headers, "content-length": Buffer.byteLength(payload) },
      ...signal ? { signal } : {}
    });
    const timeout = () => new TransportError(`no answer within ${timeoutMs / 1e3} s`, "TIMEOUT");
    let timedOut = false;
    const fail = (error2) => {
      clearTimeout(deadline);
      reject(timedOut ? timeout() : signal?.aborted ? CANCELLED : error2);
    };
    const deadline = setTimeout(() => {
      timedOut = true;
      request.destroy(timeout());
    }, timeoutMs);
    request.on("response", (response) => {
      readBody(response).then(
        (body) => resolve({ status: response.statusCode ?? 0, body, ...pushbackHeaders(response) }),
        fail
      );
    });
    request.on("error", fail);
    request.on("close", () => clearTimeout(deadline));
    request.end(payload);
  });
}
function pushbackHeaders(response) {
  const { "retry-after": retryAfter, location } = response.headers;
  return {
    ...typeof retryAfter === "string" ? { retryAfter } : {},
    ...typeof location === "string" ? { location } : {}
  };
}
function readBody(response) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    response.on("data", (chunk) => {
      if (size < MAX_BODY_BYTES) chunks.push(chunk);
      size += chunk.length;
    });
    response.on(
      "end",
      () => resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString("utf8"))
    );
    response.on("error", reject);
  });
}
function toTransportError(error2) {
  if (error2 instanceof TransportError) return error2;
  const code = error2?.code;
  const message = error2 instanceof Error ? error2.message : String(error2);
  return new TransportError(message, typeof code === "string" ? code : "UNKNOWN");
}
var CANCELLED = new TransportError("cancelled", "CANCELLED");
var TUNNEL_FAILURE = "tunneling socket could not be established";
async function explain(error2, route) {
  const failure = toTransportError(error2);
  if (failure.description.startsWith(TUNNEL_FAILURE)) {
    const cause = failure.description.split("cause=")[1] ?? failure.code;
    return new TransportError(cause, "EPROXY");
  }
  if (failure.code === "EPROTO" && /wrong version number/i.test(failure.description)) {
    return new TransportError(failure.description, "EPLAINPORT");
  }
  if (failure.code === "ECONNRESET" && route.url.protocol === "http:" && !route.proxy) {
    route.speaksTls ??= speaksTls(route.url);
    if (await route.speaksTls) return new TransportError(failure.description, "ETLSPORT");
  }
  return failure;
}
function speaksTls(url) {
  return new Promise((resolve) => {
    const socket = process.getBuiltinModule("node:tls").connect({
      host: url.hostname,
      port: Number(url.port || 80),
      // SNI takes names only (an IP address there is deprecated and warned about).
      ...(0, import_node_net.isIP)(url.hostname) ? {} : { servername: url.hostname },
      rejectUnauthorized: false,
      timeout: 2e3
    });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once("secureConnect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}
var UNTRUSTED_CERTIFICATE = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT"
]);
var KNOWN_ERRORS = {
  ECONNREFUSED: display`connection refused`,
  ECONNRESET: display`connection reset`,
  ENOTFOUND: display`name not found`,
  EAI_AGAIN: display`DNS lookup failed temporarily`,
  ETIMEDOUT: display`connection timed out`
};
function describe(failure, boundary, route) {
  const code = boundary.text(failure.code, 64);
  const host = route?.host ?? display`the host`;
  const via = route?.proxy ? display` via proxy ${route.proxy}` : display``;
  switch (failure.code) {
    case "CANCELLED":
      return display`cancelled while waiting for ${host} to answer`;
    case "TIMEOUT":
      return display`${host}${via} sent no answer within ${boundary.text(failure.description.replace(/^no answer within /, ""))}`;
    case "EPROXY":
      return display`could not open a tunnel to ${host} through the proxy ${route?.proxy ?? display`in http_proxy/https_proxy`}: ${boundary.text(failure.description)}; check the proxy variables, or list the host in no_proxy`;
    case "EPLAINPORT":
      return display`${host} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;
    case "ETLSPORT":
      return display`${host} speaks TLS: use https://${host} instead of http://`;
  }
  if (UNTRUSTED_CERTIFICATE.has(failure.code)) {
    return display`the TLS certificate of ${host} is not trusted (${code}): if a company CA signed it, pass that CA in ca-certificate`;
  }
  const known = KNOWN_ERRORS[failure.code];
  if (known) return display`${known} by ${host}${via} (${code})`;
  return display`${host}${via}: ${boundary.text(failure.description)}`;
}

// src/files.ts
var import_node_fs = require("node:fs");
var CHUNK_BYTES = 1024 * 1024;
var FileRefusal = class extends Error {
  constructor(code) {
    super(code);
    this.code = code;
    this.name = "FileRefusal";
  }
  code;
};
function readBoundedTextFile(path, maxBytes) {
  if (!(0, import_node_fs.statSync)(path).isFile()) throw new FileRefusal("not a regular file");
  const fd = (0, import_node_fs.openSync)(path, "r");
  try {
    const chunks = [];
    let size = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = (0, import_node_fs.readSync)(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      size += read;
      if (size > maxBytes) throw new FileRefusal(`larger than ${maxBytes} bytes`);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, size).toString("utf8");
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/inputs.ts
var import_node_path = require("node:path");

// src/table-name.ts
var PART = "[\\p{L}\\p{N}_$-]+";
var DOCUMENTED_FORM = new RegExp(`^(${PART})\\.\`(${PART})\\.(${PART})\`\\.(${PART})$`, "u");
var FOUR_PLAIN_PARTS = new RegExp(`^(${PART})\\.(${PART})\\.(${PART})\\.(${PART})$`, "u");
var SINGLE_PART = new RegExp(`^${PART}$`, "u");
var CATALOG_SCHEMA = new RegExp(`^(${PART})\\.(${PART})$`, "u");
var FULL_NAME_RULE = "must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_order), each name made of letters, digits, _, $ or - (no quotes or spaces)";
function parseTableName(input) {
  const name = input.trim();
  if (DOCUMENTED_FORM.test(name)) return { tableName: withinLimit(name), backticksAdded: false };
  const parts = FOUR_PLAIN_PARTS.exec(name);
  if (parts) {
    const [datasource = "", catalog = "", schema = "", table = ""] = parts.slice(1);
    return {
      tableName: withinLimit(formatTableName(datasource, `${catalog}.${schema}`, table)),
      backticksAdded: true
    };
  }
  throw new RuleViolation(FULL_NAME_RULE, name);
}
function validateNamePart(value) {
  const part = value.trim();
  if (!SINGLE_PART.test(part)) {
    throw new RuleViolation(
      "must be one name of letters, digits, _, $ or - (no dots, backticks, quotes or spaces)",
      part
    );
  }
  return part;
}
function normalizeCatalogSchema(value) {
  const bare = stripBackticks(value.trim());
  if (!CATALOG_SCHEMA.test(bare)) {
    throw new RuleViolation("must be catalog.schema (e.g. default_catalog.sales)", value.trim());
  }
  return bare;
}
function composeTableName(datasource, catalogSchema, table) {
  return withinLimit(formatTableName(datasource, catalogSchema, table));
}
function formatTableName(datasource, catalogSchema, table) {
  return `${datasource}.\`${catalogSchema}\`.${table}`;
}
function stripBackticks(text) {
  return text.length >= 2 && text.startsWith("`") && text.endsWith("`") ? text.slice(1, -1) : text;
}
function withinLimit(tableName) {
  try {
    requireMaxLength(tableName, MAX_FIELD_LENGTH);
  } catch {
    throw new RuleViolation(
      `must compose a tableName of at most ${MAX_FIELD_LENGTH} characters (it has ${tableName.length})`,
      tableName
    );
  }
  return tableName;
}

// src/dbt.ts
var MANIFEST_VERSIONS = ["v12", "v20"];
var RUN_RESULTS_VERSIONS = ["v6"];
var WRITTEN = /* @__PURE__ */ new Set(["success", "partial success"]);
var TABLE_RESOURCES = /* @__PURE__ */ new Set(["model", "seed", "snapshot"]);
var RESOURCE_TYPES = ["model", "seed", "snapshot"];
function readRunResults(text) {
  const artifact = parseArtifact(text, "run-results", RUN_RESULTS_VERSIONS);
  const results = artifact.results;
  if (!Array.isArray(results)) throw new RuleViolation('has no "results" list');
  return results.flatMap((result) => {
    const { unique_id: uniqueId, status } = result ?? {};
    return typeof uniqueId === "string" ? [{ uniqueId, status: String(status) }] : [];
  });
}
function readManifestNodes(text, wanted) {
  const artifact = parseArtifact(text, "manifest", MANIFEST_VERSIONS);
  const nodes = artifact.nodes;
  if (typeof nodes !== "object" || nodes === null) throw new RuleViolation('has no "nodes" map');
  const kept = /* @__PURE__ */ new Map();
  for (const uniqueId of wanted) {
    const node = nodes[uniqueId];
    if (typeof node === "object" && node !== null) {
      kept.set(uniqueId, nodeOf(uniqueId, node));
    }
  }
  return kept;
}
function parseArtifact(text, kind, versions) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RuleViolation("is not valid JSON");
  }
  if (typeof value !== "object" || value === null) throw new RuleViolation("is not a JSON object");
  const artifact = value;
  const schema = artifact.metadata?.dbt_schema_version;
  const version = new RegExp(`/${kind}/(v\\d+)\\.json$`).exec(String(schema))?.[1];
  if (!version || !versions.includes(version)) {
    throw new RuleViolation(
      `is ${kind} ${version ?? `of unknown version (${String(schema).slice(0, 80)})`}; this action reads ${kind} ${versions.join(" and ")}`
    );
  }
  return artifact;
}
function nodeOf(uniqueId, node) {
  const config = node.config ?? {};
  const text = (value) => typeof value === "string" && value !== "" ? value : null;
  const tags = [node.tags, config.tags].flatMap((list) => Array.isArray(list) ? list : []);
  return {
    uniqueId,
    resourceType: text(node.resource_type) ?? uniqueId.split(".")[0] ?? "",
    name: text(node.name) ?? uniqueId.split(".").at(-1) ?? uniqueId,
    alias: text(node.alias),
    schema: text(node.schema),
    database: text(node.database),
    catalog: text(config.catalog),
    materialized: text(config.materialized),
    tags: [...new Set(tags.filter((tag) => typeof tag === "string"))],
    originalFilePath: text(node.original_file_path)
  };
}
function idsToLookUp(results) {
  return new Set(
    results.map((result) => result.uniqueId).filter((id) => TABLE_RESOURCES.has(id.split(".")[0] ?? ""))
  );
}
function mapDbtRun(results, nodes, options) {
  const mapping = { mapped: [], skipped: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const result of results) {
    if (seen.has(result.uniqueId)) continue;
    seen.add(result.uniqueId);
    const type = result.uniqueId.split(".")[0] ?? "";
    const node = nodes.get(result.uniqueId);
    const reason = skipReason(result, type, node, options);
    if (reason !== null || !node) {
      mapping.skipped.push({ uniqueId: result.uniqueId, reason: reason ?? "not in the manifest" });
      continue;
    }
    try {
      mapping.mapped.push({ uniqueId: node.uniqueId, tableName: tableNameOf(node, options) });
    } catch (error2) {
      const rule = error2 instanceof RuleViolation ? error2.rule : String(error2);
      mapping.skipped.push({ uniqueId: node.uniqueId, reason: `its table name ${rule}` });
    }
  }
  return mapping;
}
function skipReason(result, type, node, options) {
  if (!TABLE_RESOURCES.has(node?.resourceType ?? type)) return `a ${type || "node"}, not a table`;
  if (!WRITTEN.has(result.status)) return `status ${result.status}: nothing was written`;
  if (!node) return null;
  if (node.materialized === "ephemeral") return "ephemeral: dbt writes no table for it";
  if (options.select.length > 0 && !options.select.some((selector) => matches(selector, node))) {
    return "not selected by dbt-select";
  }
  if (options.exclude.some((selector) => matches(selector, node))) return "excluded by dbt-exclude";
  return null;
}
function tableNameOf(node, options) {
  const schema = node.schema ?? "";
  const database = node.database !== null && node.database !== schema ? node.database : null;
  const catalog = node.catalog ?? database ?? options.defaultCatalog;
  const composed = `${options.datasource}.\`${catalog}.${schema}\`.${node.alias ?? node.name}`;
  return parseTableName(composed).tableName;
}
function matches(selector, node) {
  switch (selector.kind) {
    case "tag":
      return node.tags.includes(selector.value);
    case "path":
      return node.originalFilePath !== null && selector.pattern.test(node.originalFilePath);
    case "resource_type":
      return node.resourceType === selector.value;
    case "name":
      return node.name === selector.value;
  }
}
function parseSelector(text) {
  const colon = text.indexOf(":");
  const method = colon < 0 ? "" : text.slice(0, colon);
  const value = colon < 0 ? text : text.slice(colon + 1);
  if (value === "" || /\s/.test(value)) {
    throw new RuleViolation("has a selector without a value or with spaces", text);
  }
  switch (method) {
    case "":
      return { kind: "name", value };
    case "tag":
      return { kind: "tag", value };
    case "path":
      return { kind: "path", value, pattern: globPattern(value) };
    case "resource_type":
      if (!RESOURCE_TYPES.includes(value)) {
        throw new RuleViolation(
          `has resource_type:${value}; use ${RESOURCE_TYPES.join(", ")}`,
          text
        );
      }
      return { kind: "resource_type", value };
    default:
      throw new RuleViolation("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name", text);
  }
}
function globPattern(glob) {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i] ?? "";
    if (char === "*" && glob[i + 1] === "*") {
      source += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const folder = /[*?]/.test(glob) ? "" : "(?:/.*)?";
  return new RegExp(`^${source.replace(/\/$/, "")}${folder}$`);
}

// src/partition.ts
var MS_PER_DAY = 864e5;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var RELATIVE_DAY = /^today\s*-\s*(\d{1,5})$/i;
var MAX_DAYS_BACK = 36600;
var PARTITION_RULE = "must be yyyy-MM-dd, today, yesterday, today-N, or a range A..B of those";
var RANGE_SEPARATOR = "..";
var MAX_RANGE_DAYS = 36600;
var CANONICAL_ZONE = /^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/;
var ABBREVIATION_HINTS = {
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
function timeZoneProblem(timeZone) {
  if (timeZone === "UTC") return null;
  const upper = timeZone.toUpperCase();
  if (ABBREVIATION_HINTS[upper]) return ABBREVIATION_HINTS[upper];
  if (/^[+-]\d/.test(timeZone) || /^(UTC|GMT)[+-]/i.test(timeZone)) {
    return "is a fixed offset, which ignores daylight saving: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";
  }
  const resolved = resolvedZone(timeZone);
  if (resolved === null) return "must be an IANA time zone such as UTC or Asia/Shanghai";
  if (!CANONICAL_ZONE.test(timeZone)) {
    const better = CANONICAL_ZONE.test(resolved) && resolved !== timeZone ? resolved : "an Area/Location name";
    return `is a legacy alias or abbreviation: write ${better} (e.g. Asia/Shanghai or UTC)`;
  }
  return null;
}
function resolvedZone(timeZone) {
  if (timeZone.trim() === "") return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
function todayIn(clock) {
  return formatEpochDay(todayEpochDay(clock));
}
function resolvePartitions(specs, clock) {
  if (specs.length === 0) throw new RuleViolation("must name at least one partition");
  const days = /* @__PURE__ */ new Set();
  for (const spec of specs) {
    for (const day of resolveSpecDays(spec.trim(), clock)) days.add(day);
  }
  return [...days].sort((a, b) => a - b).map(formatEpochDay);
}
function resolveSpecDays(spec, clock) {
  const separator = spec.indexOf(RANGE_SEPARATOR);
  if (separator < 0) return [resolveEpochDay(spec, clock)];
  if (spec.includes("...")) {
    throw new RuleViolation("has a range with three dots: write A..B (two dots)", spec);
  }
  const [from = "", to = ""] = [
    spec.slice(0, separator),
    spec.slice(separator + RANGE_SEPARATOR.length)
  ].map((side) => side.trim());
  if (from === "" || to === "") {
    throw new RuleViolation(
      `has a range without its ${from === "" ? "first" : "last"} day: write A..B (e.g. 2024-07-01..yesterday)`,
      spec
    );
  }
  const first = rangeEnd(from, spec, clock);
  const last = rangeEnd(to, spec, clock);
  if (last < first) {
    throw new RuleViolation(
      `has a reversed range (${formatEpochDay(first)} is after ${formatEpochDay(last)}): write it oldest first`,
      spec
    );
  }
  if (last - first >= MAX_RANGE_DAYS) {
    throw new RuleViolation(`has a range longer than ${MAX_RANGE_DAYS} days`, spec);
  }
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}
function rangeEnd(end, spec, clock) {
  try {
    return resolveEpochDay(end, clock);
  } catch (error2) {
    if (error2 instanceof RuleViolation) throw new RuleViolation(error2.rule, spec);
    throw error2;
  }
}
function resolveEpochDay(spec, clock) {
  const keyword = spec.toLowerCase();
  if (keyword === "today") return todayEpochDay(clock);
  if (keyword === "yesterday") return todayEpochDay(clock) - 1;
  const relative = RELATIVE_DAY.exec(spec);
  if (relative) {
    const daysBack = Number(relative[1]);
    if (daysBack > MAX_DAYS_BACK) {
      throw new RuleViolation(`must not reach back more than ${MAX_DAYS_BACK} days`, spec);
    }
    return todayEpochDay(clock) - daysBack;
  }
  return parseIsoDate(spec);
}
function parseIsoDate(spec) {
  const match = ISO_DATE.exec(spec);
  if (!match) throw new RuleViolation(PARTITION_RULE, spec);
  const [year, month, day] = match.slice(1).map(Number);
  const epochDay = Date.UTC(year, month - 1, day) / MS_PER_DAY;
  if (year < 1 || formatEpochDay(epochDay) !== spec) {
    throw new RuleViolation("must be a real calendar date (yyyy-MM-dd)", spec);
  }
  return epochDay;
}
function todayEpochDay({ now, timeZone }) {
  if (timeZone === "UTC") return Math.floor(now.getTime() / MS_PER_DAY);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "numeric",
    day: "numeric"
  }).formatToParts(now);
  const part = (type) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part("year"), part("month") - 1, part("day")) / MS_PER_DAY;
}
function formatEpochDay(epochDay) {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

// src/plan.ts
function buildPlan(tableNames, partitions, limits) {
  const tables = [...new Set(tableNames)];
  const dates = [...new Set(partitions)].sort();
  const size = tables.length * dates.length;
  if (size > limits.maxTriggers) {
    const advice = size > limits.largest ? `split the backfill across steps or a job matrix (one step takes at most ${limits.largest})` : "narrow partition or raise max-triggers";
    throw new RuleViolation(
      `is ${limits.maxTriggers}, and the plan has ${size} triggers (${tables.length} table${tables.length === 1 ? "" : "s"} \xD7 ${dates.length} partitions, ${dates[0]}..${dates.at(-1)}): ${advice}`
    );
  }
  return tables.flatMap((tableName) => dates.map((partition) => ({ tableName, partition })));
}
function splitList(text) {
  return text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
}

// src/inputs.ts
var INPUT_NAMES = [
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
];
var AUTH_TYPES = ["UID", "TOKEN", "ACCOUNT", "APIKEY"];
var DEFAULTS = {
  partition: "today",
  timezone: "UTC",
  "timeout-seconds": "30",
  retries: "3",
  concurrency: "4",
  "fail-fast": "false",
  "dry-run": "false",
  "max-triggers": "1000",
  "dbt-catalog": "default_catalog"
};
var MAX_TIMEOUT_SECONDS = 3600;
var MAX_RETRIES = 10;
var MAX_CONCURRENCY = 32;
var MAX_PLAN_SIZE = 2e3;
function secretsOf(raw) {
  return [raw["auth-value"], raw["app-secret"], ...secretsInHost(raw.host)].filter(
    (secret) => secret !== ""
  );
}
function parseInputs(raw, env) {
  const { now, readTextFile } = env;
  const notices = [];
  const inputs = new RefusalCollector();
  const endpoint = inputs.take(() => forInput("host", () => parseHost(raw.host)));
  const tenantId = inputs.take(() => forInput("tenant-id", () => headerField(raw["tenant-id"])));
  const credentials = readCredentials(raw, inputs);
  const withDbt = raw["dbt-run-results"] !== "";
  const dbt = withDbt ? inputs.take(() => readDbt(raw, env)) : void 0;
  const named = inputs.take(() => readTableNames(raw, notices, withDbt));
  const tableNames = named && (!withDbt || dbt) ? [...named, ...dbtTables(dbt)] : void 0;
  const timeZone = inputs.take(
    () => forInput("timezone", () => parseTimeZone(orDefault(raw, "timezone")))
  );
  const partitions = timeZone === void 0 ? void 0 : inputs.take(
    () => forInput(
      "partition",
      () => resolvePartitions(splitList(orDefault(raw, "partition")), { now, timeZone })
    )
  );
  const timeoutMs = inputs.take(
    () => forInput("timeout-seconds", () => parseTimeoutMs(orDefault(raw, "timeout-seconds")))
  );
  const retries = inputs.take(
    () => forInput("retries", () => parseWholeNumber(orDefault(raw, "retries"), 0, MAX_RETRIES))
  );
  const concurrency = inputs.take(
    () => forInput(
      "concurrency",
      () => parseWholeNumber(orDefault(raw, "concurrency"), 1, MAX_CONCURRENCY)
    )
  );
  const failFast = inputs.take(
    () => forInput("fail-fast", () => parseBoolean(orDefault(raw, "fail-fast")))
  );
  const dryRun = inputs.take(
    () => forInput("dry-run", () => parseBoolean(orDefault(raw, "dry-run")))
  );
  const maxTriggers = inputs.take(
    () => forInput(
      "max-triggers",
      () => parseWholeNumber(orDefault(raw, "max-triggers"), 1, MAX_PLAN_SIZE)
    )
  );
  const plan = tableNames && partitions && maxTriggers !== void 0 ? inputs.take(
    () => forInput(
      "max-triggers",
      () => buildPlan(tableNames, partitions, { maxTriggers, largest: MAX_PLAN_SIZE })
    )
  ) : void 0;
  const caCertificates = inputs.take(
    () => forInput("ca-certificate", () => parseCaCertificates(raw["ca-certificate"], readTextFile))
  );
  inputs.throwIfAny();
  return {
    config: {
      endpoint: defined(endpoint),
      tenantId: defined(tenantId),
      credentials: defined(credentials),
      plan: defined(plan),
      timeZone: defined(timeZone),
      today: todayIn({ now, timeZone: defined(timeZone) }),
      timeoutMs: defined(timeoutMs),
      retryPolicy: { retries: defined(retries), ...DEFAULT_BACKOFF },
      concurrency: defined(concurrency),
      failFast: defined(failFast),
      dryRun: defined(dryRun),
      caCertificates: defined(caCertificates),
      dbt
    },
    notices
  };
}
function defined(value) {
  if (value === void 0) throw new Error("an input was neither parsed nor refused");
  return value;
}
function readCredentials(raw, inputs) {
  const headerGiven = raw["auth-type"] !== "" || raw["auth-value"] !== "";
  const pairGiven = raw["app-id"] !== "" || raw["app-secret"] !== "";
  if (headerGiven && pairGiven) {
    inputs.take(() => {
      throw new InputError(
        "app-id",
        "cannot be combined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with auth-value"
      );
    });
    return void 0;
  }
  if (pairGiven) {
    const appId = inputs.take(
      () => forInput("app-id", () => {
        requireNonEmpty(raw["app-id"], "is required with app-secret (the API key ID)");
        requireHeaderSafe(raw["app-id"]);
        return raw["app-id"];
      })
    );
    const appSecret = inputs.take(
      () => forInput("app-secret", () => {
        requireNonEmpty(raw["app-secret"], "is required with app-id (the API key secret)");
        requireHeaderSafe(raw["app-secret"], { secret: true });
        return raw["app-secret"];
      })
    );
    return appId && appSecret ? { kind: "api-key", appId, appSecret } : void 0;
  }
  const authType = inputs.take(() => forInput("auth-type", () => parseAuthType(raw["auth-type"])));
  const authValue = inputs.take(() => forInput("auth-value", () => secretHeader(raw["auth-value"])));
  return authType && authValue ? { kind: "header", authType, authValue } : void 0;
}
function orDefault(raw, name) {
  return raw[name] === "" ? DEFAULTS[name] : raw[name];
}
function headerField(value) {
  requireNonEmpty(value);
  requireHeaderSafe(value);
  requireMaxLength(value);
  return value;
}
function secretHeader(value) {
  requireNonEmpty(value);
  requireHeaderSafe(value, { secret: true });
  return value;
}
function parseAuthType(value) {
  requireNonEmpty(
    value,
    `is required (one of ${AUTH_TYPES.join(", ")}), or give app-id and app-secret instead`
  );
  const upper = value.toUpperCase();
  const known = AUTH_TYPES.find((type) => type === upper);
  if (!known) throw new RuleViolation(`must be one of ${AUTH_TYPES.join(", ")}`, value);
  return known;
}
function parseTimeZone(value) {
  const problem = timeZoneProblem(value);
  if (problem) throw new RuleViolation(problem, value);
  return value;
}
function parseTimeoutMs(value) {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new RuleViolation(
      `must be a number of seconds above 0, at most ${MAX_TIMEOUT_SECONDS}`,
      value
    );
  }
  return Math.round(seconds * 1e3);
}
function parseWholeNumber(value, min, max) {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new RuleViolation(`must be a whole number from ${min} to ${max}`, value);
  }
  return Number(value);
}
function parseBoolean(value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new RuleViolation("must be true or false", value);
}
var PART_INPUTS = ["datasource", "catalog-schema", "table"];
function readTableNames(raw, notices, withDbt) {
  const fullNames = splitList(raw["table-name"]);
  const partsGiven = PART_INPUTS.filter(
    (name) => raw[name] !== "" && !(withDbt && name === "datasource")
  );
  if (fullNames.length > 0 && partsGiven.length > 0) {
    throw new InputError(
      "table-name",
      `cannot be combined with ${partsGiven.join(", ")}: give full names or their parts, not both`
    );
  }
  if (fullNames.length > 0) return fullNames.map((name) => parseFullName(name, notices));
  if (partsGiven.length === 0 && withDbt) return [];
  if (partsGiven.length === 0) {
    throw new InputError(
      "table-name",
      "is required (or give datasource, catalog-schema and table, or dbt-run-results, instead)"
    );
  }
  return composeFromParts(raw);
}
function parseFullName(name, notices) {
  const parsed = forInput("table-name", () => parseTableName(name));
  if (parsed.backticksAdded) {
    notices.push(`table-name: added the backticks the platform requires: ${parsed.tableName}`);
  }
  return parsed.tableName;
}
function composeFromParts(raw) {
  const missing = PART_INPUTS.find((name) => splitList(raw[name]).length === 0);
  if (missing) {
    throw new InputError(missing, "is required when datasource, catalog-schema or table is given");
  }
  const datasource = forInput("datasource", () => validateNamePart(raw.datasource));
  const catalogSchema = forInput(
    "catalog-schema",
    () => normalizeCatalogSchema(raw["catalog-schema"])
  );
  return splitList(raw.table).map(
    (name) => forInput("table", () => composeTableName(datasource, catalogSchema, validateNamePart(name)))
  );
}
function dbtTables(dbt) {
  return dbt ? dbt.mapped.map((node) => node.tableName) : [];
}
function readDbt(raw, env) {
  const datasource = forInput("datasource", () => {
    requireNonEmpty(
      raw.datasource,
      "is required with dbt-run-results: the data source name bound in AnyMetrics"
    );
    return validateNamePart(raw.datasource);
  });
  const defaultCatalog = forInput(
    "dbt-catalog",
    () => validateNamePart(orDefault(raw, "dbt-catalog"))
  );
  const select = forInput("dbt-select", () => splitList(raw["dbt-select"]).map(parseSelector));
  const exclude = forInput("dbt-exclude", () => splitList(raw["dbt-exclude"]).map(parseSelector));
  const runResultsPath = raw["dbt-run-results"];
  const manifestPath = raw["dbt-manifest"] || (0, import_node_path.join)((0, import_node_path.dirname)(runResultsPath), "manifest.json");
  const results = forInput(
    "dbt-run-results",
    () => readArtifact(env, runResultsPath, readRunResults)
  );
  const wanted = idsToLookUp(results);
  const nodes = forInput(
    "dbt-manifest",
    () => readArtifact(env, manifestPath, (text) => readManifestNodes(text, wanted))
  );
  const missing = [...wanted].filter((id) => !nodes.has(id));
  if (missing.length > 0) {
    throw new InputError(
      "dbt-manifest",
      `has no node ${missing[0]}${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ""} that run_results names: give the manifest of the same dbt run`,
      manifestPath
    );
  }
  return mapDbtRun(results, nodes, { datasource, defaultCatalog, select, exclude });
}
function readArtifact(env, path, parse) {
  let text;
  try {
    text = env.readArtifact(path);
  } catch (error2) {
    const code = error2.code ?? "unreadable";
    throw new RuleViolation(`names a file that cannot be read (${code})`, path);
  }
  try {
    return parse(text);
  } catch (error2) {
    if (error2 instanceof RuleViolation) throw new RuleViolation(error2.rule, path);
    throw error2;
  }
}

// src/run-control.ts
var UNREACHABLE_AFTER = 3;
var NOT_RUN_REASONS = {
  "fail-fast": display`not run: fail-fast stopped the run after a failure`,
  unreachable: display`not run: the platform is unreachable`,
  cancelled: display`not run: cancelled`,
  crashed: display`not run: the action stopped unexpectedly`
};
var RunControl = class {
  stopping = new AbortController();
  aborting = new AbortController();
  firstCause;
  stop(cause) {
    this.firstCause ??= cause;
    this.stopping.abort();
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
    return NOT_RUN_REASONS[this.firstCause ?? "cancelled"];
  }
};

// src/report.ts
var FAILURE_TITLE = "AnyMetrics refresh failed";
var INVALID_INPUT_TITLE = "AnyMetrics refresh input is invalid";
var OUTPUT_BUDGET_BYTES = 1e6;
var SUMMARY_BUDGET_BYTES = 1e6;
var TEXT_LIMITS = [500, 200, 80, 20, 0];
function failedResults(results) {
  return results.filter((result) => result.status === "failed");
}
function tally(results) {
  return {
    succeeded: results.filter((result) => result.status === "succeeded"),
    failed: failedResults(results),
    notRun: results.filter((result) => result.status === "not-run")
  };
}
function buildOutputs(results) {
  const { succeeded, failed } = tally(results);
  return {
    success: String(results.length > 0 && succeeded.length === results.length),
    // One entry per trigger, empty when the platform returned none: positions match results.
    "trace-id": results.map((result) => result.traceId ?? "").join(","),
    "error-message": fitWithin(
      OUTPUT_BUDGET_BYTES,
      (limit) => failed.map((result) => failureLine(result, limit)).join("\n")
    ),
    results: resultsJson(results),
    "succeeded-count": String(succeeded.length),
    "failed-count": String(failed.length)
  };
}
function emptyOutputs(errorMessage = []) {
  return {
    success: "false",
    "trace-id": "",
    "error-message": errorMessage.join("\n"),
    results: "[]",
    "succeeded-count": "0",
    "failed-count": "0"
  };
}
function resultsJson(results) {
  return fitWithin(
    OUTPUT_BUDGET_BYTES,
    (limit) => JSON.stringify(results.map((result) => publicFields(result, limit)))
  );
}
function publicFields(result, textLimit) {
  const { tableName, partition, status, code, traceId, attempts, durationMs } = result;
  return {
    tableName,
    partition,
    success: status === "succeeded",
    status,
    code,
    traceId,
    data: clipped(result.data, textLimit),
    errorMsg: clipped(result.errorMsg, textLimit),
    attempts,
    durationMs
  };
}
function fitWithin(maxBytes, render) {
  let text = "";
  for (const limit of TEXT_LIMITS) {
    text = render(limit);
    if (Buffer.byteLength(text) <= maxBytes) return text;
  }
  return text;
}
function clipped(text, limit) {
  return text === null ? null : shorten(text, limit);
}
function failureLine(result, textLimit = Infinity) {
  const reason = shorten(result.errorMsg ?? display`failed`, textLimit);
  return display`${result.tableName} ${result.partition}: ${reason}${effortSuffix(result)}${traceSuffix(result)}`;
}
function effortSuffix(result) {
  return result.attempts > 1 ? display` (after ${result.attempts} attempts in ${formatDuration(result.durationMs)})` : display``;
}
function failureGroups(failed) {
  const byReason = /* @__PURE__ */ new Map();
  for (const result of failed) {
    const key = result.errorMsg ?? "";
    byReason.set(key, [...byReason.get(key) ?? [], result]);
  }
  return [...byReason.values()].map((group) => {
    const [first] = group;
    if (group.length === 1) return { line: failureLine(first), count: 1 };
    const reason = first.errorMsg ?? display`failed`;
    return {
      line: display`${group.length} triggers failed: ${reason} (first: ${first.tableName} ${first.partition}${traceSuffix(first)})`,
      count: group.length
    };
  });
}
function stoppedLine(results, cause, host) {
  const notRun = results.filter((result) => result.status === "not-run").length;
  const notRunText = display`${notRun} trigger${plural(notRun)} not run`;
  if (cause === "cancelled") {
    return display`The run was cancelled: ${notRunText}; the rest are reported as they ended`;
  }
  if (cause === "unreachable") {
    const last = [...results].reverse().find((result) => result.status === "failed" && !result.answered);
    const why = last?.errorMsg ? display` (last: ${last.errorMsg})` : display``;
    return display`The platform at ${host} is unreachable: ${UNREACHABLE_AFTER} triggers in a row got no answer after their retries${why}; ${notRunText}`;
  }
  return null;
}
function resultLine(result) {
  const status = result.status === "succeeded" ? display`✅ succeeded` : result.status === "not-run" ? display`⏭️ ${result.errorMsg ?? display`not run`}` : display`❌ failed: ${result.errorMsg ?? display``}`;
  const attempts = display`${result.attempts} attempt${plural(result.attempts)}`;
  return display`${result.tableName} ${result.partition}: ${status} (traceId ${result.traceId ?? display`none`}, ${attempts}, ${formatDuration(result.durationMs)})`;
}
function progressLine(result, finished, total) {
  return display`[${finished}/${total}] ${resultLine(result)}`;
}
function retryLine(notice2) {
  return display`${notice2.tableName} ${notice2.partition}: attempt ${notice2.attempt} of ${notice2.maxAttempts} failed (${notice2.reason}); retrying in ${formatDuration(notice2.waitMs)}`;
}
function warningLine(result) {
  return result.warning ? display`${result.tableName} ${result.partition}: ${result.warning}` : null;
}
function totalsLine(results) {
  const { succeeded, failed, notRun } = tally(results);
  const parts = [display`${succeeded.length} succeeded`, display`${failed.length} failed`];
  if (notRun.length > 0) parts.push(display`${notRun.length} not run`);
  return display`${joinDisplay(parts, ", ")}, ${results.length} in all`;
}
function moreFailuresLine(count) {
  return display`${count} more triggers failed: see the job summary or the error-message output`;
}
function runStartLine(total, endpoint, concurrency) {
  return display`Triggering ${total} data update${plural(total)} on ${endpoint} (concurrency ${Math.min(concurrency, total)})`;
}
function dryRunLines(plan) {
  const count = display`${plan.length} trigger${plural(plan.length)} planned`;
  return {
    group: display`Dry run: ${count}, nothing will be sent`,
    lines: plan.map((trigger) => display`${trigger.tableName} ${trigger.partition}`),
    notice: display`Dry run: ${count}; nothing was sent`
  };
}
function inputErrorLine(error2, boundary) {
  const rule = inertLine(boundary.redact(error2.rule));
  const shown2 = error2.offendingValue === void 0 ? display`` : display`; got ${boundary.quote(error2.offendingValue)}`;
  return display`Input "${inertLine(error2.input)}" ${rule}${shown2}`;
}
function tokenRefusedLine(verdict, attempts) {
  const trace = verdict.traceId ? display` (traceId ${verdict.traceId})` : display``;
  const effort = attempts > 1 ? display` after ${attempts} attempts` : display``;
  return display`Could not get a token from token/create with app-id and app-secret${effort}: ${verdict.reason ?? display`refused`}${trace}; no trigger was sent`;
}
function crashLine(message) {
  return display`anymetrics-refresh stopped unexpectedly: ${message}`;
}
function runContext(env, boundary) {
  const shown2 = (name) => {
    const value = env[name];
    return value ? boundary.text(value, 200) : void 0;
  };
  const context = {
    workflow: shown2("GITHUB_WORKFLOW"),
    runNumber: shown2("GITHUB_RUN_NUMBER"),
    sha: shown2("GITHUB_SHA"),
    event: shown2("GITHUB_EVENT_NAME")
  };
  return context;
}
function traceSuffix(result) {
  return result.traceId ? display` (traceId ${result.traceId})` : display``;
}
function plural(count) {
  return count === 1 ? display`` : display`s`;
}
function formatDuration(ms) {
  return ms < 1e3 ? display`${ms} ms` : display`${decimal(ms / 1e3, 1)} s`;
}
var FOLD_SUCCEEDED_AFTER = 10;
function dbtShown(mapping, boundary) {
  return {
    mapped: mapping.mapped.map((node) => ({
      node: boundary.text(node.uniqueId),
      table: boundary.text(node.tableName)
    })),
    skipped: mapping.skipped.map((node) => ({
      node: boundary.text(node.uniqueId),
      reason: boundary.text(node.reason)
    }))
  };
}
function dbtLines(dbt) {
  return {
    group: display`dbt: ${dbt.mapped.length} node${plural(dbt.mapped.length)} to refresh, ${dbt.skipped.length} skipped`,
    lines: [
      ...dbt.mapped.map(({ node, table }) => display`${node} → ${table}`),
      ...dbt.skipped.map(({ node, reason }) => display`${node}: skipped, ${reason}`)
    ]
  };
}
function dbtSummarySection(dbt) {
  const skipped = dbt.skipped.length === 0 ? [] : [
    "",
    `<details><summary>${dbt.skipped.length} dbt node${plural(dbt.skipped.length)} skipped</summary>`,
    "",
    ...dbt.skipped.map(({ node, reason }) => `- ${codeCell(node)}: ${escapeCell(reason)}`),
    "",
    "</details>"
  ];
  return [
    "### From dbt",
    "",
    "| dbt node | table |",
    "| --- | --- |",
    ...dbt.mapped.map(({ node, table }) => `| ${codeCell(node)} | ${codeCell(table)} |`),
    ...skipped,
    ""
  ].join("\n");
}
function buildSummary(results, context, extra = "") {
  const { succeeded, failed, notRun } = tally(results);
  const headline = failed.length + notRun.length === 0 ? "\u2705 AnyMetrics refresh succeeded" : `\u274C ${FAILURE_TITLE}`;
  return fitWithin(
    SUMMARY_BUDGET_BYTES,
    (limit) => [
      `## ${headline}`,
      "",
      `**${totalsLine(results)}**`,
      "",
      ...section(`\u274C Failed (${failed.length})`, failed, [
        ["Table", (r) => codeCell(r.tableName)],
        ["Partition", (r) => escapeCell(r.partition)],
        ["Reason", (r) => escapeCell(clipped(r.errorMsg, limit) ?? "")],
        ["Trace ID", (r) => r.traceId ? codeCell(r.traceId) : ""],
        ["Attempts", (r) => String(r.attempts)]
      ]),
      ...section(`\u23ED\uFE0F Not run (${notRun.length})`, notRun, [
        ["Table", (r) => codeCell(r.tableName)],
        ["Partition", (r) => escapeCell(r.partition)],
        ["Reason", (r) => escapeCell(r.errorMsg ?? "")]
      ]),
      ...folded(
        succeeded.length > FOLD_SUCCEEDED_AFTER,
        `\u2705 Succeeded (${succeeded.length})`,
        section(`\u2705 Succeeded (${succeeded.length})`, succeeded, [
          ["Table", (r) => codeCell(r.tableName)],
          ["Partition", (r) => escapeCell(r.partition)],
          ["Trace ID", (r) => r.traceId ? codeCell(r.traceId) : ""],
          ["Attempts", (r) => String(r.attempts)],
          ["Note", (r) => escapeCell(clipped(r.warning, limit) ?? "")]
        ])
      ),
      extra,
      contextLine(context),
      ""
    ].join("\n")
  );
}
function section(title, results, columns) {
  if (results.length === 0) return [];
  const named = columns.filter(
    ([heading, cell]) => heading !== "Note" || results.some((result) => cell(result) !== "")
  );
  return [
    `### ${title}`,
    "",
    `| ${named.map(([heading]) => heading).join(" | ")} |`,
    `| ${named.map(() => "---").join(" | ")} |`,
    ...results.map((result) => `| ${named.map(([, cell]) => cell(result)).join(" | ")} |`),
    ""
  ];
}
function folded(fold, summary2, lines) {
  if (!fold || lines.length === 0) return lines;
  return [`<details><summary>${summary2}</summary>`, "", ...lines.slice(1), "</details>", ""];
}
function buildPlanSummary(plan, context, extra = "") {
  return [
    "## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent",
    "",
    `**${plan.length} trigger${plural(plan.length)} planned**`,
    "",
    "| Table | Partition |",
    "| --- | --- |",
    ...plan.map((trigger) => `| ${codeCell(trigger.tableName)} | ${escapeCell(trigger.partition)} |`),
    "",
    extra,
    contextLine(context),
    ""
  ].join("\n");
}
function contextLine(context) {
  const parts = [];
  if (context.workflow) parts.push(`Workflow **${escapeCell(context.workflow)}**`);
  if (context.runNumber) parts.push(`run #${escapeCell(context.runNumber)}`);
  if (context.sha) parts.push(`commit ${codeCell(context.sha.slice(0, 7))}`);
  if (context.event) parts.push(`event ${codeCell(context.event)}`);
  return parts.join(" \xB7 ");
}
function codeCell(text) {
  const escaped = escapePipes(text);
  return text.includes("`") ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}
function escapePipes(text) {
  return text.replace(/\|/g, "\\|");
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeCell(text) {
  return escapePipes(text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c));
}

// src/reporter.ts
var MAX_FAILURE_ANNOTATIONS = 10;
function gatherLogLines(sink) {
  let lines = [];
  const flush = () => {
    if (lines.length === 0) return;
    const text = lines.join("\n");
    lines = [];
    sink.info(text);
  };
  const flushingFirst = (call) => (...args) => {
    flush();
    return call(...args);
  };
  return {
    info: (line) => {
      if (lines.push(line) === 1) setImmediate(flush);
    },
    setSecret: flushingFirst(sink.setSecret),
    debug: flushingFirst(sink.debug),
    notice: flushingFirst(sink.notice),
    warning: flushingFirst(sink.warning),
    error: flushingFirst(sink.error),
    startGroup: flushingFirst(sink.startGroup),
    endGroup: flushingFirst(sink.endGroup),
    setOutput: flushingFirst(sink.setOutput),
    writeSummary: flushingFirst(sink.writeSummary),
    fail: flushingFirst(sink.fail)
  };
}
var Reporter = class {
  constructor(sink, boundary, context) {
    this.boundary = boundary;
    this.context = context;
    this.sink = gatherLogLines(sink);
  }
  boundary;
  context;
  groupOpen = false;
  sink;
  /** Summary sections that come before the run's context (the dbt mapping). */
  summaryExtra = "";
  /** Registers a secret and its encoded forms with the runner's mask and the boundary. */
  mask(secret) {
    this.boundary.addSecret(secret).forEach((form) => this.sink.setSecret(form));
  }
  inputRefused(errors) {
    const lines = errors.map((error2) => inputErrorLine(error2, this.boundary));
    this.setOutputs(emptyOutputs(lines));
    lines.forEach((line) => this.fail(line, INVALID_INPUT_TITLE));
  }
  notices(notices) {
    notices.forEach((notice2) => this.sink.notice(inertLine(this.boundary.text(notice2))));
  }
  /** Which day `today` was, once, so a wrong time zone shows in the log. */
  today(timeZone, today) {
    this.info(display`today in ${this.boundary.text(timeZone)} is ${this.boundary.text(today)}`);
  }
  /** Which dbt nodes became which tables, and why the others did not: once, before the run. */
  dbtMapping(mapping) {
    const shown2 = dbtShown(mapping, this.boundary);
    const { group, lines } = dbtLines(shown2);
    this.startGroup(group);
    lines.forEach((line) => this.info(line));
    this.endGroup();
    for (const { node, reason } of shown2.skipped) {
      if (reason.startsWith("its table name"))
        this.sink.warning(inertLine(display`${node}: ${reason}`));
    }
    this.summaryExtra = dbtSummarySection(shown2);
  }
  /** A plan with no trigger in it (dbt rebuilt nothing that maps to a table): nothing to do. */
  async nothingToRefresh() {
    this.sink.notice("Nothing to refresh: no table was named, and no dbt node maps to one");
    this.setOutputs(emptyOutputs());
    await this.sink.writeSummary(
      `## AnyMetrics refresh: nothing to refresh

${this.summaryExtra}`
    );
  }
  async dryRun(plan) {
    const shown2 = plan.map((trigger) => ({
      tableName: this.boundary.text(trigger.tableName),
      partition: this.boundary.text(trigger.partition)
    }));
    const { group, lines, notice: notice2 } = dryRunLines(shown2);
    this.startGroup(group);
    lines.forEach((line) => this.info(line));
    this.endGroup();
    this.sink.notice(inertLine(notice2));
    this.setOutputs(emptyOutputs());
    await this.sink.writeSummary(buildPlanSummary(shown2, this.context, this.summaryExtra));
  }
  tokenRetry(attempt, maxAttempts, reason, waitMs) {
    this.info(
      display`token request: attempt ${attempt} of ${maxAttempts} failed (${reason}); retrying in ${formatDuration(waitMs)}`
    );
  }
  /** The API key pair was not exchanged for a token: one annotation, no trigger sent. */
  async tokenRefused(verdict, attempts) {
    const line = tokenRefusedLine(verdict, attempts);
    this.setOutputs(emptyOutputs([line]));
    await this.sink.writeSummary(`## \u274C ${FAILURE_TITLE}

${line}
`);
    this.fail(line, FAILURE_TITLE);
  }
  runStarted(total, endpoint, concurrency) {
    this.startGroup(runStartLine(total, this.boundary.text(endpoint), concurrency));
  }
  requestBody(body) {
    this.sink.debug(inertLine(this.boundary.text(`Request body: ${body}`)));
  }
  retry(notice2) {
    this.info(retryLine(notice2));
  }
  finished(result, finished, total) {
    this.info(progressLine(result, finished, total));
  }
  /**
   * The end of a run: totals, outputs, summary, then warnings and failure annotations, identical
   * failures collapsed into one with a count, and one line for a run that stopped early.
   */
  async runEnded(results, ending = {}) {
    this.endGroup();
    this.info(totalsLine(results));
    this.setOutputs(buildOutputs(results));
    await this.sink.writeSummary(buildSummary(results, this.context, this.summaryExtra));
    for (const result of results) {
      const warning2 = warningLine(result);
      if (warning2) this.sink.warning(inertLine(warning2));
    }
    const stopLine = stoppedLine(results, ending.cause, this.boundary.text(ending.host ?? ""));
    if (stopLine) this.fail(stopLine, FAILURE_TITLE);
    const failed = failedResults(results).filter(
      (result) => ending.cause !== "unreachable" || result.answered
    );
    const groups = failureGroups(failed);
    const shown2 = groups.slice(0, MAX_FAILURE_ANNOTATIONS);
    shown2.forEach((group) => this.fail(group.line, FAILURE_TITLE));
    const more = groups.slice(MAX_FAILURE_ANNOTATIONS).reduce((sum, group) => sum + group.count, 0);
    if (more > 0) this.fail(moreFailuresLine(more), FAILURE_TITLE);
  }
  /**
   * Last resort for a bug: one annotation, no stack trace, never a green step, and outputs and
   * summary that say so.
   */
  async crashed(error2) {
    this.endGroup();
    const raw = error2 instanceof Error ? error2.message : String(error2);
    const line = crashLine(this.boundary.text(raw));
    this.setOutputs(emptyOutputs([line]));
    await this.sink.writeSummary(`## \u274C ${FAILURE_TITLE}

${line}
`).catch(() => void 0);
    this.fail(line, FAILURE_TITLE);
  }
  setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) this.sink.setOutput(name, value);
  }
  info(line) {
    this.sink.info(inertLine(line));
  }
  fail(line, title) {
    this.sink.error(inertLine(line), { title });
    this.sink.fail();
  }
  startGroup(line) {
    this.endGroup();
    this.sink.startGroup(inertLine(line));
    this.groupOpen = true;
  }
  endGroup() {
    if (!this.groupOpen) return;
    this.sink.endGroup();
    this.groupOpen = false;
  }
};

// src/throttle.ts
var FIRST_PROBE_RUN = 2;
var Throttle = class {
  constructor(maxConcurrency, clock) {
    this.maxConcurrency = maxConcurrency;
    this.clock = clock;
    this.current = maxConcurrency;
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
  probeRun = FIRST_PROBE_RUN;
  waiting = [];
  get limit() {
    return this.current;
  }
  /** Waits for a free slot and for any pause the server asked for to pass. */
  async acquire() {
    while (this.inFlight >= this.current) {
      await new Promise((resolve) => this.waiting.push(resolve));
    }
    this.inFlight++;
    for (let wait = this.pauseLeftMs(); wait > 0; wait = this.pauseLeftMs()) {
      await this.clock.sleep(wait);
    }
    return {
      generation: this.generation,
      level: this.current,
      full: this.inFlight >= this.current
    };
  }
  release() {
    this.inFlight--;
    this.wakeWaiting();
  }
  /** The server answered without pushing back. */
  accepted(ticket) {
    if (ticket.generation === this.generation) this.acceptedInGeneration++;
    if (ticket.generation !== this.generation || !ticket.full) return;
    if (++this.acceptedAtLevel < this.current * this.roundsBeforeRaise()) return;
    this.stable = Math.max(this.stable, this.current);
    if (this.failed !== void 0 && this.current >= this.failed) {
      this.failed = void 0;
      this.probeRun = FIRST_PROBE_RUN;
    }
    if (this.current < this.maxConcurrency) {
      this.change(this.current + 1);
    } else {
      this.acceptedAtLevel = 0;
    }
  }
  /** The server pushed back (429 or Retry-After) on a request sent under `ticket`. */
  pushedBack(ticket, pauseMs) {
    if (ticket.generation !== this.generation) return;
    if (ticket.level <= 1) {
      this.pausedUntilMs = Math.max(this.pausedUntilMs, this.clock.nowMs() + pauseMs);
      this.change(1);
      return;
    }
    const probeFailed = this.stable > 0 && ticket.level > this.stable;
    this.failed = ticket.level;
    if (probeFailed) {
      this.probeRun *= 2;
      this.change(this.stable);
    } else {
      const half = Math.floor(ticket.level / 2);
      const held = this.acceptedInGeneration;
      this.stable = 0;
      this.change(held > 0 ? Math.min(held, half) : half);
    }
  }
  /** How many rounds at this level before the next one is tried. */
  roundsBeforeRaise() {
    return this.failed !== void 0 && this.current + 1 >= this.failed ? this.probeRun : 1;
  }
  change(limit) {
    this.current = Math.min(this.maxConcurrency, Math.max(1, limit));
    this.generation++;
    this.acceptedAtLevel = 0;
    this.acceptedInGeneration = 0;
    this.wakeWaiting();
  }
  pauseLeftMs() {
    return this.pausedUntilMs - this.clock.nowMs();
  }
  /** Woken waiters re-check for a slot, so waking one too many is harmless. */
  wakeWaiting() {
    const free = this.current - this.inFlight;
    if (free > 0) this.waiting.splice(0, free).forEach((resolve) => resolve());
  }
};

// src/trigger.ts
async function retrying(send, policy, stage, onRetry) {
  const maxAttempts = policy.retries + 1;
  let last;
  let answered = false;
  for (let attempt = 1; ; attempt++) {
    const outcome = await send();
    if (!outcome || outcome.cancelled) {
      return { last, attempts: attempt - 1, answered, cancelled: Boolean(outcome?.cancelled) };
    }
    answered ||= outcome.answered;
    last = outcome;
    if (!outcome.retryable || attempt >= maxAttempts || stage.stopped()) {
      return { last, attempts: attempt, answered, cancelled: false };
    }
    const waitMs = nextDelayMs(attempt, policy, outcome.pushbackMs, stage.random);
    onRetry(attempt, maxAttempts, outcome.verdict.reason ?? display`transient failure`, waitMs);
    await stage.sleep(waitMs);
  }
}
async function runTrigger(trigger, policy, deps) {
  const startedMs = deps.nowMs();
  const run2 = await retrying(
    () => deps.send(trigger),
    policy,
    deps,
    (attempt, maxAttempts, reason, waitMs) => deps.onRetry({ ...labelOf(trigger, deps.boundary), attempt, maxAttempts, reason, waitMs })
  );
  if (!run2.last || run2.cancelled) return notRunResult(trigger, deps.boundary, deps.notRunReason());
  return finishedResult(trigger, deps.boundary, run2.last.verdict, {
    attempts: run2.attempts,
    durationMs: deps.nowMs() - startedMs,
    answered: run2.answered
  });
}
function labelOf(trigger, boundary) {
  return {
    tableName: boundary.text(trigger.tableName),
    partition: boundary.text(trigger.partition)
  };
}
function finishedResult(trigger, boundary, verdict, effort) {
  return {
    ...labelOf(trigger, boundary),
    status: verdict.succeeded ? "succeeded" : "failed",
    code: verdict.code,
    traceId: verdict.traceId,
    data: verdict.data,
    errorMsg: verdict.reason,
    warning: verdict.warning,
    ...effort
  };
}
function notRunResult(trigger, boundary, reason) {
  return {
    ...labelOf(trigger, boundary),
    status: "not-run",
    code: null,
    traceId: null,
    data: null,
    errorMsg: reason,
    warning: null,
    attempts: 0,
    durationMs: 0,
    answered: false
  };
}

// src/run-plan.ts
async function runPlan(plan, options, deps) {
  const { control } = deps;
  const throttle = new Throttle(options.concurrency, {
    nowMs: deps.nowMs,
    sleep: (ms) => deps.sleep(ms, control.stopSignal)
  });
  const triggerDeps = lifecycleDeps(throttle, deps, options.retryPolicy);
  const results = new Array(plan.length);
  const queue = plan.entries();
  let finished = 0;
  let unansweredInARow = 0;
  const settle = (result) => {
    if (result.status === "not-run") return;
    unansweredInARow = result.answered ? 0 : unansweredInARow + 1;
    if (unansweredInARow >= UNREACHABLE_AFTER) control.stop("unreachable");
    if (result.status === "failed" && options.failFast) control.stop("fail-fast");
  };
  const worker = async () => {
    for (const [index, trigger] of queue) {
      if (control.stopped) return;
      try {
        const result = await runTrigger(trigger, options.retryPolicy, triggerDeps);
        results[index] = result;
        deps.onFinished(result, ++finished, plan.length);
        settle(result);
      } catch (error2) {
        control.stop("crashed");
        throw error2;
      }
    }
  };
  const workers = Math.min(options.concurrency, plan.length);
  const ended = await Promise.allSettled(Array.from({ length: workers }, worker));
  const crash = ended.find((outcome) => outcome.status === "rejected");
  if (crash) throw crash.reason;
  return plan.map(
    (trigger, index) => results[index] ?? notRunResult(trigger, deps.boundary, control.notRunReason)
  );
}
function lifecycleDeps(throttle, deps, policy) {
  const { control } = deps;
  return {
    send: async (trigger) => {
      const ticket = await throttle.acquire();
      try {
        if (control.stopped) return void 0;
        const attempt = await deps.send(trigger, control.abortSignal);
        if (attempt.pushbackMs === void 0) throttle.accepted(ticket);
        else throttle.pushedBack(ticket, Math.min(attempt.pushbackMs, policy.retryAfterCapMs));
        return attempt;
      } finally {
        throttle.release();
      }
    },
    sleep: (ms) => deps.sleep(ms, control.stopSignal),
    random: deps.random,
    nowMs: deps.nowMs,
    onRetry: deps.onRetry,
    boundary: deps.boundary,
    stopped: () => control.stopped,
    notRunReason: () => control.notRunReason
  };
}

// src/token.ts
async function exchangeToken(client, pair, policy, stage, hooks, signal) {
  let token;
  const run2 = await retrying(
    async () => {
      const attempt = await client.createToken(pair, hooks.onToken, signal);
      token = attempt.token;
      return attempt;
    },
    policy,
    stage,
    hooks.onRetry
  );
  if (token !== void 0) return { token };
  return {
    failed: run2.last?.verdict ?? failedVerdict(display`cancelled before the platform answered`),
    attempts: run2.attempts
  };
}

// src/main.ts
var USER_AGENT = "anymetrics-refresh";
var CANCEL_GRACE_MS = 2e3;
var CANCEL_SIGNALS = ["SIGINT", "SIGTERM"];
var MAX_ARTIFACT_BYTES = 512 * 1024 * 1024;
async function run() {
  const raw = readRawInputs();
  const boundary = new TrustBoundary();
  const reporter = new Reporter(coreSink(), boundary, runContext(process.env, boundary));
  try {
    secretsOf(raw).forEach((secret) => reporter.mask(secret));
    const config = parseOrRefuse(raw, reporter);
    if (!config) return;
    reporter.today(config.timeZone, config.today);
    if (config.dbt) reporter.dbtMapping(config.dbt);
    if (config.plan.length === 0) return await reporter.nothingToRefresh();
    if (config.dryRun) return await reporter.dryRun(config.plan);
    await triggerAll(config, boundary, reporter);
  } catch (error2) {
    await reporter.crashed(error2);
  }
}
function readRawInputs() {
  const entries = INPUT_NAMES.map((name) => [name, getInput(name)]);
  return Object.fromEntries(entries);
}
function parseOrRefuse(raw, reporter) {
  try {
    const { config, notices } = parseInputs(raw, {
      now: /* @__PURE__ */ new Date(),
      readTextFile: (path) => readBoundedTextFile(path, MAX_CA_FILE_BYTES),
      readArtifact: (path) => readBoundedTextFile(path, MAX_ARTIFACT_BYTES)
    });
    reporter.notices(notices);
    return config;
  } catch (error2) {
    if (!(error2 instanceof InputErrors)) throw error2;
    reporter.inputRefused(error2.errors);
    return void 0;
  }
}
async function triggerAll(config, boundary, reporter) {
  const client = await createClient(config, boundary);
  const control = new RunControl();
  const stopListening = cancelOnSignals(control);
  try {
    if (config.credentials.kind === "api-key") {
      const outcome = await exchangeToken(
        client,
        config.credentials,
        config.retryPolicy,
        {
          sleep: (ms) => abortableSleep(ms, control.stopSignal),
          random: Math.random,
          nowMs: Date.now,
          stopped: () => control.stopped
        },
        {
          onToken: (token) => reporter.mask(token),
          onRetry: (...retry) => reporter.tokenRetry(...retry)
        },
        control.abortSignal
      );
      if ("failed" in outcome) return await reporter.tokenRefused(outcome.failed, outcome.attempts);
      client.useToken(outcome.token);
    }
    reporter.runStarted(config.plan.length, config.endpoint.display, config.concurrency);
    const results = await runPlan(config.plan, config, {
      send: (trigger, signal) => {
        if (isDebug()) reporter.requestBody(JSON.stringify(trigger));
        return client.trigger(trigger, signal);
      },
      sleep: abortableSleep,
      random: Math.random,
      nowMs: Date.now,
      boundary,
      control,
      onRetry: (notice2) => reporter.retry(notice2),
      onFinished: (result, finished, total) => reporter.finished(result, finished, total)
    });
    await reporter.runEnded(results, { cause: control.cause, host: config.endpoint.display });
  } finally {
    stopListening();
    client.close();
  }
}
function cancelOnSignals(control) {
  let signalled = false;
  const onSignal = (signal) => {
    if (signalled) process.exit(signal === "SIGINT" ? 130 : 143);
    signalled = true;
    control.stop("cancelled");
    setTimeout(() => control.abortInFlight(), CANCEL_GRACE_MS).unref();
  };
  CANCEL_SIGNALS.forEach((signal) => process.on(signal, onSignal));
  return () => CANCEL_SIGNALS.forEach((signal) => process.off(signal, onSignal));
}
function abortableSleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
function createClient(config, boundary) {
  return createAnyMetricsClient({
    endpointUrl: config.endpoint.url,
    tokenUrl: config.endpoint.tokenUrl,
    tenantId: config.tenantId,
    ...config.credentials.kind === "header" ? { authType: config.credentials.authType, authValue: config.credentials.authValue } : {},
    ...config.endpoint.basicAuth ? { basicAuth: config.endpoint.basicAuth } : {},
    timeoutMs: config.timeoutMs,
    userAgent: USER_AGENT,
    maxSockets: config.concurrency,
    caCertificates: config.caCertificates,
    boundary
  });
}
function coreSink() {
  return {
    setSecret,
    debug,
    info,
    notice: (message) => notice(message),
    warning: (message) => warning(message),
    error: (message, properties) => error(message, properties),
    startGroup,
    endGroup,
    setOutput,
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
    },
    fail: () => {
      process.exitCode = 1;
    }
  };
}

// src/index.ts
process.getBuiltinModule("node:v8").setFlagsFromString("--no-maglev");
run().catch(() => {
  process.exitCode = 1;
});
