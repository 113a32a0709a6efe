"use strict";var Is=Object.create;var Qt=Object.defineProperty;var Os=Object.getOwnPropertyDescriptor;var _s=Object.getOwnPropertyNames;var Ms=Object.getPrototypeOf,Ls=Object.prototype.hasOwnProperty;var en=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var Us=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let i of _s(t))!Ls.call(e,i)&&
i!==n&&Qt(e,i,{get:()=>t[i],enumerable:!(r=Os(t,i))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?Is(Ms(e)):{},Us(t||!e||!e.__esModule?Qt(n,"default",{value:e,enumerable:!0}):
n,e));var pn=en(ee=>{"use strict";var xc=require("net"),Ws=require("tls"),tt=require("http"),un=require("https"),
Gs=require("events"),Rc=require("assert"),Vs=require("util");ee.httpOverHttp=qs;ee.httpsOverHttp=Ks;
ee.httpOverHttps=Js;ee.httpsOverHttps=Ys;function qs(e){var t=new L(e);return t.request=tt.request,t}
function Ks(e){var t=new L(e);return t.request=tt.request,t.createSocket=cn,t.defaultPort=443,t}function Js(e){
var t=new L(e);return t.request=un.request,t}function Ys(e){var t=new L(e);return t.request=un.request,
t.createSocket=cn,t.defaultPort=443,t}function L(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||tt.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,i,s,o){for(var u=ln(i,s,o),p=0,c=t.requests.length;p<c;++p){var l=t.requests[p];
if(l.host===u.host&&l.port===u.port){t.requests.splice(p,1),l.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}Vs.inherits(L,Gs.EventEmitter);L.prototype.addRequest=function(t,n,r,i){var s=this,
o=nt({request:t},s.options,ln(n,r,i));if(s.sockets.length>=this.maxSockets){s.requests.push(o);return}
s.createSocket(o,function(u){u.on("free",p),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function p(){
s.emit("free",u,o)}function c(l){s.removeSocket(u),u.removeListener("free",p),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};L.prototype.createSocket=function(t,n){var r=this,i={};r.
sockets.push(i);var s=nt({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(s.localAddress=t.localAddress),s.proxyAuth&&(s.headers=s.
headers||{},s.headers["Proxy-Authorization"]="Basic "+new Buffer(s.proxyAuth).toString("base64")),G(
"making CONNECT request");var o=r.request(s);o.useChunkedEncodingByDefault=!1,o.once("response",u),o.
once("upgrade",p),o.once("connect",c),o.once("error",l),o.end();function u(m){m.upgrade=!0}function p(m,d,h){
process.nextTick(function(){c(m,d,h)})}function c(m,d,h){if(o.removeAllListeners(),d.removeAllListeners(),
m.statusCode!==200){G("tunneling socket could not be established, statusCode=%d",m.statusCode),d.destroy();
var g=new Error("tunneling socket could not be established, statusCode="+m.statusCode);g.code="ECONN\
RESET",t.request.emit("error",g),r.removeSocket(i);return}if(h.length>0){G("got illegal response bod\
y from proxy"),d.destroy();var g=new Error("got illegal response body from proxy");g.code="ECONNRESE\
T",t.request.emit("error",g),r.removeSocket(i);return}return G("tunneling connection has established"),
r.sockets[r.sockets.indexOf(i)]=d,n(d)}function l(m){o.removeAllListeners(),G(`tunneling socket coul\
d not be established, cause=%s
`,m.message,m.stack);var d=new Error("tunneling socket could not be established, cause="+m.message);
d.code="ECONNRESET",t.request.emit("error",d),r.removeSocket(i)}};L.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(i){r.request.onSocket(i)})}};function cn(e,t){var n=this;L.prototype.createSocket.
call(n,e,function(r){var i=e.request.getHeader("host"),s=nt({},n.options,{socket:r,servername:i?i.replace(
/:.*$/,""):e.host}),o=Ws.connect(0,s);n.sockets[n.sockets.indexOf(r)]=o,t(o)})}function ln(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function nt(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var i=Object.keys(r),s=0,o=i.length;s<o;++s){var u=i[s];r[u]!==void 0&&(e[u]=
r[u])}}return e}var G;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?G=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:G=function(){};ee.debug=G});var fn=en((Ec,dn)=>{dn.exports=pn()});var nn=H(require("os"),1);function j(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Re(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function W(e,t,n){let r=new Qe(e,t,n);process.stdout.write(r.toString()+nn.EOL)}function et(e,t=""){
W(e,{},t)}var tn="::",Qe=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=tn+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let i=this.properties[r];
i&&(n?n=!1:t+=",",t+=`${r}=${Fs(i)}`)}}return t+=`${tn}${Bs(this.message)}`,t}};function Bs(e){return j(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Fs(e){return j(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var rn=H(require("crypto"),1),Ee=H(require("fs"),1),Se=H(require("os"),1);function sn(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Ee.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Ee.appendFileSync(n,`${j(t)}${Se.EOL}`,{encoding:"utf8"})}function on(e,t){let n=`ghadelimiter_${rn.randomUUID()}`,
r=j(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Se.EOL}${r}${Se.EOL}${n}`}var at=H(require("os"));function an(e){let t=e.protocol==="https:";if(Hs(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new ke(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new ke(`http://${n}`)}else return}function Hs(e){
if(!e.hostname)return!1;let t=e.hostname;if(js(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let i=[e.hostname.toUpperCase()];typeof r=="number"&&i.push(`${i[0]}:${r}`);for(let s of n.split(
",").map(o=>o.trim().toUpperCase()).filter(o=>o))if(s==="*"||i.some(o=>o===s||o.endsWith(`.${s}`)||s.
startsWith(".")&&o.endsWith(`${s}`)))return!0;return!1}function js(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var ke=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var hn=require("os"),ue=require("fs"),rt=function(e,t,n,r){function i(s){return s instanceof n?s:new n(
function(o){o(s)})}return new(n||(n=Promise))(function(s,o){function u(l){try{c(r.next(l))}catch(m){
o(m)}}function p(l){try{c(r.throw(l))}catch(m){o(m)}}function c(l){l.done?s(l.value):i(l.value).then(
u,p)}c((r=r.apply(e,t||[])).next())})},{access:Xs,appendFile:zs,writeFile:Zs}=ue.promises,mn="GITHUB\
_STEP_SUMMARY";var it=class{constructor(){this._buffer=""}filePath(){return rt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[mn];if(!t)throw new Error(`Unable to find environm\
ent variable for $${mn}. Check if your runtime environment supports job summaries.`);try{yield Xs(t,
ue.constants.R_OK|ue.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let i=Object.entries(r).map(([s,o])=>` ${s}="${o}"`).join("");return n?`<${t}${i}>${n}</${t}>`:`<${t}${i}\
>`}write(t){return rt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
Zs:zs)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return rt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(hn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
lang:n}),i=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(i).addEOL()}addList(t,n=!1){let r=n?
"ol":"ul",i=t.map(o=>this.wrap("li",o)).join(""),s=this.wrap(r,i);return this.addRaw(s).addEOL()}addTable(t){
let n=t.map(i=>{let s=i.map(o=>{if(typeof o=="string")return this.wrap("td",o);let{header:u,data:p,colspan:c,
rowspan:l}=o,m=u?"th":"td",d=Object.assign(Object.assign({},c&&{colspan:c}),l&&{rowspan:l});return this.
wrap(m,p,d)}).join("");return this.wrap("tr",s)}).join(""),r=this.wrap("table",n);return this.addRaw(
r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).
addEOL()}addImage(t,n,r){let{width:i,height:s}=r||{},o=Object.assign(Object.assign({},i&&{width:i}),
s&&{height:s}),u=this.wrap("img",null,Object.assign({src:t,alt:n},o));return this.addRaw(u).addEOL()}addHeading(t,n){
let r=`h${n}`,i=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",s=this.wrap(i,t);return this.addRaw(
s).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.
wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),i=this.
wrap("blockquote",t,r);return this.addRaw(i).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.
addRaw(r).addEOL()}},Qs=new it;var st=Qs;var ot=H(require("os"),1);var Dc=ot.default.platform(),Cc=ot.default.arch();var gn;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(gn||(gn={}));function yn(e){W("add-mask",{},e)}function bn(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function Tn(e,t){if(process.env.GITHUB_OUTPUT||"")return sn("OUTPUT",on(e,t));process.stdout.write(at.EOL),
W("set-output",{name:e},j(t))}function wn(){return process.env.RUNNER_DEBUG==="1"}function xn(e){W("debug",{},e)}function Rn(e,t={}){
W("error",Re(t),e instanceof Error?e.toString():e)}function Sn(e,t={}){W("warning",Re(t),e instanceof
Error?e.toString():e)}function En(e,t={}){W("notice",Re(t),e instanceof Error?e.toString():e)}function kn(e){
process.stdout.write(e+at.EOL)}function An(e){et("group",e)}function vn(){et("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},P=class extends Error{constructor(n,r,i){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=i;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new P(e,n.rule,n.offendingValue):n}}var ce=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},J=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof P))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new ce(
this.errors)}};var ut="-----BEGIN CERTIFICATE-----",Dn="-----END CERTIFICATE-----",Cn=1024*1024,$n="must be PEM tex\
t or the path of a PEM file with at least one certificate";function Nn(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:ro(n,t),i=no(r);if(i.length===0)throw new f($n,Pn(n));return i.
forEach(io),i}function no(e){let t=[];for(let n=e.indexOf(ut);n>=0;n=e.indexOf(ut,n+1)){let r=e.indexOf(
Dn,n+ut.length);if(r<0)break;t.push(e.slice(n,r+Dn.length)),n=r}return t}function ro(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${$n}; the file cannot be read (${r})`,e)}}function io(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",Pn(e))}}function Pn(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var D=require("node:fs"),ct=1024*1024,le=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function In(e,t){if(!(0,D.statSync)(e).isFile())throw new le("not a regular\
 file");let n=(0,D.openSync)(e,"r");try{let r=[],i=0;for(;;){let s=Buffer.allocUnsafe(ct),o=(0,D.readSync)(
n,s,0,ct,null);if(o===0)break;if(i+=o,i>t)throw new le(`larger than ${t} bytes`);r.push(s.subarray(0,
o))}return Buffer.concat(r,i).toString("utf8")}finally{(0,D.closeSync)(n)}}function On(e,t=ct){return{
*[Symbol.iterator](){if(!(0,D.statSync)(e).isFile())throw new le("not a regular file");let n=(0,D.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let i=(0,D.readSync)(n,r,0,t,null);if(i===0)return;
yield r.subarray(0,i)}}finally{(0,D.closeSync)(n)}}}}var Y=128,so=/[\u0000-\u001f\u007f-\u009f]/,oo=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function Ae(e){return so.
test(e)}function lt(e){return oo.test(e)}function te(e,t={}){if(!lt(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function ve(e,t=Y){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function U(e,t="is required"){if(e==="")throw new f(
t)}var pt=["UID","TOKEN","ACCOUNT","APIKEY"];function _n(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new P("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?ao(e,t):uo(e,t)}function ao(e,t){let n=t.take(()=>y("app-id",()=>(U(e["a\
pp-id"],"is required with app-secret (the API key ID)"),te(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(U(e["app-secret"],"is required with app-id (the API key secret)"),te(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function uo(e,t){
let n=t.take(()=>y("auth-type",()=>lo(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>co(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function co(e){return U(e),te(e,
{secret:!0}),e}function lo(e){U(e,`is required (one of ${pt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=pt.find(r=>r===t);if(!n)throw new f(`must be one of ${pt.join(
", ")}`,e);return n}var Oe=require("node:path");var Mn=1e5,po=9,fo=10,mo=13,Ln=32,pe=34,ho=43,Un=44,De=45,go=46,me=48,$e=57,Bn=58,dt=91,Fn=92,Hn=93,
Ce=123,de=125,yo=101,bo=69,jn=117,ne=-1,mt=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,
116])mt[e]=1;var Wn={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from(
"false")},110:{kind:"null",bytes:Buffer.from("null")}},Gn=Buffer.alloc(0),ft=new Uint32Array(0),To=new Uint8Array(
new Uint32Array([1]).buffer)[0]===1,wo=[-2139062144,-2139062272,-2139095040,-2147483648];function Kn(e,t){
let n=new ht(e);try{return t(n)}finally{n.close()}}var ht=class{chunks;buf=Gn;pos=0;words=ft;base=0;ended=!1;line=1;lineStart=0;collecting=null;entered=[];constructor(t){
let n=typeof t=="string"?[Buffer.from(t,"utf8")]:t;this.chunks=n[Symbol.iterator]()}close(){this.ended=
!0,this.chunks.return?.()}kind(){let t=this.skipWhitespace();if(t===Ce)return"object";if(t===dt)return"\
array";if(t===pe)return"string";if(t===De||t>=me&&t<=$e)return"number";let n=Wn[t];return n?n.kind:this.
expected(t,"a value")}enterObject(){this.expect(Ce,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.
nextMember(de,"'}'"))return;let r=this.skipWhitespace();r!==pe&&this.expected(r,"a key (a string)"),
this.collect(t,n),this.pos++,this.skipStringBody();let i=this.collected(),s=i.includes(Fn)?JSON.parse(
i.toString("utf8")):i.toString("utf8",1,i.length-1);return this.expect(Bn,"':'"),s}enterArray(){this.
expect(dt,"'['"),this.entered.push(!0)}nextItem(){return this.nextMember(Hn,"']'")?!1:(this.kind(),!0)}skipValue(){
let t=[];for(;;){let n=this.skipWhitespace();if(n===Ce||n===dt){t.length>=Mn&&this.fail(`nested more\
 than ${Mn} levels deep`),this.pos++;let r=n===Ce?de:Hn;if(this.skipWhitespace()===r)this.pos++;else{
t.push(r),r===de&&this.skipKey();continue}}else this.skipScalar(n);for(;;){let r=t.at(-1);if(r===void 0)
return;if(n=this.skipWhitespace(),n===Un){this.pos++,r===de&&this.skipKey();break}n!==r&&this.expected(
n,r===de?"',' or '}'":"',' or ']'"),this.pos++,t.pop()}}}readValue(t,n){this.skipWhitespace();let r={
offset:this.offset(),line:this.line,lineStart:this.lineStart};this.collect(t,n),this.skipValue();let i=this.
collected();try{return JSON.parse(i.toString("utf8"))}catch{return this.line=r.line,this.lineStart=r.
lineStart,this.fail("a value JSON.parse refuses",r.offset)}}finish(){this.skipWhitespace()!==ne&&this.
fail("more text after the JSON value")}offset(){return this.base+this.pos}fail(t,n=this.offset()){throw new f(
`is not valid JSON at byte ${n} (line ${this.line}, column ${n-this.lineStart+1}): ${t}`)}advanceChunk(){
if(this.ended)return!1;let t=this.collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=
n.length,t.size>t.maxBytes)throw t.tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=
this.buf.length,this.buf=Gn,this.words=ft,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.
ended=!0,!1;let r=n.value;if(r.length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.
byteOffset,r.byteLength),this.words=To&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>
2):ft,!0}}peek(){return this.pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:ne}skipWhitespace(){
for(;;){let t=this.buf,n=t.length,r=this.pos;for(;r<n;){let i=t[r];if(i===Ln||i===po||i===mo)r++;else if(i===
fo)r++,this.line++,this.lineStart=this.base+r;else return this.pos=r,i}if(this.pos=r,!this.advanceChunk())
return ne}}expect(t,n){let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}expected(t,n){
return this.fail(t===ne?`the text ends where ${n} was expected`:`expected ${n}`)}nextMember(t,n){let r=this.
entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any object or array");
let i=this.skipWhitespace();return i===t?(this.pos++,this.entered.pop(),!0):(r||(i!==Un&&this.expected(
i,`',' or ${n}`),this.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.skipWhitespace();
t!==pe&&this.expected(t,"a key (a string)"),this.pos++,this.skipStringBody(),this.expect(Bn,"':'")}skipScalar(t){
if(t===pe)this.pos++,this.skipStringBody();else if(t===De||t>=me&&t<=$e)this.skipNumber();else{let n=Wn[t];
n||this.expected(t,"a value");let{bytes:r}=n;if(this.pos+r.length<=this.buf.length){let i=0;for(;i<r.
length&&this.buf[this.pos+i]===r[i];)i++;if(i===r.length){this.pos+=i;return}}for(let i of r)this.peek()!==
i&&this.fail(`expected ${n.kind}`),this.pos++}}skipStringBody(){for(;;){let t=this.buf,n=this.words,
r=n.length*4,i=t.length,s=this.pos;for(;s<i;){if(s<r){let u=s>>2,p=qn(n[u])&wo[s&3];for(;p===0&&++u<
n.length;)p=qn(n[u]);if(p===0){s=r;continue}s=u*4+xo(p)}let o=t[s];if(o===pe){this.pos=s+1;return}if(o===
Fn){let u=s+1<i?t[s+1]:ne;if(mt[u]===1){s+=2;continue}if(u===jn&&s+5<i&&Ro(t,s+2)){s+=6;continue}break}
o<Ln&&(this.pos=s,this.fail("a control character in a string (it must be escaped)")),s++}this.pos=s,
s<i?this.skipEscape():this.advanceChunk()||this.fail("the text ends inside a string")}}skipEscape(){
this.pos++;let t=this.peek();if(t===ne&&this.fail("the text ends inside a string"),mt[t]===1){this.pos++;
return}t!==jn&&this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),
this.pos++;for(let n=0;n<4;n++)fe(this.peek())||this.fail("a \\u escape without four hexadecimal digi\
ts"),this.pos++}skipNumber(){let t=this.peek();t===De&&(this.pos++,t=this.peek()),t===me?this.pos++:
this.digits(),t=this.peek(),t===go&&(this.pos++,this.digits(),t=this.peek()),(t===yo||t===bo)&&(this.
pos++,t=this.peek(),(t===ho||t===De)&&this.pos++,this.digits())}digits(){Vn(this.peek())||this.fail(
"a number without its digits");do this.pos++;while(Vn(this.peek()))}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};function Vn(e){return e>=me&&e<=$e}function qn(e){let t=e^572662306,n=e^1549556828;return(t-16843009&
~t|n-16843009&~n|e-538976288&~e)&-2139062144}function xo(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==
0?2:3}function Ro(e,t){return fe(e[t])&&fe(e[t+1])&&fe(e[t+2])&&fe(e[t+3])}function fe(e){return e>=
me&&e<=$e||e>=65&&e<=70||e>=97&&e<=102}var So=["v12","v20"],Eo=["v6"],gt=new Set(["model","seed","snapshot"]),he=16*1024*1024,Jn=he/(1024*1024);
function Xn(e){let t;if(Zn(e,"run-results",Eo,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=ko(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function ko(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let s=re(e);s!==void 0;s=re(e))s==="unique_id"||s==="status"?n[s]=e.readValue(he,()=>Ne(`a resul\
t's ${s}`)):e.skipValue();let{unique_id:r,status:i}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
i)})}return t}function zn(e,t){let n;if(Zn(e,"manifest",So,(r,i)=>{if(r!=="nodes")return!1;let s=i.kind();
return s==="object"?n=Ao(i,t):(i.skipValue(),n=s==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function Ao(e,t){let n=new Map;e.enterObject();for(let r=re(e);r!==void 0;r=
re(e)){let i=t.has(r)?e.kind():void 0;if(i==="object"||i==="array"){let s=e.readValue(he,()=>Ne(`nod\
e ${r}`));n.set(r,vo(r,s))}else e.skipValue(),i!==void 0&&n.delete(r)}return n}function Zn(e,t,n,r){
Kn(e,i=>{if(i.kind()!=="object")throw i.skipValue(),i.finish(),new f("is not a JSON object");let s=!1;
i.enterObject();for(let o=re(i);o!==void 0;o=re(i))if(o==="metadata"){let u=i.readValue(he,()=>Ne("i\
ts metadata"));Yn(u,t,n),s=!0}else r(o,i)||i.skipValue();i.finish(),s||Yn(void 0,t,n)})}function Yn(e,t,n){
let r=e?.dbt_schema_version,i=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];if(!i||!n.includes(
i))throw new f(`is ${t} ${i??`of unknown version (${String(r).slice(0,80)})`}; this action reads ${t}\
 ${n.join(" and ")}`)}function re(e){return e.nextKey(he,()=>Ne("a key"))}function Ne(e){return new f(
`has ${e} of more than ${Jn} MiB; this action reads values of up to ${Jn} MiB`)}function vo(e,t){let n=t.
config??{},r=s=>typeof s=="string"&&s!==""?s:null,i=[t.tags,n.tags].flatMap(s=>Array.isArray(s)?s:[]);
return{uniqueId:e,resourceType:r(t.resource_type)??e.split(".")[0]??"",name:r(t.name)??e.split(".").
at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(t.database),catalog:r(n.catalog),materialized:r(
n.materialized),tags:[...new Set(i.filter(s=>typeof s=="string"))],originalFilePath:r(t.original_file_path)}}
function Qn(e){return new Set(e.map(t=>t.uniqueId).filter(t=>gt.has(t.split(".")[0]??"")))}var er=["model","seed","snapshot"];function yt(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function bt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:Do(r)};case"resource_type":if(!er.
includes(r))throw new f(`has resource_type:${r}; use ${er.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}function Do(e){
let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(`${t}/`)};let n=Co(
t);return{source:t,test:r=>$o(n,r)}}function Co(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n]??
"";if(r==="*"&&e[n+1]==="*"){let i=e[n+2]==="/";t.push({kind:i?"folders":"any"}),n+=i?2:1}else r==="\
*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}function $o(e,t){
let n=tr(e,new Set([0]));for(let r of t){let i=new Set;for(let s of n){let o=e[Math.floor(s)];o&&No(
o,s,r,i)}if(i.size===0)return!1;n=tr(e,i)}return n.has(e.length)}function No(e,t,n,r){let i=n==="/";
switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":i||r.add(t+1);return;case"segment":
i||r.add(t);return;case"any":r.add(t);return;case"folders":{let s=Math.floor(t)+.5;r.add(s),i&&r.add(
Math.floor(t)+1)}}}function tr(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&r.kind!==
"char"&&r.kind!=="one"&&t.add(n+1)}return t}var I="[\\p{L}\\p{N}_$-]+",Po=new RegExp(`^(${I})\\.\`(${I})\\.(${I})\`\\.(${I})$`,"u"),Io=new RegExp(
`^(${I})\\.(${I})\\.(${I})\\.(${I})$`,"u"),Oo=new RegExp(`^${I}$`,"u"),_o=new RegExp(`^(${I})\\.(${I}\
)$`,"u"),Mo="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Pe(e){let t=e.trim();
if(Po.test(t))return{tableName:Tt(t),backticksAdded:!1};let n=Io.exec(t);if(n){let[r="",i="",s="",o=""]=n.
slice(1);return{tableName:Tt(ir(r,`${i}.${s}`,o)),backticksAdded:!0}}throw new f(Mo,t)}function ie(e){
let t=e.trim();if(!Oo.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function nr(e){let t=Lo(e.trim());if(!_o.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function rr(e,t,n){return Tt(
ir(e,t,n))}function ir(e,t,n){return`${e}.\`${t}\`.${n}`}function Lo(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function Tt(e){try{ve(e,Y)}catch{throw new f(`must compose a t\
ableName of at most ${Y} characters (it has ${e.length})`,e)}return e}var Uo=new Set(["success","partial success"]);function sr(e,t,n){let r={mapped:[],skipped:[]},i=new Set;
for(let s of e){if(i.has(s.uniqueId))continue;i.add(s.uniqueId);let o=Bo(s,t.get(s.uniqueId),n);"tab\
leName"in o?r.mapped.push({uniqueId:s.uniqueId,...o}):r.skipped.push({uniqueId:s.uniqueId,...o})}return r}
function Bo(e,t,n){let r=Fo(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Ho(t,n)}}catch(i){return{kind:"invalid-table-name",reason:`its t\
able name ${i instanceof f?i.rule:String(i)}`}}}function Fo(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return gt.has(r)?Uo.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(i=>yt(i,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(i=>yt(i,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Ho(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,i=e.catalog??r??t.defaultCatalog,s=`${t.datasource}.\`${i}.${n}\`.${e.
alias??e.name}`;return Pe(s).tableName}function C(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function Ie(e,t,n){let r=[...new Set(e)],i=[...new Set(t)].sort(),s=r.length*i.length;if(s>n.maxTriggers){
let o=s>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${s} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${i.length} partitions, ${i[0]}..${i.at(-1)})\
: ${o}`)}return r.flatMap(o=>i.map(u=>({tableName:o,partition:u})))}var wt="default_catalog";function ur(e,t,n,r){let i=n.take(()=>y("datasource",()=>(U(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ie(e.datasource)))),s=n.
take(()=>y("dbt-catalog",()=>ie(e["dbt-catalog"]||wt))),o=n.take(()=>y("dbt-select",()=>C(e["dbt-sel\
ect"]).map(bt))),u=n.take(()=>y("dbt-exclude",()=>C(e["dbt-exclude"]).map(bt))),p=n.take(()=>jo(e,t,
r));if(!(i===void 0||s===void 0||o===void 0||u===void 0||p===void 0))return sr(p.results,p.nodes,{datasource:i,
defaultCatalog:s,select:o,exclude:u})}function jo(e,t,n){let r=e["dbt-run-results"],i=e["dbt-manifes\
t"]||(0,Oe.join)((0,Oe.dirname)(r),"manifest.json"),s=y("dbt-run-results",()=>or(t,r,Xn));if(n){let{
tableNames:c,partitions:l,limits:m}=n;y("max-triggers",()=>Ie(c,l,m))}let o=Qn(s),u=y("dbt-manifest",
()=>or(t,i,c=>zn(c,o))),p=[...o].filter(c=>!u.has(c));if(p.length>0)throw new P("dbt-manifest",`has \
no node ${p[0]}${p.length>1?` (nor ${p.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,i);return{results:s,nodes:u}}function or(e,t,n){let r;try{r=e(t)}catch(i){throw ar(
i,t)}try{return n(r)}catch(i){throw i instanceof f?new f(i.rule,t):typeof i.code=="string"?ar(i,t):i}}
function ar(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var xt="/anymetrics/api/v1/scheduler/task/trigger",Wo="/anymetrics/api/v1/token/create",Go="/anymetr\
ics/api/v1/accelerate/latestTime",Vo="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st",qo="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",Rt=/^[a-z][a-z0-9+.-]*:\/\//i,Ko=/[/?#\\]/;function St(e){let t=Rt.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let i=n.search(Ko);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:i>=0&&i<r}}function cr(e){let t=St(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),i=r<0?n:n.slice(0,r),s=r<0?"":n.slice(r+1),o=r<0?i:s,u=[o,ge(o),Et(
ge(i),ge(s))];return t.ambiguous&&u.push(n),[...new Set(u.filter(p=>p!==""))]}function Et(e,t){return Buffer.
from(`${e}:${t}`).toString("base64")}function se(e){let t=St(e.trim()),n=t?`${t.scheme}***@${t.rest}`:
e.trim();return Jo(n)}function Jo(e){let t=Rt.exec(e)?.[0]??"",n=e.slice(t.length),r=n.search(/[?#]/);
return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function lr(e){let t=e.trim();if(t==="")throw new f(
"is required");if(Ae(t)||/\s/.test(t))throw new f("must not contain spaces or control characters",se(
t));if(St(t)?.ambiguous)throw new f("must percent-encode / ? # in a user name or password (user:p%2F\
ss@host), and @ in a path (%40)",se(t));let n=Yo(t),r=n.pathname.replace(/\/+$/,""),i=r.endsWith(xt)?
r.slice(0,-xt.length):r,s=`${n.protocol}//${n.host}${i}`,o={url:s+xt,tokenUrl:s+Wo,planStatusUrl:s+Go,
planListUrl:s+Vo,display:s};return(n.username!==""||n.password!=="")&&(o.basicAuth={username:ge(n.username),
password:ge(n.password)}),o}function Yo(e){let t=Rt.test(e),n=Xo(t?e:`http://${e}`,e);if(n.protocol!==
"http:"&&n.protocol!=="https:")throw new f("must use http:// or https://",se(e));if(!t&&n.port==="")
throw new f("must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",se(e));
if(/[?#]/.test(e))throw new f("must not contain a query (?) or fragment (#)",se(e));return n}function Xo(e,t){
try{return new URL(e)}catch{throw new f(qo,se(t))}}function ge(e){try{return decodeURIComponent(e)}catch{
return e}}var Me=864e5,zo=/^(\d{4})-(\d{2})-(\d{2})$/,Zo=/^today\s*-\s*(\d{1,5})$/i,pr=36600,Qo="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",dr="..",fr=36600,mr=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
hr={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function yr(e){if(e==="UTC")return null;let t=e.toUpperCase();if(hr[t])return hr[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=ea(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":mr.test(e)?null:`is a le\
gacy alias or abbreviation: write ${mr.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function ea(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function br(e){return ye(_e(e))}function kt(e,t){if(e.length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)
for(let i of ta(r.trim(),t))n.add(i);return[...n].sort((r,i)=>r-i).map(ye)}function ta(e,t){let n=e.
indexOf(dr);if(n<0)return[Tr(e,t)];if(e.includes("..."))throw new f("has a range with three dots: wr\
ite A..B (two dots)",e);let[r="",i=""]=[e.slice(0,n),e.slice(n+dr.length)].map(u=>u.trim());if(r===""||
i==="")throw new f(`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-0\
1..yesterday)`,e);let s=gr(r,e,t),o=gr(i,e,t);if(o<s)throw new f(`has a reversed range (${ye(s)} is \
after ${ye(o)}): write it oldest first`,e);if(o-s>=fr)throw new f(`has a range longer than ${fr} day\
s`,e);return Array.from({length:o-s+1},(u,p)=>s+p)}function gr(e,t,n){try{return Tr(e,n)}catch(r){throw r instanceof
f?new f(r.rule,t):r}}function Tr(e,t){let n=e.toLowerCase();if(n==="today")return _e(t);if(n==="yest\
erday")return _e(t)-1;let r=Zo.exec(e);if(r){let i=Number(r[1]);if(i>pr)throw new f(`must not reach \
back more than ${pr} days`,e);return _e(t)-i}return na(e)}function na(e){let t=zo.exec(e);if(!t)throw new f(
Qo,e);let[n,r,i]=t.slice(1).map(Number),s=Date.UTC(n,r-1,i)/Me;if(n<1||ye(s)!==e)throw new f("must b\
e a real calendar date (yyyy-MM-dd)",e);return s}function _e({now:e,timeZone:t}){if(t==="UTC")return Math.
floor(e.getTime()/Me);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeri\
c",day:"numeric"}).formatToParts(e),r=i=>Number(n.find(s=>s.type===i)?.value);return Date.UTC(r("yea\
r"),r("month")-1,r("day"))/Me}function ye(e){return new Date(e*Me).toISOString().slice(0,10)}var wr=3600;function xr(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>wr)throw new f(`must\
 be a number of seconds above 0, at most ${wr}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function At(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let s=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${s}, at most ${n.max}`,e)}let i=Math.round(r*t.ms);if(i<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return i}function Le(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Rr(e){if(e.
toLowerCase()==="check")return"check";try{return vt(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function vt(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Sr(e){let t=yr(e);if(t)
throw new f(t,e);return e}var Er="id:",kr=100;function Ar(e){let t=new Map;for(let n of C(e)){let r=ra(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>kr)throw new f(`names ${t.size} plans; at most ${kr} (split the wait across steps)`);return[
...t.values()]}function ra(e){let t=e.toLowerCase().startsWith(Er),n=t?e.slice(Er.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(Ae(n))throw new f("has a plan with control\
 characters",e);if(n.length>Y)throw new f(`has a plan longer than ${Y} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var ia=["datasource","catalog-schema","table"];function Ct(e,t,n,r){let i=C(e["table-name"]),s=ia.filter(
o=>e[o]!==""&&!(n&&o==="datasource"));return i.length>0&&s.length>0?vr(r,"table-name",`cannot be com\
bined with ${s.join(", ")}: give full names or their parts, not both`):i.length>0?r.take(()=>i.map(o=>sa(
o,t))):s.length===0&&n?[]:s.length===0?vr(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):oa(e,n,r)}function vr(e,t,n){return e.take(()=>{throw new P(
t,n)})}function sa(e,t){let n=y("table-name",()=>Pe(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function oa(e,t,n){let r=(t?
new J:n).take(()=>Dt(e,"datasource",ie)),i=n.take(()=>Dt(e,"catalog-schema",nr)),s=n.take(()=>Dt(e,"\
table",o=>C(o).map(ie)));if(!(r===void 0||i===void 0||s===void 0))return n.take(()=>y("table",()=>s.
map(o=>rr(r,i,o))))}function Dt(e,t,n){if(C(e[t]).length===0)throw new P(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var Dr=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],aa=10,ua=32,$t=2e3,ca=350,
la=600,pa={name:"minutes",ms:6e4},da={name:"seconds",ms:1e3},Cr={timeZone:{input:"timezone",default:"\
UTC",parse:Sr},timeoutMs:{input:"timeout-seconds",default:"30",parse:xr},retries:{input:"retries",default:"\
3",parse:e=>Le(e,0,aa)},concurrency:{input:"concurrency",default:"4",parse:e=>Le(e,1,ua)},failFast:{
input:"fail-fast",default:"false",parse:vt},dryRun:{input:"dry-run",default:"false",parse:Rr},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>Le(e,1,$t)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>At(e,pa,{min:0,max:ca})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>At(e,da,{min:1,max:la})}},Zl={partition:"today","dbt-catalog":wt,...Object.fromEntries(
Object.values(Cr).map(e=>[e.input,e.default]))};function $r(e){return[e["auth-value"],e["app-secret"],
...cr(e.host)].filter(t=>t!=="")}function Nr(e,t){let n=[],r=new J,i=r.take(()=>y("host",()=>lr(e.host))),
s=r.take(()=>y("tenant-id",()=>ha(e["tenant-id"]))),o=_n(e,r),u=e["dbt-run-results"]!=="",p=u?ur(e,t.
readArtifact,r,fa(e,t.now)):void 0,c=Ct(e,n,u,r),l=c&&(!u||p)?[...c,...ga(p)]:void 0,m=Pr(e,r),{timeZone:d,
maxTriggers:h}=m,g=d===void 0?void 0:r.take(()=>y("partition",()=>kt(C(e.partition||"today"),{now:t.
now,timeZone:d}))),b=l&&g&&h!==void 0?r.take(()=>y("max-triggers",()=>Ie(l,g,{maxTriggers:h,largest:$t}))):
void 0,S=r.take(()=>y("wait-for-plans",()=>Ar(e["wait-for-plans"]))),M=r.take(()=>y("ca-certificate",
()=>Nn(e["ca-certificate"],t.readTextFile)));r.throwIfAny();let O={...m,endpoint:i,tenantId:s,credentials:o,
plan:b,caCertificates:M,waitForPlans:S},ae=ma(O);return{config:{...ae,today:br({now:t.now,timeZone:ae.
timeZone}),dbt:p},notices:n}}function fa(e,t){let n=new J,r=Ct(e,[],!0,n),{timeZone:i,maxTriggers:s}=Pr(
e,n);if(r===void 0||i===void 0||s===void 0)return;let o=n.take(()=>y("partition",()=>kt(C(e.partition||
"today"),{now:t,timeZone:i})));return o&&{tableNames:r,partitions:o,limits:{maxTriggers:s,largest:$t}}}
function Pr(e,t){let n=Object.entries(Cr).map(([r,i])=>[r,t.take(()=>y(i.input,()=>i.parse(e[i.input]||
i.default)))]);return Object.fromEntries(n)}function ma(e){for(let[t,n]of Object.entries(e))if(n===void 0)
throw new Error(`input ${t} was neither parsed nor refused`);return e}function ha(e){return U(e),te(
e),ve(e),e}function ga(e){return e?e.mapped.map(t=>t.tableName):[]}var Ir={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},ya=new Set([408,429,502,503,504]),ba=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function It(e){return"status"in e?ya.has(e.status):ba.
has(e.errorCode)}function Ta(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Or(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=xa(n,t);return r===void 0?void 0:Math.max(0,r-t)}var _r=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],Nt=`(?<month>${_r.join("|")})`,Pt="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",wa=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${Nt} (?<y\
ear>\\d{4}) ${Pt} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${Nt}\
-(?<year>\\d{2}) ${Pt} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${Nt} (?<day>[ \\d]\\d) ${Pt}\
 (?<year>\\d{4})$`)];function xa(e,t){let n=wa.map(h=>h.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:i,year:s,hour:o,minute:u,second:p}=n,c=[r,o,u,p].map(Number),l=Date.UTC(Ra(s,t),_r.indexOf(
i),...c),m=new Date(l);return[m.getUTCDate(),m.getUTCHours(),m.getUTCMinutes(),m.getUTCSeconds()].every(
(h,g)=>h===c[g])?l:void 0}function Ra(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),i=r-r%100+n;return i>r+50?i-100:i}var Sa=250;function Mr(e,t,n,r){return n!==void 0?
Ot(n,t):Ta(e,t,r)}function Ot(e,t){return Math.min(Math.max(e,Sa),t.retryAfterCapMs)}var zr=require("node:net");var Ea=/^[0-9a-fA-F]{2}$/,ka="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),Lr={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(ka.map((e,t)=>[e,String.fromCharCode(160+t)]))},Aa={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},Ur=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),va=new RegExp("\\p{M}","gu");function be(e,t=!0){let n={chars:"",starts:[],ends:[]},
r=[];for(let i=0;i<e.length;){let s=t?Ca(e,i):jr(e,i);for(let o of Da(s.text)){r.push(o);for(let u=0;u<
o.length;u++)n.starts.push(i),n.ends.push(i+s.length)}i+=s.length}return n.chars=r.join(""),n}function Da(e){
return e.length===1&&e>" "&&e<"\x7F"&&e!=="+"?[e]:e===""||Ur.test(e)?[]:[...e.normalize("NFKD").replace(
va,"")].filter(n=>!Ur.test(n))}function Ca(e,t){let n=e[t]??"";return n==="%"?$a(e,t):n==="&"?Na(e,t):
n==="\\"?Pa(e,t):jr(e,t)}function jr(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(
n),length:n>65535?2:1}}function $a(e,t){let n=Br(e,t);if(n===void 0)return{text:"%",length:1};let r=n<
128?1:n>=240?4:n>=224?3:n>=192?2:1,i=[n];for(let o=1;o<r;o++){let u=Br(e,t+o*3);if(u===void 0)break;
i.push(u)}let s=new TextDecoder().decode(Uint8Array.from(i));return s.includes("\uFFFD")?{text:String.
fromCharCode(n),length:3}:{text:s,length:i.length*3}}function Br(e,t){if(e[t]!=="%")return;let n=e.slice(
t+1,t+3);return Ea.test(n)?parseInt(n,16):void 0}function Na(e,t){let n=e.indexOf(";",t+1);if(n<0||n-
t>12)return{text:"&",length:1};let r=e.slice(t+1,n),i=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
if(i?.[1]){let o=i[1].startsWith("x")||i[1].startsWith("X")?parseInt(i[1].slice(1),16):parseInt(i[1],
10);if(o>0&&o<=1114111)return{text:String.fromCodePoint(o),length:n-t+1}}let s=Lr[r]??Lr[r.toLowerCase()];
return s===void 0?{text:"&",length:1}:{text:s,length:n-t+1}}function Pa(e,t){let n=e[t+1]??"",r=Fr(e,
t);if(r!==void 0){let s=r>=55296&&r<=56319?Fr(e,t+6):void 0;return s!==void 0&&s>=56320&&s<=57343?{text:String.
fromCharCode(r,s),length:12}:{text:String.fromCharCode(r),length:6}}let i=Aa[n];return i===void 0?{text:"\
\\",length:1}:{text:i,length:2}}function Fr(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+
2,t+6);return/^[0-9a-fA-F]{4}$/.test(n)?parseInt(n,16):void 0}function Wr(e,t){if(t.length===0||e===
"")return[];let n=[];if(Ia.test(e)){for(let r of t)Oa(e,r,n);return Hr(n)}for(let r of[be(e),be(e,!1)])
_a(r,t,e.length,n);return Hr(n)}var Ia=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;function Oa(e,t,n){
for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function _a(e,t,n,r){for(let i of t)
for(let s=e.chars.indexOf(i);s>=0;){let o=s+i.length-1;r.push([e.starts[s]??0,e.ends[o]??n]),s=e.chars.
indexOf(i,s+1)}}function Hr(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let i=t.at(-1);i&&
n<=i[1]?i[1]=Math.max(i[1],r):t.push([n,r])}return t}var Ma="***",La=1e3,Ua=256*1024,Ba=12,Fa=200,Ha=120,Jr=/[\s\u0085]+/g,ja=new RegExp("[\\u0000-\\u001f\\\
u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),Gr="\uFFFD",Wa=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
Ga=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,Va=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,i)=>{n+=String(r)+(e[i+1]??"")}),n}function X(e,t){return e.join(
t)}function E(e){return Ue(_t(e))}var Be=class{forms=[];canonicalForms=[];longestForm=0;constructor(t=[]){
t.forEach(n=>this.addSecret(n))}addSecret(t){let n=Xa(t).filter(i=>!this.forms.includes(i));this.forms=
[...this.forms,...n].sort((i,s)=>s.length-i.length);let r=n.flatMap(i=>[be(i).chars,be(i,!1).chars]).
filter(i=>i!=="");return this.canonicalForms=[...new Set([...this.canonicalForms,...r])],this.longestForm=
this.forms[0]?.length??0,n}redact(t){let n=Wr(t,this.canonicalForms);if(n.length===0)return t;let r="",
i=0;for(let[s,o]of n)r+=t.slice(i,s)+Ma,i=o;return r+t.slice(i)}text(t,n=La){if(t.length<=n&&Wa.test(
t)&&!t.includes("  "))return Vr(Ue(this.redact(t)));let r=t.replace(Jr," ");return this.finish(_t(this.
redactPart(r,n*2+64)),n)}excerpt(t,n=Fa){return this.finish(_t(Ja(this.redactPart(t,Ua))),n)}redactPart(t,n){
let r=this.longestForm*Ba;if(t.length<=n+r)return this.redact(t);let i=this.redact(t.slice(0,n+r));return r>
0?i.slice(0,-r):i}quote(t,n=Ha){let r=Ue(Ka(JSON.stringify(this.redact(t))));return r.length>n?`${Yr(
r,n)}\u2026"`:r}finish(t,n){return Vr(_(Ue(this.redact(t)),n))}};function Vr(e){return Buffer.from(e,
"utf16le").toString("utf16le")}var qa=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function Ka(e){return e.replace(qa,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function _t(e){
return e.replace(Ga,Gr).replace(Jr," ").replace(ja,Gr).trim()}function Ue(e){let t=e.replace(Va,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function Yr(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var qr=/<\/(script|style|head)\s*>/gi;
function Ja(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),i=r<0?-1:e.indexOf(">",r+1);if(i<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=i+1,Ya(e,r)){qr.lastIndex=n;let s=qr.exec(e);n=s?s.
index+s[0].length:e.length}}return t}function Ya(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==
104?!1:/^<(script|style|head)\b/i.test(e.slice(t,t+8))}function Xa(e){if(e==="")return[];let t=[e,encodeURIComponent(
e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),Kr(e,"&#39;"),Kr(e,"&#x27\
;"),...za(e)];return[...new Set(t)].filter(n=>n!=="")}function Kr(e,t){let n={"&":"&amp;","<":"&lt;",
">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function za(e){let t=Buffer.from(
e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let i of[0,1,2]){let s=Buffer.concat(
[Buffer.alloc(i),t]).toString("base64"),o=Math.ceil(i*8/6),u=Math.floor((i+t.length)*8/6);r.push(s.slice(
o,u))}return r.filter(i=>i.length>=6).flatMap(i=>[i,i.replace(/\+/g,"-").replace(/\//g,"_")])}function _(e,t){
return e.length>t?`${Yr(e,t)}\u2026`:e}function Xr(e,t){return e.toFixed(t)}var R=class extends Error{constructor(n,r){super(n);this.description=n;this.code=r;this.name="Transp\
ortError"}description;code},Zr=new R("cancelled","CANCELLED"),Qr=new R("cancelled","CANCELLED_SENT"),
Za="tunneling socket could not be established";function ei(e,t,n){return{url:e,host:n.text(e.host,300),
proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function Mt(e){if(e instanceof R)return e;let t=e?.
code,n=e instanceof Error?e.message:String(e);return new R(n,typeof t=="string"?t:"UNKNOWN")}async function ti(e,t){
let n=Mt(e);if(n.description.startsWith(Za)){let r=n.description.split("cause=")[1]??n.code;return new R(
r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.test(n.description)?new R(n.description,
"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&!t.proxy&&(t.speaksTls??=Qa(t.url),await t.
speaksTls)?new R(n.description,"ETLSPORT"):n}function Qa(e){return new Promise(t=>{let n=process.getBuiltinModule(
"node:tls").connect({host:e.hostname,port:Number(e.port||80),...(0,zr.isIP)(e.hostname)?{}:{servername:e.
hostname},rejectUnauthorized:!1,timeout:2e3}),r=i=>{n.destroy(),t(i)};n.once("secureConnect",()=>r(!0)),
n.once("error",()=>r(!1)),n.once("timeout",()=>r(!1))})}function eu(e,t,n,r){let i=e.code==="HPE_HEA\
DER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${i}`}
var tu=new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET\
_ISSUER_CERT","SELF_SIGNED_CERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),nu={ECONNREFUSED:a`connection refused`,
ECONNRESET:a`connection reset`,ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,
ETIMEDOUT:a`connection timed out`};function ni(e,t,n){let r=t.text(e.code,64),i=n?.host??a`the host`,
s=n?.proxy?a` via proxy ${n.proxy}`:a``;if(e.code.startsWith("HPE_"))return eu(e,i,s,r);switch(e.code){case"\
ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;case"\
EUPGRADE":case"ECLOSED":return a`${i}${s}: ${t.text(e.description)}`;case"CANCELLED":return a`cancelled before the request reached ${i}`;case"\
CANCELLED_SENT":return a`cancelled while waiting for ${i} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${i}${s} sent no answer within ${t.text(e.description.replace(/^no answer within /,
""))}`;case"EPROXY":return a`could not open a tunnel to ${i} through the proxy ${n?.proxy??a`in http_proxy/https_proxy`}: ${t.
text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"EPLAINPORT":return a`${i} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${i} speaks TLS: use https://${i} instead of http://`}if(tu.has(e.code))return a`the TLS certificate of ${i} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let o=nu[e.code];return o?a`${o} by ${i}${s} (${r})`:a`${i}${s}: ${t.text(e.description)}`}var ru=32,iu=128,su=8,Lt=4096;function ii(e,t){if(au(e.status))return fu(e,t);let n=hu(e.body);if(!n)
return mu(e,t);let r=cu(n,t),i=lu(e.status,n,r,t);return{succeeded:i===null,code:r.code,traceId:r.traceId,
data:r.data,reason:i,warning:i===null&&si(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function $(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function ou(e){
return e>=200&&e<300}function au(e){return e>=300&&e<400&&e!==304}function uu(e){return Bt(e)?String(
e).trim():null}function cu(e,t){let n=(r,i)=>{let s=si(r);return s===null||s.trim()===""?null:t.text(
s,i)};return{code:Bt(e.code)?n(e.code,ru):null,traceId:Bt(e.traceId)?n(e.traceId,iu):null,data:n(e.data),
errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}function lu(e,t,n,r){let i=pu(n.errorMsg,
n.detailErrorMsg);if(!ou(e))return i!==null?a`HTTP ${e}: ${i}`:a`HTTP ${e}${Ut(n.code)}`;if(i!==null)
return i;let s=du(t,r);return s.value!==!0?s.name===null?a`the response has neither "succeed" nor "success"${Ut(
n.code)}`:a`the platform answered ${s.name}: ${s.shown}${Ut(n.code)}`:uu(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function pu(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function du(e,t){return"succeed"in e?{name:a`succeed`,...ri(e.
succeed,t)}:"success"in e?{name:a`success`,...ri(e.success,t)}:{name:null,value:void 0,shown:a``}}function ri(e,t){
return{value:e,shown:t.text(Fe(e),60)}}function Ut(e){return e===null?a``:a` (code ${e})`}function fu(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return $(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function mu(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return $(a`HTTP ${e.status} with ${r}`)}function hu(e){try{
let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:null}catch{return null}}
function Bt(e){return typeof e=="string"||typeof e=="number"}function si(e){return e==null?null:typeof e==
"string"?e:Fe(e)}function Fe(e){let t=[],n=0,r=o=>(t.push(o),n+=o.length,n<Lt),i=(o,u)=>{if(o===null||
typeof o!="object")return r(JSON.stringify(o)??"null");if(u>=su)return r("\u2026");let p=Array.isArray(
o)?o.map(c=>[null,c]):Object.entries(o);if(!r(Array.isArray(o)?"[":"{"))return!1;for(let[c,[l,m]]of p.
entries())if(c>0&&!r(",")||l!==null&&!r(`${JSON.stringify(l)}:`)||!i(m,u+1))return!1;return r(Array.
isArray(o)?"]":"}")};i(e,0);let s=t.join("");return n<Lt?s:`${s.slice(0,Lt)}\u2026`}function z(e,t,n=Date.now()){let r=It({status:e.status}),i=r?Or(e.retryAfter,n):void 0;return{verdict:ii(
e,t),answered:!0,local:!1,rateLimited:e.status===429,retryable:r,pushbackMs:i??(e.status===429?0:void 0),
cancelled:!1,sentBeforeCancel:!1}}function oi(e,t,n){let r=Mt(e);return{verdict:$(ni(r,t,n)),answered:!1,
local:r.code==="ELOCAL",rateLimited:!1,retryable:It({errorCode:r.code}),pushbackMs:void 0,cancelled:r.
code==="CANCELLED"||r.code==="CANCELLED_SENT",sentBeforeCancel:r.code==="CANCELLED_SENT"}}function Te(e,t){
let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...$(t),code:n,traceId:r}}}var ui=H(require("node:http"),1);function ai(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function ci(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):ui.default,
i=an(e),s=i?.hostname?await gu(n,i,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&yu(s,t.caCertificates),{agent:s,transport:r,proxy:i?.hostname?i:
void 0}}async function gu(e,t,n){let r=await Promise.resolve().then(()=>H(fn(),1)),i=t.protocol==="h\
ttps:",s=e?i?r.httpsOverHttps:r.httpsOverHttp:i?r.httpOverHttps:r.httpOverHttp,o=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(i?443:80)),p={maxSockets:n,keepAlive:!0,
proxy:{...o,host:t.hostname,port:u}};return s(p)}function yu(e,t){let n=e;n.options={...n.options,ca:ai(
t)}}var li=1024*1024;function pi(e){let{transport:t,url:n,agent:r,headers:i,payload:s,timeoutMs:o,signal:u}=e;
return new Promise((p,c)=>{let l=!1,m=!1,d=v=>{l||(l=!0,clearTimeout(M),v())},h=()=>new R(`no answer\
 within ${o/1e3} s`,"TIMEOUT"),g=!1,b=()=>g?Qr:Zr,S=v=>d(()=>c(m?h():u?.aborted?b():v)),M=setTimeout(
()=>{m=!0,O?.destroy(h()),S(h())},o),O;try{O=t.request(n,{method:"POST",agent:r,headers:{...i,"conte\
nt-length":Buffer.byteLength(s)},...u?{signal:u}:{}})}catch(v){return S(bu(v))}let ae=!1;O.on("respo\
nse",v=>{ae=!0,wu(v).then(Ze=>d(()=>p({status:v.statusCode??0,body:Ze,...Tu(v)})),S)}),O.on("upgrade",
(v,Ze)=>{Ze.destroy(),S(new R(`answered ${v.statusCode??101} ${v.statusMessage??""} (a protocol swit\
ch), not an HTTP answer`,"EUPGRADE"))}),O.on("finish",()=>g=!0),O.on("error",S),O.on("close",()=>{ae||
S(new R("the connection closed without an answer","ECLOSED"))}),O.end(Buffer.from(s,"utf8"))})}function bu(e){
let t=e instanceof Error?e.message:String(e);return new R(t,"ELOCAL")}function Tu(e){let{"retry-afte\
r":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n=="string"?{location:n}:
{}}}function wu(e){return new Promise((t,n)=>{let r=[],i=0;e.on("data",s=>{i<li&&r.push(s),i+=s.length}),
e.on("end",()=>t(Buffer.concat(r).subarray(0,li).toString("utf8"))),e.on("error",n),e.on("close",()=>{
e.complete||n(new R("the connection closed in the middle of the answer","ECLOSED"))})})}function fi(e,t){let n=z(e,t);if(!n.verdict.succeeded)return n;let r=xu(e.body);return r?{...n,status:{
hasNotReady:Ru(r.hasNotReady),latestDateTime:di(r.latestDateTime),latestRefreshTime:di(r.latestRefreshTime)}}:
Te(n,a`the status answer has no data object`)}function xu(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function Ru(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function di(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function mi(e,t,n){let r=Su(e.body);r!==void 0&&n(r);let i=z(e,t);return i.verdict.succeeded?r===void 0?
Te(i,a`the token answer has no token (a non-empty string) in data`):lt(r)?{...i,token:r}:Te(i,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
i}function Su(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function hi(e){let t=new URL(e.endpointUrl),n=new URL(e.tokenUrl),r=new URL(e.planStatusUrl),i=new URL(
e.planListUrl),{agent:s,transport:o,proxy:u}=await ci(t,{maxSockets:e.maxSockets??16,caCertificates:e.
caCertificates??[]}),p=ei(t,u,e.boundary),c=async d=>oi(await ti(d,p),e.boundary,p),l=(d,h,g,b)=>pi(
{transport:o,url:d,agent:s,headers:h,payload:g,timeoutMs:e.timeoutMs,signal:b}),m=ku(e);return{trigger:(d,h,g)=>{
let b=Eu(d,e.tenantId);return e.onTriggerBody?.(b),l(t,{...m,...Ft(e.tenantId,h)},b,g).then(S=>z(S,e.
boundary),c)},createToken:(d,h,g)=>l(n,m,JSON.stringify({appId:d.appId,appSecret:d.appSecret}),g).then(
b=>mi(b,e.boundary,h),c),planStatus:(d,h,g)=>l(r,{...m,...Ft(e.tenantId,h)},JSON.stringify(d.by==="i\
d"?{planIdList:[d.value]}:{planNameList:[d.value]}),g).then(b=>fi(b,e.boundary),c),planList:(d,h)=>l(
i,{...m,...Ft(e.tenantId,d)},JSON.stringify({pager:{pageNumber:1,pageSize:1}}),h).then(g=>z(g,e.boundary),
c),close:()=>s.destroy?.()}}function Eu(e,t){let n={tableName:e.tableName,tenantId:t,tablePartition:e.
partition};return JSON.stringify(n)}function ku(e){let t={"content-type":"application/json",accept:"\
application/json","user-agent":e.userAgent};if(e.basicAuth){let{username:n,password:r}=e.basicAuth;t.
authorization=`Basic ${Et(n,r)}`}return t}function Ft(e,t){return{"tenant-id":e,"auth-type":t.authType,
"auth-value":t.authValue}}var Au=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
vu=/^\d{10,16}$/;function Ht(e){if(typeof e=="number")return Number.isFinite(e)&&e>=0?{ms:e}:{problem:"\
not a time"};if(typeof e!="string")return{problem:"not a time"};let t=e.trim();if(vu.test(t))return{
ms:Number(t)};let n=Au.exec(t);if(!n)return{problem:"not a time this action reads"};let[,r,i,s,o="0",
u="0",p="0",c="",l]=n,m=[r,i,s,o,u,p].map(Number),d=Date.UTC(m[0],m[1]-1,m[2],m[3],m[4],m[5]);return Du(
d,m)?{ms:d+ +`0.${c||"0"}`*1e3-Cu(l)}:{problem:"not a real date and time"}}function Du(e,t){let n=new Date(
e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].
every((i,s)=>i===t[s])}function Cu(e){if(!e||e==="Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(
1).replace(":","");return t*(Number(n.slice(0,2))*60+Number(n.slice(2)))*6e4}function gi(e,t){return t===
null?!1:e===null||t>e}function yi(e,t){if(e===null||t===void 0)return!1;let n=Ht(t);return"ms"in n&&
e<n.ms}var $u=10;function Z(e,t){return{sleep:n=>t.sleep(n,e.stopSignal),random:t.random,nowMs:t.nowMs,stopped:()=>e.
stopped}}async function V(e,t,n,r){let i=t.retries+1,s=0,o,u=!1;for(let p=1;;p++){let c=await e();if(!c||
c.cancelled)return{last:o,attempts:c?.sentBeforeCancel?p:p-1,answered:u,cancelled:!!c?.cancelled,sentBeforeCancel:!!c?.
sentBeforeCancel};if(u||=c.answered||c.local,o=c,c.rateLimited&&s<$u&&(s++,i++),!c.retryable||p>=i||
n.stopped())return{last:o,attempts:p,answered:u,cancelled:!1,sentBeforeCancel:!1};let l=Mr(p,t,c.pushbackMs,
n.random),m=c.verdict.reason??a`transient failure`;if(r({attempt:p,maxAttempts:i,reason:m,waitMs:l,counted:!c.
rateLimited}),await n.sleep(l),n.stopped())return{last:o,attempts:p,answered:u,cancelled:!1,sentBeforeCancel:!1}}}async function He(e,t){let n=[],r={...t,renewCredential:void 0};for(let i of e){let s=t.boundary.text(
i.label,200),o=await xi(i,s,r);if(o.kind!=="read")return{failed:{label:s,verdict:o.verdict,attempts:o.
attempts}};n.push({plan:i,label:s,baseline:o.reading,last:o.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var Nu=6e4;async function wi(e,t,n,r){let{clock:i,control:s}=n,o=i.nowMs(),
u=o+t.timeoutMs,p=o,c=null;for(;;){let m=u-i.nowMs();if(m<=0||s.stopped||(await i.sleep(Math.min(t.intervalMs,
m),s.stopSignal),s.stopped))break;for(let d of e.filter(h=>h.state==="waiting")){if(s.stopped)break;
let h=await xi(d.plan,d.label,n);if(d.polls++,d.waitedMs=i.nowMs()-o,h.kind==="stopped")break;if(h.kind!==
"transient"){if(h.kind!=="read"){if(d.state="failed",d.reason=h.verdict.reason,d.last={...d.last,traceId:h.
verdict.traceId??d.last.traceId},h.kind==="refused"){c=a`the wait ended when the platform refused ${d.
label}`;break}continue}d.last=h.reading,gi(d.baseline.refreshMs,h.reading.refreshMs)&&(d.state="fres\
h",r.onFresh(d))}}if(c||e.every(d=>d.state!=="waiting"))break;if(i.nowMs()-p>=Nu){p=i.nowMs();let d=e.
filter(h=>h.state==="waiting").length;r.onProgress(d,e.length,p-o,t.timeoutMs)}}let l=i.nowMs()-o;for(let m of e.
filter(d=>d.state==="waiting"))m.waitedMs=l,s.stopped?jt(m,a`the run was cancelled during the wait`):
(m.state="stale",m.reason=c)}function jt(e,t){e.state="not-waited",e.reason=t}async function xi(e,t,n){
let r=!1;for(;;){let i,s=await V(async()=>{let u=await n.read(e,n.control.abortSignal);return i=u.status,
u},n.policy,n.stage,u=>n.onRetry(t,u)),o=s.last;if(i&&o?.verdict.succeeded)return Pu(i,o.verdict.traceId,
n.boundary);if(s.cancelled||!o||n.control.stopped)return{kind:"stopped",verdict:o?.verdict??$(a`cancelled before the platform answered`),
attempts:s.attempts};if(o.retryable||!o.answered)return{kind:"transient",verdict:o.verdict,attempts:s.
attempts};if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:o.
verdict,attempts:s.attempts}}}function Pu(e,t,n){let r=Ti(e.latestRefreshTime),i=Ti(e.latestDateTime),
s=o=>o===null?null:n.text(bi(o),64);if(r!==null&&"problem"in r){let o=n.quote(bi(e.latestRefreshTime),
80),u=a`latestRefreshTime ${o} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch milliseconds`;
return{kind:"unreadable",verdict:{...$(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:s(e.latestDateTime),latestRefreshTime:s(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:i!==null&&"ms"in i?i.ms:null,traceId:t}}}function bi(e){return typeof e=="stri\
ng"?e:Fe(e)}function Ti(e){return e==null?null:Ht(e)}var Ri=require("node:events");var We=3,Iu={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
cancelled:a`not run: cancelled`,crashed:a`not run: the action stopped unexpectedly`},je=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,Ri.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Iu[this.firstCause??"cancelled"]}};var Ge=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];get paced(){
return this.rate!==void 0}async turn(){let t=this.clock.nowMs();if(this.rate===void 0)return t;let n=Math.
max(t,this.nextSendMs);return this.nextSendMs=n+1e3/this.rate,n>t&&!this.clock.stopped?.()&&await this.
clock.sleep(n-t),this.clock.nowMs()}accepted(){let t=this.clock.nowMs();for(this.recent.push(t);(this.
recent[0]??t)<t-2e3;)this.recent.shift();this.rate!==void 0&&(this.rate=this.steady?this.rate+.05:this.
rate*1.05)}pushedBack(t,n){let r=this.clock.nowMs();if(this.rate===void 0){let i=this.recent.filter(
o=>o>=r-2e3),s=Math.max(250,r-(i[0]??r));this.rate=Math.max(.5,i.length*1e3/s),this.lastCutMs=r,this.
nextSendMs=r+(i.length>0?1e3/this.rate:n);return}t<this.lastCutMs||(this.rate=Math.max(.5,this.rate*
.85),this.steady=!0,this.lastCutMs=r)}};var Si=2,Ve=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new Ge(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=Si;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==this.
generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=Math.
max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,this.
probeRun=Si),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=0))}pushedBack(t,n){
if(t.level<=1||this.pacer.paced){this.pacer.pushedBack(t.sentMs,n),t.generation===this.generation&&this.
change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&t.level>this.stable;if(this.
failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let i=Math.floor(t.level/2),s=this.acceptedInGeneration;
this.stable=0,this.change(s>0?Math.min(s,i):i)}}roundsBeforeRaise(){return this.failed!==void 0&&this.
current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.min(this.maxConcurrency,Math.max(
1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=0,this.wakeWaiting()}wakeWaiting(){
let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(n=>n())}};var Ou=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function Ei(e,t,n){let r=n.nowMs(),i=await V(()=>n.send(e),t,n,s=>n.onRetry({...Wt(e,n.boundary),
...s}));return i.sentBeforeCancel?{...qe(e,n.boundary,Ou),status:"unknown",attempts:i.attempts,durationMs:n.
nowMs()-r}:!i.last||i.cancelled?qe(e,n.boundary,n.notRunReason()):_u(e,n.boundary,i.last.verdict,{attempts:i.
attempts,durationMs:n.nowMs()-r,answered:i.answered})}function Wt(e,t){return{tableName:t.text(e.tableName),
partition:t.text(e.partition)}}function _u(e,t,n,r){return{...Wt(e,t),status:n.succeeded?"succeeded":
"failed",code:n.code,traceId:n.traceId,data:n.data,errorMsg:n.reason,warning:n.warning,...r}}function qe(e,t,n){
return{...Wt(e,t),status:"not-run",code:null,traceId:null,data:null,errorMsg:n,warning:null,attempts:0,
durationMs:0,answered:!1}}async function ki(e,t,n){let{control:r}=n,i=new Ve(t.concurrency,{nowMs:n.nowMs,sleep:b=>n.sleep(b,r.
stopSignal),stopped:()=>r.stopped}),s=Mu(i,n,t.retryPolicy),o=new Array(e.length),u=e.entries(),p=0,
c=0,l=b=>{b.status==="not-run"||b.status==="unknown"||(c=b.answered?0:c+1,c>=We&&r.stop("unreachable"),
b.status==="failed"&&t.failFast&&r.stop("fail-fast"))},m=async()=>{for(let[b,S]of u){if(r.stopped)return;
try{let M=await Ei(S,t.retryPolicy,s);o[b]=M,n.onFinished(M,++p,e.length),l(M)}catch(M){throw r.stop(
"crashed"),M}}},d=Math.min(t.concurrency,e.length),g=(await Promise.allSettled(Array.from({length:d},
m))).find(b=>b.status==="rejected");if(g)throw g.reason;return e.map((b,S)=>o[S]??qe(b,n.boundary,r.
notRunReason))}function Mu(e,t,n){let{control:r}=t;return{...Z(r,t),send:async i=>{let s=await e.acquire();
try{if(r.stopped)return;let o=await t.send(i,r.abortSignal);return o.pushbackMs===void 0?e.accepted(
s):e.pushedBack(s,Ot(o.pushbackMs,n)),o}finally{e.release()}},onRetry:t.onRetry,boundary:t.boundary,
notRunReason:()=>r.notRunReason}}async function Ai(e,t,n,r,i,s){let o,u=await V(async()=>{let p=await e.createToken(t,i.onToken,s);return o=
p.token,p},n,r,i.onRetry);return o!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:o}}:
{failed:u.last?.verdict??$(a`cancelled before the platform answered`),attempts:u.attempts}}async function vi(e,t){let{client:n,control:r,hooks:i}=t,s=await Gt(e,t);if(!s)return;let o=Vt(e,t,s),
u=[];if(e.waitForPlans.length>0){let c=await He(e.waitForPlans,o);if("failed"in c){await i.baselineFailed(
c.failed.label,c.failed.verdict);return}u=c.watches,i.baselines(u)}i.runStarted();let p=await ki(e.plan,
{concurrency:e.concurrency,failFast:e.failFast,retryPolicy:e.policy},{...t.clock,send:(c,l)=>n.trigger(
c,s.current,l),boundary:t.boundary,control:r,onRetry:c=>i.retry(c),onFinished:(c,l,m)=>i.finished(c,
l,m)});return u.length>0&&await Lu(p,u,e,o,i),{results:p,cause:r.cause,watches:u}}async function Lu(e,t,n,r,i){
let s=e.filter(o=>o.status!=="succeeded").length;if(s>0||r.control.stopped){let o=r.control.stopped?
a`the run stopped before the wait`:a`${s} trigger${s===1?a``:a`s`} not accepted, so a refresh may never come`;
t.forEach(u=>jt(u,o));return}i.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await wi(t,{timeoutMs:n.
waitTimeoutMs,intervalMs:n.waitIntervalMs},r,{onFresh:o=>i.planFresh(o),onProgress:i.waitProgress})}
async function Gt(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};let r=()=>Ai(t.client,
n,e.policy,Z(t.control,t.clock),{onToken:t.hooks.onToken,onRetry:t.hooks.tokenRetry},t.control.abortSignal),
i=await r();if("failed"in i){await t.hooks.tokenRefused(Uu(i.failed,t.control),i.attempts);return}let s={
current:i.credential};return s.renew=async()=>{s.renew=void 0;let o=await r();return"failed"in o?!1:
(s.current=o.credential,!0)},s}function Uu(e,t){if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.
reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}function Vt(e,t,n){
return{read:(r,i)=>t.client.planStatus(r,n.current,i),renewCredential:async()=>n.renew?n.renew():!1,
policy:e.policy,stage:Z(t.control,t.clock),clock:t.clock,control:t.control,boundary:t.boundary,onRetry:(r,i)=>t.
hooks.planRetry(r,i)}}async function Di(e,t){let n=await Gt(e,t);if(!n)return{passed:!1,reported:!0};if(e.waitForPlans.length>
0){let i=await He(e.waitForPlans,Vt(e,t,n));return"failed"in i?{passed:!1,step:a`reading plan ${i.failed.
label}`,verdict:i.failed.verdict}:{passed:!0,watches:i.watches}}let r=await V(()=>t.client.planList(
n.current,t.control.abortSignal),e.policy,Z(t.control,t.clock),i=>t.hooks.listRetry(a`list`,i));return r.
last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,verdict:r.
last?.verdict??$(a`cancelled before an answer`)}}function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${T(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Bu={"&":"&amp;","<":"&lt;",">":"&gt;"},Fu=/[\\`*_[\]()!~|:.@]/g;function T(e){return e.
replace(Fu,t=>`\\${t}`).replace(/[&<>]/g,t=>Bu[t]??t)}var Hu=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function x(e){return e===1?a``:a`s`}function Q(e){return e<1e3?a`${e} ms`:a`${Xr(e/1e3,1)} s`}
function q(e,t){let n="";for(let r of Hu)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}function k(e,t){
let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function B(e,t){return e===null?null:_(e,t)}function N(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var ju=new Set(["invalid-table-name"]);function Ci(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.text(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.kind,
reason:t.text(n.reason)}))}}function $i(e){return{group:a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.
skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),...e.skipped.map(
({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>ju.has(t)).map(({
node:t,reason:n})=>a`${t}: ${n}`)}}function Ni(e,t){let n=o=>w(_(o,t.idLimit)),r=k(e.mapped,t.rowCap),
i=k(e.skipped,t.rowCap),s=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length} dbt nod\
e${x(e.skipped.length)} skipped</summary>`,"",...i.rows.map(({node:o,reason:u})=>`- ${n(o)}: ${T(_(u,
Math.max(t.textLimit,80)))}`),...N(i.more),"","</details>"];return["### From dbt","","| dbt node | t\
able |","| --- | --- |",...r.rows.map(({node:o,table:u})=>`| ${n(o)} | ${w(u)} |`),...N(r.more),...s,
""].join(`
`)}function qt(e){return e.filter(t=>t.status==="failed")}function oe(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:qt(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}var A="AnyMetrics refresh failed",Ke="AnyMetrics refresh input is invalid";function Kt(e,t=1/0){let n=_(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${Wu(e)}${Pi(e)}`}function Wu(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${Q(e.durationMs)})`:a``}function Pi(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function Ii(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"";t.set(r,[...t.get(r)??[],n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{line:Kt(
r),count:1};let i=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${i} (first: ${r.
tableName} ${r.partition}${Pi(r)})`,count:n.length}})}function Oi(e,t,n){let r=e.filter(s=>s.status===
"not-run").length,i=r===0?a`every trigger had been sent`:a`${r} trigger${x(r)} not run`;if(t==="canc\
elled"){let s=e.filter(u=>u.status==="unknown").length,o=s>0?a`, ${s} sent but cut off (outcome unknown: the platform may have started them)`:
a``;return a`The run was cancelled: ${i}${o}; the rest are reported as they ended`}if(t==="unreachab\
le"){let s=[...e].reverse().find(u=>u.status==="failed"&&!u.answered),o=s?.errorMsg?a` (last: ${s.errorMsg})`:
a``;return a`The platform at ${n} is unreachable: ${We} triggers in a row got no answer after their retries${o}; ${i}`}
return null}function Gu(e){let t={succeeded:a`✅ succeeded`,"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,
unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.errorMsg??a``}`}[e.status],n=a`${e.
attempts} attempt${x(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId??
a`none`}, ${n}, ${Q(e.durationMs)})`}function _i(e,t,n){return a`[${t}/${n}] ${Gu(e)}`}function Mi(e){
return a`${e.tableName} ${e.partition}: ${Jt(e)}`}function Jt(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${Q(
e.waitMs)}`}function Li(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function Je(e){
let{succeeded:t,failed:n,notRun:r,unknown:i}=oe(e),s=[a`${t.length} succeeded`,a`${n.length} failed`];
return i.length>0&&s.push(a`${i.length} unknown`),r.length>0&&s.push(a`${r.length} not run`),a`${X(s,
", ")}, ${e.length} in all`}function Ui(e){return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`}
function Bi(e,t,n){return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function Fi(e){let t=a`${e.length} trigger${x(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var Vu=400;
function Hi(e,t){let n=t.text(e.rule,Vu),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${E(e.input)}" ${n}${r}`}function ji(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function Wi(e,t){return a`plan ${e} status: ${Jt(t)}`}
function Gi(e){return a`token request: ${Jt(e)}`}function Vi(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function Yt(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function qi(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${X(n,", ")}`:a`the materialization plan list was read`]}
function Ki(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Ji(e,t){return a`today in ${e} is ${t}`}function Yi(e){return a`Request body: ${e}`}var Xi=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
zi=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var K={fresh:"",plans:"[]","data-through":""};function Zi(e){return a`After the triggers it would wait for ${e.
length} materialization plan${x(e.length)}: ${X(e,", ")}`}function Qi(e,t){if(e.length===0)return"";
let{rows:n,more:r}=k(e,t.rowCap);return["### Would wait for these plans","",...n.map(i=>`- ${w(i)}`),
...N(r),""].join(`
`)}function es(e,t,n){return a`Waiting up to ${we(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${Q(
n)})`}function Xt(e){return a`plan ${e.label}: latest refresh ended ${us(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function ts(e){return a`plan ${e.label} is fresh: a refresh ended ${us(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${x(
e.polls)}, ${we(e.waitedMs)})`}function ns(e,t,n,r){return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.
floor(n/6e4)} min of ${we(r)}`}function rs(e,t){let n=a`no refresh ended since ${e.last.latestRefreshTime??
a`the start (none had ended)`} (platform time); data through ${e.last.latestDateTime??a`unknown`}`;switch(e.
state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${n}`:a`Plan ${e.label} is not fresh after ${we(
t)}: ${n}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.reason??a`refused`}${Yu(
e)}`;default:return null}}function is(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.
label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function ss(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function os(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(qu)),"data-through":Ku(e)}}function qu(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function Ku(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var Ju={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function as(e,t){if(e.length===0)return"";let{rows:n,more:r}=k(e,t.rowCap),
i=e.filter(s=>s.state!=="fresh"&&s.reason).slice(0,Math.min(t.rowCap,20)).map(s=>`- ${w(s.label)}: ${T(
s.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(s=>`| ${w(s.label)} | ${Ju[s.state]} | ${T(
s.last.latestRefreshTime??"")} | ${T(s.last.latestDateTime??"")} | ${we(s.waitedMs)} |`),...N(r),...i.
length>0?["",...i]:[],""].join(`
`)}function us(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Yu(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function we(e){if(e<6e4)return Q(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var cs=1e6;function ls(e,t=K,n=[]){let{succeeded:r,failed:i}=oe(e),s=e.length>0&&r.length===e.length;
return{success:String(s&&t.fresh!=="false"),"trace-id":e.map(o=>o.traceId??"").join(","),"error-mess\
age":q(cs,o=>[...n.map(u=>_(u,1e3)),Xu(i,o)].filter(u=>u!=="").join(`
`)),results:zu(e),"succeeded-count":String(r.length),"failed-count":String(i.length),...t}}function F(e=[],t=K){
return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function Xu(e,t){let{rows:n,more:r}=k(
e,t.rowCap),i=n.map(s=>Kt(s,t.textLimit));return r>0&&i.push(a`…and ${r} more: see the results output`),
i.join(`
`)}function zu(e){return q(cs,t=>JSON.stringify(e.map(n=>Zu(n,t))))}function Zu(e,t){let{partition:n,
status:r,code:i,attempts:s,durationMs:o}=e;return{tableName:B(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:B(i,t.idLimit),traceId:B(e.traceId,t.idLimit),data:B(e.data,t.textLimit),errorMsg:B(
e.errorMsg,t.textLimit),attempts:s,durationMs:o}}var ps=require("node:fs");function ds(e){let t=[],n=()=>{if(t.length===0)return;let i=t.join(`
`);t=[],e.info(i)},r=i=>(...s)=>(n(),i(...s));return{info:i=>{t.push(i)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function zt(e){if(!e)return;let t;try{t=(0,ps.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var Qu={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},ec="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function fs(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function ms(e){let t=gs(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+tc<e.length}var tc=6;function hs(e,t){let n=[...gs(e)],{rows:r,
more:i}=k(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",ec,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([s,o])=>{let u=[...o].sort((c,l)=>c.
partition.localeCompare(l.partition)),p=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${w(s)} | ${p} | ${u.map(c=>Qu[c.status]).join("")} |`}),...N(i),""]}function gs(e){let t=new Map;
for(let n of e)t.set(n.tableName,[...t.get(n.tableName)??[],n]);return t}var Xe=1e6,nc=10,ys=()=>"";function bs(e,t,n=ys,r=!1){let{succeeded:i,failed:s,notRun:o,unknown:u}=oe(
e),p=s.length+o.length+u.length===0&&!r?"\u2705 AnyMetrics refresh succeeded":`\u274C ${A}`;return q(
Xe,c=>[`## ${p}`,"",`**${Je(e)}**`,"",fs(e),"",...Ye(`\u274C Failed (${s.length})`,s,c,[["Table",l=>w(
l.tableName)],["Partition",l=>T(l.partition)],["Reason",l=>T(B(l.errorMsg,c.textLimit)??"")],["Trace\
 ID",l=>l.traceId?w(l.traceId):""],["Attempts",l=>String(l.attempts)]]),...Ye(`\u2753 Unknown: sent, then\
 cut off (${u.length})`,u,c,[["Table",l=>w(l.tableName)],["Partition",l=>T(l.partition)],["What to d\
o",l=>T(l.errorMsg??"")]]),...Ye(`\u23ED\uFE0F Not run (${o.length})`,o,c,[["Table",l=>w(l.tableName)],
["Partition",l=>T(l.partition)],["Reason",l=>T(l.errorMsg??"")]]),...ms(e)?hs(e,c):rc(i.length>nc,`\u2705\
 Succeeded (${i.length})`,Ye(`\u2705 Succeeded (${i.length})`,i,c,[["Table",l=>w(l.tableName)],["Par\
tition",l=>T(l.partition)],["Trace ID",l=>l.traceId?w(l.traceId):""],["Attempts",l=>String(l.attempts)],
["Note",l=>T(B(l.warning,c.textLimit)??"")]])),n(c),xs(t),""].join(`
`))}function Ye(e,t,n,r){if(t.length===0)return[];let{rows:i,more:s}=k(t,n.rowCap),o=r.filter(([u,p])=>u!==
"Note"||i.some(c=>p(c)!==""));return[`### ${e}`,"",`| ${o.map(([u])=>u).join(" | ")} |`,`| ${o.map(()=>"\
---").join(" | ")} |`,...i.map(u=>`| ${o.map(([,p])=>p(u)).join(" | ")} |`),...N(s),""]}function rc(e,t,n){
return!e||n.length===0?n:[`<details><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function Zt(e,t,n=ys,r=[
"## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]){return q(Xe,i=>{let{rows:s,more:o}=k(e,
i.rowCap);return[...r,"",`**${e.length} trigger${x(e.length)} planned**`,"","| Table | Partition |",
"| --- | --- |",...s.map(u=>`| ${w(u.tableName)} | ${T(u.partition)} |`),...N(o),"",n(i),xs(t),""].join(
`
`)})}function xe(e){return`## \u274C ${A}

${T(e)}
`}function Ts(e){return q(Xe,t=>{let{rows:n,more:r}=k(e,t.rowCap);return[`## \u274C ${Ke}: nothing w\
as sent`,"",...n.map(i=>`- ${T(i)}`),...N(r),""].join(`
`)})}function ws(e){return q(Xe,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function xs(e){let t=[];return e.workflow&&t.push(`Workflow **${T(e.workflow)}**`),e.runNumber&&
t.push(`run #${T(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var ic=4,Rs=10,ze=class{constructor(t,n,r){this.boundary=n;this.context=r;this.sink=ds(t)}boundary;context;groupOpen=!1;outputsWritten=!1;warnedShortSecret=!1;freshnessIfFailed=K;summaryWritten=!1;sink;summaryExtra=()=>"";expectWait(){
this.freshnessIfFailed={...K,fresh:"false"}}mask(t){this.boundary.addSecret(t).forEach(n=>this.sink.
setSecret(n)),t.length<ic&&!this.warnedShortSecret&&(this.warnedShortSecret=!0,this.sink.warning(Xi))}async inputRefused(t){
let n=t.map(r=>Hi(r,this.boundary));this.setOutputs(F(n)),this.annotate(n.map(r=>({line:r,count:1,title:Ke}))),
await this.writeSummary(Ts(n))}notices(t){t.forEach(n=>this.sink.notice(E(this.boundary.text(n))))}today(t,n){
this.info(Ji(this.boundary.text(t),this.boundary.text(n)))}dbtMapping(t){let n=Ci(t,this.boundary),{
group:r,lines:i,warnings:s}=$i(n);this.startGroup(r),i.forEach(o=>this.info(o)),this.endGroup(),s.forEach(
o=>this.sink.warning(E(o))),this.summaryExtra=o=>Ni(n,o)}async nothingToRefresh(){this.sink.notice(zi),
this.setOutputs(F()),await this.writeSummary(ws(this.summaryExtra))}async dryRun(t,n=[]){let r=t.map(
c=>({tableName:this.boundary.text(c.tableName),partition:this.boundary.text(c.partition)})),i=n.map(
c=>this.boundary.text(c,200)),{group:s,lines:o,notice:u}=Fi(r);this.startGroup(s),o.forEach(c=>this.
info(c)),this.endGroup(),i.length>0&&this.info(Zi(i)),this.sink.notice(E(u)),this.setOutputs(F());let p=c=>[
Qi(i,c),this.summaryExtra(c)].join(`
`);await this.writeSummary(Zt(r,this.context,p))}async checkPassed(t,n){this.endGroup(),n.watches.forEach(
o=>this.info(Xt(o)));let r=qi(this.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(o=>o.label));
r.forEach(o=>this.info(o)),this.sink.notice(E(a`Connection check passed: ${X(r,"; ")}; nothing was triggered`)),
this.setOutputs(F());let i=t.map(o=>({tableName:this.boundary.text(o.tableName),partition:this.boundary.
text(o.partition)})),s=["## \u2705 AnyMetrics connection check passed: nothing was triggered","",...r.
map(o=>`- ${T(o)}`)];await this.writeSummary(Zt(i,this.context,this.summaryExtra,s))}async checkFailed(t,n){
this.endGroup();let r=Ki(t,n.reason,n.traceId);this.setOutputs(F([r])),await this.writeSummary(xe(r)),
this.fail(r,A)}tokenRetry(t){this.info(Gi(t))}async tokenRefused(t,n){let r=ji(t,n);this.setOutputs(
F([r],this.freshnessIfFailed)),await this.writeSummary(xe(r)),this.fail(r,A)}runStarted(t,n,r){this.
startGroup(Bi(t,this.boundary.text(n),r))}requestBody(t){this.sink.debug(E(Yi(this.boundary.text(t))))}retry(t){
this.info(Mi(t))}finished(t,n,r){this.info(_i(t,n,r))}async runEnded(t,n={}){this.endGroup(),this.info(
Je(t));let{freshness:r}=n,i=r?.watches??[],s=i.map(d=>rs(d,r?.timeoutMs??0)).filter(d=>d!==null),o=ls(
t,r?os(i):K,s);this.setOutputs(o);let u=d=>[as(i,d),this.summaryExtra(d)].join(`
`),p=o.fresh==="false";await this.writeSummary(bs(t,this.context,u,p));for(let d of t){let h=Li(d);h&&
this.sink.warning(E(h))}this.planWarnings(r);let c=[],l=Oi(t,n.cause,this.boundary.text(n.host??""));
l&&c.push({line:l,count:1,title:A});for(let d of s)c.push({line:d,count:1,title:A});let m=qt(t).filter(
d=>n.cause!=="unreachable"||d.answered);for(let d of Ii(m))c.push({...d,title:A});this.annotate(c)}baselines(t){
t.forEach(n=>this.info(Xt(n)))}async baselineFailed(t,n){this.endGroup();let r=ss(t,n.reason,n.traceId);
this.setOutputs(F([r],{...K,fresh:"false"})),await this.writeSummary(xe(r)),this.fail(r,A)}waitStarted(t,n,r){
this.startGroup(es(t,n,r))}planFresh(t){this.info(ts(t))}waitProgress(t,n,r,i){this.info(ns(t,n,r,i))}planRetry(t,n){
this.info(Wi(t,n))}planWarnings(t){for(let n of t?.watches??[]){let r=yi(n.last.dataMs,t?.newestPartition),
i=is(n,r);i&&this.sink.warning(E(i))}}annotate(t){let n=t.length>Rs?t.slice(0,Rs-1):t;n.forEach(s=>this.
fail(s.line,s.title));let r=t.slice(n.length);if(r.length===0)return;let i=r.reduce((s,o)=>s+o.count,
0);this.fail(Ui(i),r[0]?.title??A)}async crashed(t){this.endGroup();let n=t instanceof Error?t.message:
String(t),r=Vi(this.boundary.text(n));this.setOutputs(F([r],this.freshnessIfFailed)),await this.writeSummary(
xe(r)),this.fail(r,A)}setOutputs(t){if(!this.outputsWritten){this.outputsWritten=!0;try{for(let[n,r]of Object.
entries(t))this.sink.setOutput(n,r)}catch(n){this.fail(Yt("outputs",this.boundary.text(Ss(n))),A)}}}async writeSummary(t){
if(!this.summaryWritten){this.summaryWritten=!0;try{await this.sink.writeSummary(t)}catch(n){this.sink.
warning(E(Yt("summary",this.boundary.text(Ss(n)))))}}}info(t){this.sink.info(E(t))}fail(t,n){this.sink.
error(E(t),{title:n}),this.sink.fail()}startGroup(t){this.endGroup(),this.sink.startGroup(E(t)),this.
groupOpen=!0}endGroup(){this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}};function Ss(e){let t=e?.
code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}function Es(e,t){let n=r=>{let i=e[r];return i?t.text(i,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var ks=["SIGINT","SIGTERM"];function As(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return ks.forEach(r=>process.on(r,
n)),()=>ks.forEach(r=>process.off(r,n))}function vs(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(i,e);t.addEventListener(
"abort",i,{once:!0});function i(){clearTimeout(r),t.removeEventListener("abort",i),n()}})}var sc="anymetrics-refresh",Cs={sleep:vs,random:Math.random,nowMs:Date.now};async function $s(){let e=ac(),
t=new Be,n=new ze(dc(),t,Es(process.env,t)),r=oc(n);try{$r(e).forEach(s=>n.mask(s));let i=await uc(e,
n);if(!i)return;if(n.today(i.timeZone,i.today),i.dbt&&n.dbtMapping(i.dbt),i.dryRun==="check")return await Ds(
i,t,n,lc);if(i.plan.length===0)return await n.nothingToRefresh();if(i.dryRun==="plan")return await n.
dryRun(i.plan,i.waitForPlans.map(s=>s.label));i.waitForPlans.length>0&&n.expectWait(),await Ds(i,t,n,
cc)}catch(i){await n.crashed(i)}finally{r()}}function oc(e){let t=()=>{process.off("beforeExit",t),e.
crashed(new Error("the run ended while a request was still unaccounted for"))};return process.on("be\
foreExit",t),()=>process.off("beforeExit",t)}function ac(){let e=Dr.map(t=>[t,bn(t)]);return Object.
fromEntries(e)}async function uc(e,t){try{let{config:n,notices:r}=Nr(e,{now:new Date,readTextFile:i=>In(
i,Cn),readArtifact:i=>On(i)});return t.notices(r),n}catch(n){if(!(n instanceof ce))throw n;await t.inputRefused(
n.errors);return}}async function Ds(e,t,n,r){let i=await pc(e,t,n),s=new je,o=As(s);try{await r({config:e,
client:i,control:s,boundary:t,reporter:n})}finally{o(),i.close()}}async function cc({config:e,client:t,
control:n,boundary:r,reporter:i}){let s=await vi({...e,policy:Ns(e)},{client:t,clock:Cs,control:n,boundary:r,
hooks:Ps(e,i)});if(!s)return;let o=s.watches.length>0;await i.runEnded(s.results,{cause:s.cause,host:e.
endpoint.display,freshness:o?{watches:s.watches,timeoutMs:e.waitTimeoutMs,newestPartition:e.plan.map(
u=>u.partition).sort().at(-1)}:void 0})}async function lc({config:e,client:t,control:n,boundary:r,reporter:i}){
let s=Ps(e,i),o=await Di({...e,policy:Ns(e)},{client:t,clock:Cs,control:n,boundary:r,hooks:{...s,listRetry:s.
planRetry}});o.passed?await i.checkPassed(e.plan,{host:e.endpoint.display,tokenExchanged:e.credentials.
kind==="api-key",watches:o.watches}):"reported"in o||await i.checkFailed(o.step,o.verdict)}function Ns(e){
return{retries:e.retries,...Ir}}function Ps(e,t){return{onToken:n=>t.mask(n),tokenRetry:n=>t.tokenRetry(
n),tokenRefused:(n,r)=>t.tokenRefused(n,r),planRetry:(n,r)=>t.planRetry(n,r),baselines:n=>t.baselines(
n),baselineFailed:(n,r)=>t.baselineFailed(n,r),runStarted:()=>t.runStarted(e.plan.length,e.endpoint.
display,e.concurrency),retry:n=>t.retry(n),finished:(n,r,i)=>t.finished(n,r,i),waitStarted:(n,r,i)=>t.
waitStarted(n,r,i),planFresh:n=>t.planFresh(n),waitProgress:(...n)=>t.waitProgress(...n)}}function pc(e,t,n){
return hi({endpointUrl:e.endpoint.url,tokenUrl:e.endpoint.tokenUrl,planStatusUrl:e.endpoint.planStatusUrl,
planListUrl:e.endpoint.planListUrl,tenantId:e.tenantId,basicAuth:e.endpoint.basicAuth,timeoutMs:e.timeoutMs,
userAgent:sc,maxSockets:e.concurrency,caCertificates:e.caCertificates,boundary:t,onTriggerBody:wn()?
r=>n.requestBody(r):void 0})}function dc(){return{setSecret:yn,debug:xn,info:kn,notice:e=>En(e),warning:e=>Sn(
e),error:(e,t)=>Rn(e,t),startGroup:An,endGroup:vn,setOutput:(e,t)=>{zt(process.env.GITHUB_OUTPUT),Tn(
e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(zt(process.env.GITHUB_STEP_SUMMARY),await st.
addRaw(e).write())},fail:()=>{process.exitCode=1}}}var fc=1e3;$s().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),fc).unref()});
