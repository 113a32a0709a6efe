"use strict";var Ei=Object.create;var An=Object.defineProperty;var ki=Object.getOwnPropertyDescriptor;var Ai=Object.getOwnPropertyNames;var vi=Object.getPrototypeOf,Di=Object.prototype.hasOwnProperty;var vn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var Ci=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of Ai(t))!Di.call(e,s)&&
s!==n&&An(e,s,{get:()=>t[s],enumerable:!(r=ki(t,s))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?Ei(vi(e)):{},Ci(t||!e||!e.__esModule?An(n,"default",{value:e,enumerable:!0}):
n,e));var Ln=vn(ne=>{"use strict";var Mc=require("net"),Mi=require("tls"),gt=require("http"),Mn=require("https"),
Ii=require("events"),Ic=require("assert"),_i=require("util");ne.httpOverHttp=Li;ne.httpsOverHttp=Bi;
ne.httpOverHttps=Fi;ne.httpsOverHttps=Ui;function Li(e){var t=new L(e);return t.request=gt.request,t}
function Bi(e){var t=new L(e);return t.request=gt.request,t.createSocket=In,t.defaultPort=443,t}function Fi(e){
var t=new L(e);return t.request=Mn.request,t}function Ui(e){var t=new L(e);return t.request=Mn.request,
t.createSocket=In,t.defaultPort=443,t}function L(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||gt.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,s,o,i){for(var u=_n(s,o,i),l=0,c=t.requests.length;l<c;++l){var d=t.requests[l];
if(d.host===u.host&&d.port===u.port){t.requests.splice(l,1),d.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}_i.inherits(L,Ii.EventEmitter);L.prototype.addRequest=function(t,n,r,s){var o=this,
i=yt({request:t},o.options,_n(n,r,s));if(o.sockets.length>=this.maxSockets){o.requests.push(i);return}
o.createSocket(i,function(u){u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){
o.emit("free",u,i)}function c(d){o.removeSocket(u),u.removeListener("free",l),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};L.prototype.createSocket=function(t,n){var r=this,s={};r.
sockets.push(s);var o=yt({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(o.localAddress=t.localAddress),o.proxyAuth&&(o.headers=o.
headers||{},o.headers["Proxy-Authorization"]="Basic "+new Buffer(o.proxyAuth).toString("base64")),G(
"making CONNECT request");var i=r.request(o);i.useChunkedEncodingByDefault=!1,i.once("response",u),i.
once("upgrade",l),i.once("connect",c),i.once("error",d),i.end();function u(p){p.upgrade=!0}function l(p,m,h){
process.nextTick(function(){c(p,m,h)})}function c(p,m,h){if(i.removeAllListeners(),m.removeAllListeners(),
p.statusCode!==200){G("tunneling socket could not be established, statusCode=%d",p.statusCode),m.destroy();
var g=new Error("tunneling socket could not be established, statusCode="+p.statusCode);g.code="ECONN\
RESET",t.request.emit("error",g),r.removeSocket(s);return}if(h.length>0){G("got illegal response bod\
y from proxy"),m.destroy();var g=new Error("got illegal response body from proxy");g.code="ECONNRESE\
T",t.request.emit("error",g),r.removeSocket(s);return}return G("tunneling connection has established"),
r.sockets[r.sockets.indexOf(s)]=m,n(m)}function d(p){i.removeAllListeners(),G(`tunneling socket coul\
d not be established, cause=%s
`,p.message,p.stack);var m=new Error("tunneling socket could not be established, cause="+p.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(s)}};L.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(s){r.request.onSocket(s)})}};function In(e,t){var n=this;L.prototype.createSocket.
call(n,e,function(r){var s=e.request.getHeader("host"),o=yt({},n.options,{socket:r,servername:s?s.replace(
/:.*$/,""):e.host}),i=Mi.connect(0,o);n.sockets[n.sockets.indexOf(r)]=i,t(i)})}function _n(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function yt(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var s=Object.keys(r),o=0,i=s.length;o<i;++o){var u=s[o];r[u]!==void 0&&(e[u]=
r[u])}}return e}var G;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?G=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:G=function(){};ne.debug=G});var Fn=vn((Lc,Bn)=>{Bn.exports=Ln()});var Cn=H(require("os"),1);function j(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ne(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function W(e,t,n){let r=new mt(e,t,n);process.stdout.write(r.toString()+Cn.EOL)}function ht(e,t=""){
W(e,{},t)}var Dn="::",mt=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=Dn+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${Pi(s)}`)}}return t+=`${Dn}${Ni(this.message)}`,t}};function Ni(e){return j(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Pi(e){return j(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var Nn=H(require("crypto"),1),Oe=H(require("fs"),1),Pe=H(require("os"),1);function Pn(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Oe.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Oe.appendFileSync(n,`${j(t)}${Pe.EOL}`,{encoding:"utf8"})}function On(e,t){let n=`ghadelimiter_${Nn.randomUUID()}`,
r=j(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Pe.EOL}${r}${Pe.EOL}${n}`}var Rt=H(require("os"));function $n(e){let t=e.protocol==="https:";if(Oi(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new $e(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new $e(`http://${n}`)}else return}function Oi(e){
if(!e.hostname)return!1;let t=e.hostname;if($i(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let o of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(o==="*"||s.some(i=>i===o||i.endsWith(`.${o}`)||o.
startsWith(".")&&i.endsWith(`${o}`)))return!0;return!1}function $i(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var $e=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var Hn=require("os"),de=require("fs"),bt=function(e,t,n,r){function s(o){return o instanceof n?o:new n(
function(i){i(o)})}return new(n||(n=Promise))(function(o,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?o(d.value):s(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:Hi,appendFile:ji,writeFile:Wi}=de.promises,Un="GITHUB\
_STEP_SUMMARY";var Tt=class{constructor(){this._buffer=""}filePath(){return bt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[Un];if(!t)throw new Error(`Unable to find environm\
ent variable for $${Un}. Check if your runtime environment supports job summaries.`);try{yield Hi(t,
de.constants.R_OK|de.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([o,i])=>` ${o}="${i}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return bt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
Wi:ji)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return bt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(Hn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
lang:n}),s=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(s).addEOL()}addList(t,n=!1){let r=n?
"ol":"ul",s=t.map(i=>this.wrap("li",i)).join(""),o=this.wrap(r,s);return this.addRaw(o).addEOL()}addTable(t){
let n=t.map(s=>{let o=s.map(i=>{if(typeof i=="string")return this.wrap("td",i);let{header:u,data:l,colspan:c,
rowspan:d}=i,p=u?"th":"td",m=Object.assign(Object.assign({},c&&{colspan:c}),d&&{rowspan:d});return this.
wrap(p,l,m)}).join("");return this.wrap("tr",o)}).join(""),r=this.wrap("table",n);return this.addRaw(
r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).
addEOL()}addImage(t,n,r){let{width:s,height:o}=r||{},i=Object.assign(Object.assign({},s&&{width:s}),
o&&{height:o}),u=this.wrap("img",null,Object.assign({src:t,alt:n},i));return this.addRaw(u).addEOL()}addHeading(t,n){
let r=`h${n}`,s=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",o=this.wrap(s,t);return this.addRaw(
o).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.
wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),s=this.
wrap("blockquote",t,r);return this.addRaw(s).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.
addRaw(r).addEOL()}},Gi=new Tt;var wt=Gi;var xt=H(require("os"),1);var Hc=xt.default.platform(),jc=xt.default.arch();var jn;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(jn||(jn={}));function Wn(e){W("add-mask",{},e)}function Gn(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function qn(e,t){if(process.env.GITHUB_OUTPUT||"")return Pn("OUTPUT",On(e,t));process.stdout.write(Rt.EOL),
W("set-output",{name:e},j(t))}function Vn(){return process.env.RUNNER_DEBUG==="1"}function Kn(e){W("debug",{},e)}function Jn(e,t={}){
W("error",Ne(t),e instanceof Error?e.toString():e)}function Yn(e,t={}){W("warning",Ne(t),e instanceof
Error?e.toString():e)}function Xn(e,t={}){W("notice",Ne(t),e instanceof Error?e.toString():e)}function zn(e){
process.stdout.write(e+Rt.EOL)}function Zn(e){ht("group",e)}function Qn(){ht("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},P=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new P(e,n.rule,n.offendingValue):n}}var fe=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},X=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof P))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new fe(
this.errors)}};var St="-----BEGIN CERTIFICATE-----",er="-----END CERTIFICATE-----",tr=1024*1024,nr="must be PEM tex\
t or the path of a PEM file with at least one certificate";function rr(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:Ji(n,t),s=Ki(r);if(s.length===0)throw new f(nr,sr(n));return s.
forEach(Yi),s}function Ki(e){let t=[];for(let n=e.indexOf(St);n>=0;n=e.indexOf(St,n+1)){let r=e.indexOf(
er,n+St.length);if(r<0)break;t.push(e.slice(n,r+er.length)),n=r}return t}function Ji(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${nr}; the file cannot be read (${r})`,e)}}function Yi(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",sr(e))}}function sr(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var D=require("node:fs"),Et=1024*1024,me=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function or(e,t){if(!(0,D.statSync)(e).isFile())throw new me("not a regular\
 file");let n=(0,D.openSync)(e,"r");try{let r=[],s=0;for(;;){let o=Buffer.allocUnsafe(Et),i=(0,D.readSync)(
n,o,0,Et,null);if(i===0)break;if(s+=i,s>t)throw new me(`larger than ${t} bytes`);r.push(o.subarray(0,
i))}return Buffer.concat(r,s).toString("utf8")}finally{(0,D.closeSync)(n)}}function ir(e,t=Et){return{
*[Symbol.iterator](){if(!(0,D.statSync)(e).isFile())throw new me("not a regular file");let n=(0,D.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,D.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,D.closeSync)(n)}}}}var z=128,Xi=/[\u0000-\u001f\u007f-\u009f]/,zi=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function Me(e){return Xi.
test(e)}function kt(e){return zi.test(e)}function re(e,t={}){if(!kt(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Ie(e,t=z){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function B(e,t="is required"){if(e==="")throw new f(
t)}var At=["UID","TOKEN","ACCOUNT","APIKEY"];function ar(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new P("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Zi(e,t):Qi(e,t)}function Zi(e,t){let n=t.take(()=>y("app-id",()=>(B(e["a\
pp-id"],"is required with app-secret (the API key ID)"),re(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(B(e["app-secret"],"is required with app-id (the API key secret)"),re(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function Qi(e,t){
let n=t.take(()=>y("auth-type",()=>ta(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>ea(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function ea(e){return B(e),re(e,
{secret:!0}),e}function ta(e){B(e,`is required (one of ${At.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=At.find(r=>r===t);if(!n)throw new f(`must be one of ${At.join(
", ")}`,e);return n}var We=require("node:path");var xr=require("node:buffer");var se=class extends Error{constructor(n,r,s,o){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${s}): ${o}`);this.offset=n;this.line=r;this.column=s;this.reason=o;this.name="JsonSyntaxError"}offset;line;column;reason};var _e=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])_e[e]=1;var ur=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,lr=[-2139062144,-2139062272,-2139095040,-2147483648];function vt(e){return e>=48&&
e<=57}function Dt(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function cr(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function pr(e,t){
return oe(e[t])&&oe(e[t+1])&&oe(e[t+2])&&oe(e[t+3])}function oe(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var dr=Buffer.alloc(0),Ct=new Uint32Array(0),Le=class{buf=dr;pos=0;words=Ct;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new se(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=dr,this.words=
Ct,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
ur&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):Ct,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===32||s===9||s===13)r++;else if(s===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var Mt={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function It(e){return e===45||e>=48&&e<=57}function hr(e,t){
if(t===34)e.pos++,Be(e);else if(It(t))pa(e);else{let n=Mt[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let s=0;for(;s<r.length&&e.buf[e.pos+s]===r[s];)s++;if(s===r.length){
e.pos+=s;return}}for(let s of r)e.peek()!==s&&e.fail(`expected ${n.kind}`),e.pos++}}function Be(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,s=t.length,o=e.pos;for(;o<s;){if(o<r){let u=o>>2,l=Dt(n[u])&lr[o&
3];for(;l===0&&++u<n.length;)l=Dt(n[u]);if(l===0){o=r;continue}o=u*4+cr(l)}let i=t[o];if(i===34){e.pos=
o+1;return}if(i===92){let u=o+1<s?t[o+1]:-1;if(_e[u]===1){o+=2;continue}if(u===117&&o+5<s&&pr(t,o+2)){
o+=6;continue}break}i<32&&(e.pos=o,e.fail("a control character in a string (it must be escaped)")),o++}
e.pos=o,o<s?ca(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function ca(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),_e[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)oe(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function pa(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:Pt(e),t=e.peek(),t===46&&(e.pos++,Pt(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,Pt(e))}function Pt(e){vt(e.peek())||
e.fail("a number without its digits");do e.pos++;while(vt(e.peek()))}var Tr=1e5;function wr(e,t){let n=new Lt(e);try{return t(n)}finally{n.close()}}var Lt=class{bytes;entered=[];constructor(t){
this.bytes=new Le(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(It(
t))return"number";let n=Mt[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,s=r.skipWhitespace();s!==34&&r.expected(s,"a key (a string)"),r.collect(t,n),r.pos++,Be(r);let o=r.
collected(),i=o.includes(92)?JSON.parse(o.toString("utf8")):o.toString("utf8",1,o.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=Tr&&t.fail(`nested more than ${Tr} levels deep`),t.pos++;let s=r===123?
125:93;if(t.skipWhitespace()===s)t.pos++;else{n.push(s),s===125&&this.skipKey();continue}}else hr(t,
r);for(;;){let s=n.at(-1);if(s===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,s===125&&this.
skipKey();break}r!==s&&t.expected(r,s===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let s=r.place();r.collect(t,n),this.skipValue();let o=r.collected();
try{return JSON.parse(o.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",s)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let s=this.bytes,o=s.skipWhitespace();return o===t?(s.pos++,this.entered.pop(),!0):(r||
(o!==44&&s.expected(o,`',' or ${n}`),s.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,Be(t),t.expect(58,"':'")}};var da=["v12","v20"],fa=["v6"],Bt=new Set(["model","seed","snapshot"]),ge=xr.constants.MAX_STRING_LENGTH;
function Rr(e){let t;if(Er(e,"run-results",fa,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=ma(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function ma(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let o=ae(e);o!==void 0;o=ae(e))o==="unique_id"||o==="status"?n[o]=e.readValue(ge,()=>Ue(`a resul\
t's ${o}`)):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
s)})}return t}function Sr(e,t){let n;if(Er(e,"manifest",da,(r,s)=>{if(r!=="nodes")return!1;let o=s.kind();
return o==="object"?n=ha(s,t):(s.skipValue(),n=o==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function ha(e,t){let n=new Map;e.enterObject();for(let r=ae(e);r!==void 0;r=
ae(e)){let s=t.has(r)?e.kind():void 0;if(s==="object"||s==="array"){let o=e.readValue(ge,()=>Ue(`nod\
e ${r}`));n.set(r,ba(r,o))}else e.skipValue(),s!==void 0&&n.delete(r)}return n}function Er(e,t,n,r){
try{wr(e,s=>{if(s.kind()!=="object")throw s.skipValue(),s.finish(),new f("is not a JSON object");let o;
s.enterObject();for(let i=ae(s);i!==void 0;i=ae(s))i==="metadata"?o=s.readValue(ge,()=>Ue("its metad\
ata")):r(i,s)||s.skipValue();s.finish(),ya(o,t,n)})}catch(s){throw s instanceof se?ga(s):s}}function ga(e){
return new f(`is not valid JSON at byte ${e.offset} (line ${e.line}, column ${e.column}): ${e.reason}`)}
function ya(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
if(!s||!n.includes(s))throw new f(`is ${t} ${s??`of unknown version (${String(r).slice(0,80)})`}; th\
is action reads ${t} ${n.join(" and ")}`)}function ae(e){return e.nextKey(ge,()=>Ue("a key"))}function Ue(e){
return new f(`has ${e} of more than ${ge} bytes, longer than any string Node.js makes (JSON.parse co\
uld not read it either)`)}function ba(e,t){let n=t.config??{},r=o=>typeof o=="string"&&o!==""?o:null,
s=[t.tags,n.tags].flatMap(o=>Array.isArray(o)?o:[]);return{uniqueId:e,resourceType:r(t.resource_type)??
e.split(".")[0]??"",name:r(t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(
t.database),catalog:r(n.catalog),materialized:r(n.materialized),tags:[...new Set(s.filter(o=>typeof o==
"string"))],originalFilePath:r(t.original_file_path)}}function kr(e){return new Set(e.map(t=>t.uniqueId).
filter(t=>Bt.has(t.split(".")[0]??"")))}function vr(e){let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(
`${t}/`)};let n=Ta(t);return{source:t,test:r=>wa(n,r)}}function Ta(e){let t=[];for(let n=0;n<e.length;n++){
let r=e[n]??"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:
1}else r==="*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}
function wa(e,t){let n=Ar(e,new Set([0]));for(let r of t){let s=new Set;for(let o of n){let i=e[Math.
floor(o)];i&&xa(i,o,r,s)}if(s.size===0)return!1;n=Ar(e,s)}return n.has(e.length)}function xa(e,t,n,r){
let s=n==="/";switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"\
segment":s||r.add(t);return;case"any":r.add(t);return;case"folders":{let o=Math.floor(t)+.5;r.add(o),
s&&r.add(Math.floor(t)+1)}}}function Ar(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&
r.kind!=="char"&&r.kind!=="one"&&t.add(n+1)}return t}var Dr=["model","seed","snapshot"];function Ft(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function Ut(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:vr(r)};case"resource_type":if(!Dr.
includes(r))throw new f(`has resource_type:${r}; use ${Dr.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}var O="[\\p{L}\\p{N}_$-]+",Ra=new RegExp(`^(${O})\\.\`(${O})\\.(${O})\`\\.(${O})$`,"u"),Sa=new RegExp(
`^(${O})\\.(${O})\\.(${O})\\.(${O})$`,"u"),Ea=new RegExp(`^${O}$`,"u"),ka=new RegExp(`^(${O})\\.(${O}\
)$`,"u"),Aa="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function He(e){let t=e.trim();
if(Ra.test(t))return{tableName:Ht(t),backticksAdded:!1};let n=Sa.exec(t);if(n){let[r="",s="",o="",i=""]=n.
slice(1);return{tableName:Ht(Pr(r,`${s}.${o}`,i)),backticksAdded:!0}}throw new f(Aa,t)}function ue(e){
let t=e.trim();if(!Ea.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function Cr(e){let t=va(e.trim());if(!ka.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function Nr(e,t,n){return Ht(
Pr(e,t,n))}function Pr(e,t,n){return`${e}.\`${t}\`.${n}`}function va(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function Ht(e){try{Ie(e,z)}catch{throw new f(`must compose a t\
ableName of at most ${z} characters (it has ${e.length})`,e)}return e}var Da=new Set(["success","partial success"]);function Or(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let o of e){if(s.has(o.uniqueId))continue;s.add(o.uniqueId);let i=Ca(o,t.get(o.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:o.uniqueId,...i}):r.skipped.push({uniqueId:o.uniqueId,...i})}return r}
function Ca(e,t,n){let r=Na(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Pa(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof f?s.rule:String(s)}`}}}function Na(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return Bt.has(r)?Da.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>Ft(s,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(s=>Ft(s,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Pa(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,s=e.catalog??r??t.defaultCatalog,o=`${t.datasource}.\`${s}.${n}\`.${e.
alias??e.name}`;return He(o).tableName}function C(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function je(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),o=r.length*s.length;if(o>n.maxTriggers){
let i=o>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${o} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${i}`)}return r.flatMap(i=>s.map(u=>({tableName:i,partition:u})))}var Oa="default_catalog";function Ir(e,t,n,r){let s=n.take(()=>y("datasource",()=>(B(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ue(e.datasource)))),o=n.
take(()=>y("dbt-catalog",()=>ue(e["dbt-catalog"]||Oa))),i=n.take(()=>y("dbt-select",()=>C(e["dbt-sel\
ect"]).map(Ut))),u=n.take(()=>y("dbt-exclude",()=>C(e["dbt-exclude"]).map(Ut))),l=n.take(()=>$a(e,t,
r));if(!(s===void 0||o===void 0||i===void 0||u===void 0||l===void 0))return Or(l.results,l.nodes,{datasource:s,
defaultCatalog:o,select:i,exclude:u})}function $a(e,t,n){let r=e["dbt-run-results"],s=e["dbt-manifes\
t"]||(0,We.join)((0,We.dirname)(r),"manifest.json"),o=y("dbt-run-results",()=>$r(t,r,Rr));if(n){let{
tableNames:c,partitions:d,limits:p}=n;y("max-triggers",()=>je(c,d,p))}let i=kr(o),u=y("dbt-manifest",
()=>$r(t,s,c=>Sr(c,i))),l=[...i].filter(c=>!u.has(c));if(l.length>0)throw new P("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,s);return{results:o,nodes:u}}function $r(e,t,n){let r;try{r=e(t)}catch(s){throw Mr(
s,t)}try{return n(r)}catch(s){throw s instanceof f?new f(s.rule,t):typeof s.code=="string"?Mr(s,t):s}}
function Mr(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var Ma=/^[0-9a-fA-F]{2}$/,Ia="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),_r={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(Ia.map((e,t)=>[e,String.fromCharCode(160+t)]))},_a={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},Lr=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),La=new RegExp("\\p{M}","gu");function ye(e,t=!0){let n=[],r={chars:"",starts:[],ends:[]};
for(let o=0;o<e.length;){let i=e.charCodeAt(o);if(Ba(i,t)){n.push(i),r.starts.push(o),r.ends.push(o+
1),o+=1;continue}let u=t?Ua(e,o):Wr(e,o);for(let l of Fa(u.text))for(let c=0;c<l.length;c++)n.push(l.
charCodeAt(c)),r.starts.push(o),r.ends.push(o+u.length);o+=u.length}let s=[];for(let o=0;o<n.length;o+=
4096)s.push(String.fromCharCode.apply(null,n.slice(o,o+4096)));return r.chars=s.join(""),r}function Ba(e,t){
return e<=32||e>=127||e===43?!1:!t||e!==37&&e!==38&&e!==92}function Fa(e){return e.length===1&&e>" "&&
e<"\x7F"&&e!=="+"?[e]:e===""||Lr.test(e)?[]:[...e.normalize("NFKD").replace(La,"")].filter(n=>!Lr.test(
n))}function Ua(e,t){let n=e[t]??"";return n==="%"?Ha(e,t):n==="&"?ja(e,t):n==="\\"?Wa(e,t):Wr(e,t)}
function Wr(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(n),length:n>65535?2:1}}function Ha(e,t){
let n=Br(e,t);if(n===void 0)return{text:"%",length:1};let r=n<128?1:n>=240?4:n>=224?3:n>=192?2:1,s=[
n];for(let i=1;i<r;i++){let u=Br(e,t+i*3);if(u===void 0)break;s.push(u)}let o=new TextDecoder().decode(
Uint8Array.from(s));return o.includes("\uFFFD")?{text:String.fromCharCode(n),length:3}:{text:o,length:s.
length*3}}function Br(e,t){if(e[t]!=="%")return;let n=e.slice(t+1,t+3);return Ma.test(n)?parseInt(n,
16):void 0}function ja(e,t){let n=e.indexOf(";",t+1);if(n<0||n-t>12)return{text:"&",length:1};let r=e.
slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);if(s?.[1]){let i=s[1].startsWith("x")||
s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],10);if(i>0&&i<=1114111)return{text:String.
fromCodePoint(i),length:n-t+1}}let o=_r[r]??_r[r.toLowerCase()];return o===void 0?{text:"&",length:1}:
{text:o,length:n-t+1}}function Wa(e,t){let n=e[t+1]??"",r=Fr(e,t);if(r!==void 0){let o=r>=55296&&r<=
56319?Fr(e,t+6):void 0;return o!==void 0&&o>=56320&&o<=57343?{text:String.fromCharCode(r,o),length:12}:
{text:String.fromCharCode(r),length:6}}let s=_a[n];return s===void 0?{text:"\\",length:1}:{text:s,length:2}}
function Fr(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+2,t+6);return/^[0-9a-fA-F]{4}$/.
test(n)?parseInt(n,16):void 0}function Gr(e,t){if(t.length===0||e==="")return[];let n=[];if(Ka.test(
e)){for(let s of t)Ja(e,s,n);return Hr(n)}let r=Ga.test(e);if(!r&&qa.test(e)){let s=e.replace(Va,"");
if(!t.some(o=>s.includes(o)))return[]}return Ur(ye(e),t,e.length,n),r&&Ur(ye(e,!1),t,e.length,n),Hr(
n)}var Ga=/[%&\\]/,qa=/^[\u0000-\u007f]*$/,Va=/[\s+]/g,Ka=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;
function Ja(e,t,n){for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function Ur(e,t,n,r){
for(let s of t)for(let o=e.chars.indexOf(s);o>=0;){let i=o+s.length-1;r.push([e.starts[o]??0,e.ends[i]??
n]),o=e.chars.indexOf(s,o+1)}}function Hr(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.
at(-1);s&&n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}function jt(e){if(e==="")return[];let t=[
e,encodeURIComponent(e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),jr(e,
"&#39;"),jr(e,"&#x27;"),...Ya(e)];return[...new Set(t)].filter(n=>n!=="")}function jr(e,t){let n={"&":"\
&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function Ya(e){
let t=Buffer.from(e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let s of[0,1,2]){let o=Buffer.
concat([Buffer.alloc(s),t]).toString("base64"),i=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(
o.slice(i,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}var qr="***",Wt=1e3,Vr=256*1024,Xa=4*1024,Gt=12,za=200,Za=120,Ge=/[\s\u0085]+/g,Qa=new RegExp("[\\u00\
00-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),Kr="\uFFFD",eu=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
tu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,nu=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,s)=>{n+=String(r)+(e[s+1]??"")}),n}function Z(e,t){return e.join(
t)}function N(e){return qe(qt(e))}var Vt=4;function Ve(e,t){return Buffer.from(`${e}:${t}`).toString(
"base64")}var be=class e{constructor(t=[],n=!0){this.withIdentifiers=n;t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<Vt?this.shortForms.push(...jt(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=jt(t).filter(s=>!this.forms.includes(s));this.forms=[...this.forms,...n].sort((s,o)=>o.
length-s.length);let r=n.flatMap(s=>[ye(s).chars,ye(s,!1).chars]).filter(s=>s!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=Gr(
t,this.canonicalForms);if(n.length===0)return t;let r="",s=0;for(let[o,i]of n)r+=t.slice(s,o)+qr,s=i;
return r+t.slice(s)}window(t=Wt){return t*2+64+this.longestForm*Gt+1}text(t,n=Wt){if(t.length<=n&&eu.
test(t)&&!t.includes("  "))return Jr(qe(this.redact(t)));let r=n*2+64,s=su(t,this.window(n));return this.
finish(qt(this.redactPart(s,r)),n)}identifier(t,n=Wt){return this.shortForms.includes(t.trim())?qr:(this.
longSecretsOnly??ru).text(t,n)}excerpt(t,n=za){let r=this.longestForm*Gt,s=n+2*r+1;for(let o=Math.max(
Xa,4*s);;o*=4){let i=Math.min(o,Vr),u=t.length>i+r&&i<Vr,l=this.redactPart(t,i),c=qt(uu(u?lu(l):l));
if(!u||c.length>=s)return this.finish(c,n)}}redactPart(t,n){let r=this.longestForm*Gt;if(t.length<=n+
r)return this.redact(t);let s=this.redact(t.slice(0,n+r));return r>0?s.slice(0,-r):s}quote(t,n=Za){let r=qe(
au(JSON.stringify(this.redact(t))));return r.length>n?`${Xr(r,n)}\u2026"`:r}finish(t,n){return Jr(M(
qe(this.redact(t)),n))}},ru=new be([],!1);function su(e,t){if(e.length<=t)return e.replace(Ge," ");let n=new RegExp(
Ge.source,"g"),r=0,s=0;for(;;){let o=n.exec(e),i=o?o.index:e.length;if(!o||r+(i-s)>=t)return e.slice(
0,s+(t-r)).replace(Ge," ");r+=i-s+1,s=o.index+o[0].length}}function Jr(e){let t=ou.test(e)?"latin1":
"utf16le";return Buffer.from(e,t).toString(t)}var ou=/^[\u0000-\u00ff]*$/,iu=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function au(e){return e.replace(iu,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function qt(e){
return e.replace(tu,Kr).replace(Ge," ").replace(Qa,Kr).trim()}function qe(e){let t=e.replace(nu,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function Xr(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var Yr=/<\/(script|style|head)\s*>/gi;
function uu(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,cu(e,r)){Yr.lastIndex=n;let o=Yr.exec(e);n=o?o.
index+o[0].length:e.length}}return t}function lu(e){let t=e.lastIndexOf("<");return t>e.lastIndexOf(
">")?e.slice(0,t):e}function cu(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.
test(e.slice(t,t+8))}function M(e,t){return e.length>t?`${Xr(e,t)}\u2026`:e}function Ke(e,t){return e.
toFixed(t)}var pu="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",Kt=/^[a-z][a-z0-9+.-]*:\/\//i,du=/[/?#\\]/;function Jt(e){let t=Kt.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(du);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function zr(e){let t=Jt(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),o=r<0?"":n.slice(r+1),i=r<0?s:o,u=[i,Te(i),Ve(
Te(s),Te(o))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function le(e){let t=Jt(
e.trim()),n=t?`${t.scheme}***@${t.rest}`:e.trim();return fu(n)}function fu(e){let t=Kt.exec(e)?.[0]??
"",n=e.slice(t.length),r=n.search(/[?#]/);return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function Zr(e){
let t=e.trim();if(t==="")throw new f("is required");if(Me(t)||/\s/.test(t))throw new f("must not con\
tain spaces or control characters",le(t));if(Jt(t)?.ambiguous)throw new f("must percent-encode / ? #\
 in a user name or password (user:p%2Fss@host), and @ in a path (%40)",le(t));let n=mu(t),r=n.pathname.
replace(/\/+$/,""),s={base:`${n.protocol}//${n.host}${r}`};return(n.username!==""||n.password!=="")&&
(s.basicAuth={username:Te(n.username),password:Te(n.password)}),s}function mu(e){let t=Kt.test(e),n=hu(
t?e:`http://${e}`,e);if(n.protocol!=="http:"&&n.protocol!=="https:")throw new f("must use http:// or\
 https://",le(e));if(!t&&n.port==="")throw new f("must include a port when no scheme is given (e.g. \
anymetrics.example.com:8083)",le(e));if(/[?#]/.test(e))throw new f("must not contain a query (?) or \
fragment (#)",le(e));return n}function hu(e,t){try{return new URL(e)}catch{throw new f(pu,le(t))}}function Te(e){
try{return decodeURIComponent(e)}catch{return e}}var Ye=864e5,gu=/^(\d{4})-(\d{2})-(\d{2})$/,yu=/^today\s*-\s*(\d{1,5})$/i,Qr=36600,bu="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",es="..",ts=36600,ns=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
rs={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function os(e){if(e==="UTC")return null;let t=e.toUpperCase();if(rs[t])return rs[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=Tu(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":ns.test(e)?null:`is a le\
gacy alias or abbreviation: write ${ns.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function Tu(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function is(e){return we(Je(e))}function Yt(e,t){if(e.
length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)for(let s of wu(
r.trim(),t))n.add(s);return[...n].sort((r,s)=>r-s).map(we)}function wu(e,t){let n=e.indexOf(es);if(n<
0)return[as(e,t)];if(e.includes("..."))throw new f("has a range with three dots: write A..B (two dot\
s)",e);let[r="",s=""]=[e.slice(0,n),e.slice(n+es.length)].map(u=>u.trim());if(r===""||s==="")throw new f(
`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let o=ss(
r,e,t),i=ss(s,e,t);if(i<o)throw new f(`has a reversed range (${we(o)} is after ${we(i)}): write it o\
ldest first`,e);if(i-o>=ts)throw new f(`has a range longer than ${ts} days`,e);return Array.from({length:i-
o+1},(u,l)=>o+l)}function ss(e,t,n){try{return as(e,n)}catch(r){throw r instanceof f?new f(r.rule,t):
r}}function as(e,t){let n=e.toLowerCase();if(n==="today")return Je(t);if(n==="yesterday")return Je(t)-
1;let r=yu.exec(e);if(r){let s=Number(r[1]);if(s>Qr)throw new f(`must not reach back more than ${Qr}\
 days`,e);return Je(t)-s}return xu(e)}function xu(e){let t=gu.exec(e);if(!t)throw new f(bu,e);let[n,
r,s]=t.slice(1).map(Number),o=Date.UTC(n,r-1,s)/Ye;if(n<1||we(o)!==e)throw new f("must be a real cal\
endar date (yyyy-MM-dd)",e);return o}function Je({now:e,timeZone:t}){if(t==="UTC")return Math.floor(
e.getTime()/Ye);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeric",day:"\
numeric"}).formatToParts(e),r=s=>Number(n.find(o=>o.type===s)?.value);return Date.UTC(r("year"),r("m\
onth")-1,r("day"))/Ye}function we(e){return new Date(e*Ye).toISOString().slice(0,10)}var us=3600;function ls(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>us)throw new f(`must\
 be a number of seconds above 0, at most ${us}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Xt(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let o=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${o}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function Xe(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function cs(e){if(e.
toLowerCase()==="check")return"check";try{return zt(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function zt(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function ps(e){let t=os(e);if(t)
throw new f(t,e);return e}var ds="id:",fs=100;function ms(e){let t=new Map;for(let n of C(e)){let r=Ru(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>fs)throw new f(`names ${t.size} plans; at most ${fs} (split the wait across steps)`);return[
...t.values()]}function Ru(e){let t=e.toLowerCase().startsWith(ds),n=t?e.slice(ds.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(Me(n))throw new f("has a plan with control\
 characters",e);if(n.length>z)throw new f(`has a plan longer than ${z} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Su=["datasource","catalog-schema","table"];function Qt(e,t,n,r){let s=C(e["table-name"]),o=Su.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return s.length>0&&o.length>0?hs(r,"table-name",`cannot be com\
bined with ${o.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(i=>Eu(
i,t))):o.length===0&&n?[]:o.length===0?hs(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):ku(e,n,r)}function hs(e,t,n){return e.take(()=>{throw new P(
t,n)})}function Eu(e,t){let n=y("table-name",()=>He(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function ku(e,t,n){let r=(t?
new X:n).take(()=>Zt(e,"datasource",ue)),s=n.take(()=>Zt(e,"catalog-schema",Cr)),o=n.take(()=>Zt(e,"\
table",i=>C(i).map(ue)));if(!(r===void 0||s===void 0||o===void 0))return n.take(()=>y("table",()=>o.
map(i=>Nr(r,s,i))))}function Zt(e,t,n){if(C(e[t]).length===0)throw new P(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var gs=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],Au=10,vu=32,en=2e3,Du=350,
Cu=600,Nu={name:"minutes",ms:6e4},Pu={name:"seconds",ms:1e3},Ou={timeZone:{input:"timezone",default:"\
UTC",parse:ps},timeoutMs:{input:"timeout-seconds",default:"30",parse:ls},retries:{input:"retries",default:"\
3",parse:e=>Xe(e,0,Au)},concurrency:{input:"concurrency",default:"4",parse:e=>Xe(e,1,vu)},failFast:{
input:"fail-fast",default:"false",parse:zt},dryRun:{input:"dry-run",default:"false",parse:cs},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>Xe(e,1,en)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>Xt(e,Nu,{min:0,max:Du})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>Xt(e,Pu,{min:1,max:Cu})}};function ys(e){return[e["auth-value"],e["app-secret"],...zr(e.
host)].filter(t=>t!=="")}function bs(e,t){let n=[],r=new X,s=r.take(()=>y("host",()=>Zr(e.host))),o=r.
take(()=>y("tenant-id",()=>Iu(e["tenant-id"]))),i=ar(e,r),u=e["dbt-run-results"]!=="",l=u?Ir(e,t.openArtifact,
r,$u(e,t.now)):void 0,c=Qt(e,n,u,r),d=c&&(!u||l)?[...c,..._u(l)]:void 0,p=Ts(e,r),{timeZone:m,maxTriggers:h}=p,
g=m===void 0?void 0:r.take(()=>y("partition",()=>Yt(C(e.partition||"today"),{now:t.now,timeZone:m}))),
E=d&&g&&h!==void 0?r.take(()=>y("max-triggers",()=>je(d,g,{maxTriggers:h,largest:en}))):void 0,Y=r.take(
()=>y("wait-for-plans",()=>ms(e["wait-for-plans"]))),_=r.take(()=>y("ca-certificate",()=>rr(e["ca-ce\
rtificate"],t.readTextFile)));r.throwIfAny();let F={...p,host:s,tenantId:o,credentials:i,plan:E,caCertificates:_,
waitForPlans:Y},Ce=Mu(F);return{config:{...Ce,today:is({now:t.now,timeZone:Ce.timeZone}),dbt:l},notices:n}}
function $u(e,t){let n=new X,r=Qt(e,[],!0,n),{timeZone:s,maxTriggers:o}=Ts(e,n);if(r===void 0||s===void 0||
o===void 0)return;let i=n.take(()=>y("partition",()=>Yt(C(e.partition||"today"),{now:t,timeZone:s})));
return i&&{tableNames:r,partitions:i,limits:{maxTriggers:o,largest:en}}}function Ts(e,t){let n=Object.
entries(Ou).map(([r,s])=>[r,t.take(()=>y(s.input,()=>s.parse(e[s.input]||s.default)))]);return Object.
fromEntries(n)}function Mu(e){for(let[t,n]of Object.entries(e))if(n===void 0)throw new Error(`input ${t}\
 was neither parsed nor refused`);return e}function Iu(e){return B(e),re(e),Ie(e),e}function _u(e){return e?
e.mapped.map(t=>t.tableName):[]}var ws={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},Lu=new Set([408,429,502,503,504]),Bu=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function rn(e){return"status"in e?Lu.has(e.status):Bu.
has(e.errorCode)}function Fu(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function xs(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=Hu(n,t);return r===void 0?void 0:Math.max(0,r-t)}var Rs=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],tn=`(?<month>${Rs.join("|")})`,nn="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",Uu=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${tn} (?<y\
ear>\\d{4}) ${nn} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${tn}\
-(?<year>\\d{2}) ${nn} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${tn} (?<day>[ \\d]\\d) ${nn}\
 (?<year>\\d{4})$`)];function Hu(e,t){let n=Uu.map(h=>h.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:o,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(ju(o,t),Rs.indexOf(
s),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(h,g)=>h===c[g])?d:void 0}function ju(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var Wu=250;function Ss(e,t,n,r){return n!==void 0?
sn(n,t):Fu(e,t,r)}function sn(e,t){return Math.min(Math.max(e,Wu),t.retryAfterCapMs)}var Es=require("node:net");var x=class extends Error{constructor(n,r,s){super(n);this.description=n;this.code=r;this.afterMs=s;
this.name="TransportError"}description;code;afterMs},ks=new x("cancelled","CANCELLED"),As=new x("can\
celled","CANCELLED_SENT"),Gu="tunneling socket could not be established";function vs(e,t,n){return{url:e,
host:n.text(e.host,300),proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function on(e){if(e instanceof
x)return e;let t=e?.code,n=e instanceof Error?e.message:String(e);return new x(n,typeof t=="string"?
t:"UNKNOWN")}async function Ds(e,t){let n=on(e);if(n.description.startsWith(Gu)){let r=n.description.
split("cause=")[1]??n.code;return new x(r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.
test(n.description)?new x(n.description,"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&
!t.proxy&&(t.speaksTls??=qu(t.url),await t.speaksTls)?new x(n.description,"ETLSPORT"):n}function qu(e){
return new Promise(t=>{let n=process.getBuiltinModule("node:tls").connect({host:e.hostname,port:Number(
e.port||80),...(0,Es.isIP)(e.hostname)?{}:{servername:e.hostname},rejectUnauthorized:!1,timeout:2e3}),
r=s=>{n.destroy(),t(s)};n.once("secureConnect",()=>r(!0)),n.once("error",()=>r(!1)),n.once("timeout",
()=>r(!1))})}function Vu(e,t,n,r){let s=e.code==="HPE_HEADER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:
a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}var Ku=new Set(["UNABLE_TO_V\
ERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET_ISSUER_CERT","SELF_SIGNED_C\
ERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),Ju={ECONNREFUSED:a`connection refused`,ECONNRESET:a`connection reset`,
ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,ETIMEDOUT:a`connection timed out`};
function Cs(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,o=n?.proxy?a` via proxy ${n.proxy}`:
a``;if(e.code.startsWith("HPE_"))return Vu(e,s,o,r);switch(e.code){case"ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.
text(e.description)}`;case"EUPGRADE":case"ECLOSED":return a`${s}${o}: ${t.text(e.description)}`;case"\
CANCELLED":return a`cancelled before the request reached ${s}`;case"CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${o} sent no answer within ${(e.afterMs??0)/1e3} s`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.
proxy??a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"\
EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(Ku.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=Ju[e.code];return i?a`${i} by ${s}${o} (${r})`:a`${s}${o}: ${t.text(e.description)}`}var Yu=32,Xu=128,zu=8,an=4096;function Ps(e,t){if(Qu(e.status))return ol(e,t);let n=al(e.body);if(!n)
return il(e,t);let r=tl(n,t),s=nl(e.status,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,
data:r.data,reason:s,warning:s===null&&cn(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function k(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function Zu(e){
return e>=200&&e<300}function Qu(e){return e>=300&&e<400&&e!==304}function el(e){return ln(e)?String(
e).trim():null}function tl(e,t){let n=(s,o)=>{let i=cn(s);return i===null||i.trim()===""?null:t.text(
i,o)},r=ln(e.code)?cn(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,Yu),traceId:ln(
e.traceId)?n(e.traceId,Xu):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function nl(e,t,n,r){let s=rl(n.errorMsg,n.detailErrorMsg);if(!Zu(e))return s!==null?a`HTTP ${e}: ${s}`:
a`HTTP ${e}${un(n.code)}`;if(s!==null)return s;let o=sl(t,r);return o.value!==!0?o.name===null?a`the response has neither "succeed" nor "success"${un(
n.code)}`:a`the platform answered ${o.name}: ${o.shown}${un(n.code)}`:el(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function rl(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function sl(e,t){return"succeed"in e?{name:a`succeed`,...Ns(e.
succeed,t)}:"success"in e?{name:a`success`,...Ns(e.success,t)}:{name:null,value:void 0,shown:a``}}function Ns(e,t){
return{value:e,shown:t.text(ze(e),60)}}function un(e){return e===null?a``:a` (code ${e})`}function ol(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return k(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function il(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return k(a`HTTP ${e.status} with ${r}`)}function al(e){if(!ul.
test(e))return null;try{let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:
null}catch{return null}}var ul=/^[ \t\n\r]*\{/;function ln(e){return typeof e=="string"||typeof e=="\
number"}function cn(e){return e==null?null:typeof e=="string"?e:ze(e)}function ze(e){let t=[],n=0,r=i=>(t.
push(i),n+=i.length,n<an),s=(i,u)=>{if(i===null||typeof i!="object")return r(JSON.stringify(i)??"nul\
l");if(u>=zu)return r("\u2026");let l=Array.isArray(i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.
isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(
d)}:`)||!s(p,u+1))return!1;return r(Array.isArray(i)?"]":"}")};s(e,0);let o=t.join("");return n<an?o:
`${o.slice(0,an)}\u2026`}function xe(e){return e.end.kind==="answered"&&e.end.status===429}function Ze(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function Q(e,t,n=Date.now()){let r=rn({status:e.status}),o=(r?xs(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:Ps(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:o}}}function Os(e,t,n){let r=on(e);return{verdict:k(Cs(r,t,n)),retryable:rn(
{errorCode:r.code}),end:ll(r.code)}}function ll(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function Re(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...k(
t),code:n,traceId:r}}}var Ms=H(require("node:http"),1);function $s(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function Is(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):Ms.default,
s=$n(e),o=s?.hostname?await cl(n,s,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&pl(o,t.caCertificates),{agent:o,transport:r,proxy:s?.hostname?s:
void 0}}async function cl(e,t,n){let r=await Promise.resolve().then(()=>H(Fn(),1)),s=t.protocol==="h\
ttps:",o=e?s?r.httpsOverHttps:r.httpsOverHttp:s?r.httpOverHttps:r.httpOverHttp,i=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(s?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...i,host:t.hostname,port:u}};return o(l)}function pl(e,t){let n=e;n.options={...n.options,ca:$s(
t)}}var pn="/anymetrics/api/v1/scheduler/task/trigger",dl="/anymetrics/api/v1/token/create",fl="/anymetr\
ics/api/v1/accelerate/latestTime",ml="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st";function _s(e){let t=e.endsWith(pn)?e.slice(0,-pn.length):e;return{host:t,trigger:new URL(t+pn),
token:new URL(t+dl),planStatus:new URL(t+fl),planList:new URL(t+ml)}}var Ls=1024*1024;function Bs(e,t,n){let{transport:r,url:s,agent:o,headers:i,payload:u,timeoutMs:l,signal:c}=e;
return new Promise((d,p)=>{let m=!1,h=!1,g=v=>{if(!m){m=!0,clearTimeout(Ce);try{d(v())}catch(pe){p(pe)}}},
E=()=>new x(`no answer within ${l/1e3} s`,"TIMEOUT",l),Y=!1,_=()=>Y?As:ks,F=v=>g(()=>n(h?E():c?.aborted?
_():v)),Ce=setTimeout(()=>{h=!0,U?.destroy(E()),F(E())},l),U;try{U=r.request(s,{method:"POST",agent:o,
headers:{...i,"content-length":Buffer.byteLength(u)},...c?{signal:c}:{}})}catch(v){return F(hl(v))}let kn=!1;
U.on("response",v=>{kn=!0,yl(v,F,pe=>g(()=>t({status:v.statusCode??0,body:pe,...gl(v)})))}),U.on("up\
grade",(v,pe)=>{pe.destroy(),F(new x(`answered ${v.statusCode??101} ${v.statusMessage??""} (a protoc\
ol switch), not an HTTP answer`,"EUPGRADE"))}),U.on("finish",()=>Y=!0),U.on("error",F),U.on("close",
()=>{kn||F(new x("the connection closed without an answer","ECLOSED"))}),U.end(Buffer.from(u,"utf8"))})}
function hl(e){let t=e instanceof Error?e.message:String(e);return new x(t,"ELOCAL")}function gl(e){
let{"retry-after":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n==
"string"?{location:n}:{}}}function yl(e,t,n){let r=[],s=0;e.on("data",o=>{s<Ls&&r.push(o),s+=o.length}),
e.on("end",()=>{let o=Buffer.concat(r).subarray(0,Ls);r=[],n(o.toString("utf8"))}),e.on("error",t),e.
on("close",()=>{e.complete||t(new x("the connection closed in the middle of the answer","ECLOSED"))})}function Us(e,t){let n=Q(e,t);if(!n.verdict.succeeded)return n;let r=bl(e.body);return r?{...n,status:{
hasNotReady:Tl(r.hasNotReady),latestDateTime:Fs(r.latestDateTime),latestRefreshTime:Fs(r.latestRefreshTime)}}:
Re(n,a`the status answer has no data object`)}function bl(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function Tl(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function Fs(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Hs(e,t,n){let r=wl(e.body);r!==void 0&&n(r);let s=Q(e,t);return s.verdict.succeeded?r===void 0?
Re(s,a`the token answer has no token (a non-empty string) in data`):kt(r)?{...s,token:r}:Re(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
s}function wl(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function js(e){let t=_s(e.host),n=t.trigger,{agent:r,transport:s,proxy:o}=await Is(n,{maxSockets:e.
maxSockets??16,caCertificates:e.caCertificates??[]}),i=vs(n,o,e.boundary),u=async d=>Os(await Ds(d,i),
e.boundary,i),l=(d,p,m,h,g)=>Bs({transport:s,url:d,agent:r,headers:p,payload:m,timeoutMs:e.timeoutMs,
signal:h},g,u),c=Rl(e);return{host:t.host,trigger:(d,p,m)=>{let h=xl(d,e.tenantId);return e.onTriggerBody?.(
h),l(n,{...c,...dn(e.tenantId,p)},h,m,g=>Q(g,e.boundary))},createToken:(d,p,m)=>l(t.token,c,JSON.stringify(
{appId:d.appId,appSecret:d.appSecret}),m,h=>Hs(h,e.boundary,p)),planStatus:(d,p,m)=>l(t.planStatus,{
...c,...dn(e.tenantId,p)},JSON.stringify(d.by==="id"?{planIdList:[d.value]}:{planNameList:[d.value]}),
m,h=>Us(h,e.boundary)),planList:(d,p)=>l(t.planList,{...c,...dn(e.tenantId,d)},JSON.stringify({pager:{
pageNumber:1,pageSize:1}}),p,m=>Q(m,e.boundary)),close:()=>r.destroy?.()}}function xl(e,t){let n={tableName:e.
tableName,tenantId:t,tablePartition:e.partition};return JSON.stringify(n)}function Rl(e){let t={"con\
tent-type":"application/json",accept:"application/json","user-agent":e.userAgent};if(e.basicAuth){let{
username:n,password:r}=e.basicAuth;t.authorization=`Basic ${Ve(n,r)}`}return t}function dn(e,t){return{
"tenant-id":e,"auth-type":t.authType,"auth-value":t.authValue}}var Sl=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
El=/^\d{9,16}$/;function fn(e){if(typeof e=="number")return Ws(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(El.test(t))return Ws(Number(t));let n=Sl.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,o,i="0",u="0",l="0",c="",d]=n,p=[r,s,o,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return kl(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-Al(d)}:{problem:"not a real dat\
e and time"}}function Ws(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function kl(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,o)=>s===t[o])}function Al(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Gs(e,t){return t===null?!1:e===null||t>e}function qs(e,t){if(e===
null||t===void 0)return!1;let n=fn(t);return"ms"in n&&e<n.ms}async function Vs(e,t,n){let r=e.values(),s=async()=>{for(let i of r)await n(i)},o=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:o},s))}async function V(e,t,n,r){let s=n.requests(t),o,i=!1,u=(l,c={})=>({last:o,attempts:l,answered:i,invalidHttp:o?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.end.kind==="cancelled"){let g=c?.end.kind==="cancelled"&&c.end.sent;return u(g?l:l-1,{cancelled:c!==
void 0,sentBeforeCancel:g,outOfTime:n.outOfTime()})}i||=c.end.kind==="answered"||c.end.kind==="not-s\
ent",o=c;let d=s.spend(c);if(!c.retryable||!d||n.stopped())return u(l);let p=Ss(l,t,Ze(c),n.random);
if(!n.fits(p))return u(l,{outOfTime:!0});let m=c.verdict.reason??a`transient failure`,h=s.maxAttempts;
if(r({attempt:l,maxAttempts:h,reason:m,waitMs:p,counted:!xe(c)}),await n.sleep(p),n.stopped())return u(
l)}}var Qe=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;inFlight=new Map;started(t){
this.inFlight.set(t,(this.inFlight.get(t)??0)+1)}ended(t){this.inFlight.set(t,Math.max(0,(this.inFlight.
get(t)??0)-1))}awaitingOthers(t){return[...this.inFlight].some(([n,r])=>r>0&&!t.has(n))}accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=Ks(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1,d=!this.awaitingOthers(u);if(!l&&i>=3&&c&&d)return this.runStop=
{scope:"run",answer:n,refused:i},this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;
let s=Ks(this.tables.get(t),r,n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let o={scope:"\
table",table:t,answer:n,refused:s.count};return this.stopped.set(t,o),o}tableStop(t){return this.stopped.
get(t)}get stopOfRun(){return this.runStop}get tableStops(){return[...this.stopped.values()]}};function Ks(e,t,n,r){
return e?e.key!==t?{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,
tables:new Set([r]),broken:!1}}var vl=10,mn=12e4,Se=3,Js=1e3,ce=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new Qe(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:Dl}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=this.waitOver.signal;this.clock.sleep(t,n).then(()=>{n.aborted||this.deadline.
abort()})}endWait(){this.waitOver.abort()}get remainingMs(){return this.deadlineMs===void 0?1/0:this.
deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=0}attemptEnded(t){if(t.end.kind!==
"answered")return;let n=this.clock.nowMs();if(!xe(t)){this.paceRefusedSinceMs=void 0;return}this.paceRefusedSinceMs??=
n,n-this.paceRefusedSinceMs>=mn&&this.control.stop("throttled")}started(t){this.refusals.started(t.tableName)}settled(t,n){
if(this.refusals.ended(t.tableName),!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(
n),n.status==="succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,
reason:n.errorMsg,transient:n.transient};this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.
stop("refused")}n.status==="failed"&&this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){
return this.refusals.tableStop(t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.
invalidInARow=0;return}this.unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:
0,!(this.unansweredInARow<Se)&&this.control.stop(this.invalidInARow>=Se?"invalid-http":"unreachable")}};
function Dl(e){let t=Xs(e.retries)-1-e.retries,n=e.retries+1,r=0,s=0;return{spend(o){return r++,xe(o)&&
s<t&&(s++,n++),r<n},get maxAttempts(){return n}}}var Cl=6e4,Nl=2500;function Ys(e,t=!1){let n=Xs(e.retries),
r=n*e.timeoutMs+(n-1)*Cl,s=t?e.triggers:Math.ceil(e.triggers/e.concurrency),o=e.plans>0?e.waitTimeoutMs+
Nl:0;return((e.keyPair?1:0)+e.plans+s)*r+o}function Xs(e){return 1+e+(e>0?vl:0)}function zs(e){return{
triggers:e.plan.length,concurrency:e.concurrency,retries:e.retries,timeoutMs:e.timeoutMs,keyPair:e.credentials.
kind==="api-key",plans:e.waitForPlans.length,waitTimeoutMs:e.waitTimeoutMs}}async function et(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let o=t.boundary.identifier(
s.label,200),i=await to(s,o,r);if(i.kind!=="read")return{failed:{label:o,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:s,label:o,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var Pl=6e4;async function eo(e,t,n,r){let{clock:s,budget:o}=n,i=s.nowMs();
o.startWait(t.timeoutMs);let u;try{u=await Ol(e,t,n,r)}finally{o.endWait()}let l=s.nowMs()-i;for(let c of e.
filter(d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?hn(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function Ol(e,t,n,r){let{clock:s,control:o,budget:i}=n,u=s.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;;p++){let m=Math.min(t.intervalMs,i.remainingMs-
Js);if(m<=0&&p>0||o.stopped||(await s.sleep(Math.max(0,m),o.stopSignal),o.stopped||i.outOfTime)||(await Vs(
d(),t.concurrency,async h=>{if(c||o.stopped||i.outOfTime)return;let g=await $l(h,n,u,r);c??=g}),c||d().
length===0))return c;s.nowMs()-l>=Pl&&(l=s.nowMs(),r.onProgress(d().length,e.length,l-u,t.timeoutMs))}}
async function $l(e,t,n,r){let s=await to(e.plan,e.label,t);return s.kind==="stopped"||s.kind==="out\
-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.kind!=="read"?(e.state=
"failed",e.reason=s.verdict.reason,e.last={...e.last,traceId:s.verdict.traceId??e.last.traceId},s.kind===
"refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=s.reading,Gs(e.baseline.
refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function hn(e,t){e.state="not-w\
aited",e.reason=t}async function to(e,t,n){let r=!1;for(;;){let s=await V(()=>n.read(e,n.budget.requestSignal),
n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=s.last,i=o?.status;if(i&&o.verdict.succeeded)return Ml(
i,o.verdict.traceId,n.boundary);if(s.outOfTime&&!n.control.stopped)return{kind:"out-of-time",verdict:o?.
verdict??k(a`cut off at the wait's deadline`),attempts:s.attempts};if(s.cancelled||!o||n.control.stopped)
return{kind:"stopped",verdict:o?.verdict??k(a`cancelled before the platform answered`),attempts:s.attempts};
if(o.retryable||o.end.kind!=="answered")return{kind:"transient",verdict:o.verdict,attempts:s.attempts};
if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:o.verdict,
attempts:s.attempts}}}function Ml(e,t,n){let r=Qs(e.latestRefreshTime),s=Qs(e.latestDateTime),o=i=>i===
null?null:n.identifier(Zs(i),64);if(r!==null&&"problem"in r){let i=n.quote(Zs(e.latestRefreshTime),80),
u=a`latestRefreshTime ${i} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...k(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:o(e.latestDateTime),latestRefreshTime:o(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function Zs(e){return typeof e=="stri\
ng"?e:ze(e)}function Qs(e){return e==null?null:fn(e)}var tt=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
return this.rate!==void 0||this.tolerated>0}async turn(){let t=this.clock.nowMs(),n=this.rate===void 0?
t:Math.max(t,this.nextSendMs);return this.rate!==void 0&&(this.nextSendMs=n+1e3/this.rate),this.sends.
push(n),this.sends.length>16&&this.sends.shift(),this.limiting=n>t,n>t&&!this.clock.stopped()&&await this.
clock.sleep(n-t),this.clock.nowMs()}accepted(t){let n=this.clock.nowMs();for(this.recent.push(n);(this.
recent[0]??n)<n-2e3;)this.recent.shift();this.engaged&&(this.grow(),this.record(t,!1))}pushedBack(t,n){
let r=this.clock.nowMs();if(this.rate===void 0){if(this.record(t,!0),this.tolerated>0&&this.share()<=
this.tolerated+.25)return!1;let o=this.recent.filter(l=>l>=r-2e3),i=Math.max(250,r-(o[0]??r)),u=o.length>
0?o.length*1e3/i:1e3/n;return this.rate=Math.max(.5,u,this.resumeRate),this.resumeRate>0&&this.answers.
splice(0,this.answers.length-1),this.lastCutMs=r,this.nextSendMs=r+(o.length>0?1e3/this.rate:n),!0}if(this.
record(t,!0)||t<this.lastCutMs)return!0;if(this.trial)return this.rate*.85>=this.trial.floor?this.cut(
this.trial.shareBefore,.85):this.trial.floor=1/0,!0;if(this.answers.length<8)return!0;let s=this.share();
return this.tolerated>0&&s<=this.tolerated+.25?(this.grow(),!1):(this.cut(s,(1-s)/(1-this.tolerated)),
!0)}grow(){this.rate===void 0||!this.limiting||(this.rate=this.steady?this.rate+.05:this.rate*1.05)}record(t,n){
this.answers.push(n),this.answers.length>16&&this.answers.shift();let r=this.trial;return!r||t<this.
lastCutMs||(r.answers++,n&&r.refused++,r.answers<12)?!1:(this.trial=void 0,this.judge(r),!0)}share(){
return this.answers.filter(Boolean).length/this.answers.length}sentRate(){let t=this.clock.nowMs(),n=this.
sends.filter(s=>s<=t).slice(-8),r=(n.at(-1)??t)-(n[0]??t);return n.length<8||r<=0?this.rate??.5:7*1e3/
r}cut(t,n){let r=this.rate??.5,s=Math.max(.5,Math.min(r,this.sentRate())*.5);this.undo??={rate:r,steady:this.
steady},this.trial={shareBefore:t,floor:this.trial?.floor??s,answers:0,refused:0},this.rate=Math.max(
.5,r*Math.min(.85,Math.max(.5,n))),this.steady=!0,this.lastCutMs=this.clock.nowMs()}judge(t){let n=t.
refused/t.answers,r=t.shareBefore-this.tolerated,s=n-this.tolerated;if(t.refused===0||s<=r/4)this.tolerated=
Math.min(this.tolerated,n),this.undo=void 0,this.proven=!0;else if(!(s<r*2/3||t.refused<3))if(n>=t.shareBefore+
.3)this.undo=void 0,this.cut(n,(1-n)/(1-this.tolerated));else{let o=this.undo??{rate:this.rate??.5,steady:this.
steady};this.undo=void 0,this.tolerated=Math.min(n,t.shareBefore),this.steady=o.steady,this.proven?this.
rate=Math.max(this.rate??.5,o.rate):(this.rate=void 0,this.resumeRate=o.rate)}}};var no=2,nt=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new tt(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=no;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=no),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let s=Math.
floor(t.level/2),o=this.acceptedInGeneration;this.stable=0,this.change(o>0?Math.min(o,s):s)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var Il=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function ro(e,t,n){let r=n.nowMs(),s=await V(()=>n.send(e),t,n,o=>n.onRetry({...gn(e,n.boundary),
...o}));return s.sentBeforeCancel?{...Ee(e,n.boundary,Il),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?Ee(e,n.boundary,n.notRunReason()):_l(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp,transient:s.last.retryable})}
function gn(e,t){return{tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function _l(e,t,n,r){
return{...gn(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,
errorMsg:n.reason,warning:n.warning,...r}}function Ee(e,t,n){return{...gn(e,t),status:"not-run",code:null,
traceId:null,data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,transient:!1}}async function so(e,t,n){let{control:r,budget:s}=n,o=new nt(t.concurrency,s.stage),i=Fl(o,n,t.retryPolicy),
u=new Array(e.length),l=Ll(e).values(),c=0,d=async()=>{for(let g of l){if(r.stopped)return;let E=e[g],
Y=s.tableStop(E);if(Y){u[g]=Ee(E,n.boundary,Bl(Y));continue}try{s.started(E);let _=await ro(E,t.retryPolicy,
i);u[g]=_,n.onFinished(_,++c,e.length),s.settled(E,_)}catch(_){throw r.stop("crashed"),_}}},p=Math.min(
t.concurrency,e.length),h=(await Promise.allSettled(Array.from({length:p},d))).find(g=>g.status==="r\
ejected");if(h)throw h.reason;return e.map((g,E)=>u[E]??Ee(g,n.boundary,r.notRunReason))}function Ll(e){
let t=new Map;return e.map((r,s)=>{let o=t.get(r.tableName)??0;return t.set(r.tableName,o+1),{index:s,
rank:o}}).sort((r,s)=>r.rank-s.rank).map(({index:r})=>r)}function Bl(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function Fl(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async o=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(o,s.requestSignal),
l=Ze(u);return l===void 0?e.accepted(i):e.pushedBack(i,sn(l,n)),s.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function oo(e,t,n,r,s,o){let i=await V(()=>e.createToken(t,s.onToken,o),n,r,s.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
k(a`cancelled before the platform answered`),attempts:i.attempts}}async function io(e,t){let{client:n,control:r,hooks:s}=t,o=new ce(t.clock,r,e),i=await yn(e,{...t,budget:o});
if(!i)return;let u=bn(e,{...t,budget:o},i),l=[];if(e.waitForPlans.length>0){let d=await et(e.waitForPlans,
u);if("failed"in d){await s.plans.baselineFailed(d.failed.label,d.failed.verdict);return}l=d.watches,
s.plans.baselines(l)}s.triggers.runStarted();let c=await so(e.plan,{concurrency:e.concurrency,retryPolicy:e.
policy},{send:(d,p)=>n.trigger(d,i.current,p),boundary:t.boundary,control:r,budget:o,onRetry:d=>s.triggers.
retry(d),onFinished:(d,p,m)=>s.triggers.finished(d,p,m)});return l.length>0&&await Ul(c,l,e,u,s),{results:c,
cause:r.cause,refusals:o.refusals,watches:l}}async function Ul(e,t,n,r,s){let o=e.filter(i=>i.status!==
"succeeded").length;if(o>0||r.control.stopped){let i=r.control.stopped?a`the run stopped before the wait`:
a`${o} trigger${o===1?a``:a`s`} not accepted, so a refresh may never come`;t.forEach(u=>hn(u,i));return}
s.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await eo(t,{timeoutMs:n.waitTimeoutMs,
intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>s.plans.planFresh(i),onProgress:(...i)=>s.
plans.waitProgress(...i)})}async function yn(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};
let r=()=>oo(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.hooks.credential.onToken(i),onRetry:i=>t.
hooks.credential.tokenRetry(i)},t.budget.requestSignal),s=await r();if("failed"in s){await t.hooks.credential.
tokenRefused(Hl(s.failed,t.control),s.attempts);return}let o={current:s.credential};return o.renew=async()=>{
o.renew=void 0;let i=await r();return"failed"in i?!1:(o.current=i.credential,!0)},o}function Hl(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function bn(e,t,n){return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,s)=>t.hooks.plans.planRetry(r,s)}}async function ao(e,t){let n=new ce(t.clock,t.control),r=await yn(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let o=await et(e.waitForPlans,bn(e,{...t,budget:n},r));return"\
failed"in o?{passed:!1,step:a`reading plan ${o.failed.label}`,verdict:o.failed.verdict}:{passed:!0,watches:o.
watches}}let s=await V(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,o=>t.hooks.
plans.planRetry(a`list`,o));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??k(a`cancelled before an answer`)}}var jl=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function T(e){return e===1?a``:a`s`}function ee(e){return e<1e3?a`${e} ms`:a`${Ke(e/1e3,
1)} s`}function K(e,t){let n="";for(let r of jl)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}
function R(e,t){let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function I(e,t){return e===
null?null:M(e,t)}var S="AnyMetrics refresh failed",rt="AnyMetrics refresh input is invalid";function Tn(e,t=1/0){let n=M(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${Wl(e)}${uo(e)}`}function Wl(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${ee(e.durationMs)})`:a``}function uo(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function lo(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"",s=t.get(r);s?s.push(n):t.set(r,[n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{
line:Tn(r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${uo(r)})`,count:n.length}})}function Gl(e){let t={succeeded:a`✅ succeeded`,
"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.
errorMsg??a``}`}[e.status],n=a`${e.attempts} attempt${T(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.
traceId??a`none`}, ${n}, ${ee(e.durationMs)})`}function co(e,t,n){return a`[${t}/${n}] ${Gl(e)}`}function po(e){
return a`${e.tableName} ${e.partition}: ${wn(e)}`}function wn(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${ee(
e.waitMs)}`}function fo(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function st({
succeeded:e,failed:t,notRun:n,unknown:r}){let s=[a`${e.length} succeeded`,a`${t.length} failed`];r.length>
0&&s.push(a`${r.length} unknown`),n.length>0&&s.push(a`${n.length} not run`);let o=e.length+t.length+
r.length+n.length;return a`${Z(s,", ")}, ${o} in all`}function mo(e){return a`${e} more warning${T(e)}: see the job summary, and the log, where each is a line starting with "warning:"`}
function ho(e){return a`${e} more failure${T(e)}: see the job summary, the error-message output and the log`}
function go(e,t,n){return a`Triggering ${e} data update${T(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function yo(e){let t=a`${e.length} trigger${T(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var ql=400;
function bo(e,t){let n=t.text(e.rule,ql),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${N(e.input)}" ${n}${r}`}function To(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function wo(e,t){return a`plan ${e} status: ${wn(t)}`}
function xo(e){return a`token request: ${wn(e)}`}function Ro(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function xn(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function So(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${Z(n,", ")}`:a`the materialization plan list was read`]}
function Eo(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function ko(e,t){return a`today in ${e} is ${t}`}function Ao(e){return a`By its inputs, this run ends within ${Ke(
e/6e4,1)} min (README: Retries and timeouts)`}function vo(e){return a`Request body: ${e}`}var Do=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
Co=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var ke=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(xo(t))}async tokenRefused(t,n){await this.report.failedEarly(To(t,n))}};function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Vl={"&":"&amp;","<":"&lt;",">":"&gt;"},Kl=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(Kl,t=>`\\${t}`).replace(/[&<>]/g,t=>Vl[t]??t)}function A(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var $={fresh:"",plans:"[]","data-through":""};function No(e){return a`After the triggers it would wait for ${e.
length} materialization plan${T(e.length)}: ${Z(e,", ")}`}function Po(e,t){if(e.length===0)return"";
let{rows:n,more:r}=R(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...A(r),""].join(`
`)}function Oo(e,t,n){return a`Waiting up to ${Ae(t)} for ${e} materialization plan${T(e)} to turn fresh (polling every ${ee(
n)})`}function ot(e){return a`plan ${e.label}: latest refresh ended ${Uo(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function $o(e){return a`plan ${e.label} is fresh: a refresh ended ${Uo(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${T(
e.polls)}, ${Ae(e.waitedMs)})`}function Mo(e,t,n,r){return a`waiting for ${e} of ${t} plan${T(t)}, ${Math.
floor(n/6e4)} min of ${Ae(r)}`}function Io(e){let t=a`${Jl(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${Ae(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Zl(e)}`;default:return null}}function Jl(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function _o(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function Lo(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function Bo(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(Yl)),"data-through":Xl(e)}}function Yl(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function Xl(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var zl={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function Fo(e,t){if(e.length===0)return"";let{rows:n,more:r}=R(e,t.rowCap),
s=e.filter(o=>o.state!=="fresh"&&o.reason).slice(0,Math.min(t.rowCap,20)).map(o=>`- ${w(o.label)}: ${b(
o.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(o=>`| ${w(o.label)} | ${zl[o.state]} | ${b(
o.last.latestRefreshTime??"")} | ${b(o.last.latestDateTime??"")} | ${Ae(o.waitedMs)} |`),...A(r),...s.
length>0?["",...s]:[],""].join(`
`)}function Uo(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Zl(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function Ae(e){if(e<6e4)return ee(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var Ql=new Set(["invalid-table-name"]);function Ho(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.identifier(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.
kind,reason:t.text(n.reason)}))}}function jo(e){return{group:a`dbt: ${e.mapped.length} node${T(e.mapped.
length)} to refresh, ${e.skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),
...e.skipped.map(({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>Ql.
has(t)).map(({node:t,reason:n})=>a`${t}: ${n}`)}}function Wo(e,t){let n=i=>w(M(i,t.idLimit)),r=R(e.mapped,
t.rowCap),s=R(e.skipped,t.rowCap),o=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length}\
 dbt node${T(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:i,reason:u})=>`- ${n(i)}:\
 ${b(M(u,Math.max(t.textLimit,80)))}`),...A(s.more),"","</details>"];return["### From dbt","","| dbt\
 node | table |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${w(u)} |`),...A(r.more),
...o,""].join(`
`)}var Go=1e6;function qo(e){let{results:t,tally:n,freshness:r,planFailures:s}=e;return{success:String(
e.succeeded),"trace-id":t.map(o=>o.traceId??"").join(","),"error-message":K(Go,o=>[...s.map(i=>M(i,1e3)),
ec(n.failed,o)].filter(i=>i!=="").join(`
`)),results:tc(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function J(e=[],t=$){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function ec(e,t){let{rows:n,more:r}=R(
e,t.rowCap),s=n.map(o=>Tn(o,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function tc(e){return K(Go,t=>JSON.stringify(e.map(n=>nc(n,t))))}function nc(e,t){let{partition:n,
status:r,code:s,attempts:o,durationMs:i}=e;return{tableName:I(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:I(s,t.idLimit),traceId:I(e.traceId,t.idLimit),data:I(e.data,t.textLimit),errorMsg:I(
e.errorMsg,t.textLimit),attempts:o,durationMs:i}}var rc={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},sc="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function Vo(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function Ko(e){let t=Yo(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+oc<e.length}var oc=6;function Jo(e,t){let n=[...Yo(e)],{rows:r,
more:s}=R(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",sc,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([o,i])=>{let u=[...i].sort((c,d)=>c.
partition.localeCompare(d.partition)),l=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${w(o)} | ${l} | ${u.map(c=>rc[c.status]).join("")} |`}),...A(s),""]}function Yo(e){let t=new Map;
for(let n of e){let r=t.get(n.tableName);r?r.push(n):t.set(n.tableName,[n])}return t}var ic=/^\d{4}-\d{2}-\d{2}$/;function Xo(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let s=n.
at(-1);s&&ac(s[1])===r?s[1]=r:n.push([r,r])}return n.map(([r,s])=>r===s?r:`${r}..${s}`).join(", ")}function ac(e){
if(!ic.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var at=1e6,uc=10,zo=()=>"";function Zo(e,t,n=zo){let{results:r,tally:s}=e,{succeeded:o,failed:i,notRun:u,
unknown:l}=s,c=e.succeeded?"\u2705 AnyMetrics refresh succeeded":`\u274C ${S}`;return K(at,d=>[`## ${c}`,
"",...e.stopLines.flatMap(p=>[`**\u26D4 ${b(p)}**`,""]),`**${st(s)}**`,"",Vo(r),"",...it(`\u274C Failed (${i.
length})`,i,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(p.partition)],["Reason",p=>b(I(p.errorMsg,
d.textLimit)??"")],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)]]),...it(
`\u2753 Unknown: sent, then cut off (${l.length})`,l,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(
p.partition)],["What to do",p=>b(p.errorMsg??"")]]),...cc(u,d),...Ko(r)?Jo(r,d):pc(o.length>uc,`\u2705 Su\
cceeded (${o.length})`,it(`\u2705 Succeeded (${o.length})`,o,d,[["Table",p=>w(p.tableName)],["Partit\
ion",p=>b(p.partition)],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)],
["Note",p=>b(I(p.warning,d.textLimit)??"")]])),...lc(e.warnings,d),n(d),ni(t),""].join(`
`))}function lc(e,t){if(e.length===0)return[];let{rows:n,more:r}=R(e,t.rowCap);return[`### \u26A0\uFE0F Warnin\
gs (${e.length})`,"",...n.map(s=>`- ${b(I(s,Math.max(t.textLimit,200))??"")}`),...A(r),""]}function it(e,t,n,r){
if(t.length===0)return[];let{rows:s,more:o}=R(t,n.rowCap),i=r.filter(([u,l])=>u!=="Note"||s.some(c=>l(
c)!==""));return[`### ${e}`,"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"---").join(" | ")}\
 |`,...s.map(u=>`| ${i.map(([,l])=>l(u)).join(" | ")} |`),...A(o),""]}function cc(e,t){let n=new Map;
for(let r of e){let s=`${r.tableName}\0${r.errorMsg??""}`,o=n.get(s)??{first:r,partitions:[]};o.partitions.
push(r.partition),n.set(s,o)}return it(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],t,[["Tab\
le",r=>w(r.first.tableName)],["Partitions",r=>b(Xo(r.partitions))],["Count",r=>String(r.partitions.length)],
["Reason",r=>b(r.first.errorMsg??"")]])}function pc(e,t,n){return!e||n.length===0?n:[`<details><summ\
ary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function ut(e,t,n=zo,r=["## \u{1F4DD} AnyMetrics refr\
esh dry run: nothing was sent"]){return K(at,s=>{let{rows:o,more:i}=R(e,s.rowCap);return[...r,"",`**${e.
length} trigger${T(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...o.map(u=>`| ${w(
u.tableName)} | ${b(u.partition)} |`),...A(i),"",n(s),ni(t),""].join(`
`)})}function Qo(e){return`## \u274C ${S}

${b(e)}
`}function ei(e){return K(at,t=>{let{rows:n,more:r}=R(e,t.rowCap);return[`## \u274C ${rt}: nothing w\
as sent`,"",...n.map(s=>`- ${b(s)}`),...A(r),""].join(`
`)})}function ti(e){return K(at,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function ni(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var ve=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
s=>bo(s,n.boundary));n.setOutputs(J(r),S),n.annotate(r.map(s=>({line:s,count:1,title:rt}))),await n.
writeSummary(ei(r))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(n.boundary.text(r)))}read(t){
let{printer:n,facts:r}=this.report;if(n.info(ko(n.boundary.text(t.timeZone),n.boundary.text(t.today))),
n.debug(Ao(Ys(zs(t)))),!r.dbt)return;let{group:s,lines:o,warnings:i}=jo(r.dbt);n.startGroup(s),o.forEach(
u=>n.info(u)),n.endGroup(),n.warnings(i)}async nothingToRefresh(){let{printer:t,summaryExtra:n}=this.
report;t.notice(Co),t.setOutputs(J(),S),await t.writeSummary(ti(n))}async dryRun(t,n){let{printer:r,
summaryExtra:s,context:o}=this.report,i=Rn(t,this.report),u=n.map(m=>r.boundary.identifier(m,200)),{
group:l,lines:c,notice:d}=yo(i);r.startGroup(l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>0&&r.info(
No(u)),r.notice(d),r.setOutputs(J(),S);let p=m=>[Po(u,m),s(m)].join(`
`);await r.writeSummary(ut(i,o,p))}};function Rn(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
identifier(n.tableName),partition:t.boundary.identifier(n.partition)}))}var te=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:s}=this.
report;n.endGroup(),n.info(st(t.tally)),n.setOutputs(qo(t),S);let o=u=>[Fo(t.watches,u),s(u)].join(`\

`);await n.writeSummary(Zo(t,r,o)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:S});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...lo(t.unexplainedFailures).map(u=>({...u,title:S}))])}async checkPassed(t,n){
let{printer:r,context:s,summaryExtra:o}=this.report;r.endGroup(),n.watches.forEach(c=>r.info(ot(c)));
let i=So(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(c=>c.label));i.forEach(c=>r.info(
c)),r.notice(a`Connection check passed: ${Z(i,"; ")}; nothing was triggered`),r.setOutputs(J(),S);let u=[
"## \u2705 AnyMetrics connection check passed: nothing was triggered","",...i.map(c=>`- ${b(c)}`)],l=Rn(
t,this.report);await r.writeSummary(ut(l,s,o,u))}async checkFailed(t,n){await this.report.failedEarly(
Eo(t,n.reason,n.traceId),$)}async crashed(t){let n=t instanceof Error?t.message:String(t);await this.
report.failedEarly(Ro(this.report.printer.boundary.text(n)))}};function si(e){let{results:t,cause:n,host:r}=e,s=t.filter(i=>i.status==="not-run").length,o=s===0?a`every trigger had been sent`:
a`${s} trigger${T(s)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${o}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${Se} triggers in a row got no answer after their retries${ri(
t)}; ${o}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${Se} triggers in a row got such an answer after their retries${ri(
t)}; ${o}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?dc(e.refusal,o):null;case"fail-fast":return a`fail-fast stopped the run after a trigger failed: ${o}`;case"\
throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${mn/6e4} min and accepted none: ${o}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function ri(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function Sn(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function dc(e,t){return e.answer.transient?a`The platform kept answering the run's first ${e.
refused} triggers with the same error, after their retries, and accepted none: ${Sn(e)}. Nothing more was sent (${t}). The platform is overloaded or failing: run again later, or with a lower concurrency`:
a`The platform refused the run's first ${e.refused} triggers with the same answer and accepted none: ${Sn(
e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function oi(e,t,n){let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length,s=e.answer.transient?
a`The platform is failing for this table: run it again later`:a`Check that the table exists on the platform as named`;
return a`Table ${t}: the platform refused its first ${e.refused} triggers with the same answer and accepted none: ${Sn(
e)}. Its other ${r} trigger${T(r)} were not sent; other tables went on. ${s}`}function ii(e,t){if((t.
cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.answer.code===e.code&&
r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?!0:t.tableStops.some(
({table:r,stop:s})=>r===e.tableName&&n(s))}function fc(e){return e.filter(t=>t.status==="failed")}function ai(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:fc(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}function ui(e,t,n){let r=ai(e),s=t.freshness?.watches??[],o=t.freshness?Bo(s):$,i=mc(e,t,n),u=t.freshness?.
newestPartition;return{results:e,tally:r,succeeded:e.length>0&&r.succeeded.length===e.length&&o.fresh!==
"false",stopLines:i.lines,unexplainedFailures:r.failed.filter(l=>!ii(l,i.facts)),watches:s,freshness:o,
planFailures:s.map(Io).filter(l=>l!==null),warnings:[...e.map(fo),...s.map(l=>_o(l,qs(l.last.dataMs,
u)))].filter(l=>l!==null)}}function mc(e,t,n){let r=e.filter(u=>u.status==="not-run"),s=(t.refusals?.
tableStops??[]).map(u=>({stop:u,table:n.identifier(u.table??"")})).filter(({table:u})=>r.some(l=>l.tableName===
u)),o={results:e,cause:t.cause,host:n.text(t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,
tableStops:s},i=[si(o),...s.map(({stop:u,table:l})=>oi(u,l,e))].filter(u=>u!==null);return{facts:o,lines:i}}var De=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(wo(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(ot(n)))}async baselineFailed(t,n){let r=Lo(t,n.reason,n.traceId);
await this.report.failedEarly(r,{...$,fresh:"false"})}waitStarted(t,n,r){this.report.printer.startGroup(
Oo(t,n,r))}planFresh(t){this.report.printer.info($o(t))}waitProgress(t,n,r,s){this.report.printer.info(
Mo(t,n,r,s))}};var li=require("node:fs");function ci(e){let t=[],n=()=>{if(t.length===0)return;let s=t.join(`
`);t=[],e.info(s)},r=s=>(...o)=>(n(),s(...o));return{info:s=>{t.push(s)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function En(e){if(!e)return;let t;try{t=(0,li.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var lt=10;function pi(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var ct=class{constructor(t,n){this.boundary=n;this.sink=ci(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<Vt&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(Do))}info(t){this.sink.info(N(t))}debug(t){this.sink.debug(N(
t))}notice(t){this.sink.notice(N(t))}warning(t){this.warnings([t])}warnings(t){let n=lt-this.warningsMade,
{shown:r,rest:s}=pi(t,n);r.forEach(o=>this.sink.warning(N(o))),this.warningsMade+=r.length,s.length!==
0&&(s.forEach(o=>this.sink.info(N(a`warning: ${o}`))),!(n<=0)&&(this.sink.warning(N(mo(s.length))),this.
warningsMade=lt))}startGroup(t){this.endGroup(),this.sink.startGroup(N(t)),this.groupOpen=!0}endGroup(){
this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate([{line:t,count:1,title:n}])}annotate(t){
let n=lt-this.errorsMade,{shown:r,rest:s}=pi(t,n);r.forEach(i=>this.sink.error(N(i.line),{title:i.title})),
this.errorsMade+=r.length;let o=s[0];if(o&&n>0){let i=s.reduce((u,l)=>u+l.count,0);this.sink.error(N(
ho(i)),{title:o.title}),this.errorsMade=lt}t.length>0&&this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){
this.outputsWritten=!0;try{for(let[r,s]of Object.entries(t))this.sink.setOutput(r,s)}catch(r){this.fail(
xn("outputs",this.boundary.text(di(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=
!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(xn("summary",this.boundary.text(di(n))))}}}};
function di(e){let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var hc={waiting:!1,dbt:void 0},pt=class e{constructor(t,n,r=hc){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?Wo(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...$,fresh:"fal\
se"}:$}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(J(
[t],n),S),await r.writeSummary(Qo(t)),r.fail(t,S)}};function fi(e,t){return{waiting:e.dryRun==="off"&&
e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?Ho(e.dbt,t):void 0}}function mi(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var dt=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(){let{printer:t}=this.report,
n=t.boundary.text(this.run.host);t.startGroup(go(this.run.total,n,this.run.concurrency))}retry(t){this.
report.printer.info(po(t))}finished(t,n,r){this.report.printer.info(co(t,n,r))}};function hi({printer:e}){
return t=>e.debug(vo(e.boundary.text(t)))}var gi=["SIGINT","SIGTERM"];function yi(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return gi.forEach(r=>process.on(r,
n)),()=>gi.forEach(r=>process.off(r,n))}var bi=require("node:events");var gc={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},ft=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,bi.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return gc[this.firstCause??"cancelled"]}};function Ti(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var yc="anymetrics-refresh",xi={sleep:Ti,random:Math.random,nowMs:Date.now};async function Ri(){let e=Tc(),
t=new be,n=new ct(kc(),t),r=new pt(n,mi(process.env,t)),s=bc(()=>r);try{ys(e).forEach(u=>n.mask(u));
let o=await wc(e,new ve(r));if(!o)return;r=r.withFacts(fi(o,t));let i=new ve(r);if(i.read(o),o.dryRun===
"check")return await wi(o,r,Sc);if(o.plan.length===0)return await i.nothingToRefresh();if(o.dryRun===
"plan")return await i.dryRun(o.plan,o.waitForPlans.map(u=>u.label));await wi(o,r,xc)}catch(o){await new te(
r).crashed(o)}finally{s()}}function bc(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new te(e()).crashed(n)};return process.on("b\
eforeExit",t),()=>process.off("beforeExit",t)}function Tc(){let e=gs.map(t=>[t,Gn(t)]);return Object.
fromEntries(e)}async function wc(e,t){try{let{config:n,notices:r}=bs(e,{now:new Date,readTextFile:s=>or(
s,tr),openArtifact:s=>ir(s)});return t.notices(r),n}catch(n){if(!(n instanceof fe))throw n;await t.refused(
n.errors);return}}async function wi(e,t,n){let r=await Ec(e,t),s=new ft,o=yi(s);try{await n({config:e,
client:r,control:s,report:t})}finally{o(),r.close()}}async function xc({config:e,client:t,control:n,
report:r}){let{boundary:s}=r.printer,o={credential:new ke(r),plans:new De(r),triggers:new dt(r,{total:e.
plan.length,host:t.host,concurrency:e.concurrency})},i={...e,policy:Si(e)},u=await io(i,{client:t,clock:xi,
control:n,boundary:s,hooks:o});if(!u)return;let l=u.watches.length>0,c={cause:u.cause,refusals:u.refusals,
host:t.host,freshness:l?{watches:u.watches,newestPartition:Rc(e)}:void 0};await new te(r).runEnded(ui(
u.results,c,s))}function Rc(e){return e.plan.map(t=>t.partition).sort().at(-1)}async function Sc({config:e,
client:t,control:n,report:r}){let s={credential:new ke(r),plans:new De(r)},{boundary:o}=r.printer,i={
...e,policy:Si(e)},u=await ao(i,{client:t,clock:xi,control:n,boundary:o,hooks:s}),l=new te(r);u.passed?
await l.checkPassed(e.plan,{host:t.host,tokenExchanged:e.credentials.kind==="api-key",watches:u.watches}):
"reported"in u||await l.checkFailed(u.step,u.verdict)}function Si(e){return{retries:e.retries,...ws}}
function Ec(e,t){return js({host:e.host.base,tenantId:e.tenantId,basicAuth:e.host.basicAuth,timeoutMs:e.
timeoutMs,userAgent:yc,maxSockets:e.concurrency,caCertificates:e.caCertificates,boundary:t.printer.boundary,
onTriggerBody:Vn()?hi(t):void 0})}function kc(){return{setSecret:Wn,debug:Kn,info:zn,notice:e=>Xn(e),
warning:e=>Yn(e),error:(e,t)=>Jn(e,t),startGroup:Zn,endGroup:Qn,setOutput:(e,t)=>{En(process.env.GITHUB_OUTPUT),
qn(e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(En(process.env.GITHUB_STEP_SUMMARY),
await wt.addRaw(e).write())},fail:()=>{process.exitCode=1}}}var Ac=1e3;Ri().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),Ac).unref()});
