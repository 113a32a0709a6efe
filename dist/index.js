"use strict";var Wi=Object.create;var tn=Object.defineProperty;var Gi=Object.getOwnPropertyDescriptor;var qi=Object.getOwnPropertyNames;var Vi=Object.getPrototypeOf,Ki=Object.prototype.hasOwnProperty;var nn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var Ji=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of qi(t))!Ki.call(e,s)&&
s!==n&&tn(e,s,{get:()=>t[s],enumerable:!(r=Gi(t,s))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?Wi(Vi(e)):{},Ji(t||!e||!e.__esModule?tn(n,"default",{value:e,enumerable:!0}):
n,e));var fn=nn(Q=>{"use strict";var Wl=require("net"),Qi=require("tls"),nt=require("http"),cn=require("https"),
eo=require("events"),Gl=require("assert"),to=require("util");Q.httpOverHttp=no;Q.httpsOverHttp=ro;Q.
httpOverHttps=so;Q.httpsOverHttps=io;function no(e){var t=new L(e);return t.request=nt.request,t}function ro(e){
var t=new L(e);return t.request=nt.request,t.createSocket=dn,t.defaultPort=443,t}function so(e){var t=new L(
e);return t.request=cn.request,t}function io(e){var t=new L(e);return t.request=cn.request,t.createSocket=
dn,t.defaultPort=443,t}function L(e){var t=this;t.options=e||{},t.proxyOptions=t.options.proxy||{},t.
maxSockets=t.options.maxSockets||nt.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.on("free",function(r,s,i,o){
for(var u=pn(s,i,o),l=0,c=t.requests.length;l<c;++l){var p=t.requests[l];if(p.host===u.host&&p.port===
u.port){t.requests.splice(l,1),p.request.onSocket(r);return}}r.destroy(),t.removeSocket(r)})}to.inherits(
L,eo.EventEmitter);L.prototype.addRequest=function(t,n,r,s){var i=this,o=rt({request:t},i.options,pn(
n,r,s));if(i.sockets.length>=this.maxSockets){i.requests.push(o);return}i.createSocket(o,function(u){
u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){i.emit("free",u,o)}function c(p){
i.removeSocket(u),u.removeListener("free",l),u.removeListener("close",c),u.removeListener("agentRemo\
ve",c)}})};L.prototype.createSocket=function(t,n){var r=this,s={};r.sockets.push(s);var i=rt({},r.proxyOptions,
{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{host:t.host+":"+t.port}});t.localAddress&&
(i.localAddress=t.localAddress),i.proxyAuth&&(i.headers=i.headers||{},i.headers["Proxy-Authorization"]=
"Basic "+new Buffer(i.proxyAuth).toString("base64")),G("making CONNECT request");var o=r.request(i);
o.useChunkedEncodingByDefault=!1,o.once("response",u),o.once("upgrade",l),o.once("connect",c),o.once(
"error",p),o.end();function u(d){d.upgrade=!0}function l(d,m,h){process.nextTick(function(){c(d,m,h)})}
function c(d,m,h){if(o.removeAllListeners(),m.removeAllListeners(),d.statusCode!==200){G("tunneling \
socket could not be established, statusCode=%d",d.statusCode),m.destroy();var g=new Error("tunneling\
 socket could not be established, statusCode="+d.statusCode);g.code="ECONNRESET",t.request.emit("err\
or",g),r.removeSocket(s);return}if(h.length>0){G("got illegal response body from proxy"),m.destroy();
var g=new Error("got illegal response body from proxy");g.code="ECONNRESET",t.request.emit("error",g),
r.removeSocket(s);return}return G("tunneling connection has established"),r.sockets[r.sockets.indexOf(
s)]=m,n(m)}function p(d){o.removeAllListeners(),G(`tunneling socket could not be established, cause=\
%s
`,d.message,d.stack);var m=new Error("tunneling socket could not be established, cause="+d.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(s)}};L.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(s){r.request.onSocket(s)})}};function dn(e,t){var n=this;L.prototype.createSocket.
call(n,e,function(r){var s=e.request.getHeader("host"),i=rt({},n.options,{socket:r,servername:s?s.replace(
/:.*$/,""):e.host}),o=Qi.connect(0,i);n.sockets[n.sockets.indexOf(r)]=o,t(o)})}function pn(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function rt(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var s=Object.keys(r),i=0,o=s.length;i<o;++i){var u=s[i];r[u]!==void 0&&(e[u]=
r[u])}}return e}var G;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?G=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:G=function(){};Q.debug=G});var hn=nn((Vl,mn)=>{mn.exports=fn()});var sn=H(require("os"),1);function j(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ee(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function W(e,t,n){let r=new et(e,t,n);process.stdout.write(r.toString()+sn.EOL)}function tt(e,t=""){
W(e,{},t)}var rn="::",et=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=rn+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${zi(s)}`)}}return t+=`${rn}${Yi(this.message)}`,t}};function Yi(e){return j(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function zi(e){return j(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var on=H(require("crypto"),1),Ae=H(require("fs"),1),ke=H(require("os"),1);function an(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Ae.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Ae.appendFileSync(n,`${j(t)}${ke.EOL}`,{encoding:"utf8"})}function un(e,t){let n=`ghadelimiter_${on.randomUUID()}`,
r=j(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${ke.EOL}${r}${ke.EOL}${n}`}var ut=H(require("os"));function ln(e){let t=e.protocol==="https:";if(Xi(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new ve(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new ve(`http://${n}`)}else return}function Xi(e){
if(!e.hostname)return!1;let t=e.hostname;if(Zi(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let i of n.split(
",").map(o=>o.trim().toUpperCase()).filter(o=>o))if(i==="*"||s.some(o=>o===i||o.endsWith(`.${i}`)||i.
startsWith(".")&&o.endsWith(`${i}`)))return!0;return!1}function Zi(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var ve=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var yn=require("os"),ue=require("fs"),st=function(e,t,n,r){function s(i){return i instanceof n?i:new n(
function(o){o(i)})}return new(n||(n=Promise))(function(i,o){function u(p){try{c(r.next(p))}catch(d){
o(d)}}function l(p){try{c(r.throw(p))}catch(d){o(d)}}function c(p){p.done?i(p.value):s(p.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:oo,appendFile:ao,writeFile:uo}=ue.promises,gn="GITHUB\
_STEP_SUMMARY";var it=class{constructor(){this._buffer=""}filePath(){return st(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[gn];if(!t)throw new Error(`Unable to find environm\
ent variable for $${gn}. Check if your runtime environment supports job summaries.`);try{yield oo(t,
ue.constants.R_OK|ue.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([i,o])=>` ${i}="${o}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return st(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
uo:ao)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return st(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(yn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
lang:n}),s=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(s).addEOL()}addList(t,n=!1){let r=n?
"ol":"ul",s=t.map(o=>this.wrap("li",o)).join(""),i=this.wrap(r,s);return this.addRaw(i).addEOL()}addTable(t){
let n=t.map(s=>{let i=s.map(o=>{if(typeof o=="string")return this.wrap("td",o);let{header:u,data:l,colspan:c,
rowspan:p}=o,d=u?"th":"td",m=Object.assign(Object.assign({},c&&{colspan:c}),p&&{rowspan:p});return this.
wrap(d,l,m)}).join("");return this.wrap("tr",i)}).join(""),r=this.wrap("table",n);return this.addRaw(
r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).
addEOL()}addImage(t,n,r){let{width:s,height:i}=r||{},o=Object.assign(Object.assign({},s&&{width:s}),
i&&{height:i}),u=this.wrap("img",null,Object.assign({src:t,alt:n},o));return this.addRaw(u).addEOL()}addHeading(t,n){
let r=`h${n}`,s=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",i=this.wrap(s,t);return this.addRaw(
i).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.
wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),s=this.
wrap("blockquote",t,r);return this.addRaw(s).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.
addRaw(r).addEOL()}},lo=new it;var ot=lo;var at=H(require("os"),1);var zl=at.default.platform(),Xl=at.default.arch();var bn;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(bn||(bn={}));function Tn(e){W("add-mask",{},e)}function wn(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function xn(e,t){if(process.env.GITHUB_OUTPUT||"")return an("OUTPUT",un(e,t));process.stdout.write(ut.EOL),
W("set-output",{name:e},j(t))}function Rn(){return process.env.RUNNER_DEBUG==="1"}function Sn(e){W("debug",{},e)}function En(e,t={}){
W("error",Ee(t),e instanceof Error?e.toString():e)}function kn(e,t={}){W("warning",Ee(t),e instanceof
Error?e.toString():e)}function An(e,t={}){W("notice",Ee(t),e instanceof Error?e.toString():e)}function vn(e){
process.stdout.write(e+ut.EOL)}function Dn(e){tt("group",e)}function Cn(){tt("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},$=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new $(e,n.rule,n.offendingValue):n}}var le=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},J=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof $))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new le(
this.errors)}};var lt="-----BEGIN CERTIFICATE-----",Nn="-----END CERTIFICATE-----",Pn=1024*1024,$n="must be PEM tex\
t or the path of a PEM file with at least one certificate";function _n(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:mo(n,t),s=fo(r);if(s.length===0)throw new f($n,On(n));return s.
forEach(ho),s}function fo(e){let t=[];for(let n=e.indexOf(lt);n>=0;n=e.indexOf(lt,n+1)){let r=e.indexOf(
Nn,n+lt.length);if(r<0)break;t.push(e.slice(n,r+Nn.length)),n=r}return t}function mo(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${$n}; the file cannot be read (${r})`,e)}}function ho(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",On(e))}}function On(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var C=require("node:fs"),ct=1024*1024,ce=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function In(e,t){if(!(0,C.statSync)(e).isFile())throw new ce("not a regular\
 file");let n=(0,C.openSync)(e,"r");try{let r=[],s=0;for(;;){let i=Buffer.allocUnsafe(ct),o=(0,C.readSync)(
n,i,0,ct,null);if(o===0)break;if(s+=o,s>t)throw new ce(`larger than ${t} bytes`);r.push(i.subarray(0,
o))}return Buffer.concat(r,s).toString("utf8")}finally{(0,C.closeSync)(n)}}function Mn(e,t=ct){return{
*[Symbol.iterator](){if(!(0,C.statSync)(e).isFile())throw new ce("not a regular file");let n=(0,C.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,C.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,C.closeSync)(n)}}}}var Y=128,go=/[\u0000-\u001f\u007f-\u009f]/,yo=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function De(e){return go.
test(e)}function dt(e){return yo.test(e)}function ee(e,t={}){if(!dt(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Ce(e,t=Y){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function U(e,t="is required"){if(e==="")throw new f(
t)}var pt=["UID","TOKEN","ACCOUNT","APIKEY"];function Ln(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new $("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?bo(e,t):To(e,t)}function bo(e,t){let n=t.take(()=>y("app-id",()=>(U(e["a\
pp-id"],"is required with app-secret (the API key ID)"),ee(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(U(e["app-secret"],"is required with app-id (the API key secret)"),ee(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function To(e,t){
let n=t.take(()=>y("auth-type",()=>xo(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>wo(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function wo(e){return U(e),ee(e,
{secret:!0}),e}function xo(e){U(e,`is required (one of ${pt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=pt.find(r=>r===t);if(!n)throw new f(`must be one of ${pt.join(
", ")}`,e);return n}var Me=require("node:path");var zn=require("node:buffer");var Un=1e5,Ro=9,So=10,Eo=13,Bn=32,de=34,ko=43,Fn=44,Ne=45,Ao=46,me=48,$e=57,Hn=58,ft=91,jn=92,Wn=93,
Pe=123,pe=125,vo=101,Do=69,Gn=117,te=-1,ht=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,
116])ht[e]=1;var qn={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from(
"false")},110:{kind:"null",bytes:Buffer.from("null")}},Vn=Buffer.alloc(0),mt=new Uint32Array(0),Co=new Uint8Array(
new Uint32Array([1]).buffer)[0]===1,No=[-2139062144,-2139062272,-2139095040,-2147483648];function Yn(e,t){
let n=new gt(e);try{return t(n)}finally{n.close()}}var gt=class{chunks;buf=Vn;pos=0;words=mt;base=0;ended=!1;line=1;lineStart=0;collecting=null;entered=[];constructor(t){
let n=typeof t=="string"?[Buffer.from(t,"utf8")]:t;this.chunks=n[Symbol.iterator]()}close(){this.ended=
!0,this.chunks.return?.()}kind(){let t=this.skipWhitespace();if(t===Pe)return"object";if(t===ft)return"\
array";if(t===de)return"string";if(t===Ne||t>=me&&t<=$e)return"number";let n=qn[t];return n?n.kind:this.
expected(t,"a value")}enterObject(){this.expect(Pe,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.
nextMember(pe,"'}'"))return;let r=this.skipWhitespace();r!==de&&this.expected(r,"a key (a string)"),
this.collect(t,n),this.pos++,this.skipStringBody();let s=this.collected(),i=s.includes(jn)?JSON.parse(
s.toString("utf8")):s.toString("utf8",1,s.length-1);return this.expect(Hn,"':'"),i}enterArray(){this.
expect(ft,"'['"),this.entered.push(!0)}nextItem(){return this.nextMember(Wn,"']'")?!1:(this.kind(),!0)}skipValue(){
let t=[];for(;;){let n=this.skipWhitespace();if(n===Pe||n===ft){t.length>=Un&&this.fail(`nested more\
 than ${Un} levels deep`),this.pos++;let r=n===Pe?pe:Wn;if(this.skipWhitespace()===r)this.pos++;else{
t.push(r),r===pe&&this.skipKey();continue}}else this.skipScalar(n);for(;;){let r=t.at(-1);if(r===void 0)
return;if(n=this.skipWhitespace(),n===Fn){this.pos++,r===pe&&this.skipKey();break}n!==r&&this.expected(
n,r===pe?"',' or '}'":"',' or ']'"),this.pos++,t.pop()}}}readValue(t,n){this.skipWhitespace();let r={
offset:this.offset(),line:this.line,lineStart:this.lineStart};this.collect(t,n),this.skipValue();let s=this.
collected();try{return JSON.parse(s.toString("utf8"))}catch{return this.line=r.line,this.lineStart=r.
lineStart,this.fail("a value JSON.parse refuses",r.offset)}}finish(){this.skipWhitespace()!==te&&this.
fail("more text after the JSON value")}offset(){return this.base+this.pos}fail(t,n=this.offset()){throw new f(
`is not valid JSON at byte ${n} (line ${this.line}, column ${n-this.lineStart+1}): ${t}`)}advanceChunk(){
if(this.ended)return!1;let t=this.collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=
n.length,t.size>t.maxBytes)throw t.tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=
this.buf.length,this.buf=Vn,this.words=mt,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.
ended=!0,!1;let r=n.value;if(r.length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.
byteOffset,r.byteLength),this.words=Co&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>
2):mt,!0}}peek(){return this.pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:te}skipWhitespace(){
for(;;){let t=this.buf,n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===Bn||s===Ro||s===Eo)r++;else if(s===
So)r++,this.line++,this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())
return te}}expect(t,n){let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}expected(t,n){
return this.fail(t===te?`the text ends where ${n} was expected`:`expected ${n}`)}nextMember(t,n){let r=this.
entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any object or array");
let s=this.skipWhitespace();return s===t?(this.pos++,this.entered.pop(),!0):(r||(s!==Fn&&this.expected(
s,`',' or ${n}`),this.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.skipWhitespace();
t!==de&&this.expected(t,"a key (a string)"),this.pos++,this.skipStringBody(),this.expect(Hn,"':'")}skipScalar(t){
if(t===de)this.pos++,this.skipStringBody();else if(t===Ne||t>=me&&t<=$e)this.skipNumber();else{let n=qn[t];
n||this.expected(t,"a value");let{bytes:r}=n;if(this.pos+r.length<=this.buf.length){let s=0;for(;s<r.
length&&this.buf[this.pos+s]===r[s];)s++;if(s===r.length){this.pos+=s;return}}for(let s of r)this.peek()!==
s&&this.fail(`expected ${n.kind}`),this.pos++}}skipStringBody(){for(;;){let t=this.buf,n=this.words,
r=n.length*4,s=t.length,i=this.pos;for(;i<s;){if(i<r){let u=i>>2,l=Jn(n[u])&No[i&3];for(;l===0&&++u<
n.length;)l=Jn(n[u]);if(l===0){i=r;continue}i=u*4+Po(l)}let o=t[i];if(o===de){this.pos=i+1;return}if(o===
jn){let u=i+1<s?t[i+1]:te;if(ht[u]===1){i+=2;continue}if(u===Gn&&i+5<s&&$o(t,i+2)){i+=6;continue}break}
o<Bn&&(this.pos=i,this.fail("a control character in a string (it must be escaped)")),i++}this.pos=i,
i<s?this.skipEscape():this.advanceChunk()||this.fail("the text ends inside a string")}}skipEscape(){
this.pos++;let t=this.peek();if(t===te&&this.fail("the text ends inside a string"),ht[t]===1){this.pos++;
return}t!==Gn&&this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),
this.pos++;for(let n=0;n<4;n++)fe(this.peek())||this.fail("a \\u escape without four hexadecimal digi\
ts"),this.pos++}skipNumber(){let t=this.peek();t===Ne&&(this.pos++,t=this.peek()),t===me?this.pos++:
this.digits(),t=this.peek(),t===Ao&&(this.pos++,this.digits(),t=this.peek()),(t===vo||t===Do)&&(this.
pos++,t=this.peek(),(t===ko||t===Ne)&&this.pos++,this.digits())}digits(){Kn(this.peek())||this.fail(
"a number without its digits");do this.pos++;while(Kn(this.peek()))}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};function Kn(e){return e>=me&&e<=$e}function Jn(e){let t=e^572662306,n=e^1549556828;return(t-16843009&
~t|n-16843009&~n|e-538976288&~e)&-2139062144}function Po(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==
0?2:3}function $o(e,t){return fe(e[t])&&fe(e[t+1])&&fe(e[t+2])&&fe(e[t+3])}function fe(e){return e>=
me&&e<=$e||e>=65&&e<=70||e>=97&&e<=102}var _o=["v12","v20"],Oo=["v6"],yt=new Set(["model","seed","snapshot"]),he=zn.constants.MAX_STRING_LENGTH;
function Xn(e){let t;if(Qn(e,"run-results",Oo,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=Io(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function Io(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let i=ne(e);i!==void 0;i=ne(e))i==="unique_id"||i==="status"?n[i]=e.readValue(he,()=>_e(`a resul\
t's ${i}`)):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
s)})}return t}function Zn(e,t){let n;if(Qn(e,"manifest",_o,(r,s)=>{if(r!=="nodes")return!1;let i=s.kind();
return i==="object"?n=Mo(s,t):(s.skipValue(),n=i==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function Mo(e,t){let n=new Map;e.enterObject();for(let r=ne(e);r!==void 0;r=
ne(e)){let s=t.has(r)?e.kind():void 0;if(s==="object"||s==="array"){let i=e.readValue(he,()=>_e(`nod\
e ${r}`));n.set(r,Uo(r,i))}else e.skipValue(),s!==void 0&&n.delete(r)}return n}function Qn(e,t,n,r){
Yn(e,s=>{if(s.kind()!=="object")throw s.skipValue(),s.finish(),new f("is not a JSON object");let i;s.
enterObject();for(let o=ne(s);o!==void 0;o=ne(s))o==="metadata"?i=s.readValue(he,()=>_e("its metadat\
a")):r(o,s)||s.skipValue();s.finish(),Lo(i,t,n)})}function Lo(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(
`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];if(!s||!n.includes(s))throw new f(`is ${t} ${s??`of un\
known version (${String(r).slice(0,80)})`}; this action reads ${t} ${n.join(" and ")}`)}function ne(e){
return e.nextKey(he,()=>_e("a key"))}function _e(e){return new f(`has ${e} of more than ${he} bytes,\
 longer than any string Node.js makes (JSON.parse could not read it either)`)}function Uo(e,t){let n=t.
config??{},r=i=>typeof i=="string"&&i!==""?i:null,s=[t.tags,n.tags].flatMap(i=>Array.isArray(i)?i:[]);
return{uniqueId:e,resourceType:r(t.resource_type)??e.split(".")[0]??"",name:r(t.name)??e.split(".").
at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(t.database),catalog:r(n.catalog),materialized:r(
n.materialized),tags:[...new Set(s.filter(i=>typeof i=="string"))],originalFilePath:r(t.original_file_path)}}
function er(e){return new Set(e.map(t=>t.uniqueId).filter(t=>yt.has(t.split(".")[0]??"")))}var tr=["model","seed","snapshot"];function bt(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function Tt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:Bo(r)};case"resource_type":if(!tr.
includes(r))throw new f(`has resource_type:${r}; use ${tr.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}function Bo(e){
let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(`${t}/`)};let n=Fo(
t);return{source:t,test:r=>Ho(n,r)}}function Fo(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n]??
"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:1}else r==="\
*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}function Ho(e,t){
let n=nr(e,new Set([0]));for(let r of t){let s=new Set;for(let i of n){let o=e[Math.floor(i)];o&&jo(
o,i,r,s)}if(s.size===0)return!1;n=nr(e,s)}return n.has(e.length)}function jo(e,t,n,r){let s=n==="/";
switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"segment":
s||r.add(t);return;case"any":r.add(t);return;case"folders":{let i=Math.floor(t)+.5;r.add(i),s&&r.add(
Math.floor(t)+1)}}}function nr(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&r.kind!==
"char"&&r.kind!=="one"&&t.add(n+1)}return t}var _="[\\p{L}\\p{N}_$-]+",Wo=new RegExp(`^(${_})\\.\`(${_})\\.(${_})\`\\.(${_})$`,"u"),Go=new RegExp(
`^(${_})\\.(${_})\\.(${_})\\.(${_})$`,"u"),qo=new RegExp(`^${_}$`,"u"),Vo=new RegExp(`^(${_})\\.(${_}\
)$`,"u"),Ko="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Oe(e){let t=e.trim();
if(Wo.test(t))return{tableName:wt(t),backticksAdded:!1};let n=Go.exec(t);if(n){let[r="",s="",i="",o=""]=n.
slice(1);return{tableName:wt(ir(r,`${s}.${i}`,o)),backticksAdded:!0}}throw new f(Ko,t)}function re(e){
let t=e.trim();if(!qo.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function rr(e){let t=Jo(e.trim());if(!Vo.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function sr(e,t,n){return wt(
ir(e,t,n))}function ir(e,t,n){return`${e}.\`${t}\`.${n}`}function Jo(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function wt(e){try{Ce(e,Y)}catch{throw new f(`must compose a t\
ableName of at most ${Y} characters (it has ${e.length})`,e)}return e}var Yo=new Set(["success","partial success"]);function or(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let i of e){if(s.has(i.uniqueId))continue;s.add(i.uniqueId);let o=zo(i,t.get(i.uniqueId),n);"tab\
leName"in o?r.mapped.push({uniqueId:i.uniqueId,...o}):r.skipped.push({uniqueId:i.uniqueId,...o})}return r}
function zo(e,t,n){let r=Xo(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Zo(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof f?s.rule:String(s)}`}}}function Xo(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return yt.has(r)?Yo.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>bt(s,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(s=>bt(s,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Zo(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,s=e.catalog??r??t.defaultCatalog,i=`${t.datasource}.\`${s}.${n}\`.${e.
alias??e.name}`;return Oe(i).tableName}function N(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function Ie(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),i=r.length*s.length;if(i>n.maxTriggers){
let o=i>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${i} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${o}`)}return r.flatMap(o=>s.map(u=>({tableName:o,partition:u})))}var xt="default_catalog";function lr(e,t,n,r){let s=n.take(()=>y("datasource",()=>(U(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),re(e.datasource)))),i=n.
take(()=>y("dbt-catalog",()=>re(e["dbt-catalog"]||xt))),o=n.take(()=>y("dbt-select",()=>N(e["dbt-sel\
ect"]).map(Tt))),u=n.take(()=>y("dbt-exclude",()=>N(e["dbt-exclude"]).map(Tt))),l=n.take(()=>Qo(e,t,
r));if(!(s===void 0||i===void 0||o===void 0||u===void 0||l===void 0))return or(l.results,l.nodes,{datasource:s,
defaultCatalog:i,select:o,exclude:u})}function Qo(e,t,n){let r=e["dbt-run-results"],s=e["dbt-manifes\
t"]||(0,Me.join)((0,Me.dirname)(r),"manifest.json"),i=y("dbt-run-results",()=>ar(t,r,Xn));if(n){let{
tableNames:c,partitions:p,limits:d}=n;y("max-triggers",()=>Ie(c,p,d))}let o=er(i),u=y("dbt-manifest",
()=>ar(t,s,c=>Zn(c,o))),l=[...o].filter(c=>!u.has(c));if(l.length>0)throw new $("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,s);return{results:i,nodes:u}}function ar(e,t,n){let r;try{r=e(t)}catch(s){throw ur(
s,t)}try{return n(r)}catch(s){throw s instanceof f?new f(s.rule,t):typeof s.code=="string"?ur(s,t):s}}
function ur(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var Rt="/anymetrics/api/v1/scheduler/task/trigger",ea="/anymetrics/api/v1/token/create",ta="/anymetr\
ics/api/v1/accelerate/latestTime",na="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st",ra="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",St=/^[a-z][a-z0-9+.-]*:\/\//i,sa=/[/?#\\]/;function Et(e){let t=St.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(sa);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function cr(e){let t=Et(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),i=r<0?"":n.slice(r+1),o=r<0?s:i,u=[o,ge(o),kt(
ge(s),ge(i))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function kt(e,t){return Buffer.
from(`${e}:${t}`).toString("base64")}function se(e){let t=Et(e.trim()),n=t?`${t.scheme}***@${t.rest}`:
e.trim();return ia(n)}function ia(e){let t=St.exec(e)?.[0]??"",n=e.slice(t.length),r=n.search(/[?#]/);
return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function dr(e){let t=e.trim();if(t==="")throw new f(
"is required");if(De(t)||/\s/.test(t))throw new f("must not contain spaces or control characters",se(
t));if(Et(t)?.ambiguous)throw new f("must percent-encode / ? # in a user name or password (user:p%2F\
ss@host), and @ in a path (%40)",se(t));let n=oa(t),r=n.pathname.replace(/\/+$/,""),s=r.endsWith(Rt)?
r.slice(0,-Rt.length):r,i=`${n.protocol}//${n.host}${s}`,o={url:i+Rt,tokenUrl:i+ea,planStatusUrl:i+ta,
planListUrl:i+na,display:i};return(n.username!==""||n.password!=="")&&(o.basicAuth={username:ge(n.username),
password:ge(n.password)}),o}function oa(e){let t=St.test(e),n=aa(t?e:`http://${e}`,e);if(n.protocol!==
"http:"&&n.protocol!=="https:")throw new f("must use http:// or https://",se(e));if(!t&&n.port==="")
throw new f("must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",se(e));
if(/[?#]/.test(e))throw new f("must not contain a query (?) or fragment (#)",se(e));return n}function aa(e,t){
try{return new URL(e)}catch{throw new f(ra,se(t))}}function ge(e){try{return decodeURIComponent(e)}catch{
return e}}var Ue=864e5,ua=/^(\d{4})-(\d{2})-(\d{2})$/,la=/^today\s*-\s*(\d{1,5})$/i,pr=36600,ca="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",fr="..",mr=36600,hr=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
gr={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function br(e){if(e==="UTC")return null;let t=e.toUpperCase();if(gr[t])return gr[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=da(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":hr.test(e)?null:`is a le\
gacy alias or abbreviation: write ${hr.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function da(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function Tr(e){return ye(Le(e))}function At(e,t){if(e.length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)
for(let s of pa(r.trim(),t))n.add(s);return[...n].sort((r,s)=>r-s).map(ye)}function pa(e,t){let n=e.
indexOf(fr);if(n<0)return[wr(e,t)];if(e.includes("..."))throw new f("has a range with three dots: wr\
ite A..B (two dots)",e);let[r="",s=""]=[e.slice(0,n),e.slice(n+fr.length)].map(u=>u.trim());if(r===""||
s==="")throw new f(`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-0\
1..yesterday)`,e);let i=yr(r,e,t),o=yr(s,e,t);if(o<i)throw new f(`has a reversed range (${ye(i)} is \
after ${ye(o)}): write it oldest first`,e);if(o-i>=mr)throw new f(`has a range longer than ${mr} day\
s`,e);return Array.from({length:o-i+1},(u,l)=>i+l)}function yr(e,t,n){try{return wr(e,n)}catch(r){throw r instanceof
f?new f(r.rule,t):r}}function wr(e,t){let n=e.toLowerCase();if(n==="today")return Le(t);if(n==="yest\
erday")return Le(t)-1;let r=la.exec(e);if(r){let s=Number(r[1]);if(s>pr)throw new f(`must not reach \
back more than ${pr} days`,e);return Le(t)-s}return fa(e)}function fa(e){let t=ua.exec(e);if(!t)throw new f(
ca,e);let[n,r,s]=t.slice(1).map(Number),i=Date.UTC(n,r-1,s)/Ue;if(n<1||ye(i)!==e)throw new f("must b\
e a real calendar date (yyyy-MM-dd)",e);return i}function Le({now:e,timeZone:t}){if(t==="UTC")return Math.
floor(e.getTime()/Ue);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeri\
c",day:"numeric"}).formatToParts(e),r=s=>Number(n.find(i=>i.type===s)?.value);return Date.UTC(r("yea\
r"),r("month")-1,r("day"))/Ue}function ye(e){return new Date(e*Ue).toISOString().slice(0,10)}var xr=3600;function Rr(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>xr)throw new f(`must\
 be a number of seconds above 0, at most ${xr}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function vt(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let i=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${i}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function Be(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Sr(e){if(e.
toLowerCase()==="check")return"check";try{return Dt(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function Dt(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Er(e){let t=br(e);if(t)
throw new f(t,e);return e}var kr="id:",Ar=100;function vr(e){let t=new Map;for(let n of N(e)){let r=ma(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Ar)throw new f(`names ${t.size} plans; at most ${Ar} (split the wait across steps)`);return[
...t.values()]}function ma(e){let t=e.toLowerCase().startsWith(kr),n=t?e.slice(kr.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(De(n))throw new f("has a plan with control\
 characters",e);if(n.length>Y)throw new f(`has a plan longer than ${Y} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var ha=["datasource","catalog-schema","table"];function Nt(e,t,n,r){let s=N(e["table-name"]),i=ha.filter(
o=>e[o]!==""&&!(n&&o==="datasource"));return s.length>0&&i.length>0?Dr(r,"table-name",`cannot be com\
bined with ${i.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(o=>ga(
o,t))):i.length===0&&n?[]:i.length===0?Dr(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):ya(e,n,r)}function Dr(e,t,n){return e.take(()=>{throw new $(
t,n)})}function ga(e,t){let n=y("table-name",()=>Oe(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function ya(e,t,n){let r=(t?
new J:n).take(()=>Ct(e,"datasource",re)),s=n.take(()=>Ct(e,"catalog-schema",rr)),i=n.take(()=>Ct(e,"\
table",o=>N(o).map(re)));if(!(r===void 0||s===void 0||i===void 0))return n.take(()=>y("table",()=>i.
map(o=>sr(r,s,o))))}function Ct(e,t,n){if(N(e[t]).length===0)throw new $(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var Cr=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],ba=10,Ta=32,Pt=2e3,wa=350,
xa=600,Ra={name:"minutes",ms:6e4},Sa={name:"seconds",ms:1e3},Nr={timeZone:{input:"timezone",default:"\
UTC",parse:Er},timeoutMs:{input:"timeout-seconds",default:"30",parse:Rr},retries:{input:"retries",default:"\
3",parse:e=>Be(e,0,ba)},concurrency:{input:"concurrency",default:"4",parse:e=>Be(e,1,Ta)},failFast:{
input:"fail-fast",default:"false",parse:Dt},dryRun:{input:"dry-run",default:"false",parse:Sr},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>Be(e,1,Pt)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>vt(e,Ra,{min:0,max:wa})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>vt(e,Sa,{min:1,max:xa})}},wd={partition:"today","dbt-catalog":xt,...Object.fromEntries(
Object.values(Nr).map(e=>[e.input,e.default]))};function Pr(e){return[e["auth-value"],e["app-secret"],
...cr(e.host)].filter(t=>t!=="")}function $r(e,t){let n=[],r=new J,s=r.take(()=>y("host",()=>dr(e.host))),
i=r.take(()=>y("tenant-id",()=>Aa(e["tenant-id"]))),o=Ln(e,r),u=e["dbt-run-results"]!=="",l=u?lr(e,t.
readArtifact,r,Ea(e,t.now)):void 0,c=Nt(e,n,u,r),p=c&&(!u||l)?[...c,...va(l)]:void 0,d=_r(e,r),{timeZone:m,
maxTriggers:h}=d,g=m===void 0?void 0:r.take(()=>y("partition",()=>At(N(e.partition||"today"),{now:t.
now,timeZone:m}))),T=p&&g&&h!==void 0?r.take(()=>y("max-triggers",()=>Ie(p,g,{maxTriggers:h,largest:Pt}))):
void 0,k=r.take(()=>y("wait-for-plans",()=>vr(e["wait-for-plans"]))),M=r.take(()=>y("ca-certificate",
()=>_n(e["ca-certificate"],t.readTextFile)));r.throwIfAny();let O={...d,endpoint:s,tenantId:i,credentials:o,
plan:T,caCertificates:M,waitForPlans:k},ae=ka(O);return{config:{...ae,today:Tr({now:t.now,timeZone:ae.
timeZone}),dbt:l},notices:n}}function Ea(e,t){let n=new J,r=Nt(e,[],!0,n),{timeZone:s,maxTriggers:i}=_r(
e,n);if(r===void 0||s===void 0||i===void 0)return;let o=n.take(()=>y("partition",()=>At(N(e.partition||
"today"),{now:t,timeZone:s})));return o&&{tableNames:r,partitions:o,limits:{maxTriggers:i,largest:Pt}}}
function _r(e,t){let n=Object.entries(Nr).map(([r,s])=>[r,t.take(()=>y(s.input,()=>s.parse(e[s.input]||
s.default)))]);return Object.fromEntries(n)}function ka(e){for(let[t,n]of Object.entries(e))if(n===void 0)
throw new Error(`input ${t} was neither parsed nor refused`);return e}function Aa(e){return U(e),ee(
e),Ce(e),e}function va(e){return e?e.mapped.map(t=>t.tableName):[]}var Or={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},Da=new Set([408,429,502,503,504]),Ca=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function Ot(e){return"status"in e?Da.has(e.status):Ca.
has(e.errorCode)}function Na(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Ir(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=$a(n,t);return r===void 0?void 0:Math.max(0,r-t)}var Mr=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],$t=`(?<month>${Mr.join("|")})`,_t="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",Pa=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${$t} (?<y\
ear>\\d{4}) ${_t} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${$t}\
-(?<year>\\d{2}) ${_t} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${$t} (?<day>[ \\d]\\d) ${_t}\
 (?<year>\\d{4})$`)];function $a(e,t){let n=Pa.map(h=>h.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:i,hour:o,minute:u,second:l}=n,c=[r,o,u,l].map(Number),p=Date.UTC(_a(i,t),Mr.indexOf(
s),...c),d=new Date(p);return[d.getUTCDate(),d.getUTCHours(),d.getUTCMinutes(),d.getUTCSeconds()].every(
(h,g)=>h===c[g])?p:void 0}function _a(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var Oa=250;function Lr(e,t,n,r){return n!==void 0?
It(n,t):Na(e,t,r)}function It(e,t){return Math.min(Math.max(e,Oa),t.retryAfterCapMs)}var Zr=require("node:net");var Ia=/^[0-9a-fA-F]{2}$/,Ma="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),Ur={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(Ma.map((e,t)=>[e,String.fromCharCode(160+t)]))},La={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},Br=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),Ua=new RegExp("\\p{M}","gu");function be(e,t=!0){let n={chars:"",starts:[],ends:[]},
r=[];for(let s=0;s<e.length;){let i=t?Fa(e,s):Wr(e,s);for(let o of Ba(i.text)){r.push(o);for(let u=0;u<
o.length;u++)n.starts.push(s),n.ends.push(s+i.length)}s+=i.length}return n.chars=r.join(""),n}function Ba(e){
return e.length===1&&e>" "&&e<"\x7F"&&e!=="+"?[e]:e===""||Br.test(e)?[]:[...e.normalize("NFKD").replace(
Ua,"")].filter(n=>!Br.test(n))}function Fa(e,t){let n=e[t]??"";return n==="%"?Ha(e,t):n==="&"?ja(e,t):
n==="\\"?Wa(e,t):Wr(e,t)}function Wr(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(
n),length:n>65535?2:1}}function Ha(e,t){let n=Fr(e,t);if(n===void 0)return{text:"%",length:1};let r=n<
128?1:n>=240?4:n>=224?3:n>=192?2:1,s=[n];for(let o=1;o<r;o++){let u=Fr(e,t+o*3);if(u===void 0)break;
s.push(u)}let i=new TextDecoder().decode(Uint8Array.from(s));return i.includes("\uFFFD")?{text:String.
fromCharCode(n),length:3}:{text:i,length:s.length*3}}function Fr(e,t){if(e[t]!=="%")return;let n=e.slice(
t+1,t+3);return Ia.test(n)?parseInt(n,16):void 0}function ja(e,t){let n=e.indexOf(";",t+1);if(n<0||n-
t>12)return{text:"&",length:1};let r=e.slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
if(s?.[1]){let o=s[1].startsWith("x")||s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],
10);if(o>0&&o<=1114111)return{text:String.fromCodePoint(o),length:n-t+1}}let i=Ur[r]??Ur[r.toLowerCase()];
return i===void 0?{text:"&",length:1}:{text:i,length:n-t+1}}function Wa(e,t){let n=e[t+1]??"",r=Hr(e,
t);if(r!==void 0){let i=r>=55296&&r<=56319?Hr(e,t+6):void 0;return i!==void 0&&i>=56320&&i<=57343?{text:String.
fromCharCode(r,i),length:12}:{text:String.fromCharCode(r),length:6}}let s=La[n];return s===void 0?{text:"\
\\",length:1}:{text:s,length:2}}function Hr(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+
2,t+6);return/^[0-9a-fA-F]{4}$/.test(n)?parseInt(n,16):void 0}function Gr(e,t){if(t.length===0||e===
"")return[];let n=[];if(Ga.test(e)){for(let r of t)qa(e,r,n);return jr(n)}for(let r of[be(e),be(e,!1)])
Va(r,t,e.length,n);return jr(n)}var Ga=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;function qa(e,t,n){
for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function Va(e,t,n,r){for(let s of t)
for(let i=e.chars.indexOf(s);i>=0;){let o=i+s.length-1;r.push([e.starts[i]??0,e.ends[o]??n]),i=e.chars.
indexOf(s,i+1)}}function jr(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.at(-1);s&&
n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}var Ka="***",Ja=1e3,Ya=256*1024,za=12,Xa=200,Za=120,Yr=/[\s\u0085]+/g,Qa=new RegExp("[\\u0000-\\u001f\\\
u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),qr="\uFFFD",eu=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
tu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,nu=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,s)=>{n+=String(r)+(e[s+1]??"")}),n}function z(e,t){return e.join(
t)}function S(e){return Fe(Mt(e))}var He=class{forms=[];canonicalForms=[];longestForm=0;constructor(t=[]){
t.forEach(n=>this.addSecret(n))}addSecret(t){let n=au(t).filter(s=>!this.forms.includes(s));this.forms=
[...this.forms,...n].sort((s,i)=>i.length-s.length);let r=n.flatMap(s=>[be(s).chars,be(s,!1).chars]).
filter(s=>s!=="");return this.canonicalForms=[...new Set([...this.canonicalForms,...r])],this.longestForm=
this.forms[0]?.length??0,n}redact(t){let n=Gr(t,this.canonicalForms);if(n.length===0)return t;let r="",
s=0;for(let[i,o]of n)r+=t.slice(s,i)+Ka,s=o;return r+t.slice(s)}text(t,n=Ja){if(t.length<=n&&eu.test(
t)&&!t.includes("  "))return Vr(Fe(this.redact(t)));let r=t.replace(Yr," ");return this.finish(Mt(this.
redactPart(r,n*2+64)),n)}excerpt(t,n=Xa){return this.finish(Mt(iu(this.redactPart(t,Ya))),n)}redactPart(t,n){
let r=this.longestForm*za;if(t.length<=n+r)return this.redact(t);let s=this.redact(t.slice(0,n+r));return r>
0?s.slice(0,-r):s}quote(t,n=Za){let r=Fe(su(JSON.stringify(this.redact(t))));return r.length>n?`${zr(
r,n)}\u2026"`:r}finish(t,n){return Vr(I(Fe(this.redact(t)),n))}};function Vr(e){return Buffer.from(e,
"utf16le").toString("utf16le")}var ru=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function su(e){return e.replace(ru,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function Mt(e){
return e.replace(tu,qr).replace(Yr," ").replace(Qa,qr).trim()}function Fe(e){let t=e.replace(nu,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function zr(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var Kr=/<\/(script|style|head)\s*>/gi;
function iu(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,ou(e,r)){Kr.lastIndex=n;let i=Kr.exec(e);n=i?i.
index+i[0].length:e.length}}return t}function ou(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==
104?!1:/^<(script|style|head)\b/i.test(e.slice(t,t+8))}function au(e){if(e==="")return[];let t=[e,encodeURIComponent(
e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),Jr(e,"&#39;"),Jr(e,"&#x27\
;"),...uu(e)];return[...new Set(t)].filter(n=>n!=="")}function Jr(e,t){let n={"&":"&amp;","<":"&lt;",
">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function uu(e){let t=Buffer.from(
e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let s of[0,1,2]){let i=Buffer.concat(
[Buffer.alloc(s),t]).toString("base64"),o=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(i.slice(
o,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}function I(e,t){
return e.length>t?`${zr(e,t)}\u2026`:e}function Xr(e,t){return e.toFixed(t)}var R=class extends Error{constructor(n,r){super(n);this.description=n;this.code=r;this.name="Transp\
ortError"}description;code},Qr=new R("cancelled","CANCELLED"),es=new R("cancelled","CANCELLED_SENT"),
lu="tunneling socket could not be established";function ts(e,t,n){return{url:e,host:n.text(e.host,300),
proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function Lt(e){if(e instanceof R)return e;let t=e?.
code,n=e instanceof Error?e.message:String(e);return new R(n,typeof t=="string"?t:"UNKNOWN")}async function ns(e,t){
let n=Lt(e);if(n.description.startsWith(lu)){let r=n.description.split("cause=")[1]??n.code;return new R(
r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.test(n.description)?new R(n.description,
"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&!t.proxy&&(t.speaksTls??=cu(t.url),await t.
speaksTls)?new R(n.description,"ETLSPORT"):n}function cu(e){return new Promise(t=>{let n=process.getBuiltinModule(
"node:tls").connect({host:e.hostname,port:Number(e.port||80),...(0,Zr.isIP)(e.hostname)?{}:{servername:e.
hostname},rejectUnauthorized:!1,timeout:2e3}),r=s=>{n.destroy(),t(s)};n.once("secureConnect",()=>r(!0)),
n.once("error",()=>r(!1)),n.once("timeout",()=>r(!1))})}function du(e,t,n,r){let s=e.code==="HPE_HEA\
DER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}
var pu=new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET\
_ISSUER_CERT","SELF_SIGNED_CERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),fu={ECONNREFUSED:a`connection refused`,
ECONNRESET:a`connection reset`,ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,
ETIMEDOUT:a`connection timed out`};function rs(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,
i=n?.proxy?a` via proxy ${n.proxy}`:a``;if(e.code.startsWith("HPE_"))return du(e,s,i,r);switch(e.code){case"\
ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;case"\
EUPGRADE":case"ECLOSED":return a`${s}${i}: ${t.text(e.description)}`;case"CANCELLED":return a`cancelled before the request reached ${s}`;case"\
CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${i} sent no answer within ${t.text(e.description.replace(/^no answer within /,
""))}`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.proxy??a`in http_proxy/https_proxy`}: ${t.
text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(pu.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let o=fu[e.code];return o?a`${o} by ${s}${i} (${r})`:a`${s}${i}: ${t.text(e.description)}`}var mu=32,hu=128,gu=8,Ut=4096;function is(e,t){if(bu(e.status))return Eu(e,t);let n=Au(e.body);if(!n)
return ku(e,t);let r=wu(n,t),s=xu(e.status,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,
data:r.data,reason:s,warning:s===null&&os(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function A(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function yu(e){
return e>=200&&e<300}function bu(e){return e>=300&&e<400&&e!==304}function Tu(e){return Ft(e)?String(
e).trim():null}function wu(e,t){let n=(r,s)=>{let i=os(r);return i===null||i.trim()===""?null:t.text(
i,s)};return{code:Ft(e.code)?n(e.code,mu):null,traceId:Ft(e.traceId)?n(e.traceId,hu):null,data:n(e.data),
errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}function xu(e,t,n,r){let s=Ru(n.errorMsg,
n.detailErrorMsg);if(!yu(e))return s!==null?a`HTTP ${e}: ${s}`:a`HTTP ${e}${Bt(n.code)}`;if(s!==null)
return s;let i=Su(t,r);return i.value!==!0?i.name===null?a`the response has neither "succeed" nor "success"${Bt(
n.code)}`:a`the platform answered ${i.name}: ${i.shown}${Bt(n.code)}`:Tu(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function Ru(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function Su(e,t){return"succeed"in e?{name:a`succeed`,...ss(e.
succeed,t)}:"success"in e?{name:a`success`,...ss(e.success,t)}:{name:null,value:void 0,shown:a``}}function ss(e,t){
return{value:e,shown:t.text(je(e),60)}}function Bt(e){return e===null?a``:a` (code ${e})`}function Eu(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return A(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function ku(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return A(a`HTTP ${e.status} with ${r}`)}function Au(e){try{
let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:null}catch{return null}}
function Ft(e){return typeof e=="string"||typeof e=="number"}function os(e){return e==null?null:typeof e==
"string"?e:je(e)}function je(e){let t=[],n=0,r=o=>(t.push(o),n+=o.length,n<Ut),s=(o,u)=>{if(o===null||
typeof o!="object")return r(JSON.stringify(o)??"null");if(u>=gu)return r("\u2026");let l=Array.isArray(
o)?o.map(c=>[null,c]):Object.entries(o);if(!r(Array.isArray(o)?"[":"{"))return!1;for(let[c,[p,d]]of l.
entries())if(c>0&&!r(",")||p!==null&&!r(`${JSON.stringify(p)}:`)||!s(d,u+1))return!1;return r(Array.
isArray(o)?"]":"}")};s(e,0);let i=t.join("");return n<Ut?i:`${i.slice(0,Ut)}\u2026`}function X(e,t,n=Date.now()){let r=Ot({status:e.status}),s=r?Ir(e.retryAfter,n):void 0;return{verdict:is(
e,t),answered:!0,local:!1,invalidHttp:!1,rateLimited:e.status===429,retryable:r,pushbackMs:s??(e.status===
429?0:void 0),cancelled:!1,sentBeforeCancel:!1}}function as(e,t,n){let r=Lt(e);return{verdict:A(rs(r,
t,n)),answered:!1,local:r.code==="ELOCAL",invalidHttp:r.code.startsWith("HPE_"),rateLimited:!1,retryable:Ot(
{errorCode:r.code}),pushbackMs:void 0,cancelled:r.code==="CANCELLED"||r.code==="CANCELLED_SENT",sentBeforeCancel:r.
code==="CANCELLED_SENT"}}function Te(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...A(
t),code:n,traceId:r}}}var ls=H(require("node:http"),1);function us(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function cs(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):ls.default,
s=ln(e),i=s?.hostname?await vu(n,s,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&Du(i,t.caCertificates),{agent:i,transport:r,proxy:s?.hostname?s:
void 0}}async function vu(e,t,n){let r=await Promise.resolve().then(()=>H(hn(),1)),s=t.protocol==="h\
ttps:",i=e?s?r.httpsOverHttps:r.httpsOverHttp:s?r.httpOverHttps:r.httpOverHttp,o=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(s?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...o,host:t.hostname,port:u}};return i(l)}function Du(e,t){let n=e;n.options={...n.options,ca:us(
t)}}var ds=1024*1024;function ps(e){let{transport:t,url:n,agent:r,headers:s,payload:i,timeoutMs:o,signal:u}=e;
return new Promise((l,c)=>{let p=!1,d=!1,m=D=>{p||(p=!0,clearTimeout(M),D())},h=()=>new R(`no answer\
 within ${o/1e3} s`,"TIMEOUT"),g=!1,T=()=>g?es:Qr,k=D=>m(()=>c(d?h():u?.aborted?T():D)),M=setTimeout(
()=>{d=!0,O?.destroy(h()),k(h())},o),O;try{O=t.request(n,{method:"POST",agent:r,headers:{...s,"conte\
nt-length":Buffer.byteLength(i)},...u?{signal:u}:{}})}catch(D){return k(Cu(D))}let ae=!1;O.on("respo\
nse",D=>{ae=!0,Pu(D).then(Qe=>m(()=>l({status:D.statusCode??0,body:Qe,...Nu(D)})),k)}),O.on("upgrade",
(D,Qe)=>{Qe.destroy(),k(new R(`answered ${D.statusCode??101} ${D.statusMessage??""} (a protocol swit\
ch), not an HTTP answer`,"EUPGRADE"))}),O.on("finish",()=>g=!0),O.on("error",k),O.on("close",()=>{ae||
k(new R("the connection closed without an answer","ECLOSED"))}),O.end(Buffer.from(i,"utf8"))})}function Cu(e){
let t=e instanceof Error?e.message:String(e);return new R(t,"ELOCAL")}function Nu(e){let{"retry-afte\
r":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n=="string"?{location:n}:
{}}}function Pu(e){return new Promise((t,n)=>{let r=[],s=0;e.on("data",i=>{s<ds&&r.push(i),s+=i.length}),
e.on("end",()=>t(Buffer.concat(r).subarray(0,ds).toString("utf8"))),e.on("error",n),e.on("close",()=>{
e.complete||n(new R("the connection closed in the middle of the answer","ECLOSED"))})})}function ms(e,t){let n=X(e,t);if(!n.verdict.succeeded)return n;let r=$u(e.body);return r?{...n,status:{
hasNotReady:_u(r.hasNotReady),latestDateTime:fs(r.latestDateTime),latestRefreshTime:fs(r.latestRefreshTime)}}:
Te(n,a`the status answer has no data object`)}function $u(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function _u(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function fs(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function hs(e,t,n){let r=Ou(e.body);r!==void 0&&n(r);let s=X(e,t);return s.verdict.succeeded?r===void 0?
Te(s,a`the token answer has no token (a non-empty string) in data`):dt(r)?{...s,token:r}:Te(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
s}function Ou(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function gs(e){let t=new URL(e.endpointUrl),n=new URL(e.tokenUrl),r=new URL(e.planStatusUrl),s=new URL(
e.planListUrl),{agent:i,transport:o,proxy:u}=await cs(t,{maxSockets:e.maxSockets??16,caCertificates:e.
caCertificates??[]}),l=ts(t,u,e.boundary),c=async m=>as(await ns(m,l),e.boundary,l),p=(m,h,g,T)=>ps(
{transport:o,url:m,agent:i,headers:h,payload:g,timeoutMs:e.timeoutMs,signal:T}),d=Mu(e);return{trigger:(m,h,g)=>{
let T=Iu(m,e.tenantId);return e.onTriggerBody?.(T),p(t,{...d,...Ht(e.tenantId,h)},T,g).then(k=>X(k,e.
boundary),c)},createToken:(m,h,g)=>p(n,d,JSON.stringify({appId:m.appId,appSecret:m.appSecret}),g).then(
T=>hs(T,e.boundary,h),c),planStatus:(m,h,g)=>p(r,{...d,...Ht(e.tenantId,h)},JSON.stringify(m.by==="i\
d"?{planIdList:[m.value]}:{planNameList:[m.value]}),g).then(T=>ms(T,e.boundary),c),planList:(m,h)=>p(
s,{...d,...Ht(e.tenantId,m)},JSON.stringify({pager:{pageNumber:1,pageSize:1}}),h).then(g=>X(g,e.boundary),
c),close:()=>i.destroy?.()}}function Iu(e,t){let n={tableName:e.tableName,tenantId:t,tablePartition:e.
partition};return JSON.stringify(n)}function Mu(e){let t={"content-type":"application/json",accept:"\
application/json","user-agent":e.userAgent};if(e.basicAuth){let{username:n,password:r}=e.basicAuth;t.
authorization=`Basic ${kt(n,r)}`}return t}function Ht(e,t){return{"tenant-id":e,"auth-type":t.authType,
"auth-value":t.authValue}}var Lu=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
Uu=/^\d{9,16}$/;function jt(e){if(typeof e=="number")return ys(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(Uu.test(t))return ys(Number(t));let n=Lu.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,i,o="0",u="0",l="0",c="",p]=n,d=[r,s,i,o,u,l].map(Number),m=Date.UTC(d[0],
d[1]-1,d[2],d[3],d[4],d[5]);return Bu(m,d)?{ms:m+ +`0.${c||"0"}`*1e3-Fu(p)}:{problem:"not a real dat\
e and time"}}function ys(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function Bu(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,i)=>s===t[i])}function Fu(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function bs(e,t){return t===null?!1:e===null||t>e}function Ts(e,t){if(e===
null||t===void 0)return!1;let n=jt(t);return"ms"in n&&e<n.ms}async function ws(e,t,n){let r=e.values(),s=async()=>{for(let o of r)await n(o)},i=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:i},s))}async function q(e,t,n,r){let s=n.requests(t),i,o=!1,u=(l,c={})=>({last:i,attempts:l,answered:o,invalidHttp:i?.
invalidHttp??!1,cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.cancelled)return u(c?.sentBeforeCancel?l:l-1,{cancelled:!!c?.cancelled,sentBeforeCancel:!!c?.
sentBeforeCancel,outOfTime:n.outOfTime()});o||=c.answered||c.local,i=c;let p=s.spend(c);if(!c.retryable||
!p||n.stopped())return u(l);let d=Lr(l,t,c.pushbackMs,n.random);if(!n.fits(d))return u(l,{outOfTime:!0});
let m=c.verdict.reason??a`transient failure`,h=s.maxAttempts;if(r({attempt:l,maxAttempts:h,reason:m,
waitMs:d,counted:!c.rateLimited}),await n.sleep(d),n.stopped())return u(l)}}var We=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=xs(this.run,r,n,t);let{count:o,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1;if(!l&&o>=3&&c)return this.runStop={scope:"run",answer:n,refused:o},
this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;let s=xs(this.tables.get(t),r,
n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let i={scope:"table",table:t,answer:n,refused:s.
count};return this.stopped.set(t,i),i}tableStop(t){return this.stopped.get(t)}get stopOfRun(){return this.
runStop}get tableStops(){return[...this.stopped.values()]}};function xs(e,t,n,r){return e?e.key!==t?
{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,tables:new Set([r]),
broken:!1}}var Hu=10,Wt=12e4,we=3,Rs=1e3,ie=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new We(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:t=>ju(t)}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=AbortSignal.any([this.control.stopSignal,this.waitOver.signal]);this.clock.
sleep(t,n).then(()=>{n.aborted||this.deadline.abort()})}endWait(){this.waitOver.abort()}get remainingMs(){
return this.deadlineMs===void 0?1/0:this.deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=
0}attemptEnded(t){if(!t.answered)return;let n=this.clock.nowMs();if(!t.rateLimited){this.paceRefusedSinceMs=
void 0;return}this.paceRefusedSinceMs??=n,n-this.paceRefusedSinceMs>=Wt&&this.control.stop("throttle\
d")}settled(t,n){if(!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(n),n.status===
"succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,reason:n.errorMsg};
this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.stop("refused")}n.status==="failed"&&
this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){return this.refusals.tableStop(
t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.invalidInARow=0;return}this.
unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:0,!(this.unansweredInARow<we)&&
this.control.stop(this.invalidInARow>=we?"invalid-http":"unreachable")}};function ju(e){let t=Wu(e.retries)-
1-e.retries,n=e.retries+1,r=0,s=0;return{spend(i){return r++,i.rateLimited&&s<t&&(s++,n++),r<n},get maxAttempts(){
return n}}}function Wu(e){return 1+e+(e>0?Hu:0)}async function Ge(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let i=t.boundary.text(
s.label,200),o=await As(s,i,r);if(o.kind!=="read")return{failed:{label:i,verdict:o.verdict,attempts:o.
attempts}};n.push({plan:s,label:i,baseline:o.reading,last:o.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var Gu=6e4;async function ks(e,t,n,r){let{clock:s,budget:i}=n,o=s.nowMs();
i.startWait(t.timeoutMs);let u;try{u=await qu(e,t,n,r)}finally{i.endWait()}let l=s.nowMs()-o;for(let c of e.
filter(p=>p.state==="waiting"))c.waitedMs=l,n.control.stopped?Gt(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function qu(e,t,n,r){let{clock:s,control:i,budget:o}=n,u=s.nowMs(),
l=u,c=null,p=()=>e.filter(d=>d.state==="waiting");for(let d=0;;d++){let m=Math.min(t.intervalMs,o.remainingMs-
Rs);if(m<=0&&d>0||i.stopped||(await s.sleep(Math.max(0,m),i.stopSignal),i.stopped||o.outOfTime)||(await ws(
p(),t.concurrency,async h=>{if(c||i.stopped||o.outOfTime)return;let g=await Vu(h,n,u,r);c??=g}),c||p().
length===0))return c;s.nowMs()-l>=Gu&&(l=s.nowMs(),r.onProgress(p().length,e.length,l-u,t.timeoutMs))}}
async function Vu(e,t,n,r){let s=await As(e.plan,e.label,t);return s.kind==="stopped"||s.kind==="out\
-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.kind!=="read"?(e.state=
"failed",e.reason=s.verdict.reason,e.last={...e.last,traceId:s.verdict.traceId??e.last.traceId},s.kind===
"refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=s.reading,bs(e.baseline.
refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function Gt(e,t){e.state="not-w\
aited",e.reason=t}async function As(e,t,n){let r=!1;for(;;){let s,i=await q(async()=>{let u=await n.
read(e,n.budget.requestSignal);return s=u.status,u},n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=i.last;
if(s&&o?.verdict.succeeded)return Ku(s,o.verdict.traceId,n.boundary);if(i.outOfTime&&!n.control.stopped)
return{kind:"out-of-time",verdict:o?.verdict??A(a`cut off at the wait's deadline`),attempts:i.attempts};
if(i.cancelled||!o||n.control.stopped)return{kind:"stopped",verdict:o?.verdict??A(a`cancelled before the platform answered`),
attempts:i.attempts};if(o.retryable||!o.answered)return{kind:"transient",verdict:o.verdict,attempts:i.
attempts};if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:o.
verdict,attempts:i.attempts}}}function Ku(e,t,n){let r=Es(e.latestRefreshTime),s=Es(e.latestDateTime),
i=o=>o===null?null:n.text(Ss(o),64);if(r!==null&&"problem"in r){let o=n.quote(Ss(e.latestRefreshTime),
80),u=a`latestRefreshTime ${o} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...A(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:i(e.latestDateTime),latestRefreshTime:i(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function Ss(e){return typeof e=="stri\
ng"?e:je(e)}function Es(e){return e==null?null:jt(e)}var qe=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
return this.rate!==void 0||this.tolerated>0}async turn(){let t=this.clock.nowMs(),n=this.rate===void 0?
t:Math.max(t,this.nextSendMs);return this.rate!==void 0&&(this.nextSendMs=n+1e3/this.rate),this.sends.
push(n),this.sends.length>16&&this.sends.shift(),this.limiting=n>t,n>t&&!this.clock.stopped?.()&&await this.
clock.sleep(n-t),this.clock.nowMs()}accepted(t){let n=this.clock.nowMs();for(this.recent.push(n);(this.
recent[0]??n)<n-2e3;)this.recent.shift();this.engaged&&(this.grow(),this.record(t,!1))}pushedBack(t,n){
let r=this.clock.nowMs();if(this.rate===void 0){if(this.record(t,!0),this.tolerated>0&&this.share()<=
this.tolerated+.25)return!1;let i=this.recent.filter(l=>l>=r-2e3),o=Math.max(250,r-(i[0]??r)),u=i.length>
0?i.length*1e3/o:1e3/n;return this.rate=Math.max(.5,u,this.resumeRate),this.resumeRate>0&&this.answers.
splice(0,this.answers.length-1),this.lastCutMs=r,this.nextSendMs=r+(i.length>0?1e3/this.rate:n),!0}if(this.
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
.3)this.undo=void 0,this.cut(n,(1-n)/(1-this.tolerated));else{let i=this.undo??{rate:this.rate??.5,steady:this.
steady};this.undo=void 0,this.tolerated=Math.min(n,t.shareBefore),this.steady=i.steady,this.proven?this.
rate=Math.max(this.rate??.5,i.rate):(this.rate=void 0,this.resumeRate=i.rate)}}};var vs=2,Ve=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new qe(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=vs;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=vs),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let s=Math.
floor(t.level/2),i=this.acceptedInGeneration;this.stable=0,this.change(i>0?Math.min(i,s):s)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var Ju=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function Ds(e,t,n){let r=n.nowMs(),s=await q(()=>n.send(e),t,n,i=>n.onRetry({...qt(e,n.boundary),
...i}));return s.sentBeforeCancel?{...xe(e,n.boundary,Ju),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?xe(e,n.boundary,n.notRunReason()):Yu(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp})}function qt(e,t){return{
tableName:t.text(e.tableName),partition:t.text(e.partition)}}function Yu(e,t,n,r){return{...qt(e,t),
status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,errorMsg:n.reason,
warning:n.warning,...r}}function xe(e,t,n){return{...qt(e,t),status:"not-run",code:null,traceId:null,
data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1}}async function Cs(e,t,n){let{control:r,budget:s}=n,i=new Ve(t.concurrency,s.stage),o=Zu(i,n,t.retryPolicy),
u=new Array(e.length),l=zu(e).values(),c=0,p=async()=>{for(let g of l){if(r.stopped)return;let T=e[g],
k=s.tableStop(T);if(k){u[g]=xe(T,n.boundary,Xu(k));continue}try{let M=await Ds(T,t.retryPolicy,o);u[g]=
M,n.onFinished(M,++c,e.length),s.settled(T,M)}catch(M){throw r.stop("crashed"),M}}},d=Math.min(t.concurrency,
e.length),h=(await Promise.allSettled(Array.from({length:d},p))).find(g=>g.status==="rejected");if(h)
throw h.reason;return e.map((g,T)=>u[T]??xe(g,n.boundary,r.notRunReason))}function zu(e){let t=new Map;
return e.map((r,s)=>{let i=t.get(r.tableName)??0;return t.set(r.tableName,i+1),{index:s,rank:i}}).sort(
(r,s)=>r.rank-s.rank).map(({index:r})=>r)}function Xu(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function Zu(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async i=>{let o=await e.acquire();try{if(r.stopped)return;let u=await t.send(i,s.requestSignal);
return u.pushbackMs===void 0?e.accepted(o):e.pushedBack(o,It(u.pushbackMs,n)),s.attemptEnded(u),u}finally{
e.release()}},onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function Ns(e,t,n,r,s,i){let o,u=await q(async()=>{let l=await e.createToken(t,s.onToken,i);return o=
l.token,l},n,r,s.onRetry);return o!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:o}}:
{failed:u.last?.verdict??A(a`cancelled before the platform answered`),attempts:u.attempts}}async function Ps(e,t){let{client:n,control:r,hooks:s}=t,i=new ie(t.clock,r,e),o=await Vt(e,{...t,budget:i});
if(!o)return;let u=Kt(e,{...t,budget:i},o),l=[];if(e.waitForPlans.length>0){let p=await Ge(e.waitForPlans,
u);if("failed"in p){await s.baselineFailed(p.failed.label,p.failed.verdict);return}l=p.watches,s.baselines(
l)}s.runStarted();let c=await Cs(e.plan,{concurrency:e.concurrency,retryPolicy:e.policy},{send:(p,d)=>n.
trigger(p,o.current,d),boundary:t.boundary,control:r,budget:i,onRetry:p=>s.retry(p),onFinished:(p,d,m)=>s.
finished(p,d,m)});return l.length>0&&await Qu(c,l,e,u,s),{results:c,cause:r.cause,refusals:i.refusals,
watches:l}}async function Qu(e,t,n,r,s){let i=e.filter(o=>o.status!=="succeeded").length;if(i>0||r.control.
stopped){let o=r.control.stopped?a`the run stopped before the wait`:a`${i} trigger${i===1?a``:a`s`} not accepted, so a refresh may never come`;
t.forEach(u=>Gt(u,o));return}s.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await ks(t,{timeoutMs:n.
waitTimeoutMs,intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:o=>s.planFresh(o),onProgress:s.
waitProgress})}async function Vt(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};let r=()=>Ns(
t.client,n,e.policy,t.budget.stage,{onToken:t.hooks.onToken,onRetry:t.hooks.tokenRetry},t.budget.requestSignal),
s=await r();if("failed"in s){await t.hooks.tokenRefused(el(s.failed,t.control),s.attempts);return}let i={
current:s.credential};return i.renew=async()=>{i.renew=void 0;let o=await r();return"failed"in o?!1:
(i.current=o.credential,!0)},i}function el(e,t){if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.
reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}function Kt(e,t,n){
return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.renew?n.renew():!1,
policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,onRetry:(r,s)=>t.
hooks.planRetry(r,s)}}async function $s(e,t){let n=new ie(t.clock,t.control),r=await Vt(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let i=await Ge(e.waitForPlans,Kt(e,{...t,budget:n},r));return"\
failed"in i?{passed:!1,step:a`reading plan ${i.failed.label}`,verdict:i.failed.verdict}:{passed:!0,watches:i.
watches}}let s=await q(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,i=>t.hooks.
listRetry(a`list`,i));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??A(a`cancelled before an answer`)}}function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var tl={"&":"&amp;","<":"&lt;",">":"&gt;"},nl=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(nl,t=>`\\${t}`).replace(/[&<>]/g,t=>tl[t]??t)}var rl=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function x(e){return e===1?a``:a`s`}function Z(e){return e<1e3?a`${e} ms`:a`${Xr(e/1e3,1)} s`}
function V(e,t){let n="";for(let r of rl)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}function E(e,t){
let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function B(e,t){return e===null?null:I(e,t)}function P(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var sl=new Set(["invalid-table-name"]);function _s(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.text(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.kind,
reason:t.text(n.reason)}))}}function Os(e){return{group:a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.
skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),...e.skipped.map(
({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>sl.has(t)).map(({
node:t,reason:n})=>a`${t}: ${n}`)}}function Is(e,t){let n=o=>w(I(o,t.idLimit)),r=E(e.mapped,t.rowCap),
s=E(e.skipped,t.rowCap),i=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length} dbt nod\
e${x(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:o,reason:u})=>`- ${n(o)}: ${b(I(u,
Math.max(t.textLimit,80)))}`),...P(s.more),"","</details>"];return["### From dbt","","| dbt node | t\
able |","| --- | --- |",...r.rows.map(({node:o,table:u})=>`| ${n(o)} | ${w(u)} |`),...P(r.more),...i,
""].join(`
`)}function Jt(e){return e.filter(t=>t.status==="failed")}function oe(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:Jt(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}var v="AnyMetrics refresh failed",Ke="AnyMetrics refresh input is invalid";function Yt(e,t=1/0){let n=I(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${il(e)}${Ms(e)}`}function il(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${Z(e.durationMs)})`:a``}function Ms(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function Ls(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"";t.set(r,[...t.get(r)??[],n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{line:Yt(
r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${Ms(r)})`,count:n.length}})}function ol(e){let t={succeeded:a`✅ succeeded`,
"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.
errorMsg??a``}`}[e.status],n=a`${e.attempts} attempt${x(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.
traceId??a`none`}, ${n}, ${Z(e.durationMs)})`}function Us(e,t,n){return a`[${t}/${n}] ${ol(e)}`}function Bs(e){
return a`${e.tableName} ${e.partition}: ${zt(e)}`}function zt(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${Z(
e.waitMs)}`}function Fs(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function Je(e){
let{succeeded:t,failed:n,notRun:r,unknown:s}=oe(e),i=[a`${t.length} succeeded`,a`${n.length} failed`];
return s.length>0&&i.push(a`${s.length} unknown`),r.length>0&&i.push(a`${r.length} not run`),a`${z(i,
", ")}, ${e.length} in all`}function Hs(e){return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`}
function js(e,t,n){return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function Ws(e){let t=a`${e.length} trigger${x(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var al=400;
function Gs(e,t){let n=t.text(e.rule,al),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${S(e.input)}" ${n}${r}`}function qs(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function Vs(e,t){return a`plan ${e} status: ${zt(t)}`}
function Ks(e){return a`token request: ${zt(e)}`}function Js(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function Xt(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function Ys(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${z(n,", ")}`:a`the materialization plan list was read`]}
function zs(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Xs(e,t){return a`today in ${e} is ${t}`}function Zs(e){return a`Request body: ${e}`}var Qs=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
ei=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var K={fresh:"",plans:"[]","data-through":""};function ti(e){return a`After the triggers it would wait for ${e.
length} materialization plan${x(e.length)}: ${z(e,", ")}`}function ni(e,t){if(e.length===0)return"";
let{rows:n,more:r}=E(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...P(r),""].join(`
`)}function ri(e,t,n){return a`Waiting up to ${Re(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${Z(
n)})`}function Zt(e){return a`plan ${e.label}: latest refresh ended ${di(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function si(e){return a`plan ${e.label} is fresh: a refresh ended ${di(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${x(
e.polls)}, ${Re(e.waitedMs)})`}function ii(e,t,n,r){return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.
floor(n/6e4)} min of ${Re(r)}`}function oi(e){let t=a`${ul(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${Re(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${pl(e)}`;default:return null}}function ul(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function ai(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function ui(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function li(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(ll)),"data-through":cl(e)}}function ll(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function cl(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var dl={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function ci(e,t){if(e.length===0)return"";let{rows:n,more:r}=E(e,t.rowCap),
s=e.filter(i=>i.state!=="fresh"&&i.reason).slice(0,Math.min(t.rowCap,20)).map(i=>`- ${w(i.label)}: ${b(
i.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(i=>`| ${w(i.label)} | ${dl[i.state]} | ${b(
i.last.latestRefreshTime??"")} | ${b(i.last.latestDateTime??"")} | ${Re(i.waitedMs)} |`),...P(r),...s.
length>0?["",...s]:[],""].join(`
`)}function di(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function pl(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function Re(e){if(e<6e4)return Z(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var pi=1e6;function fi(e,t=K,n=[]){let{succeeded:r,failed:s}=oe(e),i=e.length>0&&r.length===e.length;
return{success:String(i&&t.fresh!=="false"),"trace-id":e.map(o=>o.traceId??"").join(","),"error-mess\
age":V(pi,o=>[...n.map(u=>I(u,1e3)),fl(s,o)].filter(u=>u!=="").join(`
`)),results:ml(e),"succeeded-count":String(r.length),"failed-count":String(s.length),...t}}function F(e=[],t=K){
return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function fl(e,t){let{rows:n,more:r}=E(
e,t.rowCap),s=n.map(i=>Yt(i,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function ml(e){return V(pi,t=>JSON.stringify(e.map(n=>hl(n,t))))}function hl(e,t){let{partition:n,
status:r,code:s,attempts:i,durationMs:o}=e;return{tableName:B(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:B(s,t.idLimit),traceId:B(e.traceId,t.idLimit),data:B(e.data,t.textLimit),errorMsg:B(
e.errorMsg,t.textLimit),attempts:i,durationMs:o}}var mi=require("node:fs");function hi(e){let t=[],n=()=>{if(t.length===0)return;let s=t.join(`
`);t=[],e.info(s)},r=s=>(...i)=>(n(),s(...i));return{info:s=>{t.push(s)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function Qt(e){if(!e)return;let t;try{t=(0,mi.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}function yi(e){let{results:t,cause:n,host:r}=e,s=t.filter(o=>o.status==="not-run").length,i=s===0?a`every trigger had been sent`:
a`${s} trigger${x(s)} not run`;switch(n){case"cancelled":{let o=t.filter(l=>l.status==="unknown").length,
u=o>0?a`, ${o} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${i}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${we} triggers in a row got no answer after their retries${gi(
t)}; ${i}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${we} triggers in a row got such an answer after their retries${gi(
t)}; ${i}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?gl(e.refusal,i):null;case"throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${Wt/
6e4} min and accepted none: ${i}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function gi(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function bi(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function gl(e,t){return a`The platform refused the run's first ${e.
refused} triggers with the same answer and accepted none: ${bi(e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function Ti(e,t,n){let r=n.filter(s=>s.status==="not-run"&&s.tableName===t).length;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${bi(e)}. Its other ${r} trigger${x(r)} were not sent; other tables went on. Check that the table exists on the platform as named`}
function wi(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:s})=>r===e.tableName&&n(s))}var yl={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},bl="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function xi(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function Ri(e){let t=Ei(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+Tl<e.length}var Tl=6;function Si(e,t){let n=[...Ei(e)],{rows:r,
more:s}=E(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",bl,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([i,o])=>{let u=[...o].sort((c,p)=>c.
partition.localeCompare(p.partition)),l=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${w(i)} | ${l} | ${u.map(c=>yl[c.status]).join("")} |`}),...P(s),""]}function Ei(e){let t=new Map;
for(let n of e)t.set(n.tableName,[...t.get(n.tableName)??[],n]);return t}var wl=/^\d{4}-\d{2}-\d{2}$/;function ki(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let s=n.
at(-1);s&&xl(s[1])===r?s[1]=r:n.push([r,r])}return n.map(([r,s])=>r===s?r:`${r}..${s}`).join(", ")}function xl(e){
if(!wl.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var ze=1e6,Rl=10,Ai=()=>"";function vi(e,t,n=Ai,r=!1,s=[]){let{succeeded:i,failed:o,notRun:u,unknown:l}=oe(
e),c=o.length+u.length+l.length===0&&!r?"\u2705 AnyMetrics refresh succeeded":`\u274C ${v}`;return V(
ze,p=>[`## ${c}`,"",...s.flatMap(d=>[`**\u26D4 ${b(d)}**`,""]),`**${Je(e)}**`,"",xi(e),"",...Ye(`\u274C F\
ailed (${o.length})`,o,p,[["Table",d=>w(d.tableName)],["Partition",d=>b(d.partition)],["Reason",d=>b(
B(d.errorMsg,p.textLimit)??"")],["Trace ID",d=>d.traceId?w(d.traceId):""],["Attempts",d=>String(d.attempts)]]),
...Ye(`\u2753 Unknown: sent, then cut off (${l.length})`,l,p,[["Table",d=>w(d.tableName)],["Partitio\
n",d=>b(d.partition)],["What to do",d=>b(d.errorMsg??"")]]),...Sl(u,p),...Ri(e)?Si(e,p):El(i.length>
Rl,`\u2705 Succeeded (${i.length})`,Ye(`\u2705 Succeeded (${i.length})`,i,p,[["Table",d=>w(d.tableName)],
["Partition",d=>b(d.partition)],["Trace ID",d=>d.traceId?w(d.traceId):""],["Attempts",d=>String(d.attempts)],
["Note",d=>b(B(d.warning,p.textLimit)??"")]])),n(p),Ni(t),""].join(`
`))}function Ye(e,t,n,r){if(t.length===0)return[];let{rows:s,more:i}=E(t,n.rowCap),o=r.filter(([u,l])=>u!==
"Note"||s.some(c=>l(c)!==""));return[`### ${e}`,"",`| ${o.map(([u])=>u).join(" | ")} |`,`| ${o.map(()=>"\
---").join(" | ")} |`,...s.map(u=>`| ${o.map(([,l])=>l(u)).join(" | ")} |`),...P(i),""]}function Sl(e,t){
let n=new Map;for(let r of e){let s=`${r.tableName}\0${r.errorMsg??""}`,i=n.get(s)??{first:r,partitions:[]};
i.partitions.push(r.partition),n.set(s,i)}return Ye(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],
t,[["Table",r=>w(r.first.tableName)],["Partitions",r=>b(ki(r.partitions))],["Count",r=>String(r.partitions.
length)],["Reason",r=>b(r.first.errorMsg??"")]])}function El(e,t,n){return!e||n.length===0?n:[`<deta\
ils><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function en(e,t,n=Ai,r=["## \u{1F4DD} AnyMet\
rics refresh dry run: nothing was sent"]){return V(ze,s=>{let{rows:i,more:o}=E(e,s.rowCap);return[...r,
"",`**${e.length} trigger${x(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...i.map(
u=>`| ${w(u.tableName)} | ${b(u.partition)} |`),...P(o),"",n(s),Ni(t),""].join(`
`)})}function Se(e){return`## \u274C ${v}

${b(e)}
`}function Di(e){return V(ze,t=>{let{rows:n,more:r}=E(e,t.rowCap);return[`## \u274C ${Ke}: nothing w\
as sent`,"",...n.map(s=>`- ${b(s)}`),...P(r),""].join(`
`)})}function Ci(e){return V(ze,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function Ni(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var kl=4,Pi=10,Xe=class{constructor(t,n,r){this.boundary=n;this.context=r;this.sink=hi(t)}boundary;context;groupOpen=!1;outputsWritten=!1;warnedShortSecret=!1;freshnessIfFailed=K;summaryWritten=!1;sink;summaryExtra=()=>"";expectWait(){
this.freshnessIfFailed={...K,fresh:"false"}}mask(t){this.boundary.addSecret(t).forEach(n=>this.sink.
setSecret(n)),t.length<kl&&!this.warnedShortSecret&&(this.warnedShortSecret=!0,this.sink.warning(Qs))}async inputRefused(t){
let n=t.map(r=>Gs(r,this.boundary));this.setOutputs(F(n)),this.annotate(n.map(r=>({line:r,count:1,title:Ke}))),
await this.writeSummary(Di(n))}notices(t){t.forEach(n=>this.sink.notice(S(this.boundary.text(n))))}today(t,n){
this.info(Xs(this.boundary.text(t),this.boundary.text(n)))}dbtMapping(t){let n=_s(t,this.boundary),{
group:r,lines:s,warnings:i}=Os(n);this.startGroup(r),s.forEach(o=>this.info(o)),this.endGroup(),i.forEach(
o=>this.sink.warning(S(o))),this.summaryExtra=o=>Is(n,o)}async nothingToRefresh(){this.sink.notice(ei),
this.setOutputs(F()),await this.writeSummary(Ci(this.summaryExtra))}async dryRun(t,n=[]){let r=t.map(
c=>({tableName:this.boundary.text(c.tableName),partition:this.boundary.text(c.partition)})),s=n.map(
c=>this.boundary.text(c,200)),{group:i,lines:o,notice:u}=Ws(r);this.startGroup(i),o.forEach(c=>this.
info(c)),this.endGroup(),s.length>0&&this.info(ti(s)),this.sink.notice(S(u)),this.setOutputs(F());let l=c=>[
ni(s,c),this.summaryExtra(c)].join(`
`);await this.writeSummary(en(r,this.context,l))}async checkPassed(t,n){this.endGroup(),n.watches.forEach(
o=>this.info(Zt(o)));let r=Ys(this.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(o=>o.label));
r.forEach(o=>this.info(o)),this.sink.notice(S(a`Connection check passed: ${z(r,"; ")}; nothing was triggered`)),
this.setOutputs(F());let s=t.map(o=>({tableName:this.boundary.text(o.tableName),partition:this.boundary.
text(o.partition)})),i=["## \u2705 AnyMetrics connection check passed: nothing was triggered","",...r.
map(o=>`- ${b(o)}`)];await this.writeSummary(en(s,this.context,this.summaryExtra,i))}async checkFailed(t,n){
this.endGroup();let r=zs(t,n.reason,n.traceId);this.setOutputs(F([r])),await this.writeSummary(Se(r)),
this.fail(r,v)}tokenRetry(t){this.info(Ks(t))}async tokenRefused(t,n){let r=qs(t,n);this.setOutputs(
F([r],this.freshnessIfFailed)),await this.writeSummary(Se(r)),this.fail(r,v)}runStarted(t,n,r){this.
startGroup(js(t,this.boundary.text(n),r))}requestBody(t){this.sink.debug(S(Zs(this.boundary.text(t))))}retry(t){
this.info(Bs(t))}finished(t,n,r){this.info(Us(t,n,r))}async runEnded(t,n={}){this.endGroup(),this.info(
Je(t));let{freshness:r}=n,s=r?.watches??[],i=s.map(oi).filter(m=>m!==null),o=fi(t,r?li(s):K,i);this.
setOutputs(o);let u=this.stopsOf(t,n),l=m=>[ci(s,m),this.summaryExtra(m)].join(`
`),c=o.fresh==="false";await this.writeSummary(vi(t,this.context,l,c,u.lines));for(let m of t){let h=Fs(
m);h&&this.sink.warning(S(h))}this.planWarnings(r);let p=u.lines.map(m=>({line:m,count:1,title:v}));
for(let m of i)p.push({line:m,count:1,title:v});let d=Jt(t).filter(m=>!wi(m,u.facts));for(let m of Ls(
d))p.push({...m,title:v});this.annotate(p)}stopsOf(t,n){let r=t.filter(u=>u.status==="not-run"),s=(n.
refusals?.tableStops??[]).map(u=>({stop:u,table:this.boundary.text(u.table??"")})).filter(({table:u})=>r.
some(l=>l.tableName===u)),i={results:t,cause:n.cause,host:this.boundary.text(n.host??""),refusal:r.length>
0?n.refusals?.stopOfRun:void 0,tableStops:s},o=[yi(i),...s.map(({stop:u,table:l})=>Ti(u,l,t))].filter(
u=>u!==null);return{facts:i,lines:o}}baselines(t){t.forEach(n=>this.info(Zt(n)))}async baselineFailed(t,n){
this.endGroup();let r=ui(t,n.reason,n.traceId);this.setOutputs(F([r],{...K,fresh:"false"})),await this.
writeSummary(Se(r)),this.fail(r,v)}waitStarted(t,n,r){this.startGroup(ri(t,n,r))}planFresh(t){this.info(
si(t))}waitProgress(t,n,r,s){this.info(ii(t,n,r,s))}planRetry(t,n){this.info(Vs(t,n))}planWarnings(t){
for(let n of t?.watches??[]){let r=Ts(n.last.dataMs,t?.newestPartition),s=ai(n,r);s&&this.sink.warning(
S(s))}}annotate(t){let n=t.length>Pi?t.slice(0,Pi-1):t;n.forEach(i=>this.fail(i.line,i.title));let r=t.
slice(n.length);if(r.length===0)return;let s=r.reduce((i,o)=>i+o.count,0);this.fail(Hs(s),r[0]?.title??
v)}async crashed(t){this.endGroup();let n=t instanceof Error?t.message:String(t),r=Js(this.boundary.
text(n));this.setOutputs(F([r],this.freshnessIfFailed)),await this.writeSummary(Se(r)),this.fail(r,v)}setOutputs(t){
if(!this.outputsWritten){this.outputsWritten=!0;try{for(let[n,r]of Object.entries(t))this.sink.setOutput(
n,r)}catch(n){this.fail(Xt("outputs",this.boundary.text($i(n))),v)}}}async writeSummary(t){if(!this.
summaryWritten){this.summaryWritten=!0;try{await this.sink.writeSummary(t)}catch(n){this.sink.warning(
S(Xt("summary",this.boundary.text($i(n)))))}}}info(t){this.sink.info(S(t))}fail(t,n){this.sink.error(
S(t),{title:n}),this.sink.fail()}startGroup(t){this.endGroup(),this.sink.startGroup(S(t)),this.groupOpen=
!0}endGroup(){this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}};function $i(e){let t=e?.code;
return typeof t=="string"?t:e instanceof Error?e.message:String(e)}function _i(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var Oi=["SIGINT","SIGTERM"];function Ii(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return Oi.forEach(r=>process.on(r,
n)),()=>Oi.forEach(r=>process.off(r,n))}var Mi=require("node:events");var Al={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},Ze=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,Mi.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Al[this.firstCause??"cancelled"]}};function Li(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var vl="anymetrics-refresh",Bi={sleep:Li,random:Math.random,nowMs:Date.now};async function Fi(){let e=Cl(),
t=new He,n=new Xe(Ol(),t,_i(process.env,t)),r=Dl(n);try{Pr(e).forEach(i=>n.mask(i));let s=await Nl(e,
n);if(!s)return;if(n.today(s.timeZone,s.today),s.dbt&&n.dbtMapping(s.dbt),s.dryRun==="check")return await Ui(
s,t,n,$l);if(s.plan.length===0)return await n.nothingToRefresh();if(s.dryRun==="plan")return await n.
dryRun(s.plan,s.waitForPlans.map(i=>i.label));s.waitForPlans.length>0&&n.expectWait(),await Ui(s,t,n,
Pl)}catch(s){await n.crashed(s)}finally{r()}}function Dl(e){let t=()=>{process.off("beforeExit",t),e.
crashed(new Error("the run ended while a request was still unaccounted for"))};return process.on("be\
foreExit",t),()=>process.off("beforeExit",t)}function Cl(){let e=Cr.map(t=>[t,wn(t)]);return Object.
fromEntries(e)}async function Nl(e,t){try{let{config:n,notices:r}=$r(e,{now:new Date,readTextFile:s=>In(
s,Pn),readArtifact:s=>Mn(s)});return t.notices(r),n}catch(n){if(!(n instanceof le))throw n;await t.inputRefused(
n.errors);return}}async function Ui(e,t,n,r){let s=await _l(e,t,n),i=new Ze,o=Ii(i);try{await r({config:e,
client:s,control:i,boundary:t,reporter:n})}finally{o(),s.close()}}async function Pl({config:e,client:t,
control:n,boundary:r,reporter:s}){let i=await Ps({...e,policy:Hi(e)},{client:t,clock:Bi,control:n,boundary:r,
hooks:ji(e,s)});if(!i)return;let o=i.watches.length>0;await s.runEnded(i.results,{cause:i.cause,refusals:i.
refusals,host:e.endpoint.display,freshness:o?{watches:i.watches,newestPartition:e.plan.map(u=>u.partition).
sort().at(-1)}:void 0})}async function $l({config:e,client:t,control:n,boundary:r,reporter:s}){let i=ji(
e,s),o=await $s({...e,policy:Hi(e)},{client:t,clock:Bi,control:n,boundary:r,hooks:{...i,listRetry:i.
planRetry}});o.passed?await s.checkPassed(e.plan,{host:e.endpoint.display,tokenExchanged:e.credentials.
kind==="api-key",watches:o.watches}):"reported"in o||await s.checkFailed(o.step,o.verdict)}function Hi(e){
return{retries:e.retries,...Or}}function ji(e,t){return{onToken:n=>t.mask(n),tokenRetry:n=>t.tokenRetry(
n),tokenRefused:(n,r)=>t.tokenRefused(n,r),planRetry:(n,r)=>t.planRetry(n,r),baselines:n=>t.baselines(
n),baselineFailed:(n,r)=>t.baselineFailed(n,r),runStarted:()=>t.runStarted(e.plan.length,e.endpoint.
display,e.concurrency),retry:n=>t.retry(n),finished:(n,r,s)=>t.finished(n,r,s),waitStarted:(n,r,s)=>t.
waitStarted(n,r,s),planFresh:n=>t.planFresh(n),waitProgress:(...n)=>t.waitProgress(...n)}}function _l(e,t,n){
return gs({endpointUrl:e.endpoint.url,tokenUrl:e.endpoint.tokenUrl,planStatusUrl:e.endpoint.planStatusUrl,
planListUrl:e.endpoint.planListUrl,tenantId:e.tenantId,basicAuth:e.endpoint.basicAuth,timeoutMs:e.timeoutMs,
userAgent:vl,maxSockets:e.concurrency,caCertificates:e.caCertificates,boundary:t,onTriggerBody:Rn()?
r=>n.requestBody(r):void 0})}function Ol(){return{setSecret:Tn,debug:Sn,info:vn,notice:e=>An(e),warning:e=>kn(
e),error:(e,t)=>En(e,t),startGroup:Dn,endGroup:Cn,setOutput:(e,t)=>{Qt(process.env.GITHUB_OUTPUT),xn(
e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(Qt(process.env.GITHUB_STEP_SUMMARY),await ot.
addRaw(e).write())},fail:()=>{process.exitCode=1}}}var Il=1e3;Fi().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),Il).unref()});
