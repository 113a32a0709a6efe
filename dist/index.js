"use strict";var hi=Object.create;var Tn=Object.defineProperty;var gi=Object.getOwnPropertyDescriptor;var yi=Object.getOwnPropertyNames;var bi=Object.getPrototypeOf,Ti=Object.prototype.hasOwnProperty;var wn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var wi=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of yi(t))!Ti.call(e,o)&&
o!==n&&Tn(e,o,{get:()=>t[o],enumerable:!(r=gi(t,o))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?hi(bi(e)):{},wi(t||!e||!e.__esModule?Tn(n,"default",{value:e,enumerable:!0}):
n,e));var Pn=wn(te=>{"use strict";var gc=require("net"),ki=require("tls"),dt=require("http"),vn=require("https"),
Ai=require("events"),yc=require("assert"),vi=require("util");te.httpOverHttp=Di;te.httpsOverHttp=Ni;
te.httpOverHttps=Pi;te.httpsOverHttps=Ci;function Di(e){var t=new U(e);return t.request=dt.request,t}
function Ni(e){var t=new U(e);return t.request=dt.request,t.createSocket=Dn,t.defaultPort=443,t}function Pi(e){
var t=new U(e);return t.request=vn.request,t}function Ci(e){var t=new U(e);return t.request=vn.request,
t.createSocket=Dn,t.defaultPort=443,t}function U(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||dt.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,o,s,i){for(var u=Nn(o,s,i),l=0,c=t.requests.length;l<c;++l){var d=t.requests[l];
if(d.host===u.host&&d.port===u.port){t.requests.splice(l,1),d.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}vi.inherits(U,Ai.EventEmitter);U.prototype.addRequest=function(t,n,r,o){var s=this,
i=ft({request:t},s.options,Nn(n,r,o));if(s.sockets.length>=this.maxSockets){s.requests.push(i);return}
s.createSocket(i,function(u){u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){
s.emit("free",u,i)}function c(d){s.removeSocket(u),u.removeListener("free",l),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};U.prototype.createSocket=function(t,n){var r=this,o={};r.
sockets.push(o);var s=ft({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(s.localAddress=t.localAddress),s.proxyAuth&&(s.headers=s.
headers||{},s.headers["Proxy-Authorization"]="Basic "+new Buffer(s.proxyAuth).toString("base64")),G(
"making CONNECT request");var i=r.request(s);i.useChunkedEncodingByDefault=!1,i.once("response",u),i.
once("upgrade",l),i.once("connect",c),i.once("error",d),i.end();function u(p){p.upgrade=!0}function l(p,m,g){
process.nextTick(function(){c(p,m,g)})}function c(p,m,g){if(i.removeAllListeners(),m.removeAllListeners(),
p.statusCode!==200){G("tunneling socket could not be established, statusCode=%d",p.statusCode),m.destroy();
var h=new Error("tunneling socket could not be established, statusCode="+p.statusCode);h.code="ECONN\
RESET",t.request.emit("error",h),r.removeSocket(o);return}if(g.length>0){G("got illegal response bod\
y from proxy"),m.destroy();var h=new Error("got illegal response body from proxy");h.code="ECONNRESE\
T",t.request.emit("error",h),r.removeSocket(o);return}return G("tunneling connection has established"),
r.sockets[r.sockets.indexOf(o)]=m,n(m)}function d(p){i.removeAllListeners(),G(`tunneling socket coul\
d not be established, cause=%s
`,p.message,p.stack);var m=new Error("tunneling socket could not be established, cause="+p.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(o)}};U.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(o){r.request.onSocket(o)})}};function Dn(e,t){var n=this;U.prototype.createSocket.
call(n,e,function(r){var o=e.request.getHeader("host"),s=ft({},n.options,{socket:r,servername:o?o.replace(
/:.*$/,""):e.host}),i=ki.connect(0,s);n.sockets[n.sockets.indexOf(r)]=i,t(i)})}function Nn(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function ft(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var o=Object.keys(r),s=0,i=o.length;s<i;++s){var u=o[s];r[u]!==void 0&&(e[u]=
r[u])}}return e}var G;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?G=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:G=function(){};te.debug=G});var $n=wn((Tc,Cn)=>{Cn.exports=Pn()});var Rn=H(require("os"),1);function j(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function De(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function W(e,t,n){let r=new ct(e,t,n);process.stdout.write(r.toString()+Rn.EOL)}function pt(e,t=""){
W(e,{},t)}var xn="::",ct=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=xn+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let o=this.properties[r];
o&&(n?n=!1:t+=",",t+=`${r}=${Ri(o)}`)}}return t+=`${xn}${xi(this.message)}`,t}};function xi(e){return j(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Ri(e){return j(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var Sn=H(require("crypto"),1),Pe=H(require("fs"),1),Ne=H(require("os"),1);function En(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Pe.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Pe.appendFileSync(n,`${j(t)}${Ne.EOL}`,{encoding:"utf8"})}function kn(e,t){let n=`ghadelimiter_${Sn.randomUUID()}`,
r=j(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Ne.EOL}${r}${Ne.EOL}${n}`}var bt=H(require("os"));function An(e){let t=e.protocol==="https:";if(Si(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new Ce(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new Ce(`http://${n}`)}else return}function Si(e){
if(!e.hostname)return!1;let t=e.hostname;if(Ei(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let o=[e.hostname.toUpperCase()];typeof r=="number"&&o.push(`${o[0]}:${r}`);for(let s of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(s==="*"||o.some(i=>i===s||i.endsWith(`.${s}`)||s.
startsWith(".")&&i.endsWith(`${s}`)))return!0;return!1}function Ei(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var Ce=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var _n=require("os"),pe=require("fs"),mt=function(e,t,n,r){function o(s){return s instanceof n?s:new n(
function(i){i(s)})}return new(n||(n=Promise))(function(s,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?s(d.value):o(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:$i,appendFile:Oi,writeFile:_i}=pe.promises,On="GITHUB\
_STEP_SUMMARY";var ht=class{constructor(){this._buffer=""}filePath(){return mt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[On];if(!t)throw new Error(`Unable to find environm\
ent variable for $${On}. Check if your runtime environment supports job summaries.`);try{yield $i(t,
pe.constants.R_OK|pe.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let o=Object.entries(r).map(([s,i])=>` ${s}="${i}"`).join("");return n?`<${t}${o}>${n}</${t}>`:`<${t}${o}\
>`}write(t){return mt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
_i:Oi)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return mt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(_n.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
lang:n}),o=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(o).addEOL()}addList(t,n=!1){let r=n?
"ol":"ul",o=t.map(i=>this.wrap("li",i)).join(""),s=this.wrap(r,o);return this.addRaw(s).addEOL()}addTable(t){
let n=t.map(o=>{let s=o.map(i=>{if(typeof i=="string")return this.wrap("td",i);let{header:u,data:l,colspan:c,
rowspan:d}=i,p=u?"th":"td",m=Object.assign(Object.assign({},c&&{colspan:c}),d&&{rowspan:d});return this.
wrap(p,l,m)}).join("");return this.wrap("tr",s)}).join(""),r=this.wrap("table",n);return this.addRaw(
r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).
addEOL()}addImage(t,n,r){let{width:o,height:s}=r||{},i=Object.assign(Object.assign({},o&&{width:o}),
s&&{height:s}),u=this.wrap("img",null,Object.assign({src:t,alt:n},i));return this.addRaw(u).addEOL()}addHeading(t,n){
let r=`h${n}`,o=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",s=this.wrap(o,t);return this.addRaw(
s).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.
wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),o=this.
wrap("blockquote",t,r);return this.addRaw(o).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.
addRaw(r).addEOL()}},Ii=new ht;var gt=Ii;var yt=H(require("os"),1);var Sc=yt.default.platform(),Ec=yt.default.arch();var In;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(In||(In={}));function Mn(e){W("add-mask",{},e)}function Ln(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function Un(e,t){if(process.env.GITHUB_OUTPUT||"")return En("OUTPUT",kn(e,t));process.stdout.write(bt.EOL),
W("set-output",{name:e},j(t))}function Bn(){return process.env.RUNNER_DEBUG==="1"}function Fn(e){W("debug",{},e)}function Hn(e,t={}){
W("error",De(t),e instanceof Error?e.toString():e)}function jn(e,t={}){W("warning",De(t),e instanceof
Error?e.toString():e)}function Wn(e,t={}){W("notice",De(t),e instanceof Error?e.toString():e)}function Gn(e){
process.stdout.write(e+bt.EOL)}function qn(e){pt("group",e)}function Vn(){pt("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},$=class extends Error{constructor(n,r,o){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=o;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new $(e,n.rule,n.offendingValue):n}}var de=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},Y=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof $))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new de(
this.errors)}};var Tt="-----BEGIN CERTIFICATE-----",Kn="-----END CERTIFICATE-----",Jn=1024*1024,Yn="must be PEM tex\
t or the path of a PEM file with at least one certificate";function zn(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:Bi(n,t),o=Ui(r);if(o.length===0)throw new f(Yn,Xn(n));return o.
forEach(Fi),o}function Ui(e){let t=[];for(let n=e.indexOf(Tt);n>=0;n=e.indexOf(Tt,n+1)){let r=e.indexOf(
Kn,n+Tt.length);if(r<0)break;t.push(e.slice(n,r+Kn.length)),n=r}return t}function Bi(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${Yn}; the file cannot be read (${r})`,e)}}function Fi(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",Xn(e))}}function Xn(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var D=require("node:fs"),wt=1024*1024,fe=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function Zn(e,t){if(!(0,D.statSync)(e).isFile())throw new fe("not a regular\
 file");let n=(0,D.openSync)(e,"r");try{let r=[],o=0;for(;;){let s=Buffer.allocUnsafe(wt),i=(0,D.readSync)(
n,s,0,wt,null);if(i===0)break;if(o+=i,o>t)throw new fe(`larger than ${t} bytes`);r.push(s.subarray(0,
i))}return Buffer.concat(r,o).toString("utf8")}finally{(0,D.closeSync)(n)}}function Qn(e,t=wt){return{
*[Symbol.iterator](){if(!(0,D.statSync)(e).isFile())throw new fe("not a regular file");let n=(0,D.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let o=(0,D.readSync)(n,r,0,t,null);if(o===0)return;
yield r.subarray(0,o)}}finally{(0,D.closeSync)(n)}}}}var z=128,Hi=/[\u0000-\u001f\u007f-\u009f]/,ji=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function $e(e){return Hi.
test(e)}function xt(e){return ji.test(e)}function ne(e,t={}){if(!xt(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Oe(e,t=z){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function B(e,t="is required"){if(e==="")throw new f(
t)}var Rt=["UID","TOKEN","ACCOUNT","APIKEY"];function er(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new $("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Wi(e,t):Gi(e,t)}function Wi(e,t){let n=t.take(()=>y("app-id",()=>(B(e["a\
pp-id"],"is required with app-secret (the API key ID)"),ne(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(B(e["app-secret"],"is required with app-id (the API key secret)"),ne(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function Gi(e,t){
let n=t.take(()=>y("auth-type",()=>Vi(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>qi(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function qi(e){return B(e),ne(e,
{secret:!0}),e}function Vi(e){B(e,`is required (one of ${Rt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=Rt.find(r=>r===t);if(!n)throw new f(`must be one of ${Rt.join(
", ")}`,e);return n}var He=require("node:path");var mr=require("node:buffer");var re=class extends Error{constructor(n,r,o,s){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${o}): ${s}`);this.offset=n;this.line=r;this.column=o;this.reason=s;this.name="JsonSyntaxError"}offset;line;column;reason};var _e=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])_e[e]=1;var tr=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,nr=[-2139062144,-2139062272,-2139095040,-2147483648];function St(e){return e>=48&&
e<=57}function Et(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function rr(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function or(e,t){
return oe(e[t])&&oe(e[t+1])&&oe(e[t+2])&&oe(e[t+3])}function oe(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var sr=Buffer.alloc(0),kt=new Uint32Array(0),Ie=class{buf=sr;pos=0;words=kt;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new re(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=sr,this.words=
kt,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
tr&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):kt,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let o=t[r];if(o===32||o===9||o===13)r++;else if(o===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,o}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var Pt={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function Ct(e){return e===45||e>=48&&e<=57}function ur(e,t){
if(t===34)e.pos++,Me(e);else if(Ct(t))na(e);else{let n=Pt[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let o=0;for(;o<r.length&&e.buf[e.pos+o]===r[o];)o++;if(o===r.length){
e.pos+=o;return}}for(let o of r)e.peek()!==o&&e.fail(`expected ${n.kind}`),e.pos++}}function Me(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,o=t.length,s=e.pos;for(;s<o;){if(s<r){let u=s>>2,l=Et(n[u])&nr[s&
3];for(;l===0&&++u<n.length;)l=Et(n[u]);if(l===0){s=r;continue}s=u*4+rr(l)}let i=t[s];if(i===34){e.pos=
s+1;return}if(i===92){let u=s+1<o?t[s+1]:-1;if(_e[u]===1){s+=2;continue}if(u===117&&s+5<o&&or(t,s+2)){
s+=6;continue}break}i<32&&(e.pos=s,e.fail("a control character in a string (it must be escaped)")),s++}
e.pos=s,s<o?ta(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function ta(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),_e[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)oe(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function na(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:vt(e),t=e.peek(),t===46&&(e.pos++,vt(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,vt(e))}function vt(e){St(e.peek())||
e.fail("a number without its digits");do e.pos++;while(St(e.peek()))}var dr=1e5;function fr(e,t){let n=new Ot(e);try{return t(n)}finally{n.close()}}var Ot=class{bytes;entered=[];constructor(t){
this.bytes=new Ie(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(Ct(
t))return"number";let n=Pt[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,o=r.skipWhitespace();o!==34&&r.expected(o,"a key (a string)"),r.collect(t,n),r.pos++,Me(r);let s=r.
collected(),i=s.includes(92)?JSON.parse(s.toString("utf8")):s.toString("utf8",1,s.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=dr&&t.fail(`nested more than ${dr} levels deep`),t.pos++;let o=r===123?
125:93;if(t.skipWhitespace()===o)t.pos++;else{n.push(o),o===125&&this.skipKey();continue}}else ur(t,
r);for(;;){let o=n.at(-1);if(o===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,o===125&&this.
skipKey();break}r!==o&&t.expected(r,o===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let o=r.place();r.collect(t,n),this.skipValue();let s=r.collected();
try{return JSON.parse(s.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",o)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let o=this.bytes,s=o.skipWhitespace();return s===t?(o.pos++,this.entered.pop(),!0):(r||
(s!==44&&o.expected(s,`',' or ${n}`),o.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,Me(t),t.expect(58,"':'")}};var ra=["v12","v20"],oa=["v6"],_t=new Set(["model","seed","snapshot"]),he=mr.constants.MAX_STRING_LENGTH;
function hr(e){let t;if(yr(e,"run-results",oa,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=sa(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function sa(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let s=ie(e);s!==void 0;s=ie(e))s==="unique_id"||s==="status"?n[s]=e.readValue(he,()=>Ue(`a resul\
t's ${s}`)):e.skipValue();let{unique_id:r,status:o}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
o)})}return t}function gr(e,t){let n;if(yr(e,"manifest",ra,(r,o)=>{if(r!=="nodes")return!1;let s=o.kind();
return s==="object"?n=ia(o,t):(o.skipValue(),n=s==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function ia(e,t){let n=new Map;e.enterObject();for(let r=ie(e);r!==void 0;r=
ie(e)){let o=t.has(r)?e.kind():void 0;if(o==="object"||o==="array"){let s=e.readValue(he,()=>Ue(`nod\
e ${r}`));n.set(r,la(r,s))}else e.skipValue(),o!==void 0&&n.delete(r)}return n}function yr(e,t,n,r){
try{fr(e,o=>{if(o.kind()!=="object")throw o.skipValue(),o.finish(),new f("is not a JSON object");let s;
o.enterObject();for(let i=ie(o);i!==void 0;i=ie(o))i==="metadata"?s=o.readValue(he,()=>Ue("its metad\
ata")):r(i,o)||o.skipValue();o.finish(),ua(s,t,n)})}catch(o){throw o instanceof re?aa(o):o}}function aa(e){
return new f(`is not valid JSON at byte ${e.offset} (line ${e.line}, column ${e.column}): ${e.reason}`)}
function ua(e,t,n){let r=e?.dbt_schema_version,o=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
if(!o||!n.includes(o))throw new f(`is ${t} ${o??`of unknown version (${String(r).slice(0,80)})`}; th\
is action reads ${t} ${n.join(" and ")}`)}function ie(e){return e.nextKey(he,()=>Ue("a key"))}function Ue(e){
return new f(`has ${e} of more than ${he} bytes, longer than any string Node.js makes (JSON.parse co\
uld not read it either)`)}function la(e,t){let n=t.config??{},r=s=>typeof s=="string"&&s!==""?s:null,
o=[t.tags,n.tags].flatMap(s=>Array.isArray(s)?s:[]);return{uniqueId:e,resourceType:r(t.resource_type)??
e.split(".")[0]??"",name:r(t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(
t.database),catalog:r(n.catalog),materialized:r(n.materialized),tags:[...new Set(o.filter(s=>typeof s==
"string"))],originalFilePath:r(t.original_file_path)}}function br(e){return new Set(e.map(t=>t.uniqueId).
filter(t=>_t.has(t.split(".")[0]??"")))}var Tr=["model","seed","snapshot"];function It(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function Mt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:ca(r)};case"resource_type":if(!Tr.
includes(r))throw new f(`has resource_type:${r}; use ${Tr.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}function ca(e){
let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(`${t}/`)};let n=pa(
t);return{source:t,test:r=>da(n,r)}}function pa(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n]??
"";if(r==="*"&&e[n+1]==="*"){let o=e[n+2]==="/";t.push({kind:o?"folders":"any"}),n+=o?2:1}else r==="\
*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}function da(e,t){
let n=wr(e,new Set([0]));for(let r of t){let o=new Set;for(let s of n){let i=e[Math.floor(s)];i&&fa(
i,s,r,o)}if(o.size===0)return!1;n=wr(e,o)}return n.has(e.length)}function fa(e,t,n,r){let o=n==="/";
switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":o||r.add(t+1);return;case"segment":
o||r.add(t);return;case"any":r.add(t);return;case"folders":{let s=Math.floor(t)+.5;r.add(s),o&&r.add(
Math.floor(t)+1)}}}function wr(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&r.kind!==
"char"&&r.kind!=="one"&&t.add(n+1)}return t}var O="[\\p{L}\\p{N}_$-]+",ma=new RegExp(`^(${O})\\.\`(${O})\\.(${O})\`\\.(${O})$`,"u"),ha=new RegExp(
`^(${O})\\.(${O})\\.(${O})\\.(${O})$`,"u"),ga=new RegExp(`^${O}$`,"u"),ya=new RegExp(`^(${O})\\.(${O}\
)$`,"u"),ba="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Be(e){let t=e.trim();
if(ma.test(t))return{tableName:Lt(t),backticksAdded:!1};let n=ha.exec(t);if(n){let[r="",o="",s="",i=""]=n.
slice(1);return{tableName:Lt(Sr(r,`${o}.${s}`,i)),backticksAdded:!0}}throw new f(ba,t)}function ae(e){
let t=e.trim();if(!ga.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function xr(e){let t=Ta(e.trim());if(!ya.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function Rr(e,t,n){return Lt(
Sr(e,t,n))}function Sr(e,t,n){return`${e}.\`${t}\`.${n}`}function Ta(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function Lt(e){try{Oe(e,z)}catch{throw new f(`must compose a t\
ableName of at most ${z} characters (it has ${e.length})`,e)}return e}var wa=new Set(["success","partial success"]);function Er(e,t,n){let r={mapped:[],skipped:[]},o=new Set;
for(let s of e){if(o.has(s.uniqueId))continue;o.add(s.uniqueId);let i=xa(s,t.get(s.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:s.uniqueId,...i}):r.skipped.push({uniqueId:s.uniqueId,...i})}return r}
function xa(e,t,n){let r=Ra(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Sa(t,n)}}catch(o){return{kind:"invalid-table-name",reason:`its t\
able name ${o instanceof f?o.rule:String(o)}`}}}function Ra(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return _t.has(r)?wa.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(o=>It(o,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(o=>It(o,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Sa(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,o=e.catalog??r??t.defaultCatalog,s=`${t.datasource}.\`${o}.${n}\`.${e.
alias??e.name}`;return Be(s).tableName}function N(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function Fe(e,t,n){let r=[...new Set(e)],o=[...new Set(t)].sort(),s=r.length*o.length;if(s>n.maxTriggers){
let i=s>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${s} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)})\
: ${i}`)}return r.flatMap(i=>o.map(u=>({tableName:i,partition:u})))}var Ut="default_catalog";function vr(e,t,n,r){let o=n.take(()=>y("datasource",()=>(B(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ae(e.datasource)))),s=n.
take(()=>y("dbt-catalog",()=>ae(e["dbt-catalog"]||Ut))),i=n.take(()=>y("dbt-select",()=>N(e["dbt-sel\
ect"]).map(Mt))),u=n.take(()=>y("dbt-exclude",()=>N(e["dbt-exclude"]).map(Mt))),l=n.take(()=>Ea(e,t,
r));if(!(o===void 0||s===void 0||i===void 0||u===void 0||l===void 0))return Er(l.results,l.nodes,{datasource:o,
defaultCatalog:s,select:i,exclude:u})}function Ea(e,t,n){let r=e["dbt-run-results"],o=e["dbt-manifes\
t"]||(0,He.join)((0,He.dirname)(r),"manifest.json"),s=y("dbt-run-results",()=>kr(t,r,hr));if(n){let{
tableNames:c,partitions:d,limits:p}=n;y("max-triggers",()=>Fe(c,d,p))}let i=br(s),u=y("dbt-manifest",
()=>kr(t,o,c=>gr(c,i))),l=[...i].filter(c=>!u.has(c));if(l.length>0)throw new $("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,o);return{results:s,nodes:u}}function kr(e,t,n){let r;try{r=e(t)}catch(o){throw Ar(
o,t)}try{return n(r)}catch(o){throw o instanceof f?new f(o.rule,t):typeof o.code=="string"?Ar(o,t):o}}
function Ar(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var Bt="/anymetrics/api/v1/scheduler/task/trigger",ka="/anymetrics/api/v1/token/create",Aa="/anymetr\
ics/api/v1/accelerate/latestTime",va="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st",Da="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",Ft=/^[a-z][a-z0-9+.-]*:\/\//i,Na=/[/?#\\]/;function Ht(e){let t=Ft.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let o=n.search(Na);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:o>=0&&o<r}}function Dr(e){let t=Ht(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),o=r<0?n:n.slice(0,r),s=r<0?"":n.slice(r+1),i=r<0?o:s,u=[i,ge(i),jt(
ge(o),ge(s))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function jt(e,t){return Buffer.
from(`${e}:${t}`).toString("base64")}function ue(e){let t=Ht(e.trim()),n=t?`${t.scheme}***@${t.rest}`:
e.trim();return Pa(n)}function Pa(e){let t=Ft.exec(e)?.[0]??"",n=e.slice(t.length),r=n.search(/[?#]/);
return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function Nr(e){let t=e.trim();if(t==="")throw new f(
"is required");if($e(t)||/\s/.test(t))throw new f("must not contain spaces or control characters",ue(
t));if(Ht(t)?.ambiguous)throw new f("must percent-encode / ? # in a user name or password (user:p%2F\
ss@host), and @ in a path (%40)",ue(t));let n=Ca(t),r=n.pathname.replace(/\/+$/,""),o=r.endsWith(Bt)?
r.slice(0,-Bt.length):r,s=`${n.protocol}//${n.host}${o}`,i={url:s+Bt,tokenUrl:s+ka,planStatusUrl:s+Aa,
planListUrl:s+va,display:s};return(n.username!==""||n.password!=="")&&(i.basicAuth={username:ge(n.username),
password:ge(n.password)}),i}function Ca(e){let t=Ft.test(e),n=$a(t?e:`http://${e}`,e);if(n.protocol!==
"http:"&&n.protocol!=="https:")throw new f("must use http:// or https://",ue(e));if(!t&&n.port==="")
throw new f("must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",ue(e));
if(/[?#]/.test(e))throw new f("must not contain a query (?) or fragment (#)",ue(e));return n}function $a(e,t){
try{return new URL(e)}catch{throw new f(Da,ue(t))}}function ge(e){try{return decodeURIComponent(e)}catch{
return e}}var We=864e5,Oa=/^(\d{4})-(\d{2})-(\d{2})$/,_a=/^today\s*-\s*(\d{1,5})$/i,Pr=36600,Ia="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",Cr="..",$r=36600,Or=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
_r={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function Mr(e){if(e==="UTC")return null;let t=e.toUpperCase();if(_r[t])return _r[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=Ma(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":Or.test(e)?null:`is a le\
gacy alias or abbreviation: write ${Or.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function Ma(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function Lr(e){return ye(je(e))}function Wt(e,t){if(e.
length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)for(let o of La(
r.trim(),t))n.add(o);return[...n].sort((r,o)=>r-o).map(ye)}function La(e,t){let n=e.indexOf(Cr);if(n<
0)return[Ur(e,t)];if(e.includes("..."))throw new f("has a range with three dots: write A..B (two dot\
s)",e);let[r="",o=""]=[e.slice(0,n),e.slice(n+Cr.length)].map(u=>u.trim());if(r===""||o==="")throw new f(
`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let s=Ir(
r,e,t),i=Ir(o,e,t);if(i<s)throw new f(`has a reversed range (${ye(s)} is after ${ye(i)}): write it o\
ldest first`,e);if(i-s>=$r)throw new f(`has a range longer than ${$r} days`,e);return Array.from({length:i-
s+1},(u,l)=>s+l)}function Ir(e,t,n){try{return Ur(e,n)}catch(r){throw r instanceof f?new f(r.rule,t):
r}}function Ur(e,t){let n=e.toLowerCase();if(n==="today")return je(t);if(n==="yesterday")return je(t)-
1;let r=_a.exec(e);if(r){let o=Number(r[1]);if(o>Pr)throw new f(`must not reach back more than ${Pr}\
 days`,e);return je(t)-o}return Ua(e)}function Ua(e){let t=Oa.exec(e);if(!t)throw new f(Ia,e);let[n,
r,o]=t.slice(1).map(Number),s=Date.UTC(n,r-1,o)/We;if(n<1||ye(s)!==e)throw new f("must be a real cal\
endar date (yyyy-MM-dd)",e);return s}function je({now:e,timeZone:t}){if(t==="UTC")return Math.floor(
e.getTime()/We);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeric",day:"\
numeric"}).formatToParts(e),r=o=>Number(n.find(s=>s.type===o)?.value);return Date.UTC(r("year"),r("m\
onth")-1,r("day"))/We}function ye(e){return new Date(e*We).toISOString().slice(0,10)}var Br=3600;function Fr(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>Br)throw new f(`must\
 be a number of seconds above 0, at most ${Br}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Gt(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let s=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${s}, at most ${n.max}`,e)}let o=Math.round(r*t.ms);if(o<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return o}function Ge(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Hr(e){if(e.
toLowerCase()==="check")return"check";try{return qt(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function qt(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function jr(e){let t=Mr(e);if(t)
throw new f(t,e);return e}var Wr="id:",Gr=100;function qr(e){let t=new Map;for(let n of N(e)){let r=Ba(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Gr)throw new f(`names ${t.size} plans; at most ${Gr} (split the wait across steps)`);return[
...t.values()]}function Ba(e){let t=e.toLowerCase().startsWith(Wr),n=t?e.slice(Wr.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if($e(n))throw new f("has a plan with control\
 characters",e);if(n.length>z)throw new f(`has a plan longer than ${z} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Fa=["datasource","catalog-schema","table"];function Kt(e,t,n,r){let o=N(e["table-name"]),s=Fa.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return o.length>0&&s.length>0?Vr(r,"table-name",`cannot be com\
bined with ${s.join(", ")}: give full names or their parts, not both`):o.length>0?r.take(()=>o.map(i=>Ha(
i,t))):s.length===0&&n?[]:s.length===0?Vr(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):ja(e,n,r)}function Vr(e,t,n){return e.take(()=>{throw new $(
t,n)})}function Ha(e,t){let n=y("table-name",()=>Be(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function ja(e,t,n){let r=(t?
new Y:n).take(()=>Vt(e,"datasource",ae)),o=n.take(()=>Vt(e,"catalog-schema",xr)),s=n.take(()=>Vt(e,"\
table",i=>N(i).map(ae)));if(!(r===void 0||o===void 0||s===void 0))return n.take(()=>y("table",()=>s.
map(i=>Rr(r,o,i))))}function Vt(e,t,n){if(N(e[t]).length===0)throw new $(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var Kr=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],Wa=10,Ga=32,Jt=2e3,qa=350,
Va=600,Ka={name:"minutes",ms:6e4},Ja={name:"seconds",ms:1e3},Jr={timeZone:{input:"timezone",default:"\
UTC",parse:jr},timeoutMs:{input:"timeout-seconds",default:"30",parse:Fr},retries:{input:"retries",default:"\
3",parse:e=>Ge(e,0,Wa)},concurrency:{input:"concurrency",default:"4",parse:e=>Ge(e,1,Ga)},failFast:{
input:"fail-fast",default:"false",parse:qt},dryRun:{input:"dry-run",default:"false",parse:Hr},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>Ge(e,1,Jt)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>Gt(e,Ka,{min:0,max:qa})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>Gt(e,Ja,{min:1,max:Va})}},rd={partition:"today","dbt-catalog":Ut,...Object.fromEntries(
Object.values(Jr).map(e=>[e.input,e.default]))};function Yr(e){return[e["auth-value"],e["app-secret"],
...Dr(e.host)].filter(t=>t!=="")}function zr(e,t){let n=[],r=new Y,o=r.take(()=>y("host",()=>Nr(e.host))),
s=r.take(()=>y("tenant-id",()=>Xa(e["tenant-id"]))),i=er(e,r),u=e["dbt-run-results"]!=="",l=u?vr(e,t.
readArtifact,r,Ya(e,t.now)):void 0,c=Kt(e,n,u,r),d=c&&(!u||l)?[...c,...Za(l)]:void 0,p=Xr(e,r),{timeZone:m,
maxTriggers:g}=p,h=m===void 0?void 0:r.take(()=>y("partition",()=>Wt(N(e.partition||"today"),{now:t.
now,timeZone:m}))),T=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>Fe(d,h,{maxTriggers:g,largest:Jt}))):
void 0,k=r.take(()=>y("wait-for-plans",()=>qr(e["wait-for-plans"]))),L=r.take(()=>y("ca-certificate",
()=>zn(e["ca-certificate"],t.readTextFile)));r.throwIfAny();let I={...p,endpoint:o,tenantId:s,credentials:i,
plan:T,caCertificates:L,waitForPlans:k},ce=za(I);return{config:{...ce,today:Lr({now:t.now,timeZone:ce.
timeZone}),dbt:l},notices:n}}function Ya(e,t){let n=new Y,r=Kt(e,[],!0,n),{timeZone:o,maxTriggers:s}=Xr(
e,n);if(r===void 0||o===void 0||s===void 0)return;let i=n.take(()=>y("partition",()=>Wt(N(e.partition||
"today"),{now:t,timeZone:o})));return i&&{tableNames:r,partitions:i,limits:{maxTriggers:s,largest:Jt}}}
function Xr(e,t){let n=Object.entries(Jr).map(([r,o])=>[r,t.take(()=>y(o.input,()=>o.parse(e[o.input]||
o.default)))]);return Object.fromEntries(n)}function za(e){for(let[t,n]of Object.entries(e))if(n===void 0)
throw new Error(`input ${t} was neither parsed nor refused`);return e}function Xa(e){return B(e),ne(
e),Oe(e),e}function Za(e){return e?e.mapped.map(t=>t.tableName):[]}var Zr={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},Qa=new Set([408,429,502,503,504]),eu=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function Xt(e){return"status"in e?Qa.has(e.status):eu.
has(e.errorCode)}function tu(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Qr(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=ru(n,t);return r===void 0?void 0:Math.max(0,r-t)}var eo=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],Yt=`(?<month>${eo.join("|")})`,zt="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",nu=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${Yt} (?<y\
ear>\\d{4}) ${zt} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${Yt}\
-(?<year>\\d{2}) ${zt} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${Yt} (?<day>[ \\d]\\d) ${zt}\
 (?<year>\\d{4})$`)];function ru(e,t){let n=nu.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:o,year:s,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(ou(s,t),eo.indexOf(
o),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(g,h)=>g===c[h])?d:void 0}function ou(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),o=r-r%100+n;return o>r+50?o-100:o}var su=250;function to(e,t,n,r){return n!==void 0?
Zt(n,t):tu(e,t,r)}function Zt(e,t){return Math.min(Math.max(e,su),t.retryAfterCapMs)}var wo=require("node:net");var iu=/^[0-9a-fA-F]{2}$/,au="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),no={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(au.map((e,t)=>[e,String.fromCharCode(160+t)]))},uu={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},ro=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),lu=new RegExp("\\p{M}","gu");function be(e,t=!0){let n={chars:"",starts:[],ends:[]},
r=[];for(let o=0;o<e.length;){let s=t?pu(e,o):ao(e,o);for(let i of cu(s.text)){r.push(i);for(let u=0;u<
i.length;u++)n.starts.push(o),n.ends.push(o+s.length)}o+=s.length}return n.chars=r.join(""),n}function cu(e){
return e.length===1&&e>" "&&e<"\x7F"&&e!=="+"?[e]:e===""||ro.test(e)?[]:[...e.normalize("NFKD").replace(
lu,"")].filter(n=>!ro.test(n))}function pu(e,t){let n=e[t]??"";return n==="%"?du(e,t):n==="&"?fu(e,t):
n==="\\"?mu(e,t):ao(e,t)}function ao(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(
n),length:n>65535?2:1}}function du(e,t){let n=oo(e,t);if(n===void 0)return{text:"%",length:1};let r=n<
128?1:n>=240?4:n>=224?3:n>=192?2:1,o=[n];for(let i=1;i<r;i++){let u=oo(e,t+i*3);if(u===void 0)break;
o.push(u)}let s=new TextDecoder().decode(Uint8Array.from(o));return s.includes("\uFFFD")?{text:String.
fromCharCode(n),length:3}:{text:s,length:o.length*3}}function oo(e,t){if(e[t]!=="%")return;let n=e.slice(
t+1,t+3);return iu.test(n)?parseInt(n,16):void 0}function fu(e,t){let n=e.indexOf(";",t+1);if(n<0||n-
t>12)return{text:"&",length:1};let r=e.slice(t+1,n),o=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
if(o?.[1]){let i=o[1].startsWith("x")||o[1].startsWith("X")?parseInt(o[1].slice(1),16):parseInt(o[1],
10);if(i>0&&i<=1114111)return{text:String.fromCodePoint(i),length:n-t+1}}let s=no[r]??no[r.toLowerCase()];
return s===void 0?{text:"&",length:1}:{text:s,length:n-t+1}}function mu(e,t){let n=e[t+1]??"",r=so(e,
t);if(r!==void 0){let s=r>=55296&&r<=56319?so(e,t+6):void 0;return s!==void 0&&s>=56320&&s<=57343?{text:String.
fromCharCode(r,s),length:12}:{text:String.fromCharCode(r),length:6}}let o=uu[n];return o===void 0?{text:"\
\\",length:1}:{text:o,length:2}}function so(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+
2,t+6);return/^[0-9a-fA-F]{4}$/.test(n)?parseInt(n,16):void 0}function uo(e,t){if(t.length===0||e===
"")return[];let n=[];if(hu.test(e)){for(let r of t)gu(e,r,n);return io(n)}for(let r of[be(e),be(e,!1)])
yu(r,t,e.length,n);return io(n)}var hu=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;function gu(e,t,n){
for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function yu(e,t,n,r){for(let o of t)
for(let s=e.chars.indexOf(o);s>=0;){let i=s+o.length-1;r.push([e.starts[s]??0,e.ends[i]??n]),s=e.chars.
indexOf(o,s+1)}}function io(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let o=t.at(-1);o&&
n<=o[1]?o[1]=Math.max(o[1],r):t.push([n,r])}return t}var lo="***",co=1e3,bu=256*1024,Tu=12,wu=200,xu=120,yo=/[\s\u0085]+/g,Ru=new RegExp("[\\u0000-\\u001f\\\
u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),po="\uFFFD",Su=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
Eu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,ku=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,o)=>{n+=String(r)+(e[o+1]??"")}),n}function X(e,t){return e.join(
t)}function P(e){return qe(Qt(e))}var en=4,Te=class e{constructor(t=[],n=!0){this.withIdentifiers=n;
t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<en?this.shortForms.push(...ho(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=ho(t).filter(o=>!this.forms.includes(o));this.forms=[...this.forms,...n].sort((o,s)=>s.
length-o.length);let r=n.flatMap(o=>[be(o).chars,be(o,!1).chars]).filter(o=>o!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=uo(
t,this.canonicalForms);if(n.length===0)return t;let r="",o=0;for(let[s,i]of n)r+=t.slice(o,s)+lo,o=i;
return r+t.slice(o)}text(t,n=co){if(t.length<=n&&Su.test(t)&&!t.includes("  "))return fo(qe(this.redact(
t)));let r=t.replace(yo," ");return this.finish(Qt(this.redactPart(r,n*2+64)),n)}identifier(t,n=co){
return this.shortForms.includes(t.trim())?lo:(this.longSecretsOnly??Au).text(t,n)}excerpt(t,n=wu){return this.
finish(Qt(Nu(this.redactPart(t,bu))),n)}redactPart(t,n){let r=this.longestForm*Tu;if(t.length<=n+r)return this.
redact(t);let o=this.redact(t.slice(0,n+r));return r>0?o.slice(0,-r):o}quote(t,n=xu){let r=qe(Du(JSON.
stringify(this.redact(t))));return r.length>n?`${bo(r,n)}\u2026"`:r}finish(t,n){return fo(M(qe(this.
redact(t)),n))}},Au=new Te([],!1);function fo(e){return Buffer.from(e,"utf16le").toString("utf16le")}
var vu=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;function Du(e){return e.
replace(vu,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function Qt(e){return e.replace(
Eu,po).replace(yo," ").replace(Ru,po).trim()}function qe(e){let t=e.replace(ku,"## ["),n=t.trimStart();
return n.startsWith("::")?`: :${n.slice(2)}`:t}function bo(e,t){let n=e.slice(0,t),r=n.charCodeAt(n.
length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var mo=/<\/(script|style|head)\s*>/gi;function Nu(e){
let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),o=r<0?-1:e.indexOf(">",r+1);if(o<0)return t+e.
slice(n);if(t+=`${e.slice(n,r)} `,n=o+1,Pu(e,r)){mo.lastIndex=n;let s=mo.exec(e);n=s?s.index+s[0].length:
e.length}}return t}function Pu(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.
test(e.slice(t,t+8))}function ho(e){if(e==="")return[];let t=[e,encodeURIComponent(e),encodeURIComponent(
e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),go(e,"&#39;"),go(e,"&#x27;"),...Cu(e)];return[...new Set(
t)].filter(n=>n!=="")}function go(e,t){let n={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};
return e.replace(/[&<>"']/g,r=>n[r]??r)}function Cu(e){let t=Buffer.from(e,"utf8"),n=t.toString("bas\
e64"),r=[n,n.replace(/=+$/,"")];for(let o of[0,1,2]){let s=Buffer.concat([Buffer.alloc(o),t]).toString(
"base64"),i=Math.ceil(o*8/6),u=Math.floor((o+t.length)*8/6);r.push(s.slice(i,u))}return r.filter(o=>o.
length>=6).flatMap(o=>[o,o.replace(/\+/g,"-").replace(/\//g,"_")])}function M(e,t){return e.length>t?
`${bo(e,t)}\u2026`:e}function To(e,t){return e.toFixed(t)}var R=class extends Error{constructor(n,r){super(n);this.description=n;this.code=r;this.name="Transp\
ortError"}description;code},xo=new R("cancelled","CANCELLED"),Ro=new R("cancelled","CANCELLED_SENT"),
$u="tunneling socket could not be established";function So(e,t,n){return{url:e,host:n.text(e.host,300),
proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function tn(e){if(e instanceof R)return e;let t=e?.
code,n=e instanceof Error?e.message:String(e);return new R(n,typeof t=="string"?t:"UNKNOWN")}async function Eo(e,t){
let n=tn(e);if(n.description.startsWith($u)){let r=n.description.split("cause=")[1]??n.code;return new R(
r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.test(n.description)?new R(n.description,
"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&!t.proxy&&(t.speaksTls??=Ou(t.url),await t.
speaksTls)?new R(n.description,"ETLSPORT"):n}function Ou(e){return new Promise(t=>{let n=process.getBuiltinModule(
"node:tls").connect({host:e.hostname,port:Number(e.port||80),...(0,wo.isIP)(e.hostname)?{}:{servername:e.
hostname},rejectUnauthorized:!1,timeout:2e3}),r=o=>{n.destroy(),t(o)};n.once("secureConnect",()=>r(!0)),
n.once("error",()=>r(!1)),n.once("timeout",()=>r(!1))})}function _u(e,t,n,r){let o=e.code==="HPE_HEA\
DER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${o}`}
var Iu=new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET\
_ISSUER_CERT","SELF_SIGNED_CERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),Mu={ECONNREFUSED:a`connection refused`,
ECONNRESET:a`connection reset`,ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,
ETIMEDOUT:a`connection timed out`};function ko(e,t,n){let r=t.text(e.code,64),o=n?.host??a`the host`,
s=n?.proxy?a` via proxy ${n.proxy}`:a``;if(e.code.startsWith("HPE_"))return _u(e,o,s,r);switch(e.code){case"\
ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;case"\
EUPGRADE":case"ECLOSED":return a`${o}${s}: ${t.text(e.description)}`;case"CANCELLED":return a`cancelled before the request reached ${o}`;case"\
CANCELLED_SENT":return a`cancelled while waiting for ${o} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${o}${s} sent no answer within ${t.text(e.description.replace(/^no answer within /,
""))}`;case"EPROXY":return a`could not open a tunnel to ${o} through the proxy ${n?.proxy??a`in http_proxy/https_proxy`}: ${t.
text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"EPLAINPORT":return a`${o} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${o} speaks TLS: use https://${o} instead of http://`}if(Iu.has(e.code))return a`the TLS certificate of ${o} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=Mu[e.code];return i?a`${i} by ${o}${s} (${r})`:a`${o}${s}: ${t.text(e.description)}`}var Lu=32,Uu=128,Bu=8,nn=4096;function vo(e,t){if(Hu(e.status))return Ku(e,t);let n=Yu(e.body);if(!n)
return Ju(e,t);let r=Wu(n,t),o=Gu(e.status,n,r,t);return{succeeded:o===null,code:r.code,traceId:r.traceId,
data:r.data,reason:o,warning:o===null&&sn(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function A(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function Fu(e){
return e>=200&&e<300}function Hu(e){return e>=300&&e<400&&e!==304}function ju(e){return on(e)?String(
e).trim():null}function Wu(e,t){let n=(o,s)=>{let i=sn(o);return i===null||i.trim()===""?null:t.text(
i,s)},r=on(e.code)?sn(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,Lu),traceId:on(
e.traceId)?n(e.traceId,Uu):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function Gu(e,t,n,r){let o=qu(n.errorMsg,n.detailErrorMsg);if(!Fu(e))return o!==null?a`HTTP ${e}: ${o}`:
a`HTTP ${e}${rn(n.code)}`;if(o!==null)return o;let s=Vu(t,r);return s.value!==!0?s.name===null?a`the response has neither "succeed" nor "success"${rn(
n.code)}`:a`the platform answered ${s.name}: ${s.shown}${rn(n.code)}`:ju(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function qu(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function Vu(e,t){return"succeed"in e?{name:a`succeed`,...Ao(e.
succeed,t)}:"success"in e?{name:a`success`,...Ao(e.success,t)}:{name:null,value:void 0,shown:a``}}function Ao(e,t){
return{value:e,shown:t.text(Ve(e),60)}}function rn(e){return e===null?a``:a` (code ${e})`}function Ku(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return A(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function Ju(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return A(a`HTTP ${e.status} with ${r}`)}function Yu(e){try{
let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:null}catch{return null}}
function on(e){return typeof e=="string"||typeof e=="number"}function sn(e){return e==null?null:typeof e==
"string"?e:Ve(e)}function Ve(e){let t=[],n=0,r=i=>(t.push(i),n+=i.length,n<nn),o=(i,u)=>{if(i===null||
typeof i!="object")return r(JSON.stringify(i)??"null");if(u>=Bu)return r("\u2026");let l=Array.isArray(
i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.
entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(d)}:`)||!o(p,u+1))return!1;return r(Array.
isArray(i)?"]":"}")};o(e,0);let s=t.join("");return n<nn?s:`${s.slice(0,nn)}\u2026`}function we(e){return e.end.kind==="answered"&&e.end.status===429}function Ke(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function Z(e,t,n=Date.now()){let r=Xt({status:e.status}),s=(r?Qr(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:vo(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:s}}}function Do(e,t,n){let r=tn(e);return{verdict:A(ko(r,t,n)),retryable:Xt(
{errorCode:r.code}),end:zu(r.code)}}function zu(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function xe(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...A(
t),code:n,traceId:r}}}var Po=H(require("node:http"),1);function No(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function Co(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):Po.default,
o=An(e),s=o?.hostname?await Xu(n,o,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&Zu(s,t.caCertificates),{agent:s,transport:r,proxy:o?.hostname?o:
void 0}}async function Xu(e,t,n){let r=await Promise.resolve().then(()=>H($n(),1)),o=t.protocol==="h\
ttps:",s=e?o?r.httpsOverHttps:r.httpsOverHttp:o?r.httpOverHttps:r.httpOverHttp,i=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(o?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...i,host:t.hostname,port:u}};return s(l)}function Zu(e,t){let n=e;n.options={...n.options,ca:No(
t)}}var $o=1024*1024;function Oo(e){let{transport:t,url:n,agent:r,headers:o,payload:s,timeoutMs:i,signal:u}=e;
return new Promise((l,c)=>{let d=!1,p=!1,m=v=>{d||(d=!0,clearTimeout(L),v())},g=()=>new R(`no answer\
 within ${i/1e3} s`,"TIMEOUT"),h=!1,T=()=>h?Ro:xo,k=v=>m(()=>c(p?g():u?.aborted?T():v)),L=setTimeout(
()=>{p=!0,I?.destroy(g()),k(g())},i),I;try{I=t.request(n,{method:"POST",agent:r,headers:{...o,"conte\
nt-length":Buffer.byteLength(s)},...u?{signal:u}:{}})}catch(v){return k(Qu(v))}let ce=!1;I.on("respo\
nse",v=>{ce=!0,tl(v).then(lt=>m(()=>l({status:v.statusCode??0,body:lt,...el(v)})),k)}),I.on("upgrade",
(v,lt)=>{lt.destroy(),k(new R(`answered ${v.statusCode??101} ${v.statusMessage??""} (a protocol swit\
ch), not an HTTP answer`,"EUPGRADE"))}),I.on("finish",()=>h=!0),I.on("error",k),I.on("close",()=>{ce||
k(new R("the connection closed without an answer","ECLOSED"))}),I.end(Buffer.from(s,"utf8"))})}function Qu(e){
let t=e instanceof Error?e.message:String(e);return new R(t,"ELOCAL")}function el(e){let{"retry-afte\
r":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n=="string"?{location:n}:
{}}}function tl(e){return new Promise((t,n)=>{let r=[],o=0;e.on("data",s=>{o<$o&&r.push(s),o+=s.length}),
e.on("end",()=>t(Buffer.concat(r).subarray(0,$o).toString("utf8"))),e.on("error",n),e.on("close",()=>{
e.complete||n(new R("the connection closed in the middle of the answer","ECLOSED"))})})}function Io(e,t){let n=Z(e,t);if(!n.verdict.succeeded)return n;let r=nl(e.body);return r?{...n,status:{
hasNotReady:rl(r.hasNotReady),latestDateTime:_o(r.latestDateTime),latestRefreshTime:_o(r.latestRefreshTime)}}:
xe(n,a`the status answer has no data object`)}function nl(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function rl(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function _o(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Mo(e,t,n){let r=ol(e.body);r!==void 0&&n(r);let o=Z(e,t);return o.verdict.succeeded?r===void 0?
xe(o,a`the token answer has no token (a non-empty string) in data`):xt(r)?{...o,token:r}:xe(o,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
o}function ol(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function Lo(e){let t=new URL(e.endpointUrl),n=new URL(e.tokenUrl),r=new URL(e.planStatusUrl),o=new URL(
e.planListUrl),{agent:s,transport:i,proxy:u}=await Co(t,{maxSockets:e.maxSockets??16,caCertificates:e.
caCertificates??[]}),l=So(t,u,e.boundary),c=async m=>Do(await Eo(m,l),e.boundary,l),d=(m,g,h,T)=>Oo(
{transport:i,url:m,agent:s,headers:g,payload:h,timeoutMs:e.timeoutMs,signal:T}),p=il(e);return{trigger:(m,g,h)=>{
let T=sl(m,e.tenantId);return e.onTriggerBody?.(T),d(t,{...p,...an(e.tenantId,g)},T,h).then(k=>Z(k,e.
boundary),c)},createToken:(m,g,h)=>d(n,p,JSON.stringify({appId:m.appId,appSecret:m.appSecret}),h).then(
T=>Mo(T,e.boundary,g),c),planStatus:(m,g,h)=>d(r,{...p,...an(e.tenantId,g)},JSON.stringify(m.by==="i\
d"?{planIdList:[m.value]}:{planNameList:[m.value]}),h).then(T=>Io(T,e.boundary),c),planList:(m,g)=>d(
o,{...p,...an(e.tenantId,m)},JSON.stringify({pager:{pageNumber:1,pageSize:1}}),g).then(h=>Z(h,e.boundary),
c),close:()=>s.destroy?.()}}function sl(e,t){let n={tableName:e.tableName,tenantId:t,tablePartition:e.
partition};return JSON.stringify(n)}function il(e){let t={"content-type":"application/json",accept:"\
application/json","user-agent":e.userAgent};if(e.basicAuth){let{username:n,password:r}=e.basicAuth;t.
authorization=`Basic ${jt(n,r)}`}return t}function an(e,t){return{"tenant-id":e,"auth-type":t.authType,
"auth-value":t.authValue}}var al=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
ul=/^\d{9,16}$/;function un(e){if(typeof e=="number")return Uo(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(ul.test(t))return Uo(Number(t));let n=al.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,o,s,i="0",u="0",l="0",c="",d]=n,p=[r,o,s,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return ll(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-cl(d)}:{problem:"not a real dat\
e and time"}}function Uo(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function ll(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((o,s)=>o===t[s])}function cl(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Bo(e,t){return t===null?!1:e===null||t>e}function Fo(e,t){if(e===
null||t===void 0)return!1;let n=un(t);return"ms"in n&&e<n.ms}async function Ho(e,t,n){let r=e.values(),o=async()=>{for(let i of r)await n(i)},s=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:s},o))}async function V(e,t,n,r){let o=n.requests(t),s,i=!1,u=(l,c={})=>({last:s,attempts:l,answered:i,invalidHttp:s?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.end.kind==="cancelled"){let h=c?.end.kind==="cancelled"&&c.end.sent;return u(h?l:l-1,{cancelled:c!==
void 0,sentBeforeCancel:h,outOfTime:n.outOfTime()})}i||=c.end.kind==="answered"||c.end.kind==="not-s\
ent",s=c;let d=o.spend(c);if(!c.retryable||!d||n.stopped())return u(l);let p=to(l,t,Ke(c),n.random);
if(!n.fits(p))return u(l,{outOfTime:!0});let m=c.verdict.reason??a`transient failure`,g=o.maxAttempts;
if(r({attempt:l,maxAttempts:g,reason:m,waitMs:p,counted:!we(c)}),await n.sleep(p),n.stopped())return u(
l)}}var Je=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=jo(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1;if(!l&&i>=3&&c)return this.runStop={scope:"run",answer:n,refused:i},
this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;let o=jo(this.tables.get(t),r,
n,t);if(this.tables.set(t,o),o.broken||o.count<3)return;let s={scope:"table",table:t,answer:n,refused:o.
count};return this.stopped.set(t,s),s}tableStop(t){return this.stopped.get(t)}get stopOfRun(){return this.
runStop}get tableStops(){return[...this.stopped.values()]}};function jo(e,t,n,r){return e?e.key!==t?
{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,tables:new Set([r]),
broken:!1}}var pl=10,ln=12e4,Re=3,Wo=1e3,le=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new Je(new Set(r.plan.map(o=>o.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:t=>dl(t)}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=AbortSignal.any([this.control.stopSignal,this.waitOver.signal]);this.clock.
sleep(t,n).then(()=>{n.aborted||this.deadline.abort()})}endWait(){this.waitOver.abort()}get remainingMs(){
return this.deadlineMs===void 0?1/0:this.deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=
0}attemptEnded(t){if(t.end.kind!=="answered")return;let n=this.clock.nowMs();if(!we(t)){this.paceRefusedSinceMs=
void 0;return}this.paceRefusedSinceMs??=n,n-this.paceRefusedSinceMs>=ln&&this.control.stop("throttle\
d")}settled(t,n){if(!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(n),n.status===
"succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,reason:n.errorMsg};
this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.stop("refused")}n.status==="failed"&&
this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){return this.refusals.tableStop(
t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.invalidInARow=0;return}this.
unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:0,!(this.unansweredInARow<Re)&&
this.control.stop(this.invalidInARow>=Re?"invalid-http":"unreachable")}};function dl(e){let t=fl(e.retries)-
1-e.retries,n=e.retries+1,r=0,o=0;return{spend(s){return r++,we(s)&&o<t&&(o++,n++),r<n},get maxAttempts(){
return n}}}function fl(e){return 1+e+(e>0?pl:0)}async function Ye(e,t){let n=[],r={...t,renewCredential:void 0};for(let o of e){let s=t.boundary.text(
o.label,200),i=await Ko(o,s,r);if(i.kind!=="read")return{failed:{label:s,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:o,label:s,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var ml=6e4;async function Vo(e,t,n,r){let{clock:o,budget:s}=n,i=o.nowMs();
s.startWait(t.timeoutMs);let u;try{u=await hl(e,t,n,r)}finally{s.endWait()}let l=o.nowMs()-i;for(let c of e.
filter(d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?cn(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function hl(e,t,n,r){let{clock:o,control:s,budget:i}=n,u=o.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;;p++){let m=Math.min(t.intervalMs,i.remainingMs-
Wo);if(m<=0&&p>0||s.stopped||(await o.sleep(Math.max(0,m),s.stopSignal),s.stopped||i.outOfTime)||(await Ho(
d(),t.concurrency,async g=>{if(c||s.stopped||i.outOfTime)return;let h=await gl(g,n,u,r);c??=h}),c||d().
length===0))return c;o.nowMs()-l>=ml&&(l=o.nowMs(),r.onProgress(d().length,e.length,l-u,t.timeoutMs))}}
async function gl(e,t,n,r){let o=await Ko(e.plan,e.label,t);return o.kind==="stopped"||o.kind==="out\
-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,o.kind==="transient")?null:o.kind!=="read"?(e.state=
"failed",e.reason=o.verdict.reason,e.last={...e.last,traceId:o.verdict.traceId??e.last.traceId},o.kind===
"refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=o.reading,Bo(e.baseline.
refreshMs,o.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function cn(e,t){e.state="not-w\
aited",e.reason=t}async function Ko(e,t,n){let r=!1;for(;;){let o=await V(()=>n.read(e,n.budget.requestSignal),
n.policy,n.budget.stage,u=>n.onRetry(t,u)),s=o.last,i=s?.status;if(i&&s.verdict.succeeded)return yl(
i,s.verdict.traceId,n.boundary);if(o.outOfTime&&!n.control.stopped)return{kind:"out-of-time",verdict:s?.
verdict??A(a`cut off at the wait's deadline`),attempts:o.attempts};if(o.cancelled||!s||n.control.stopped)
return{kind:"stopped",verdict:s?.verdict??A(a`cancelled before the platform answered`),attempts:o.attempts};
if(s.retryable||s.end.kind!=="answered")return{kind:"transient",verdict:s.verdict,attempts:o.attempts};
if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:s.verdict,
attempts:o.attempts}}}function yl(e,t,n){let r=qo(e.latestRefreshTime),o=qo(e.latestDateTime),s=i=>i===
null?null:n.text(Go(i),64);if(r!==null&&"problem"in r){let i=n.quote(Go(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.
text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...A(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:s(e.latestDateTime),latestRefreshTime:s(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:o!==null&&"ms"in o?o.ms:null,traceId:t}}}function Go(e){return typeof e=="stri\
ng"?e:Ve(e)}function qo(e){return e==null?null:un(e)}var ze=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
return this.rate!==void 0||this.tolerated>0}async turn(){let t=this.clock.nowMs(),n=this.rate===void 0?
t:Math.max(t,this.nextSendMs);return this.rate!==void 0&&(this.nextSendMs=n+1e3/this.rate),this.sends.
push(n),this.sends.length>16&&this.sends.shift(),this.limiting=n>t,n>t&&!this.clock.stopped()&&await this.
clock.sleep(n-t),this.clock.nowMs()}accepted(t){let n=this.clock.nowMs();for(this.recent.push(n);(this.
recent[0]??n)<n-2e3;)this.recent.shift();this.engaged&&(this.grow(),this.record(t,!1))}pushedBack(t,n){
let r=this.clock.nowMs();if(this.rate===void 0){if(this.record(t,!0),this.tolerated>0&&this.share()<=
this.tolerated+.25)return!1;let s=this.recent.filter(l=>l>=r-2e3),i=Math.max(250,r-(s[0]??r)),u=s.length>
0?s.length*1e3/i:1e3/n;return this.rate=Math.max(.5,u,this.resumeRate),this.resumeRate>0&&this.answers.
splice(0,this.answers.length-1),this.lastCutMs=r,this.nextSendMs=r+(s.length>0?1e3/this.rate:n),!0}if(this.
record(t,!0)||t<this.lastCutMs)return!0;if(this.trial)return this.rate*.85>=this.trial.floor?this.cut(
this.trial.shareBefore,.85):this.trial.floor=1/0,!0;if(this.answers.length<8)return!0;let o=this.share();
return this.tolerated>0&&o<=this.tolerated+.25?(this.grow(),!1):(this.cut(o,(1-o)/(1-this.tolerated)),
!0)}grow(){this.rate===void 0||!this.limiting||(this.rate=this.steady?this.rate+.05:this.rate*1.05)}record(t,n){
this.answers.push(n),this.answers.length>16&&this.answers.shift();let r=this.trial;return!r||t<this.
lastCutMs||(r.answers++,n&&r.refused++,r.answers<12)?!1:(this.trial=void 0,this.judge(r),!0)}share(){
return this.answers.filter(Boolean).length/this.answers.length}sentRate(){let t=this.clock.nowMs(),n=this.
sends.filter(o=>o<=t).slice(-8),r=(n.at(-1)??t)-(n[0]??t);return n.length<8||r<=0?this.rate??.5:7*1e3/
r}cut(t,n){let r=this.rate??.5,o=Math.max(.5,Math.min(r,this.sentRate())*.5);this.undo??={rate:r,steady:this.
steady},this.trial={shareBefore:t,floor:this.trial?.floor??o,answers:0,refused:0},this.rate=Math.max(
.5,r*Math.min(.85,Math.max(.5,n))),this.steady=!0,this.lastCutMs=this.clock.nowMs()}judge(t){let n=t.
refused/t.answers,r=t.shareBefore-this.tolerated,o=n-this.tolerated;if(t.refused===0||o<=r/4)this.tolerated=
Math.min(this.tolerated,n),this.undo=void 0,this.proven=!0;else if(!(o<r*2/3||t.refused<3))if(n>=t.shareBefore+
.3)this.undo=void 0,this.cut(n,(1-n)/(1-this.tolerated));else{let s=this.undo??{rate:this.rate??.5,steady:this.
steady};this.undo=void 0,this.tolerated=Math.min(n,t.shareBefore),this.steady=s.steady,this.proven?this.
rate=Math.max(this.rate??.5,s.rate):(this.rate=void 0,this.resumeRate=s.rate)}}};var Jo=2,Xe=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new ze(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=Jo;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=Jo),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let o=Math.
floor(t.level/2),s=this.acceptedInGeneration;this.stable=0,this.change(s>0?Math.min(s,o):o)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var bl=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function Yo(e,t,n){let r=n.nowMs(),o=await V(()=>n.send(e),t,n,s=>n.onRetry({...pn(e,n.boundary),
...s}));return o.sentBeforeCancel?{...Se(e,n.boundary,bl),status:"unknown",attempts:o.attempts,durationMs:n.
nowMs()-r}:!o.last||o.cancelled?Se(e,n.boundary,n.notRunReason()):Tl(e,n.boundary,o.last.verdict,{attempts:o.
attempts,durationMs:n.nowMs()-r,answered:o.answered,invalidHttp:o.invalidHttp})}function pn(e,t){return{
tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function Tl(e,t,n,r){return{
...pn(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,errorMsg:n.
reason,warning:n.warning,...r}}function Se(e,t,n){return{...pn(e,t),status:"not-run",code:null,traceId:null,
data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1}}async function zo(e,t,n){let{control:r,budget:o}=n,s=new Xe(t.concurrency,o.stage),i=Rl(s,n,t.retryPolicy),
u=new Array(e.length),l=wl(e).values(),c=0,d=async()=>{for(let h of l){if(r.stopped)return;let T=e[h],
k=o.tableStop(T);if(k){u[h]=Se(T,n.boundary,xl(k));continue}try{let L=await Yo(T,t.retryPolicy,i);u[h]=
L,n.onFinished(L,++c,e.length),o.settled(T,L)}catch(L){throw r.stop("crashed"),L}}},p=Math.min(t.concurrency,
e.length),g=(await Promise.allSettled(Array.from({length:p},d))).find(h=>h.status==="rejected");if(g)
throw g.reason;return e.map((h,T)=>u[T]??Se(h,n.boundary,r.notRunReason))}function wl(e){let t=new Map;
return e.map((r,o)=>{let s=t.get(r.tableName)??0;return t.set(r.tableName,s+1),{index:o,rank:s}}).sort(
(r,o)=>r.rank-o.rank).map(({index:r})=>r)}function xl(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function Rl(e,t,n){let{control:r,budget:o}=t;return{...o.stage,
send:async s=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(s,o.requestSignal),
l=Ke(u);return l===void 0?e.accepted(i):e.pushedBack(i,Zt(l,n)),o.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function Xo(e,t,n,r,o,s){let i=await V(()=>e.createToken(t,o.onToken,s),n,r,o.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
A(a`cancelled before the platform answered`),attempts:i.attempts}}async function Zo(e,t){let{client:n,control:r,hooks:o}=t,s=new le(t.clock,r,e),i=await dn(e,{...t,budget:s});
if(!i)return;let u=fn(e,{...t,budget:s},i),l=[];if(e.waitForPlans.length>0){let d=await Ye(e.waitForPlans,
u);if("failed"in d){await o.plans.baselineFailed(d.failed.label,d.failed.verdict);return}l=d.watches,
o.plans.baselines(l)}o.triggers.runStarted();let c=await zo(e.plan,{concurrency:e.concurrency,retryPolicy:e.
policy},{send:(d,p)=>n.trigger(d,i.current,p),boundary:t.boundary,control:r,budget:s,onRetry:d=>o.triggers.
retry(d),onFinished:(d,p,m)=>o.triggers.finished(d,p,m)});return l.length>0&&await Sl(c,l,e,u,o),{results:c,
cause:r.cause,refusals:s.refusals,watches:l}}async function Sl(e,t,n,r,o){let s=e.filter(i=>i.status!==
"succeeded").length;if(s>0||r.control.stopped){let i=r.control.stopped?a`the run stopped before the wait`:
a`${s} trigger${s===1?a``:a`s`} not accepted, so a refresh may never come`;t.forEach(u=>cn(u,i));return}
o.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await Vo(t,{timeoutMs:n.waitTimeoutMs,
intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>o.plans.planFresh(i),onProgress:(...i)=>o.
plans.waitProgress(...i)})}async function dn(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};
let r=()=>Xo(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.hooks.credential.onToken(i),onRetry:i=>t.
hooks.credential.tokenRetry(i)},t.budget.requestSignal),o=await r();if("failed"in o){await t.hooks.credential.
tokenRefused(El(o.failed,t.control),o.attempts);return}let s={current:o.credential};return s.renew=async()=>{
s.renew=void 0;let i=await r();return"failed"in i?!1:(s.current=i.credential,!0)},s}function El(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function fn(e,t,n){return{read:(r,o)=>t.client.planStatus(r,n.current,o),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,o)=>t.hooks.plans.planRetry(r,o)}}async function Qo(e,t){let n=new le(t.clock,t.control),r=await dn(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let s=await Ye(e.waitForPlans,fn(e,{...t,budget:n},r));return"\
failed"in s?{passed:!1,step:a`reading plan ${s.failed.label}`,verdict:s.failed.verdict}:{passed:!0,watches:s.
watches}}let o=await V(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,s=>t.hooks.
plans.planRetry(a`list`,s));return o.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:o.last?.verdict??A(a`cancelled before an answer`)}}var kl=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function w(e){return e===1?a``:a`s`}function Q(e){return e<1e3?a`${e} ms`:a`${To(e/1e3,1)} s`}
function K(e,t){let n="";for(let r of kl)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}function E(e,t){
let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function F(e,t){return e===null?null:M(e,t)}var S="AnyMetrics refresh failed",Ze="AnyMetrics refresh input is invalid";function mn(e,t=1/0){let n=M(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${Al(e)}${es(e)}`}function Al(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${Q(e.durationMs)})`:a``}function es(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function ts(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"";t.set(r,[...t.get(r)??[],n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{line:mn(
r),count:1};let o=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${o} (first: ${r.
tableName} ${r.partition}${es(r)})`,count:n.length}})}function vl(e){let t={succeeded:a`✅ succeeded`,
"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.
errorMsg??a``}`}[e.status],n=a`${e.attempts} attempt${w(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.
traceId??a`none`}, ${n}, ${Q(e.durationMs)})`}function ns(e,t,n){return a`[${t}/${n}] ${vl(e)}`}function rs(e){
return a`${e.tableName} ${e.partition}: ${hn(e)}`}function hn(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${Q(
e.waitMs)}`}function os(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function Qe({
succeeded:e,failed:t,notRun:n,unknown:r}){let o=[a`${e.length} succeeded`,a`${t.length} failed`];r.length>
0&&o.push(a`${r.length} unknown`),n.length>0&&o.push(a`${n.length} not run`);let s=e.length+t.length+
r.length+n.length;return a`${X(o,", ")}, ${s} in all`}function ss(e){return a`${e} more warning${w(e)}: see the log, where each is a line starting with "warning:"`}
function is(e){return a`${e} more failure${w(e)}: see the job summary, the error-message output and the log`}
function as(e,t,n){return a`Triggering ${e} data update${w(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function us(e){let t=a`${e.length} trigger${w(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var Dl=400;
function ls(e,t){let n=t.text(e.rule,Dl),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${P(e.input)}" ${n}${r}`}function cs(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function ps(e,t){return a`plan ${e} status: ${hn(t)}`}
function ds(e){return a`token request: ${hn(e)}`}function fs(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function gn(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function ms(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${X(n,", ")}`:a`the materialization plan list was read`]}
function hs(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function gs(e,t){return a`today in ${e} is ${t}`}function ys(e){return a`Request body: ${e}`}var bs=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
Ts=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var Ee=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(ds(t))}async tokenRefused(t,n){await this.report.failedEarly(cs(t,n))}};function x(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Nl={"&":"&amp;","<":"&lt;",">":"&gt;"},Pl=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(Pl,t=>`\\${t}`).replace(/[&<>]/g,t=>Nl[t]??t)}function C(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var _={fresh:"",plans:"[]","data-through":""};function ws(e){return a`After the triggers it would wait for ${e.
length} materialization plan${w(e.length)}: ${X(e,", ")}`}function xs(e,t){if(e.length===0)return"";
let{rows:n,more:r}=E(e,t.rowCap);return["### Would wait for these plans","",...n.map(o=>`- ${x(o)}`),
...C(r),""].join(`
`)}function Rs(e,t,n){return a`Waiting up to ${ke(t)} for ${e} materialization plan${w(e)} to turn fresh (polling every ${Q(
n)})`}function et(e){return a`plan ${e.label}: latest refresh ended ${Ps(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function Ss(e){return a`plan ${e.label} is fresh: a refresh ended ${Ps(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${w(
e.polls)}, ${ke(e.waitedMs)})`}function Es(e,t,n,r){return a`waiting for ${e} of ${t} plan${w(t)}, ${Math.
floor(n/6e4)} min of ${ke(r)}`}function ks(e){let t=a`${Cl(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${ke(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Il(e)}`;default:return null}}function Cl(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function As(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function vs(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function Ds(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map($l)),"data-through":Ol(e)}}function $l(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function Ol(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var _l={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function Ns(e,t){if(e.length===0)return"";let{rows:n,more:r}=E(e,t.rowCap),
o=e.filter(s=>s.state!=="fresh"&&s.reason).slice(0,Math.min(t.rowCap,20)).map(s=>`- ${x(s.label)}: ${b(
s.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(s=>`| ${x(s.label)} | ${_l[s.state]} | ${b(
s.last.latestRefreshTime??"")} | ${b(s.last.latestDateTime??"")} | ${ke(s.waitedMs)} |`),...C(r),...o.
length>0?["",...o]:[],""].join(`
`)}function Ps(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Il(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function ke(e){if(e<6e4)return Q(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var Ml=new Set(["invalid-table-name"]);function Cs(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.text(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.kind,
reason:t.text(n.reason)}))}}function $s(e){return{group:a`dbt: ${e.mapped.length} node${w(e.mapped.length)} to refresh, ${e.
skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),...e.skipped.map(
({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>Ml.has(t)).map(({
node:t,reason:n})=>a`${t}: ${n}`)}}function Os(e,t){let n=i=>x(M(i,t.idLimit)),r=E(e.mapped,t.rowCap),
o=E(e.skipped,t.rowCap),s=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length} dbt nod\
e${w(e.skipped.length)} skipped</summary>`,"",...o.rows.map(({node:i,reason:u})=>`- ${n(i)}: ${b(M(u,
Math.max(t.textLimit,80)))}`),...C(o.more),"","</details>"];return["### From dbt","","| dbt node | t\
able |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${x(u)} |`),...C(r.more),...s,
""].join(`
`)}var _s=1e6;function Is(e){let{results:t,tally:n,freshness:r,planFailures:o}=e;return{success:String(
e.succeeded),"trace-id":t.map(s=>s.traceId??"").join(","),"error-message":K(_s,s=>[...o.map(i=>M(i,1e3)),
Ll(n.failed,s)].filter(i=>i!=="").join(`
`)),results:Ul(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function J(e=[],t=_){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function Ll(e,t){let{rows:n,more:r}=E(
e,t.rowCap),o=n.map(s=>mn(s,t.textLimit));return r>0&&o.push(a`…and ${r} more: see the results output`),
o.join(`
`)}function Ul(e){return K(_s,t=>JSON.stringify(e.map(n=>Bl(n,t))))}function Bl(e,t){let{partition:n,
status:r,code:o,attempts:s,durationMs:i}=e;return{tableName:F(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:F(o,t.idLimit),traceId:F(e.traceId,t.idLimit),data:F(e.data,t.textLimit),errorMsg:F(
e.errorMsg,t.textLimit),attempts:s,durationMs:i}}var Fl={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},Hl="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function Ms(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function Ls(e){let t=Bs(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+jl<e.length}var jl=6;function Us(e,t){let n=[...Bs(e)],{rows:r,
more:o}=E(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",Hl,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([s,i])=>{let u=[...i].sort((c,d)=>c.
partition.localeCompare(d.partition)),l=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${x(s)} | ${l} | ${u.map(c=>Fl[c.status]).join("")} |`}),...C(o),""]}function Bs(e){let t=new Map;
for(let n of e)t.set(n.tableName,[...t.get(n.tableName)??[],n]);return t}var Wl=/^\d{4}-\d{2}-\d{2}$/;function Fs(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let o=n.
at(-1);o&&Gl(o[1])===r?o[1]=r:n.push([r,r])}return n.map(([r,o])=>r===o?r:`${r}..${o}`).join(", ")}function Gl(e){
if(!Wl.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var nt=1e6,ql=10,Hs=()=>"";function js(e,t,n=Hs){let{results:r,tally:o}=e,{succeeded:s,failed:i,notRun:u,
unknown:l}=o,c=e.succeeded?"\u2705 AnyMetrics refresh succeeded":`\u274C ${S}`;return K(nt,d=>[`## ${c}`,
"",...e.stopLines.flatMap(p=>[`**\u26D4 ${b(p)}**`,""]),`**${Qe(o)}**`,"",Ms(r),"",...tt(`\u274C Failed (${i.
length})`,i,d,[["Table",p=>x(p.tableName)],["Partition",p=>b(p.partition)],["Reason",p=>b(F(p.errorMsg,
d.textLimit)??"")],["Trace ID",p=>p.traceId?x(p.traceId):""],["Attempts",p=>String(p.attempts)]]),...tt(
`\u2753 Unknown: sent, then cut off (${l.length})`,l,d,[["Table",p=>x(p.tableName)],["Partition",p=>b(
p.partition)],["What to do",p=>b(p.errorMsg??"")]]),...Vl(u,d),...Ls(r)?Us(r,d):Kl(s.length>ql,`\u2705 Su\
cceeded (${s.length})`,tt(`\u2705 Succeeded (${s.length})`,s,d,[["Table",p=>x(p.tableName)],["Partit\
ion",p=>b(p.partition)],["Trace ID",p=>p.traceId?x(p.traceId):""],["Attempts",p=>String(p.attempts)],
["Note",p=>b(F(p.warning,d.textLimit)??"")]])),n(d),Vs(t),""].join(`
`))}function tt(e,t,n,r){if(t.length===0)return[];let{rows:o,more:s}=E(t,n.rowCap),i=r.filter(([u,l])=>u!==
"Note"||o.some(c=>l(c)!==""));return[`### ${e}`,"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"\
---").join(" | ")} |`,...o.map(u=>`| ${i.map(([,l])=>l(u)).join(" | ")} |`),...C(s),""]}function Vl(e,t){
let n=new Map;for(let r of e){let o=`${r.tableName}\0${r.errorMsg??""}`,s=n.get(o)??{first:r,partitions:[]};
s.partitions.push(r.partition),n.set(o,s)}return tt(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],
t,[["Table",r=>x(r.first.tableName)],["Partitions",r=>b(Fs(r.partitions))],["Count",r=>String(r.partitions.
length)],["Reason",r=>b(r.first.errorMsg??"")]])}function Kl(e,t,n){return!e||n.length===0?n:[`<deta\
ils><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function rt(e,t,n=Hs,r=["## \u{1F4DD} AnyMet\
rics refresh dry run: nothing was sent"]){return K(nt,o=>{let{rows:s,more:i}=E(e,o.rowCap);return[...r,
"",`**${e.length} trigger${w(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...s.map(
u=>`| ${x(u.tableName)} | ${b(u.partition)} |`),...C(i),"",n(o),Vs(t),""].join(`
`)})}function Ws(e){return`## \u274C ${S}

${b(e)}
`}function Gs(e){return K(nt,t=>{let{rows:n,more:r}=E(e,t.rowCap);return[`## \u274C ${Ze}: nothing w\
as sent`,"",...n.map(o=>`- ${b(o)}`),...C(r),""].join(`
`)})}function qs(e){return K(nt,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function Vs(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${x(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${x(e.event)}`),t.join(" \xB7 ")}var Ae=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
o=>ls(o,n.boundary));n.setOutputs(J(r),S),n.annotate(r.map(o=>({line:o,count:1,title:Ze}))),await n.
writeSummary(Gs(r))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(n.boundary.text(r)))}read(t){
let{printer:n,facts:r}=this.report;if(n.info(gs(n.boundary.text(t.timeZone),n.boundary.text(t.today))),
!r.dbt)return;let{group:o,lines:s,warnings:i}=$s(r.dbt);n.startGroup(o),s.forEach(u=>n.info(u)),n.endGroup(),
n.warnings(i)}async nothingToRefresh(){let{printer:t,summaryExtra:n}=this.report;t.notice(Ts),t.setOutputs(
J(),S),await t.writeSummary(qs(n))}async dryRun(t,n){let{printer:r,summaryExtra:o,context:s}=this.report,
i=yn(t,this.report),u=n.map(m=>r.boundary.text(m,200)),{group:l,lines:c,notice:d}=us(i);r.startGroup(
l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>0&&r.info(ws(u)),r.notice(d),r.setOutputs(J(),S);let p=m=>[
xs(u,m),o(m)].join(`
`);await r.writeSummary(rt(i,s,p))}};function yn(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
text(n.tableName),partition:t.boundary.text(n.partition)}))}var ee=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:o}=this.
report;n.endGroup(),n.info(Qe(t.tally)),n.setOutputs(Is(t),S);let s=u=>[Ns(t.watches,u),o(u)].join(`\

`);await n.writeSummary(js(t,r,s)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:S});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...ts(t.unexplainedFailures).map(u=>({...u,title:S}))])}async checkPassed(t,n){
let{printer:r,context:o,summaryExtra:s}=this.report;r.endGroup(),n.watches.forEach(c=>r.info(et(c)));
let i=ms(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(c=>c.label));i.forEach(c=>r.info(
c)),r.notice(a`Connection check passed: ${X(i,"; ")}; nothing was triggered`),r.setOutputs(J(),S);let u=[
"## \u2705 AnyMetrics connection check passed: nothing was triggered","",...i.map(c=>`- ${b(c)}`)],l=yn(
t,this.report);await r.writeSummary(rt(l,o,s,u))}async checkFailed(t,n){await this.report.failedEarly(
hs(t,n.reason,n.traceId),_)}async crashed(t){let n=t instanceof Error?t.message:String(t);await this.
report.failedEarly(fs(this.report.printer.boundary.text(n)))}};function Js(e){let{results:t,cause:n,host:r}=e,o=t.filter(i=>i.status==="not-run").length,s=o===0?a`every trigger had been sent`:
a`${o} trigger${w(o)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${s}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${Re} triggers in a row got no answer after their retries${Ks(
t)}; ${s}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${Re} triggers in a row got such an answer after their retries${Ks(
t)}; ${s}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?Jl(e.refusal,s):null;case"throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${ln/
6e4} min and accepted none: ${s}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function Ks(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function Ys(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function Jl(e,t){return a`The platform refused the run's first ${e.
refused} triggers with the same answer and accepted none: ${Ys(e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function zs(e,t,n){let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${Ys(e)}. Its other ${r} trigger${w(r)} were not sent; other tables went on. Check that the table exists on the platform as named`}
function Xs(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:o})=>r===e.tableName&&n(o))}function Yl(e){return e.filter(t=>t.status==="failed")}function Zs(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:Yl(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}function Qs(e,t,n){let r=Zs(e),o=t.freshness?.watches??[],s=t.freshness?Ds(o):_,i=zl(e,t,n),u=t.freshness?.
newestPartition;return{results:e,tally:r,succeeded:e.length>0&&r.succeeded.length===e.length&&s.fresh!==
"false",stopLines:i.lines,unexplainedFailures:r.failed.filter(l=>!Xs(l,i.facts)),watches:o,freshness:s,
planFailures:o.map(ks).filter(l=>l!==null),warnings:[...e.map(os),...o.map(l=>As(l,Fo(l.last.dataMs,
u)))].filter(l=>l!==null)}}function zl(e,t,n){let r=e.filter(u=>u.status==="not-run"),o=(t.refusals?.
tableStops??[]).map(u=>({stop:u,table:n.text(u.table??"")})).filter(({table:u})=>r.some(l=>l.tableName===
u)),s={results:e,cause:t.cause,host:n.text(t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,
tableStops:o},i=[Js(s),...o.map(({stop:u,table:l})=>zs(u,l,e))].filter(u=>u!==null);return{facts:s,lines:i}}var ve=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(ps(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(et(n)))}async baselineFailed(t,n){let r=vs(t,n.reason,n.traceId);
await this.report.failedEarly(r,{..._,fresh:"false"})}waitStarted(t,n,r){this.report.printer.startGroup(
Rs(t,n,r))}planFresh(t){this.report.printer.info(Ss(t))}waitProgress(t,n,r,o){this.report.printer.info(
Es(t,n,r,o))}};var ei=require("node:fs");function ti(e){let t=[],n=()=>{if(t.length===0)return;let o=t.join(`
`);t=[],e.info(o)},r=o=>(...s)=>(n(),o(...s));return{info:o=>{t.push(o)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function bn(e){if(!e)return;let t;try{t=(0,ei.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var ot=10;function ni(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var st=class{constructor(t,n){this.boundary=n;this.sink=ti(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<en&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(bs))}info(t){this.sink.info(P(t))}debug(t){this.sink.debug(P(
t))}notice(t){this.sink.notice(P(t))}warning(t){this.warnings([t])}warnings(t){let n=ot-this.warningsMade,
{shown:r,rest:o}=ni(t,n);r.forEach(s=>this.sink.warning(P(s))),this.warningsMade+=r.length,o.length!==
0&&(o.forEach(s=>this.sink.info(P(a`warning: ${s}`))),!(n<=0)&&(this.sink.warning(P(ss(o.length))),this.
warningsMade=ot))}startGroup(t){this.endGroup(),this.sink.startGroup(P(t)),this.groupOpen=!0}endGroup(){
this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate([{line:t,count:1,title:n}])}annotate(t){
let n=ot-this.errorsMade,{shown:r,rest:o}=ni(t,n);r.forEach(i=>this.sink.error(P(i.line),{title:i.title})),
this.errorsMade+=r.length;let s=o[0];if(s&&n>0){let i=o.reduce((u,l)=>u+l.count,0);this.sink.error(P(
is(i)),{title:s.title}),this.errorsMade=ot}t.length>0&&this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){
this.outputsWritten=!0;try{for(let[r,o]of Object.entries(t))this.sink.setOutput(r,o)}catch(r){this.fail(
gn("outputs",this.boundary.text(ri(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=
!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(gn("summary",this.boundary.text(ri(n))))}}}};
function ri(e){let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var Xl={waiting:!1,dbt:void 0},it=class e{constructor(t,n,r=Xl){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?Os(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{..._,fresh:"fal\
se"}:_}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(J(
[t],n),S),await r.writeSummary(Ws(t)),r.fail(t,S)}};function oi(e,t){return{waiting:e.dryRun==="off"&&
e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?Cs(e.dbt,t):void 0}}function si(e,t){let n=r=>{let o=e[r];return o?t.text(o,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var at=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(){let{printer:t}=this.report,
n=t.boundary.text(this.run.host);t.startGroup(as(this.run.total,n,this.run.concurrency))}retry(t){this.
report.printer.info(rs(t))}finished(t,n,r){this.report.printer.info(ns(t,n,r))}};function ii({printer:e}){
return t=>e.debug(ys(e.boundary.text(t)))}var ai=["SIGINT","SIGTERM"];function ui(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return ai.forEach(r=>process.on(r,
n)),()=>ai.forEach(r=>process.off(r,n))}var li=require("node:events");var Zl={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},ut=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,li.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Zl[this.firstCause??"cancelled"]}};function ci(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(o,e);t.addEventListener(
"abort",o,{once:!0});function o(){clearTimeout(r),t.removeEventListener("abort",o),n()}})}var Ql="anymetrics-refresh",di={sleep:ci,random:Math.random,nowMs:Date.now};async function fi(){let e=tc(),
t=new Te,n=new st(ac(),t),r=new it(n,si(process.env,t)),o=ec(()=>r);try{Yr(e).forEach(u=>n.mask(u));
let s=await nc(e,new Ae(r));if(!s)return;r=r.withFacts(oi(s,t));let i=new Ae(r);if(i.read(s),s.dryRun===
"check")return await pi(s,r,sc);if(s.plan.length===0)return await i.nothingToRefresh();if(s.dryRun===
"plan")return await i.dryRun(s.plan,s.waitForPlans.map(u=>u.label));await pi(s,r,rc)}catch(s){await new ee(
r).crashed(s)}finally{o()}}function ec(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new ee(e()).crashed(n)};return process.on("b\
eforeExit",t),()=>process.off("beforeExit",t)}function tc(){let e=Kr.map(t=>[t,Ln(t)]);return Object.
fromEntries(e)}async function nc(e,t){try{let{config:n,notices:r}=zr(e,{now:new Date,readTextFile:o=>Zn(
o,Jn),readArtifact:o=>Qn(o)});return t.notices(r),n}catch(n){if(!(n instanceof de))throw n;await t.refused(
n.errors);return}}async function pi(e,t,n){let r=await ic(e,t),o=new ut,s=ui(o);try{await n({config:e,
client:r,control:o,report:t})}finally{s(),r.close()}}async function rc({config:e,client:t,control:n,
report:r}){let{boundary:o}=r.printer,s={credential:new Ee(r),plans:new ve(r),triggers:new at(r,{total:e.
plan.length,host:e.endpoint.display,concurrency:e.concurrency})},i={...e,policy:mi(e)},u=await Zo(i,
{client:t,clock:di,control:n,boundary:o,hooks:s});if(!u)return;let l=u.watches.length>0,c={cause:u.cause,
refusals:u.refusals,host:e.endpoint.display,freshness:l?{watches:u.watches,newestPartition:oc(e)}:void 0};
await new ee(r).runEnded(Qs(u.results,c,o))}function oc(e){return e.plan.map(t=>t.partition).sort().
at(-1)}async function sc({config:e,client:t,control:n,report:r}){let o={credential:new Ee(r),plans:new ve(
r)},{boundary:s}=r.printer,i={...e,policy:mi(e)},u=await Qo(i,{client:t,clock:di,control:n,boundary:s,
hooks:o}),l=new ee(r);u.passed?await l.checkPassed(e.plan,{host:e.endpoint.display,tokenExchanged:e.
credentials.kind==="api-key",watches:u.watches}):"reported"in u||await l.checkFailed(u.step,u.verdict)}
function mi(e){return{retries:e.retries,...Zr}}function ic(e,t){return Lo({endpointUrl:e.endpoint.url,
tokenUrl:e.endpoint.tokenUrl,planStatusUrl:e.endpoint.planStatusUrl,planListUrl:e.endpoint.planListUrl,
tenantId:e.tenantId,basicAuth:e.endpoint.basicAuth,timeoutMs:e.timeoutMs,userAgent:Ql,maxSockets:e.concurrency,
caCertificates:e.caCertificates,boundary:t.printer.boundary,onTriggerBody:Bn()?ii(t):void 0})}function ac(){
return{setSecret:Mn,debug:Fn,info:Gn,notice:e=>Wn(e),warning:e=>jn(e),error:(e,t)=>Hn(e,t),startGroup:qn,
endGroup:Vn,setOutput:(e,t)=>{bn(process.env.GITHUB_OUTPUT),Un(e,t)},writeSummary:async e=>{process.
env.GITHUB_STEP_SUMMARY&&(bn(process.env.GITHUB_STEP_SUMMARY),await gt.addRaw(e).write())},fail:()=>{
process.exitCode=1}}}var uc=1e3;fi().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),uc).unref()});
