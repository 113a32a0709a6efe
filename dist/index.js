"use strict";var Ri=Object.create;var vn=Object.defineProperty;var Si=Object.getOwnPropertyDescriptor;var Ei=Object.getOwnPropertyNames;var Ai=Object.getPrototypeOf,ki=Object.prototype.hasOwnProperty;var Dn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var vi=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of Ei(t))!ki.call(e,o)&&
o!==n&&vn(e,o,{get:()=>t[o],enumerable:!(r=Si(t,o))||r.enumerable});return e};var j=(e,t,n)=>(n=e!=null?Ri(Ai(e)):{},vi(t||!e||!e.__esModule?vn(n,"default",{value:e,enumerable:!0}):
n,e));var Un=Dn(ne=>{"use strict";var Ic=require("net"),Oi=require("tls"),ht=require("http"),_n=require("https"),
$i=require("events"),_c=require("assert"),Ii=require("util");ne.httpOverHttp=_i;ne.httpsOverHttp=Mi;
ne.httpOverHttps=Li;ne.httpsOverHttps=Ui;function _i(e){var t=new L(e);return t.request=ht.request,t}
function Mi(e){var t=new L(e);return t.request=ht.request,t.createSocket=Mn,t.defaultPort=443,t}function Li(e){
var t=new L(e);return t.request=_n.request,t}function Ui(e){var t=new L(e);return t.request=_n.request,
t.createSocket=Mn,t.defaultPort=443,t}function L(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||ht.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,o,s,i){for(var u=Ln(o,s,i),l=0,c=t.requests.length;l<c;++l){var d=t.requests[l];
if(d.host===u.host&&d.port===u.port){t.requests.splice(l,1),d.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}Ii.inherits(L,$i.EventEmitter);L.prototype.addRequest=function(t,n,r,o){var s=this,
i=gt({request:t},s.options,Ln(n,r,o));if(s.sockets.length>=this.maxSockets){s.requests.push(i);return}
s.createSocket(i,function(u){u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){
s.emit("free",u,i)}function c(d){s.removeSocket(u),u.removeListener("free",l),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};L.prototype.createSocket=function(t,n){var r=this,o={};r.
sockets.push(o);var s=gt({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(s.localAddress=t.localAddress),s.proxyAuth&&(s.headers=s.
headers||{},s.headers["Proxy-Authorization"]="Basic "+new Buffer(s.proxyAuth).toString("base64")),q(
"making CONNECT request");var i=r.request(s);i.useChunkedEncodingByDefault=!1,i.once("response",u),i.
once("upgrade",l),i.once("connect",c),i.once("error",d),i.end();function u(p){p.upgrade=!0}function l(p,m,g){
process.nextTick(function(){c(p,m,g)})}function c(p,m,g){if(i.removeAllListeners(),m.removeAllListeners(),
p.statusCode!==200){q("tunneling socket could not be established, statusCode=%d",p.statusCode),m.destroy();
var h=new Error("tunneling socket could not be established, statusCode="+p.statusCode);h.code="ECONN\
RESET",t.request.emit("error",h),r.removeSocket(o);return}if(g.length>0){q("got illegal response bod\
y from proxy"),m.destroy();var h=new Error("got illegal response body from proxy");h.code="ECONNRESE\
T",t.request.emit("error",h),r.removeSocket(o);return}return q("tunneling connection has established"),
r.sockets[r.sockets.indexOf(o)]=m,n(m)}function d(p){i.removeAllListeners(),q(`tunneling socket coul\
d not be established, cause=%s
`,p.message,p.stack);var m=new Error("tunneling socket could not be established, cause="+p.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(o)}};L.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(o){r.request.onSocket(o)})}};function Mn(e,t){var n=this;L.prototype.createSocket.
call(n,e,function(r){var o=e.request.getHeader("host"),s=gt({},n.options,{socket:r,servername:o?o.replace(
/:.*$/,""):e.host}),i=Oi.connect(0,s);n.sockets[n.sockets.indexOf(r)]=i,t(i)})}function Ln(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function gt(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var o=Object.keys(r),s=0,i=o.length;s<i;++s){var u=o[s];r[u]!==void 0&&(e[u]=
r[u])}}return e}var q;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?q=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:q=function(){};ne.debug=q});var Fn=Dn((Lc,Bn)=>{Bn.exports=Un()});var Pn=j(require("os"),1);function W(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Pe(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function G(e,t,n){let r=new ft(e,t,n);process.stdout.write(r.toString()+Pn.EOL)}function mt(e,t=""){
G(e,{},t)}var Cn="::",ft=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=Cn+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let o=this.properties[r];
o&&(n?n=!1:t+=",",t+=`${r}=${Ci(o)}`)}}return t+=`${Cn}${Di(this.message)}`,t}};function Di(e){return W(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Ci(e){return W(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var Nn=j(require("crypto"),1),Oe=j(require("fs"),1),Ne=j(require("os"),1);function On(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Oe.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Oe.appendFileSync(n,`${W(t)}${Ne.EOL}`,{encoding:"utf8"})}function $n(e,t){let n=`ghadelimiter_${Nn.randomUUID()}`,
r=W(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Ne.EOL}${r}${Ne.EOL}${n}`}var xt=j(require("os"));function In(e){let t=e.protocol==="https:";if(Pi(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new $e(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new $e(`http://${n}`)}else return}function Pi(e){
if(!e.hostname)return!1;let t=e.hostname;if(Ni(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let o=[e.hostname.toUpperCase()];typeof r=="number"&&o.push(`${o[0]}:${r}`);for(let s of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(s==="*"||o.some(i=>i===s||i.endsWith(`.${s}`)||s.
startsWith(".")&&i.endsWith(`${s}`)))return!0;return!1}function Ni(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var $e=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var jn=require("os"),de=require("fs"),yt=function(e,t,n,r){function o(s){return s instanceof n?s:new n(
function(i){i(s)})}return new(n||(n=Promise))(function(s,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?s(d.value):o(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:Bi,appendFile:Fi,writeFile:Hi}=de.promises,Hn="GITHUB\
_STEP_SUMMARY";var bt=class{constructor(){this._buffer=""}filePath(){return yt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[Hn];if(!t)throw new Error(`Unable to find environm\
ent variable for $${Hn}. Check if your runtime environment supports job summaries.`);try{yield Bi(t,
de.constants.R_OK|de.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let o=Object.entries(r).map(([s,i])=>` ${s}="${i}"`).join("");return n?`<${t}${o}>${n}</${t}>`:`<${t}${o}\
>`}write(t){return yt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
Hi:Fi)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return yt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(jn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
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
addRaw(r).addEOL()}},ji=new bt;var Tt=ji;var wt=j(require("os"),1);var Hc=wt.default.platform(),jc=wt.default.arch();var Wn;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(Wn||(Wn={}));function Gn(e){G("add-mask",{},e)}function qn(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function Vn(e,t){if(process.env.GITHUB_OUTPUT||"")return On("OUTPUT",$n(e,t));process.stdout.write(xt.EOL),
G("set-output",{name:e},W(t))}function Kn(){return process.env.RUNNER_DEBUG==="1"}function Jn(e){G("debug",{},e)}function Yn(e,t={}){
G("error",Pe(t),e instanceof Error?e.toString():e)}function Xn(e,t={}){G("warning",Pe(t),e instanceof
Error?e.toString():e)}function zn(e,t={}){G("notice",Pe(t),e instanceof Error?e.toString():e)}function Zn(e){
process.stdout.write(e+xt.EOL)}function Qn(e){mt("group",e)}function er(){mt("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},O=class extends Error{constructor(n,r,o){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=o;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new O(e,n.rule,n.offendingValue):n}}var fe=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},X=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof O))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new fe(
this.errors)}};var Rt="-----BEGIN CERTIFICATE-----",tr="-----END CERTIFICATE-----",nr=1024*1024,rr="must be PEM tex\
t or the path of a PEM file with at least one certificate";function or(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:Vi(n,t),o=qi(r);if(o.length===0)throw new f(rr,sr(n));return o.
forEach(Ki),o}function qi(e){let t=[];for(let n=e.indexOf(Rt);n>=0;n=e.indexOf(Rt,n+1)){let r=e.indexOf(
tr,n+Rt.length);if(r<0)break;t.push(e.slice(n,r+tr.length)),n=r}return t}function Vi(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${rr}; the file cannot be read (${r})`,e)}}function Ki(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",sr(e))}}function sr(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var v=require("node:fs"),St=1024*1024,me=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function ir(e,t){if(!(0,v.statSync)(e).isFile())throw new me("not a regular\
 file");let n=(0,v.openSync)(e,"r");try{let r=[],o=0;for(;;){let s=Buffer.allocUnsafe(St),i=(0,v.readSync)(
n,s,0,St,null);if(i===0)break;if(o+=i,o>t)throw new me(`larger than ${t} bytes`);r.push(s.subarray(0,
i))}return Buffer.concat(r,o).toString("utf8")}finally{(0,v.closeSync)(n)}}function ar(e,t=St){return{
*[Symbol.iterator](){if(!(0,v.statSync)(e).isFile())throw new me("not a regular file");let n=(0,v.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let o=(0,v.readSync)(n,r,0,t,null);if(o===0)return;
yield r.subarray(0,o)}}finally{(0,v.closeSync)(n)}}}}var z=128,Ji=/[\u0000-\u001f\u007f-\u009f]/,Yi=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function Ie(e){return Ji.
test(e)}function Et(e){return Yi.test(e)}function re(e,t={}){if(!Et(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function _e(e,t=z){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function U(e,t="is required"){if(e==="")throw new f(
t)}var At=["UID","TOKEN","ACCOUNT","APIKEY"];function ur(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new O("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Xi(e,t):zi(e,t)}function Xi(e,t){let n=t.take(()=>y("app-id",()=>(U(e["a\
pp-id"],"is required with app-secret (the API key ID)"),re(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(U(e["app-secret"],"is required with app-id (the API key secret)"),re(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function zi(e,t){
let n=t.take(()=>y("auth-type",()=>Qi(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>Zi(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function Zi(e){return U(e),re(e,
{secret:!0}),e}function Qi(e){U(e,`is required (one of ${At.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=At.find(r=>r===t);if(!n)throw new f(`must be one of ${At.join(
", ")}`,e);return n}var We=require("node:path");var Rr=require("node:buffer");var oe=class extends Error{constructor(n,r,o,s){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${o}): ${s}`);this.offset=n;this.line=r;this.column=o;this.reason=s;this.name="JsonSyntaxError"}offset;line;column;reason};var Me=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])Me[e]=1;var lr=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,cr=[-2139062144,-2139062272,-2139095040,-2147483648];function kt(e){return e>=48&&
e<=57}function vt(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function pr(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function dr(e,t){
return se(e[t])&&se(e[t+1])&&se(e[t+2])&&se(e[t+3])}function se(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var fr=Buffer.alloc(0),Dt=new Uint32Array(0),Le=class{buf=fr;pos=0;words=Dt;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new oe(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=fr,this.words=
Dt,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
lr&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):Dt,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let o=t[r];if(o===32||o===9||o===13)r++;else if(o===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,o}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var $t={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function It(e){return e===45||e>=48&&e<=57}function gr(e,t){
if(t===34)e.pos++,Ue(e);else if(It(t))la(e);else{let n=$t[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let o=0;for(;o<r.length&&e.buf[e.pos+o]===r[o];)o++;if(o===r.length){
e.pos+=o;return}}for(let o of r)e.peek()!==o&&e.fail(`expected ${n.kind}`),e.pos++}}function Ue(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,o=t.length,s=e.pos;for(;s<o;){if(s<r){let u=s>>2,l=vt(n[u])&cr[s&
3];for(;l===0&&++u<n.length;)l=vt(n[u]);if(l===0){s=r;continue}s=u*4+pr(l)}let i=t[s];if(i===34){e.pos=
s+1;return}if(i===92){let u=s+1<o?t[s+1]:-1;if(Me[u]===1){s+=2;continue}if(u===117&&s+5<o&&dr(t,s+2)){
s+=6;continue}break}i<32&&(e.pos=s,e.fail("a control character in a string (it must be escaped)")),s++}
e.pos=s,s<o?ua(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function ua(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),Me[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)se(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function la(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:Pt(e),t=e.peek(),t===46&&(e.pos++,Pt(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,Pt(e))}function Pt(e){kt(e.peek())||
e.fail("a number without its digits");do e.pos++;while(kt(e.peek()))}var wr=1e5;function xr(e,t){let n=new Mt(e);try{return t(n)}finally{n.close()}}var Mt=class{bytes;entered=[];constructor(t){
this.bytes=new Le(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(It(
t))return"number";let n=$t[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,o=r.skipWhitespace();o!==34&&r.expected(o,"a key (a string)"),r.collect(t,n),r.pos++,Ue(r);let s=r.
collected(),i=s.includes(92)?JSON.parse(s.toString("utf8")):s.toString("utf8",1,s.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=wr&&t.fail(`nested more than ${wr} levels deep`),t.pos++;let o=r===123?
125:93;if(t.skipWhitespace()===o)t.pos++;else{n.push(o),o===125&&this.skipKey();continue}}else gr(t,
r);for(;;){let o=n.at(-1);if(o===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,o===125&&this.
skipKey();break}r!==o&&t.expected(r,o===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let o=r.place();r.collect(t,n),this.skipValue();let s=r.collected();
try{return JSON.parse(s.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",o)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let o=this.bytes,s=o.skipWhitespace();return s===t?(o.pos++,this.entered.pop(),!0):(r||
(s!==44&&o.expected(s,`',' or ${n}`),o.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,Ue(t),t.expect(58,"':'")}};var ca=["v12","v20"],pa=["v6"],Lt=new Set(["model","seed","snapshot"]),ge=Rr.constants.MAX_STRING_LENGTH;
function Sr(e){let t;if(Ar(e,"run-results",pa,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=da(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function da(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let s=ae(e);s!==void 0;s=ae(e))s==="unique_id"||s==="status"?n[s]=e.readValue(ge,()=>Fe(`a resul\
t's ${s}`)):e.skipValue();let{unique_id:r,status:o}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
o)})}return t}function Er(e,t){let n;if(Ar(e,"manifest",ca,(r,o)=>{if(r!=="nodes")return!1;let s=o.kind();
return s==="object"?n=fa(o,t):(o.skipValue(),n=s==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function fa(e,t){let n=new Map;e.enterObject();for(let r=ae(e);r!==void 0;r=
ae(e)){let o=t.has(r)?e.kind():void 0;if(o==="object"||o==="array"){let s=e.readValue(ge,()=>Fe(`nod\
e ${r}`));n.set(r,ga(r,s))}else e.skipValue(),o!==void 0&&n.delete(r)}return n}function Ar(e,t,n,r){
try{xr(e,o=>{if(o.kind()!=="object")throw o.skipValue(),o.finish(),new f("is not a JSON object");let s;
o.enterObject();for(let i=ae(o);i!==void 0;i=ae(o))i==="metadata"?s=o.readValue(ge,()=>Fe("its metad\
ata")):r(i,o)||o.skipValue();o.finish(),ha(s,t,n)})}catch(o){throw o instanceof oe?ma(o):o}}function ma(e){
return new f(`is not valid JSON at byte ${e.offset} (line ${e.line}, column ${e.column}): ${e.reason}`)}
function ha(e,t,n){let r=e?.dbt_schema_version,o=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
if(!o||!n.includes(o))throw new f(`is ${t} ${o??`of unknown version (${String(r).slice(0,80)})`}; th\
is action reads ${t} ${n.join(" and ")}`)}function ae(e){return e.nextKey(ge,()=>Fe("a key"))}function Fe(e){
return new f(`has ${e} of more than ${ge} bytes, longer than any string Node.js makes (JSON.parse co\
uld not read it either)`)}function ga(e,t){let n=t.config??{},r=s=>typeof s=="string"&&s!==""?s:null,
o=[t.tags,n.tags].flatMap(s=>Array.isArray(s)?s:[]);return{uniqueId:e,resourceType:r(t.resource_type)??
e.split(".")[0]??"",name:r(t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(
t.database),catalog:r(n.catalog),materialized:r(n.materialized),tags:[...new Set(o.filter(s=>typeof s==
"string"))],originalFilePath:r(t.original_file_path)}}function kr(e){return new Set(e.map(t=>t.uniqueId).
filter(t=>Lt.has(t.split(".")[0]??"")))}var vr=["model","seed","snapshot"];function Ut(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function Bt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:ya(r)};case"resource_type":if(!vr.
includes(r))throw new f(`has resource_type:${r}; use ${vr.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}function ya(e){
let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(`${t}/`)};let n=ba(
t);return{source:t,test:r=>Ta(n,r)}}function ba(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n]??
"";if(r==="*"&&e[n+1]==="*"){let o=e[n+2]==="/";t.push({kind:o?"folders":"any"}),n+=o?2:1}else r==="\
*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}function Ta(e,t){
let n=Dr(e,new Set([0]));for(let r of t){let o=new Set;for(let s of n){let i=e[Math.floor(s)];i&&wa(
i,s,r,o)}if(o.size===0)return!1;n=Dr(e,o)}return n.has(e.length)}function wa(e,t,n,r){let o=n==="/";
switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":o||r.add(t+1);return;case"segment":
o||r.add(t);return;case"any":r.add(t);return;case"folders":{let s=Math.floor(t)+.5;r.add(s),o&&r.add(
Math.floor(t)+1)}}}function Dr(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&r.kind!==
"char"&&r.kind!=="one"&&t.add(n+1)}return t}var $="[\\p{L}\\p{N}_$-]+",xa=new RegExp(`^(${$})\\.\`(${$})\\.(${$})\`\\.(${$})$`,"u"),Ra=new RegExp(
`^(${$})\\.(${$})\\.(${$})\\.(${$})$`,"u"),Sa=new RegExp(`^${$}$`,"u"),Ea=new RegExp(`^(${$})\\.(${$}\
)$`,"u"),Aa="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function He(e){let t=e.trim();
if(xa.test(t))return{tableName:Ft(t),backticksAdded:!1};let n=Ra.exec(t);if(n){let[r="",o="",s="",i=""]=n.
slice(1);return{tableName:Ft(Nr(r,`${o}.${s}`,i)),backticksAdded:!0}}throw new f(Aa,t)}function ue(e){
let t=e.trim();if(!Sa.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function Cr(e){let t=ka(e.trim());if(!Ea.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function Pr(e,t,n){return Ft(
Nr(e,t,n))}function Nr(e,t,n){return`${e}.\`${t}\`.${n}`}function ka(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function Ft(e){try{_e(e,z)}catch{throw new f(`must compose a t\
ableName of at most ${z} characters (it has ${e.length})`,e)}return e}var va=new Set(["success","partial success"]);function Or(e,t,n){let r={mapped:[],skipped:[]},o=new Set;
for(let s of e){if(o.has(s.uniqueId))continue;o.add(s.uniqueId);let i=Da(s,t.get(s.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:s.uniqueId,...i}):r.skipped.push({uniqueId:s.uniqueId,...i})}return r}
function Da(e,t,n){let r=Ca(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Pa(t,n)}}catch(o){return{kind:"invalid-table-name",reason:`its t\
able name ${o instanceof f?o.rule:String(o)}`}}}function Ca(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return Lt.has(r)?va.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(o=>Ut(o,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(o=>Ut(o,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Pa(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,o=e.catalog??r??t.defaultCatalog,s=`${t.datasource}.\`${o}.${n}\`.${e.
alias??e.name}`;return He(s).tableName}function D(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function je(e,t,n){let r=[...new Set(e)],o=[...new Set(t)].sort(),s=r.length*o.length;if(s>n.maxTriggers){
let i=s>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${s} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${o.length} partitions, ${o[0]}..${o.at(-1)})\
: ${i}`)}return r.flatMap(i=>o.map(u=>({tableName:i,partition:u})))}var Ht="default_catalog";function _r(e,t,n,r){let o=n.take(()=>y("datasource",()=>(U(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ue(e.datasource)))),s=n.
take(()=>y("dbt-catalog",()=>ue(e["dbt-catalog"]||Ht))),i=n.take(()=>y("dbt-select",()=>D(e["dbt-sel\
ect"]).map(Bt))),u=n.take(()=>y("dbt-exclude",()=>D(e["dbt-exclude"]).map(Bt))),l=n.take(()=>Na(e,t,
r));if(!(o===void 0||s===void 0||i===void 0||u===void 0||l===void 0))return Or(l.results,l.nodes,{datasource:o,
defaultCatalog:s,select:i,exclude:u})}function Na(e,t,n){let r=e["dbt-run-results"],o=e["dbt-manifes\
t"]||(0,We.join)((0,We.dirname)(r),"manifest.json"),s=y("dbt-run-results",()=>$r(t,r,Sr));if(n){let{
tableNames:c,partitions:d,limits:p}=n;y("max-triggers",()=>je(c,d,p))}let i=kr(s),u=y("dbt-manifest",
()=>$r(t,o,c=>Er(c,i))),l=[...i].filter(c=>!u.has(c));if(l.length>0)throw new O("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,o);return{results:s,nodes:u}}function $r(e,t,n){let r;try{r=e(t)}catch(o){throw Ir(
o,t)}try{return n(r)}catch(o){throw o instanceof f?new f(o.rule,t):typeof o.code=="string"?Ir(o,t):o}}
function Ir(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var jt="/anymetrics/api/v1/scheduler/task/trigger",Oa="/anymetrics/api/v1/token/create",$a="/anymetr\
ics/api/v1/accelerate/latestTime",Ia="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st",_a="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",Wt=/^[a-z][a-z0-9+.-]*:\/\//i,Ma=/[/?#\\]/;function Gt(e){let t=Wt.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let o=n.search(Ma);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:o>=0&&o<r}}function Mr(e){let t=Gt(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),o=r<0?n:n.slice(0,r),s=r<0?"":n.slice(r+1),i=r<0?o:s,u=[i,ye(i),qt(
ye(o),ye(s))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function qt(e,t){return Buffer.
from(`${e}:${t}`).toString("base64")}function le(e){let t=Gt(e.trim()),n=t?`${t.scheme}***@${t.rest}`:
e.trim();return La(n)}function La(e){let t=Wt.exec(e)?.[0]??"",n=e.slice(t.length),r=n.search(/[?#]/);
return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function Lr(e){let t=e.trim();if(t==="")throw new f(
"is required");if(Ie(t)||/\s/.test(t))throw new f("must not contain spaces or control characters",le(
t));if(Gt(t)?.ambiguous)throw new f("must percent-encode / ? # in a user name or password (user:p%2F\
ss@host), and @ in a path (%40)",le(t));let n=Ua(t),r=n.pathname.replace(/\/+$/,""),o=r.endsWith(jt)?
r.slice(0,-jt.length):r,s=`${n.protocol}//${n.host}${o}`,i={url:s+jt,tokenUrl:s+Oa,planStatusUrl:s+$a,
planListUrl:s+Ia,display:s};return(n.username!==""||n.password!=="")&&(i.basicAuth={username:ye(n.username),
password:ye(n.password)}),i}function Ua(e){let t=Wt.test(e),n=Ba(t?e:`http://${e}`,e);if(n.protocol!==
"http:"&&n.protocol!=="https:")throw new f("must use http:// or https://",le(e));if(!t&&n.port==="")
throw new f("must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",le(e));
if(/[?#]/.test(e))throw new f("must not contain a query (?) or fragment (#)",le(e));return n}function Ba(e,t){
try{return new URL(e)}catch{throw new f(_a,le(t))}}function ye(e){try{return decodeURIComponent(e)}catch{
return e}}var qe=864e5,Fa=/^(\d{4})-(\d{2})-(\d{2})$/,Ha=/^today\s*-\s*(\d{1,5})$/i,Ur=36600,ja="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",Br="..",Fr=36600,Hr=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
jr={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function Gr(e){if(e==="UTC")return null;let t=e.toUpperCase();if(jr[t])return jr[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=Wa(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":Hr.test(e)?null:`is a le\
gacy alias or abbreviation: write ${Hr.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function Wa(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function qr(e){return be(Ge(e))}function Vt(e,t){if(e.
length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)for(let o of Ga(
r.trim(),t))n.add(o);return[...n].sort((r,o)=>r-o).map(be)}function Ga(e,t){let n=e.indexOf(Br);if(n<
0)return[Vr(e,t)];if(e.includes("..."))throw new f("has a range with three dots: write A..B (two dot\
s)",e);let[r="",o=""]=[e.slice(0,n),e.slice(n+Br.length)].map(u=>u.trim());if(r===""||o==="")throw new f(
`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let s=Wr(
r,e,t),i=Wr(o,e,t);if(i<s)throw new f(`has a reversed range (${be(s)} is after ${be(i)}): write it o\
ldest first`,e);if(i-s>=Fr)throw new f(`has a range longer than ${Fr} days`,e);return Array.from({length:i-
s+1},(u,l)=>s+l)}function Wr(e,t,n){try{return Vr(e,n)}catch(r){throw r instanceof f?new f(r.rule,t):
r}}function Vr(e,t){let n=e.toLowerCase();if(n==="today")return Ge(t);if(n==="yesterday")return Ge(t)-
1;let r=Ha.exec(e);if(r){let o=Number(r[1]);if(o>Ur)throw new f(`must not reach back more than ${Ur}\
 days`,e);return Ge(t)-o}return qa(e)}function qa(e){let t=Fa.exec(e);if(!t)throw new f(ja,e);let[n,
r,o]=t.slice(1).map(Number),s=Date.UTC(n,r-1,o)/qe;if(n<1||be(s)!==e)throw new f("must be a real cal\
endar date (yyyy-MM-dd)",e);return s}function Ge({now:e,timeZone:t}){if(t==="UTC")return Math.floor(
e.getTime()/qe);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeric",day:"\
numeric"}).formatToParts(e),r=o=>Number(n.find(s=>s.type===o)?.value);return Date.UTC(r("year"),r("m\
onth")-1,r("day"))/qe}function be(e){return new Date(e*qe).toISOString().slice(0,10)}var Kr=3600;function Jr(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>Kr)throw new f(`must\
 be a number of seconds above 0, at most ${Kr}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Kt(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let s=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${s}, at most ${n.max}`,e)}let o=Math.round(r*t.ms);if(o<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return o}function Ve(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Yr(e){if(e.
toLowerCase()==="check")return"check";try{return Jt(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function Jt(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Xr(e){let t=Gr(e);if(t)
throw new f(t,e);return e}var zr="id:",Zr=100;function Qr(e){let t=new Map;for(let n of D(e)){let r=Va(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Zr)throw new f(`names ${t.size} plans; at most ${Zr} (split the wait across steps)`);return[
...t.values()]}function Va(e){let t=e.toLowerCase().startsWith(zr),n=t?e.slice(zr.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(Ie(n))throw new f("has a plan with control\
 characters",e);if(n.length>z)throw new f(`has a plan longer than ${z} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Ka=["datasource","catalog-schema","table"];function Xt(e,t,n,r){let o=D(e["table-name"]),s=Ka.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return o.length>0&&s.length>0?eo(r,"table-name",`cannot be com\
bined with ${s.join(", ")}: give full names or their parts, not both`):o.length>0?r.take(()=>o.map(i=>Ja(
i,t))):s.length===0&&n?[]:s.length===0?eo(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):Ya(e,n,r)}function eo(e,t,n){return e.take(()=>{throw new O(
t,n)})}function Ja(e,t){let n=y("table-name",()=>He(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function Ya(e,t,n){let r=(t?
new X:n).take(()=>Yt(e,"datasource",ue)),o=n.take(()=>Yt(e,"catalog-schema",Cr)),s=n.take(()=>Yt(e,"\
table",i=>D(i).map(ue)));if(!(r===void 0||o===void 0||s===void 0))return n.take(()=>y("table",()=>s.
map(i=>Pr(r,o,i))))}function Yt(e,t,n){if(D(e[t]).length===0)throw new O(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var to=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],Xa=10,za=32,zt=2e3,Za=350,
Qa=600,eu={name:"minutes",ms:6e4},tu={name:"seconds",ms:1e3},no={timeZone:{input:"timezone",default:"\
UTC",parse:Xr},timeoutMs:{input:"timeout-seconds",default:"30",parse:Jr},retries:{input:"retries",default:"\
3",parse:e=>Ve(e,0,Xa)},concurrency:{input:"concurrency",default:"4",parse:e=>Ve(e,1,za)},failFast:{
input:"fail-fast",default:"false",parse:Jt},dryRun:{input:"dry-run",default:"false",parse:Yr},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>Ve(e,1,zt)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>Kt(e,eu,{min:0,max:Za})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>Kt(e,tu,{min:1,max:Qa})}},xd={partition:"today","dbt-catalog":Ht,...Object.fromEntries(
Object.values(no).map(e=>[e.input,e.default]))};function ro(e){return[e["auth-value"],e["app-secret"],
...Mr(e.host)].filter(t=>t!=="")}function oo(e,t){let n=[],r=new X,o=r.take(()=>y("host",()=>Lr(e.host))),
s=r.take(()=>y("tenant-id",()=>ou(e["tenant-id"]))),i=ur(e,r),u=e["dbt-run-results"]!=="",l=u?_r(e,t.
openArtifact,r,nu(e,t.now)):void 0,c=Xt(e,n,u,r),d=c&&(!u||l)?[...c,...su(l)]:void 0,p=so(e,r),{timeZone:m,
maxTriggers:g}=p,h=m===void 0?void 0:r.take(()=>y("partition",()=>Vt(D(e.partition||"today"),{now:t.
now,timeZone:m}))),T=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>je(d,h,{maxTriggers:g,largest:zt}))):
void 0,N=r.take(()=>y("wait-for-plans",()=>Qr(e["wait-for-plans"]))),M=r.take(()=>y("ca-certificate",
()=>or(e["ca-certificate"],t.readTextFile)));r.throwIfAny();let F={...p,endpoint:o,tenantId:s,credentials:i,
plan:T,caCertificates:M,waitForPlans:N},Ce=ru(F);return{config:{...Ce,today:qr({now:t.now,timeZone:Ce.
timeZone}),dbt:l},notices:n}}function nu(e,t){let n=new X,r=Xt(e,[],!0,n),{timeZone:o,maxTriggers:s}=so(
e,n);if(r===void 0||o===void 0||s===void 0)return;let i=n.take(()=>y("partition",()=>Vt(D(e.partition||
"today"),{now:t,timeZone:o})));return i&&{tableNames:r,partitions:i,limits:{maxTriggers:s,largest:zt}}}
function so(e,t){let n=Object.entries(no).map(([r,o])=>[r,t.take(()=>y(o.input,()=>o.parse(e[o.input]||
o.default)))]);return Object.fromEntries(n)}function ru(e){for(let[t,n]of Object.entries(e))if(n===void 0)
throw new Error(`input ${t} was neither parsed nor refused`);return e}function ou(e){return U(e),re(
e),_e(e),e}function su(e){return e?e.mapped.map(t=>t.tableName):[]}var io={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},iu=new Set([408,429,502,503,504]),au=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function en(e){return"status"in e?iu.has(e.status):au.
has(e.errorCode)}function uu(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function ao(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=cu(n,t);return r===void 0?void 0:Math.max(0,r-t)}var uo=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],Zt=`(?<month>${uo.join("|")})`,Qt="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",lu=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${Zt} (?<y\
ear>\\d{4}) ${Qt} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${Zt}\
-(?<year>\\d{2}) ${Qt} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${Zt} (?<day>[ \\d]\\d) ${Qt}\
 (?<year>\\d{4})$`)];function cu(e,t){let n=lu.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:o,year:s,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(pu(s,t),uo.indexOf(
o),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(g,h)=>g===c[h])?d:void 0}function pu(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),o=r-r%100+n;return o>r+50?o-100:o}var du=250;function lo(e,t,n,r){return n!==void 0?
tn(n,t):uu(e,t,r)}function tn(e,t){return Math.min(Math.max(e,du),t.retryAfterCapMs)}var vo=require("node:net");var fu=/^[0-9a-fA-F]{2}$/,mu="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),co={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(mu.map((e,t)=>[e,String.fromCharCode(160+t)]))},hu={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},po=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),gu=new RegExp("\\p{M}","gu");function Te(e,t=!0){let n=[],r={chars:"",starts:[],ends:[]};
for(let s=0;s<e.length;){let i=e.charCodeAt(s);if(yu(i,t)){n.push(i),r.starts.push(s),r.ends.push(s+
1),s+=1;continue}let u=t?Tu(e,s):bo(e,s);for(let l of bu(u.text))for(let c=0;c<l.length;c++)n.push(l.
charCodeAt(c)),r.starts.push(s),r.ends.push(s+u.length);s+=u.length}let o=[];for(let s=0;s<n.length;s+=
4096)o.push(String.fromCharCode.apply(null,n.slice(s,s+4096)));return r.chars=o.join(""),r}function yu(e,t){
return e<=32||e>=127||e===43?!1:!t||e!==37&&e!==38&&e!==92}function bu(e){return e.length===1&&e>" "&&
e<"\x7F"&&e!=="+"?[e]:e===""||po.test(e)?[]:[...e.normalize("NFKD").replace(gu,"")].filter(n=>!po.test(
n))}function Tu(e,t){let n=e[t]??"";return n==="%"?wu(e,t):n==="&"?xu(e,t):n==="\\"?Ru(e,t):bo(e,t)}
function bo(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(n),length:n>65535?2:1}}function wu(e,t){
let n=fo(e,t);if(n===void 0)return{text:"%",length:1};let r=n<128?1:n>=240?4:n>=224?3:n>=192?2:1,o=[
n];for(let i=1;i<r;i++){let u=fo(e,t+i*3);if(u===void 0)break;o.push(u)}let s=new TextDecoder().decode(
Uint8Array.from(o));return s.includes("\uFFFD")?{text:String.fromCharCode(n),length:3}:{text:s,length:o.
length*3}}function fo(e,t){if(e[t]!=="%")return;let n=e.slice(t+1,t+3);return fu.test(n)?parseInt(n,
16):void 0}function xu(e,t){let n=e.indexOf(";",t+1);if(n<0||n-t>12)return{text:"&",length:1};let r=e.
slice(t+1,n),o=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);if(o?.[1]){let i=o[1].startsWith("x")||
o[1].startsWith("X")?parseInt(o[1].slice(1),16):parseInt(o[1],10);if(i>0&&i<=1114111)return{text:String.
fromCodePoint(i),length:n-t+1}}let s=co[r]??co[r.toLowerCase()];return s===void 0?{text:"&",length:1}:
{text:s,length:n-t+1}}function Ru(e,t){let n=e[t+1]??"",r=mo(e,t);if(r!==void 0){let s=r>=55296&&r<=
56319?mo(e,t+6):void 0;return s!==void 0&&s>=56320&&s<=57343?{text:String.fromCharCode(r,s),length:12}:
{text:String.fromCharCode(r),length:6}}let o=hu[n];return o===void 0?{text:"\\",length:1}:{text:o,length:2}}
function mo(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+2,t+6);return/^[0-9a-fA-F]{4}$/.
test(n)?parseInt(n,16):void 0}function To(e,t){if(t.length===0||e==="")return[];let n=[];if(ku.test(
e)){for(let o of t)vu(e,o,n);return go(n)}let r=Su.test(e);if(!r&&Eu.test(e)){let o=e.replace(Au,"");
if(!t.some(s=>o.includes(s)))return[]}return ho(Te(e),t,e.length,n),r&&ho(Te(e,!1),t,e.length,n),go(
n)}var Su=/[%&\\]/,Eu=/^[\u0000-\u007f]*$/,Au=/[\s+]/g,ku=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;
function vu(e,t,n){for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function ho(e,t,n,r){
for(let o of t)for(let s=e.chars.indexOf(o);s>=0;){let i=s+o.length-1;r.push([e.starts[s]??0,e.ends[i]??
n]),s=e.chars.indexOf(o,s+1)}}function go(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let o=t.
at(-1);o&&n<=o[1]?o[1]=Math.max(o[1],r):t.push([n,r])}return t}function nn(e){if(e==="")return[];let t=[
e,encodeURIComponent(e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),yo(e,
"&#39;"),yo(e,"&#x27;"),...Du(e)];return[...new Set(t)].filter(n=>n!=="")}function yo(e,t){let n={"&":"\
&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function Du(e){
let t=Buffer.from(e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let o of[0,1,2]){let s=Buffer.
concat([Buffer.alloc(o),t]).toString("base64"),i=Math.ceil(o*8/6),u=Math.floor((o+t.length)*8/6);r.push(
s.slice(i,u))}return r.filter(o=>o.length>=6).flatMap(o=>[o,o.replace(/\+/g,"-").replace(/\//g,"_")])}var wo="***",rn=1e3,xo=256*1024,Cu=4*1024,on=12,Pu=200,Nu=120,Ke=/[\s\u0085]+/g,Ou=new RegExp("[\\u00\
00-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),Ro="\uFFFD",$u=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
Iu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,_u=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,o)=>{n+=String(r)+(e[o+1]??"")}),n}function Z(e,t){return e.join(
t)}function C(e){return Je(sn(e))}var an=4,we=class e{constructor(t=[],n=!0){this.withIdentifiers=n;
t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<an?this.shortForms.push(...nn(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=nn(t).filter(o=>!this.forms.includes(o));this.forms=[...this.forms,...n].sort((o,s)=>s.
length-o.length);let r=n.flatMap(o=>[Te(o).chars,Te(o,!1).chars]).filter(o=>o!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=To(
t,this.canonicalForms);if(n.length===0)return t;let r="",o=0;for(let[s,i]of n)r+=t.slice(o,s)+wo,o=i;
return r+t.slice(o)}window(t=rn){return t*2+64+this.longestForm*on+1}text(t,n=rn){if(t.length<=n&&$u.
test(t)&&!t.includes("  "))return So(Je(this.redact(t)));let r=n*2+64,o=Lu(t,this.window(n));return this.
finish(sn(this.redactPart(o,r)),n)}identifier(t,n=rn){return this.shortForms.includes(t.trim())?wo:(this.
longSecretsOnly??Mu).text(t,n)}excerpt(t,n=Pu){let r=this.longestForm*on,o=n+2*r+1;for(let s=Math.max(
Cu,4*o);;s*=4){let i=Math.min(s,xo),u=t.length>i+r&&i<xo,l=this.redactPart(t,i),c=sn(Hu(u?ju(l):l));
if(!u||c.length>=o)return this.finish(c,n)}}redactPart(t,n){let r=this.longestForm*on;if(t.length<=n+
r)return this.redact(t);let o=this.redact(t.slice(0,n+r));return r>0?o.slice(0,-r):o}quote(t,n=Nu){let r=Je(
Fu(JSON.stringify(this.redact(t))));return r.length>n?`${Ao(r,n)}\u2026"`:r}finish(t,n){return So(_(
Je(this.redact(t)),n))}},Mu=new we([],!1);function Lu(e,t){if(e.length<=t)return e.replace(Ke," ");let n=new RegExp(
Ke.source,"g"),r=0,o=0;for(;;){let s=n.exec(e),i=s?s.index:e.length;if(!s||r+(i-o)>=t)return e.slice(
0,o+(t-r)).replace(Ke," ");r+=i-o+1,o=s.index+s[0].length}}function So(e){let t=Uu.test(e)?"latin1":
"utf16le";return Buffer.from(e,t).toString(t)}var Uu=/^[\u0000-\u00ff]*$/,Bu=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function Fu(e){return e.replace(Bu,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function sn(e){
return e.replace(Iu,Ro).replace(Ke," ").replace(Ou,Ro).trim()}function Je(e){let t=e.replace(_u,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function Ao(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var Eo=/<\/(script|style|head)\s*>/gi;
function Hu(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),o=r<0?-1:e.indexOf(">",r+1);if(o<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=o+1,Wu(e,r)){Eo.lastIndex=n;let s=Eo.exec(e);n=s?s.
index+s[0].length:e.length}}return t}function ju(e){let t=e.lastIndexOf("<");return t>e.lastIndexOf(
">")?e.slice(0,t):e}function Wu(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.
test(e.slice(t,t+8))}function _(e,t){return e.length>t?`${Ao(e,t)}\u2026`:e}function ko(e,t){return e.
toFixed(t)}var R=class extends Error{constructor(n,r){super(n);this.description=n;this.code=r;this.name="Transp\
ortError"}description;code},Do=new R("cancelled","CANCELLED"),Co=new R("cancelled","CANCELLED_SENT"),
Gu="tunneling socket could not be established";function Po(e,t,n){return{url:e,host:n.text(e.host,300),
proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function un(e){if(e instanceof R)return e;let t=e?.
code,n=e instanceof Error?e.message:String(e);return new R(n,typeof t=="string"?t:"UNKNOWN")}async function No(e,t){
let n=un(e);if(n.description.startsWith(Gu)){let r=n.description.split("cause=")[1]??n.code;return new R(
r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.test(n.description)?new R(n.description,
"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&!t.proxy&&(t.speaksTls??=qu(t.url),await t.
speaksTls)?new R(n.description,"ETLSPORT"):n}function qu(e){return new Promise(t=>{let n=process.getBuiltinModule(
"node:tls").connect({host:e.hostname,port:Number(e.port||80),...(0,vo.isIP)(e.hostname)?{}:{servername:e.
hostname},rejectUnauthorized:!1,timeout:2e3}),r=o=>{n.destroy(),t(o)};n.once("secureConnect",()=>r(!0)),
n.once("error",()=>r(!1)),n.once("timeout",()=>r(!1))})}function Vu(e,t,n,r){let o=e.code==="HPE_HEA\
DER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${o}`}
var Ku=new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET\
_ISSUER_CERT","SELF_SIGNED_CERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),Ju={ECONNREFUSED:a`connection refused`,
ECONNRESET:a`connection reset`,ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,
ETIMEDOUT:a`connection timed out`};function Oo(e,t,n){let r=t.text(e.code,64),o=n?.host??a`the host`,
s=n?.proxy?a` via proxy ${n.proxy}`:a``;if(e.code.startsWith("HPE_"))return Vu(e,o,s,r);switch(e.code){case"\
ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;case"\
EUPGRADE":case"ECLOSED":return a`${o}${s}: ${t.text(e.description)}`;case"CANCELLED":return a`cancelled before the request reached ${o}`;case"\
CANCELLED_SENT":return a`cancelled while waiting for ${o} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${o}${s} sent no answer within ${t.text(e.description.replace(/^no answer within /,
""))}`;case"EPROXY":return a`could not open a tunnel to ${o} through the proxy ${n?.proxy??a`in http_proxy/https_proxy`}: ${t.
text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"EPLAINPORT":return a`${o} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${o} speaks TLS: use https://${o} instead of http://`}if(Ku.has(e.code))return a`the TLS certificate of ${o} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=Ju[e.code];return i?a`${i} by ${o}${s} (${r})`:a`${o}${s}: ${t.text(e.description)}`}var Yu=32,Xu=128,zu=8,ln=4096;function Io(e,t){if(Qu(e.status))return sl(e,t);let n=al(e.body,t.window());
if(!n)return il(e,t);let r=tl(n,t),o=nl(e.status,n,r,t);return{succeeded:o===null,code:r.code,traceId:r.
traceId,data:r.data,reason:o,warning:o===null&&fn(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function A(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function Zu(e){
return e>=200&&e<300}function Qu(e){return e>=300&&e<400&&e!==304}function el(e){return dn(e)?String(
e).trim():null}function tl(e,t){let n=(o,s)=>{let i=fn(o);return i===null||i.trim()===""?null:t.text(
i,s)},r=dn(e.code)?fn(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,Yu),traceId:dn(
e.traceId)?n(e.traceId,Xu):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function nl(e,t,n,r){let o=rl(n.errorMsg,n.detailErrorMsg);if(!Zu(e))return o!==null?a`HTTP ${e}: ${o}`:
a`HTTP ${e}${cn(n.code)}`;if(o!==null)return o;let s=ol(t,r);return s.value!==!0?s.name===null?a`the response has neither "succeed" nor "success"${cn(
n.code)}`:a`the platform answered ${s.name}: ${s.shown}${cn(n.code)}`:el(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function rl(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function ol(e,t){return"succeed"in e?{name:a`succeed`,...$o(e.
succeed,t)}:"success"in e?{name:a`success`,...$o(e.success,t)}:{name:null,value:void 0,shown:a``}}function $o(e,t){
return{value:e,shown:t.text(Xe(e),60)}}function cn(e){return e===null?a``:a` (code ${e})`}function sl(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return A(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function il(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return A(a`HTTP ${e.status} with ${r}`)}function al(e,t){if(!ul.
test(e))return null;let n=e.length>t?ll(e,t):e;if(n===null)return null;try{let r=JSON.parse(n);return typeof r==
"object"&&r!==null&&!Array.isArray(r)?r:null}catch{return null}}var ul=/^[ \t\n\r]*\{/;function ll(e,t){
let n=[],r=0;for(let o=e.indexOf('"');o>=0;){let s=cl(e,o+1);if(s<0)return null;if(s-o-1>t){let i=pl(
e,o+1,t);i<s&&(n.push(e.slice(r,i)),r=s)}o=e.indexOf('"',s+1)}return n.push(e.slice(r)),n.join("")}var Ye=/["\\\u0000-\u001f]/g,
pn=/\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;function cl(e,t){Ye.lastIndex=t;for(let n=Ye.exec(e);n;n=Ye.
exec(e)){if(n[0]==='"')return n.index;if(n[0]!=="\\"||(pn.lastIndex=n.index,!pn.test(e)))return-1;Ye.
lastIndex=pn.lastIndex}return-1}function pl(e,t,n){let r=0,o=t;for(;r<n&&o<e.length;){let s=e.charCodeAt(
o),i=1;if(s===92){let u=e.charCodeAt(o+1);i=u===117?6:2,s=u===117?parseInt(e.slice(o+2,o+6),16):dl[u]??
33}fl(s)||(r+=1),o+=i}return o}var dl={98:8,102:12,110:10,114:13,116:9};function fl(e){return e<128?
e<=32:/[\s\u0085]/.test(String.fromCharCode(e))}function dn(e){return typeof e=="string"||typeof e==
"number"}function fn(e){return e==null?null:typeof e=="string"?e:Xe(e)}function Xe(e){let t=[],n=0,r=i=>(t.
push(i),n+=i.length,n<ln),o=(i,u)=>{if(i===null||typeof i!="object")return r(JSON.stringify(i)??"nul\
l");if(u>=zu)return r("\u2026");let l=Array.isArray(i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.
isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(
d)}:`)||!o(p,u+1))return!1;return r(Array.isArray(i)?"]":"}")};o(e,0);let s=t.join("");return n<ln?s:
`${s.slice(0,ln)}\u2026`}function xe(e){return e.end.kind==="answered"&&e.end.status===429}function ze(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function Q(e,t,n=Date.now()){let r=en({status:e.status}),s=(r?ao(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:Io(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:s}}}function _o(e,t,n){let r=un(e);return{verdict:A(Oo(r,t,n)),retryable:en(
{errorCode:r.code}),end:ml(r.code)}}function ml(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function Re(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...A(
t),code:n,traceId:r}}}var Lo=j(require("node:http"),1);function Mo(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function Uo(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):Lo.default,
o=In(e),s=o?.hostname?await hl(n,o,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&gl(s,t.caCertificates),{agent:s,transport:r,proxy:o?.hostname?o:
void 0}}async function hl(e,t,n){let r=await Promise.resolve().then(()=>j(Fn(),1)),o=t.protocol==="h\
ttps:",s=e?o?r.httpsOverHttps:r.httpsOverHttp:o?r.httpOverHttps:r.httpOverHttp,i=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(o?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...i,host:t.hostname,port:u}};return s(l)}function gl(e,t){let n=e;n.options={...n.options,ca:Mo(
t)}}var Bo=1024*1024;function Fo(e,t,n){let{transport:r,url:o,agent:s,headers:i,payload:u,timeoutMs:l,signal:c}=e;
return new Promise((d,p)=>{let m=!1,g=!1,h=k=>{if(!m){m=!0,clearTimeout(Ce);try{d(k())}catch(pe){p(pe)}}},
T=()=>new R(`no answer within ${l/1e3} s`,"TIMEOUT"),N=!1,M=()=>N?Co:Do,F=k=>h(()=>n(g?T():c?.aborted?
M():k)),Ce=setTimeout(()=>{g=!0,H?.destroy(T()),F(T())},l),H;try{H=r.request(o,{method:"POST",agent:s,
headers:{...i,"content-length":Buffer.byteLength(u)},...c?{signal:c}:{}})}catch(k){return F(yl(k))}let kn=!1;
H.on("response",k=>{kn=!0,Tl(k,F,pe=>h(()=>t({status:k.statusCode??0,body:pe,...bl(k)})))}),H.on("up\
grade",(k,pe)=>{pe.destroy(),F(new R(`answered ${k.statusCode??101} ${k.statusMessage??""} (a protoc\
ol switch), not an HTTP answer`,"EUPGRADE"))}),H.on("finish",()=>N=!0),H.on("error",F),H.on("close",
()=>{kn||F(new R("the connection closed without an answer","ECLOSED"))}),H.end(Buffer.from(u,"utf8"))})}
function yl(e){let t=e instanceof Error?e.message:String(e);return new R(t,"ELOCAL")}function bl(e){
let{"retry-after":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n==
"string"?{location:n}:{}}}function Tl(e,t,n){let r=[],o=0;e.on("data",s=>{o<Bo&&r.push(s),o+=s.length}),
e.on("end",()=>{let s=Buffer.concat(r).subarray(0,Bo);r=[],n(s.toString("utf8"))}),e.on("error",t),e.
on("close",()=>{e.complete||t(new R("the connection closed in the middle of the answer","ECLOSED"))})}function jo(e,t){let n=Q(e,t);if(!n.verdict.succeeded)return n;let r=wl(e.body);return r?{...n,status:{
hasNotReady:xl(r.hasNotReady),latestDateTime:Ho(r.latestDateTime),latestRefreshTime:Ho(r.latestRefreshTime)}}:
Re(n,a`the status answer has no data object`)}function wl(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function xl(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function Ho(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Wo(e,t,n){let r=Rl(e.body);r!==void 0&&n(r);let o=Q(e,t);return o.verdict.succeeded?r===void 0?
Re(o,a`the token answer has no token (a non-empty string) in data`):Et(r)?{...o,token:r}:Re(o,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
o}function Rl(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function Go(e){let t=new URL(e.endpointUrl),n=new URL(e.tokenUrl),r=new URL(e.planStatusUrl),o=new URL(
e.planListUrl),{agent:s,transport:i,proxy:u}=await Uo(t,{maxSockets:e.maxSockets??16,caCertificates:e.
caCertificates??[]}),l=Po(t,u,e.boundary),c=async m=>_o(await No(m,l),e.boundary,l),d=(m,g,h,T,N)=>Fo(
{transport:i,url:m,agent:s,headers:g,payload:h,timeoutMs:e.timeoutMs,signal:T},N,c),p=El(e);return{trigger:(m,g,h)=>{
let T=Sl(m,e.tenantId);return e.onTriggerBody?.(T),d(t,{...p,...mn(e.tenantId,g)},T,h,N=>Q(N,e.boundary))},
createToken:(m,g,h)=>d(n,p,JSON.stringify({appId:m.appId,appSecret:m.appSecret}),h,T=>Wo(T,e.boundary,
g)),planStatus:(m,g,h)=>d(r,{...p,...mn(e.tenantId,g)},JSON.stringify(m.by==="id"?{planIdList:[m.value]}:
{planNameList:[m.value]}),h,T=>jo(T,e.boundary)),planList:(m,g)=>d(o,{...p,...mn(e.tenantId,m)},JSON.
stringify({pager:{pageNumber:1,pageSize:1}}),g,h=>Q(h,e.boundary)),close:()=>s.destroy?.()}}function Sl(e,t){
let n={tableName:e.tableName,tenantId:t,tablePartition:e.partition};return JSON.stringify(n)}function El(e){
let t={"content-type":"application/json",accept:"application/json","user-agent":e.userAgent};if(e.basicAuth){
let{username:n,password:r}=e.basicAuth;t.authorization=`Basic ${qt(n,r)}`}return t}function mn(e,t){
return{"tenant-id":e,"auth-type":t.authType,"auth-value":t.authValue}}var Al=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
kl=/^\d{9,16}$/;function hn(e){if(typeof e=="number")return qo(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(kl.test(t))return qo(Number(t));let n=Al.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,o,s,i="0",u="0",l="0",c="",d]=n,p=[r,o,s,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return vl(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-Dl(d)}:{problem:"not a real dat\
e and time"}}function qo(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function vl(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((o,s)=>o===t[s])}function Dl(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Vo(e,t){return t===null?!1:e===null||t>e}function Ko(e,t){if(e===
null||t===void 0)return!1;let n=hn(t);return"ms"in n&&e<n.ms}async function Jo(e,t,n){let r=e.values(),o=async()=>{for(let i of r)await n(i)},s=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:s},o))}async function K(e,t,n,r){let o=n.requests(t),s,i=!1,u=(l,c={})=>({last:s,attempts:l,answered:i,invalidHttp:s?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.end.kind==="cancelled"){let h=c?.end.kind==="cancelled"&&c.end.sent;return u(h?l:l-1,{cancelled:c!==
void 0,sentBeforeCancel:h,outOfTime:n.outOfTime()})}i||=c.end.kind==="answered"||c.end.kind==="not-s\
ent",s=c;let d=o.spend(c);if(!c.retryable||!d||n.stopped())return u(l);let p=lo(l,t,ze(c),n.random);
if(!n.fits(p))return u(l,{outOfTime:!0});let m=c.verdict.reason??a`transient failure`,g=o.maxAttempts;
if(r({attempt:l,maxAttempts:g,reason:m,waitMs:p,counted:!xe(c)}),await n.sleep(p),n.stopped())return u(
l)}}var Ze=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=Yo(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1;if(!l&&i>=3&&c)return this.runStop={scope:"run",answer:n,refused:i},
this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;let o=Yo(this.tables.get(t),r,
n,t);if(this.tables.set(t,o),o.broken||o.count<3)return;let s={scope:"table",table:t,answer:n,refused:o.
count};return this.stopped.set(t,s),s}tableStop(t){return this.stopped.get(t)}get stopOfRun(){return this.
runStop}get tableStops(){return[...this.stopped.values()]}};function Yo(e,t,n,r){return e?e.key!==t?
{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,tables:new Set([r]),
broken:!1}}var Cl=10,gn=12e4,Se=3,Xo=1e3,ce=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new Ze(new Set(r.plan.map(o=>o.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:t=>Pl(t)}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=AbortSignal.any([this.control.stopSignal,this.waitOver.signal]);this.clock.
sleep(t,n).then(()=>{n.aborted||this.deadline.abort()})}endWait(){this.waitOver.abort()}get remainingMs(){
return this.deadlineMs===void 0?1/0:this.deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=
0}attemptEnded(t){if(t.end.kind!=="answered")return;let n=this.clock.nowMs();if(!xe(t)){this.paceRefusedSinceMs=
void 0;return}this.paceRefusedSinceMs??=n,n-this.paceRefusedSinceMs>=gn&&this.control.stop("throttle\
d")}settled(t,n){if(!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(n),n.status===
"succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,reason:n.errorMsg};
this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.stop("refused")}n.status==="failed"&&
this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){return this.refusals.tableStop(
t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.invalidInARow=0;return}this.
unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:0,!(this.unansweredInARow<Se)&&
this.control.stop(this.invalidInARow>=Se?"invalid-http":"unreachable")}};function Pl(e){let t=Nl(e.retries)-
1-e.retries,n=e.retries+1,r=0,o=0;return{spend(s){return r++,xe(s)&&o<t&&(o++,n++),r<n},get maxAttempts(){
return n}}}function Nl(e){return 1+e+(e>0?Cl:0)}async function Qe(e,t){let n=[],r={...t,renewCredential:void 0};for(let o of e){let s=t.boundary.text(
o.label,200),i=await es(o,s,r);if(i.kind!=="read")return{failed:{label:s,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:o,label:s,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var Ol=6e4;async function Qo(e,t,n,r){let{clock:o,budget:s}=n,i=o.nowMs();
s.startWait(t.timeoutMs);let u;try{u=await $l(e,t,n,r)}finally{s.endWait()}let l=o.nowMs()-i;for(let c of e.
filter(d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?yn(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function $l(e,t,n,r){let{clock:o,control:s,budget:i}=n,u=o.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;;p++){let m=Math.min(t.intervalMs,i.remainingMs-
Xo);if(m<=0&&p>0||s.stopped||(await o.sleep(Math.max(0,m),s.stopSignal),s.stopped||i.outOfTime)||(await Jo(
d(),t.concurrency,async g=>{if(c||s.stopped||i.outOfTime)return;let h=await Il(g,n,u,r);c??=h}),c||d().
length===0))return c;o.nowMs()-l>=Ol&&(l=o.nowMs(),r.onProgress(d().length,e.length,l-u,t.timeoutMs))}}
async function Il(e,t,n,r){let o=await es(e.plan,e.label,t);return o.kind==="stopped"||o.kind==="out\
-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,o.kind==="transient")?null:o.kind!=="read"?(e.state=
"failed",e.reason=o.verdict.reason,e.last={...e.last,traceId:o.verdict.traceId??e.last.traceId},o.kind===
"refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=o.reading,Vo(e.baseline.
refreshMs,o.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function yn(e,t){e.state="not-w\
aited",e.reason=t}async function es(e,t,n){let r=!1;for(;;){let o=await K(()=>n.read(e,n.budget.requestSignal),
n.policy,n.budget.stage,u=>n.onRetry(t,u)),s=o.last,i=s?.status;if(i&&s.verdict.succeeded)return _l(
i,s.verdict.traceId,n.boundary);if(o.outOfTime&&!n.control.stopped)return{kind:"out-of-time",verdict:s?.
verdict??A(a`cut off at the wait's deadline`),attempts:o.attempts};if(o.cancelled||!s||n.control.stopped)
return{kind:"stopped",verdict:s?.verdict??A(a`cancelled before the platform answered`),attempts:o.attempts};
if(s.retryable||s.end.kind!=="answered")return{kind:"transient",verdict:s.verdict,attempts:o.attempts};
if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:s.verdict,
attempts:o.attempts}}}function _l(e,t,n){let r=Zo(e.latestRefreshTime),o=Zo(e.latestDateTime),s=i=>i===
null?null:n.text(zo(i),64);if(r!==null&&"problem"in r){let i=n.quote(zo(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.
text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...A(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:s(e.latestDateTime),latestRefreshTime:s(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:o!==null&&"ms"in o?o.ms:null,traceId:t}}}function zo(e){return typeof e=="stri\
ng"?e:Xe(e)}function Zo(e){return e==null?null:hn(e)}var et=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
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
rate=Math.max(this.rate??.5,s.rate):(this.rate=void 0,this.resumeRate=s.rate)}}};var ts=2,tt=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new et(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=ts;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=ts),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let o=Math.
floor(t.level/2),s=this.acceptedInGeneration;this.stable=0,this.change(s>0?Math.min(s,o):o)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var Ml=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function ns(e,t,n){let r=n.nowMs(),o=await K(()=>n.send(e),t,n,s=>n.onRetry({...bn(e,n.boundary),
...s}));return o.sentBeforeCancel?{...Ee(e,n.boundary,Ml),status:"unknown",attempts:o.attempts,durationMs:n.
nowMs()-r}:!o.last||o.cancelled?Ee(e,n.boundary,n.notRunReason()):Ll(e,n.boundary,o.last.verdict,{attempts:o.
attempts,durationMs:n.nowMs()-r,answered:o.answered,invalidHttp:o.invalidHttp})}function bn(e,t){return{
tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function Ll(e,t,n,r){return{
...bn(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,errorMsg:n.
reason,warning:n.warning,...r}}function Ee(e,t,n){return{...bn(e,t),status:"not-run",code:null,traceId:null,
data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1}}async function rs(e,t,n){let{control:r,budget:o}=n,s=new tt(t.concurrency,o.stage),i=Fl(s,n,t.retryPolicy),
u=new Array(e.length),l=Ul(e).values(),c=0,d=async()=>{for(let h of l){if(r.stopped)return;let T=e[h],
N=o.tableStop(T);if(N){u[h]=Ee(T,n.boundary,Bl(N));continue}try{let M=await ns(T,t.retryPolicy,i);u[h]=
M,n.onFinished(M,++c,e.length),o.settled(T,M)}catch(M){throw r.stop("crashed"),M}}},p=Math.min(t.concurrency,
e.length),g=(await Promise.allSettled(Array.from({length:p},d))).find(h=>h.status==="rejected");if(g)
throw g.reason;return e.map((h,T)=>u[T]??Ee(h,n.boundary,r.notRunReason))}function Ul(e){let t=new Map;
return e.map((r,o)=>{let s=t.get(r.tableName)??0;return t.set(r.tableName,s+1),{index:o,rank:s}}).sort(
(r,o)=>r.rank-o.rank).map(({index:r})=>r)}function Bl(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function Fl(e,t,n){let{control:r,budget:o}=t;return{...o.stage,
send:async s=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(s,o.requestSignal),
l=ze(u);return l===void 0?e.accepted(i):e.pushedBack(i,tn(l,n)),o.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function os(e,t,n,r,o,s){let i=await K(()=>e.createToken(t,o.onToken,s),n,r,o.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
A(a`cancelled before the platform answered`),attempts:i.attempts}}async function ss(e,t){let{client:n,control:r,hooks:o}=t,s=new ce(t.clock,r,e),i=await Tn(e,{...t,budget:s});
if(!i)return;let u=wn(e,{...t,budget:s},i),l=[];if(e.waitForPlans.length>0){let d=await Qe(e.waitForPlans,
u);if("failed"in d){await o.plans.baselineFailed(d.failed.label,d.failed.verdict);return}l=d.watches,
o.plans.baselines(l)}o.triggers.runStarted();let c=await rs(e.plan,{concurrency:e.concurrency,retryPolicy:e.
policy},{send:(d,p)=>n.trigger(d,i.current,p),boundary:t.boundary,control:r,budget:s,onRetry:d=>o.triggers.
retry(d),onFinished:(d,p,m)=>o.triggers.finished(d,p,m)});return l.length>0&&await Hl(c,l,e,u,o),{results:c,
cause:r.cause,refusals:s.refusals,watches:l}}async function Hl(e,t,n,r,o){let s=e.filter(i=>i.status!==
"succeeded").length;if(s>0||r.control.stopped){let i=r.control.stopped?a`the run stopped before the wait`:
a`${s} trigger${s===1?a``:a`s`} not accepted, so a refresh may never come`;t.forEach(u=>yn(u,i));return}
o.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await Qo(t,{timeoutMs:n.waitTimeoutMs,
intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>o.plans.planFresh(i),onProgress:(...i)=>o.
plans.waitProgress(...i)})}async function Tn(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};
let r=()=>os(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.hooks.credential.onToken(i),onRetry:i=>t.
hooks.credential.tokenRetry(i)},t.budget.requestSignal),o=await r();if("failed"in o){await t.hooks.credential.
tokenRefused(jl(o.failed,t.control),o.attempts);return}let s={current:o.credential};return s.renew=async()=>{
s.renew=void 0;let i=await r();return"failed"in i?!1:(s.current=i.credential,!0)},s}function jl(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function wn(e,t,n){return{read:(r,o)=>t.client.planStatus(r,n.current,o),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,o)=>t.hooks.plans.planRetry(r,o)}}async function is(e,t){let n=new ce(t.clock,t.control),r=await Tn(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let s=await Qe(e.waitForPlans,wn(e,{...t,budget:n},r));return"\
failed"in s?{passed:!1,step:a`reading plan ${s.failed.label}`,verdict:s.failed.verdict}:{passed:!0,watches:s.
watches}}let o=await K(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,s=>t.hooks.
plans.planRetry(a`list`,s));return o.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:o.last?.verdict??A(a`cancelled before an answer`)}}var Wl=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function w(e){return e===1?a``:a`s`}function ee(e){return e<1e3?a`${e} ms`:a`${ko(e/1e3,
1)} s`}function J(e,t){let n="";for(let r of Wl)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}
function E(e,t){let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function B(e,t){return e===
null?null:_(e,t)}var S="AnyMetrics refresh failed",nt="AnyMetrics refresh input is invalid";function xn(e,t=1/0){let n=_(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${Gl(e)}${as(e)}`}function Gl(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${ee(e.durationMs)})`:a``}function as(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function us(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"",o=t.get(r);o?o.push(n):t.set(r,[n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{
line:xn(r),count:1};let o=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${o} (first: ${r.
tableName} ${r.partition}${as(r)})`,count:n.length}})}function ql(e){let t={succeeded:a`✅ succeeded`,
"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.
errorMsg??a``}`}[e.status],n=a`${e.attempts} attempt${w(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.
traceId??a`none`}, ${n}, ${ee(e.durationMs)})`}function ls(e,t,n){return a`[${t}/${n}] ${ql(e)}`}function cs(e){
return a`${e.tableName} ${e.partition}: ${Rn(e)}`}function Rn(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${ee(
e.waitMs)}`}function ps(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function rt({
succeeded:e,failed:t,notRun:n,unknown:r}){let o=[a`${e.length} succeeded`,a`${t.length} failed`];r.length>
0&&o.push(a`${r.length} unknown`),n.length>0&&o.push(a`${n.length} not run`);let s=e.length+t.length+
r.length+n.length;return a`${Z(o,", ")}, ${s} in all`}function ds(e){return a`${e} more warning${w(e)}: see the log, where each is a line starting with "warning:"`}
function fs(e){return a`${e} more failure${w(e)}: see the job summary, the error-message output and the log`}
function ms(e,t,n){return a`Triggering ${e} data update${w(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function hs(e){let t=a`${e.length} trigger${w(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var Vl=400;
function gs(e,t){let n=t.text(e.rule,Vl),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${C(e.input)}" ${n}${r}`}function ys(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function bs(e,t){return a`plan ${e} status: ${Rn(t)}`}
function Ts(e){return a`token request: ${Rn(e)}`}function ws(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function Sn(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function xs(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${Z(n,", ")}`:a`the materialization plan list was read`]}
function Rs(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Ss(e,t){return a`today in ${e} is ${t}`}function Es(e){return a`Request body: ${e}`}var As=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
ks=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var Ae=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(Ts(t))}async tokenRefused(t,n){await this.report.failedEarly(ys(t,n))}};function x(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Kl={"&":"&amp;","<":"&lt;",">":"&gt;"},Jl=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(Jl,t=>`\\${t}`).replace(/[&<>]/g,t=>Kl[t]??t)}function P(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var I={fresh:"",plans:"[]","data-through":""};function vs(e){return a`After the triggers it would wait for ${e.
length} materialization plan${w(e.length)}: ${Z(e,", ")}`}function Ds(e,t){if(e.length===0)return"";
let{rows:n,more:r}=E(e,t.rowCap);return["### Would wait for these plans","",...n.map(o=>`- ${x(o)}`),
...P(r),""].join(`
`)}function Cs(e,t,n){return a`Waiting up to ${ke(t)} for ${e} materialization plan${w(e)} to turn fresh (polling every ${ee(
n)})`}function ot(e){return a`plan ${e.label}: latest refresh ended ${Ls(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function Ps(e){return a`plan ${e.label} is fresh: a refresh ended ${Ls(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${w(
e.polls)}, ${ke(e.waitedMs)})`}function Ns(e,t,n,r){return a`waiting for ${e} of ${t} plan${w(t)}, ${Math.
floor(n/6e4)} min of ${ke(r)}`}function Os(e){let t=a`${Yl(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${ke(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Ql(e)}`;default:return null}}function Yl(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function $s(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function Is(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function _s(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(Xl)),"data-through":zl(e)}}function Xl(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function zl(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var Zl={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function Ms(e,t){if(e.length===0)return"";let{rows:n,more:r}=E(e,t.rowCap),
o=e.filter(s=>s.state!=="fresh"&&s.reason).slice(0,Math.min(t.rowCap,20)).map(s=>`- ${x(s.label)}: ${b(
s.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(s=>`| ${x(s.label)} | ${Zl[s.state]} | ${b(
s.last.latestRefreshTime??"")} | ${b(s.last.latestDateTime??"")} | ${ke(s.waitedMs)} |`),...P(r),...o.
length>0?["",...o]:[],""].join(`
`)}function Ls(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Ql(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function ke(e){if(e<6e4)return ee(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var ec=new Set(["invalid-table-name"]);function Us(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.text(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.kind,
reason:t.text(n.reason)}))}}function Bs(e){return{group:a`dbt: ${e.mapped.length} node${w(e.mapped.length)} to refresh, ${e.
skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),...e.skipped.map(
({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>ec.has(t)).map(({
node:t,reason:n})=>a`${t}: ${n}`)}}function Fs(e,t){let n=i=>x(_(i,t.idLimit)),r=E(e.mapped,t.rowCap),
o=E(e.skipped,t.rowCap),s=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length} dbt nod\
e${w(e.skipped.length)} skipped</summary>`,"",...o.rows.map(({node:i,reason:u})=>`- ${n(i)}: ${b(_(u,
Math.max(t.textLimit,80)))}`),...P(o.more),"","</details>"];return["### From dbt","","| dbt node | t\
able |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${x(u)} |`),...P(r.more),...s,
""].join(`
`)}var Hs=1e6;function js(e){let{results:t,tally:n,freshness:r,planFailures:o}=e;return{success:String(
e.succeeded),"trace-id":t.map(s=>s.traceId??"").join(","),"error-message":J(Hs,s=>[...o.map(i=>_(i,1e3)),
tc(n.failed,s)].filter(i=>i!=="").join(`
`)),results:nc(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function Y(e=[],t=I){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function tc(e,t){let{rows:n,more:r}=E(
e,t.rowCap),o=n.map(s=>xn(s,t.textLimit));return r>0&&o.push(a`…and ${r} more: see the results output`),
o.join(`
`)}function nc(e){return J(Hs,t=>JSON.stringify(e.map(n=>rc(n,t))))}function rc(e,t){let{partition:n,
status:r,code:o,attempts:s,durationMs:i}=e;return{tableName:B(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:B(o,t.idLimit),traceId:B(e.traceId,t.idLimit),data:B(e.data,t.textLimit),errorMsg:B(
e.errorMsg,t.textLimit),attempts:s,durationMs:i}}var oc={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},sc="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function Ws(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function Gs(e){let t=Vs(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+ic<e.length}var ic=6;function qs(e,t){let n=[...Vs(e)],{rows:r,
more:o}=E(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",sc,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([s,i])=>{let u=[...i].sort((c,d)=>c.
partition.localeCompare(d.partition)),l=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${x(s)} | ${l} | ${u.map(c=>oc[c.status]).join("")} |`}),...P(o),""]}function Vs(e){let t=new Map;
for(let n of e){let r=t.get(n.tableName);r?r.push(n):t.set(n.tableName,[n])}return t}var ac=/^\d{4}-\d{2}-\d{2}$/;function Ks(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let o=n.
at(-1);o&&uc(o[1])===r?o[1]=r:n.push([r,r])}return n.map(([r,o])=>r===o?r:`${r}..${o}`).join(", ")}function uc(e){
if(!ac.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var it=1e6,lc=10,Js=()=>"";function Ys(e,t,n=Js){let{results:r,tally:o}=e,{succeeded:s,failed:i,notRun:u,
unknown:l}=o,c=e.succeeded?"\u2705 AnyMetrics refresh succeeded":`\u274C ${S}`;return J(it,d=>[`## ${c}`,
"",...e.stopLines.flatMap(p=>[`**\u26D4 ${b(p)}**`,""]),`**${rt(o)}**`,"",Ws(r),"",...st(`\u274C Failed (${i.
length})`,i,d,[["Table",p=>x(p.tableName)],["Partition",p=>b(p.partition)],["Reason",p=>b(B(p.errorMsg,
d.textLimit)??"")],["Trace ID",p=>p.traceId?x(p.traceId):""],["Attempts",p=>String(p.attempts)]]),...st(
`\u2753 Unknown: sent, then cut off (${l.length})`,l,d,[["Table",p=>x(p.tableName)],["Partition",p=>b(
p.partition)],["What to do",p=>b(p.errorMsg??"")]]),...cc(u,d),...Gs(r)?qs(r,d):pc(s.length>lc,`\u2705 Su\
cceeded (${s.length})`,st(`\u2705 Succeeded (${s.length})`,s,d,[["Table",p=>x(p.tableName)],["Partit\
ion",p=>b(p.partition)],["Trace ID",p=>p.traceId?x(p.traceId):""],["Attempts",p=>String(p.attempts)],
["Note",p=>b(B(p.warning,d.textLimit)??"")]])),n(d),Qs(t),""].join(`
`))}function st(e,t,n,r){if(t.length===0)return[];let{rows:o,more:s}=E(t,n.rowCap),i=r.filter(([u,l])=>u!==
"Note"||o.some(c=>l(c)!==""));return[`### ${e}`,"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"\
---").join(" | ")} |`,...o.map(u=>`| ${i.map(([,l])=>l(u)).join(" | ")} |`),...P(s),""]}function cc(e,t){
let n=new Map;for(let r of e){let o=`${r.tableName}\0${r.errorMsg??""}`,s=n.get(o)??{first:r,partitions:[]};
s.partitions.push(r.partition),n.set(o,s)}return st(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],
t,[["Table",r=>x(r.first.tableName)],["Partitions",r=>b(Ks(r.partitions))],["Count",r=>String(r.partitions.
length)],["Reason",r=>b(r.first.errorMsg??"")]])}function pc(e,t,n){return!e||n.length===0?n:[`<deta\
ils><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function at(e,t,n=Js,r=["## \u{1F4DD} AnyMet\
rics refresh dry run: nothing was sent"]){return J(it,o=>{let{rows:s,more:i}=E(e,o.rowCap);return[...r,
"",`**${e.length} trigger${w(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...s.map(
u=>`| ${x(u.tableName)} | ${b(u.partition)} |`),...P(i),"",n(o),Qs(t),""].join(`
`)})}function Xs(e){return`## \u274C ${S}

${b(e)}
`}function zs(e){return J(it,t=>{let{rows:n,more:r}=E(e,t.rowCap);return[`## \u274C ${nt}: nothing w\
as sent`,"",...n.map(o=>`- ${b(o)}`),...P(r),""].join(`
`)})}function Zs(e){return J(it,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function Qs(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${x(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${x(e.event)}`),t.join(" \xB7 ")}var ve=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
o=>gs(o,n.boundary));n.setOutputs(Y(r),S),n.annotate(r.map(o=>({line:o,count:1,title:nt}))),await n.
writeSummary(zs(r))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(n.boundary.text(r)))}read(t){
let{printer:n,facts:r}=this.report;if(n.info(Ss(n.boundary.text(t.timeZone),n.boundary.text(t.today))),
!r.dbt)return;let{group:o,lines:s,warnings:i}=Bs(r.dbt);n.startGroup(o),s.forEach(u=>n.info(u)),n.endGroup(),
n.warnings(i)}async nothingToRefresh(){let{printer:t,summaryExtra:n}=this.report;t.notice(ks),t.setOutputs(
Y(),S),await t.writeSummary(Zs(n))}async dryRun(t,n){let{printer:r,summaryExtra:o,context:s}=this.report,
i=En(t,this.report),u=n.map(m=>r.boundary.text(m,200)),{group:l,lines:c,notice:d}=hs(i);r.startGroup(
l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>0&&r.info(vs(u)),r.notice(d),r.setOutputs(Y(),S);let p=m=>[
Ds(u,m),o(m)].join(`
`);await r.writeSummary(at(i,s,p))}};function En(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
text(n.tableName),partition:t.boundary.text(n.partition)}))}var te=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:o}=this.
report;n.endGroup(),n.info(rt(t.tally)),n.setOutputs(js(t),S);let s=u=>[Ms(t.watches,u),o(u)].join(`\

`);await n.writeSummary(Ys(t,r,s)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:S});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...us(t.unexplainedFailures).map(u=>({...u,title:S}))])}async checkPassed(t,n){
let{printer:r,context:o,summaryExtra:s}=this.report;r.endGroup(),n.watches.forEach(c=>r.info(ot(c)));
let i=xs(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(c=>c.label));i.forEach(c=>r.info(
c)),r.notice(a`Connection check passed: ${Z(i,"; ")}; nothing was triggered`),r.setOutputs(Y(),S);let u=[
"## \u2705 AnyMetrics connection check passed: nothing was triggered","",...i.map(c=>`- ${b(c)}`)],l=En(
t,this.report);await r.writeSummary(at(l,o,s,u))}async checkFailed(t,n){await this.report.failedEarly(
Rs(t,n.reason,n.traceId),I)}async crashed(t){let n=t instanceof Error?t.message:String(t);await this.
report.failedEarly(ws(this.report.printer.boundary.text(n)))}};function ti(e){let{results:t,cause:n,host:r}=e,o=t.filter(i=>i.status==="not-run").length,s=o===0?a`every trigger had been sent`:
a`${o} trigger${w(o)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${s}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${Se} triggers in a row got no answer after their retries${ei(
t)}; ${s}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${Se} triggers in a row got such an answer after their retries${ei(
t)}; ${s}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?dc(e.refusal,s):null;case"throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${gn/
6e4} min and accepted none: ${s}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function ei(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function ni(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function dc(e,t){return a`The platform refused the run's first ${e.
refused} triggers with the same answer and accepted none: ${ni(e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function ri(e,t,n){let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${ni(e)}. Its other ${r} trigger${w(r)} were not sent; other tables went on. Check that the table exists on the platform as named`}
function oi(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:o})=>r===e.tableName&&n(o))}function fc(e){return e.filter(t=>t.status==="failed")}function si(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:fc(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}function ii(e,t,n){let r=si(e),o=t.freshness?.watches??[],s=t.freshness?_s(o):I,i=mc(e,t,n),u=t.freshness?.
newestPartition;return{results:e,tally:r,succeeded:e.length>0&&r.succeeded.length===e.length&&s.fresh!==
"false",stopLines:i.lines,unexplainedFailures:r.failed.filter(l=>!oi(l,i.facts)),watches:o,freshness:s,
planFailures:o.map(Os).filter(l=>l!==null),warnings:[...e.map(ps),...o.map(l=>$s(l,Ko(l.last.dataMs,
u)))].filter(l=>l!==null)}}function mc(e,t,n){let r=e.filter(u=>u.status==="not-run"),o=(t.refusals?.
tableStops??[]).map(u=>({stop:u,table:n.text(u.table??"")})).filter(({table:u})=>r.some(l=>l.tableName===
u)),s={results:e,cause:t.cause,host:n.text(t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,
tableStops:o},i=[ti(s),...o.map(({stop:u,table:l})=>ri(u,l,e))].filter(u=>u!==null);return{facts:s,lines:i}}var De=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(bs(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(ot(n)))}async baselineFailed(t,n){let r=Is(t,n.reason,n.traceId);
await this.report.failedEarly(r,{...I,fresh:"false"})}waitStarted(t,n,r){this.report.printer.startGroup(
Cs(t,n,r))}planFresh(t){this.report.printer.info(Ps(t))}waitProgress(t,n,r,o){this.report.printer.info(
Ns(t,n,r,o))}};var ai=require("node:fs");function ui(e){let t=[],n=()=>{if(t.length===0)return;let o=t.join(`
`);t=[],e.info(o)},r=o=>(...s)=>(n(),o(...s));return{info:o=>{t.push(o)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function An(e){if(!e)return;let t;try{t=(0,ai.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var ut=10;function li(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var lt=class{constructor(t,n){this.boundary=n;this.sink=ui(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<an&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(As))}info(t){this.sink.info(C(t))}debug(t){this.sink.debug(C(
t))}notice(t){this.sink.notice(C(t))}warning(t){this.warnings([t])}warnings(t){let n=ut-this.warningsMade,
{shown:r,rest:o}=li(t,n);r.forEach(s=>this.sink.warning(C(s))),this.warningsMade+=r.length,o.length!==
0&&(o.forEach(s=>this.sink.info(C(a`warning: ${s}`))),!(n<=0)&&(this.sink.warning(C(ds(o.length))),this.
warningsMade=ut))}startGroup(t){this.endGroup(),this.sink.startGroup(C(t)),this.groupOpen=!0}endGroup(){
this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate([{line:t,count:1,title:n}])}annotate(t){
let n=ut-this.errorsMade,{shown:r,rest:o}=li(t,n);r.forEach(i=>this.sink.error(C(i.line),{title:i.title})),
this.errorsMade+=r.length;let s=o[0];if(s&&n>0){let i=o.reduce((u,l)=>u+l.count,0);this.sink.error(C(
fs(i)),{title:s.title}),this.errorsMade=ut}t.length>0&&this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){
this.outputsWritten=!0;try{for(let[r,o]of Object.entries(t))this.sink.setOutput(r,o)}catch(r){this.fail(
Sn("outputs",this.boundary.text(ci(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=
!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(Sn("summary",this.boundary.text(ci(n))))}}}};
function ci(e){let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var hc={waiting:!1,dbt:void 0},ct=class e{constructor(t,n,r=hc){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?Fs(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...I,fresh:"fal\
se"}:I}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(Y(
[t],n),S),await r.writeSummary(Xs(t)),r.fail(t,S)}};function pi(e,t){return{waiting:e.dryRun==="off"&&
e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?Us(e.dbt,t):void 0}}function di(e,t){let n=r=>{let o=e[r];return o?t.text(o,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var pt=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(){let{printer:t}=this.report,
n=t.boundary.text(this.run.host);t.startGroup(ms(this.run.total,n,this.run.concurrency))}retry(t){this.
report.printer.info(cs(t))}finished(t,n,r){this.report.printer.info(ls(t,n,r))}};function fi({printer:e}){
return t=>e.debug(Es(e.boundary.text(t)))}var mi=["SIGINT","SIGTERM"];function hi(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return mi.forEach(r=>process.on(r,
n)),()=>mi.forEach(r=>process.off(r,n))}var gi=require("node:events");var gc={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},dt=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,gi.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return gc[this.firstCause??"cancelled"]}};function yi(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(o,e);t.addEventListener(
"abort",o,{once:!0});function o(){clearTimeout(r),t.removeEventListener("abort",o),n()}})}var yc="anymetrics-refresh",Ti={sleep:yi,random:Math.random,nowMs:Date.now};async function wi(){let e=Tc(),
t=new we,n=new lt(Ac(),t),r=new ct(n,di(process.env,t)),o=bc(()=>r);try{ro(e).forEach(u=>n.mask(u));
let s=await wc(e,new ve(r));if(!s)return;r=r.withFacts(pi(s,t));let i=new ve(r);if(i.read(s),s.dryRun===
"check")return await bi(s,r,Sc);if(s.plan.length===0)return await i.nothingToRefresh();if(s.dryRun===
"plan")return await i.dryRun(s.plan,s.waitForPlans.map(u=>u.label));await bi(s,r,xc)}catch(s){await new te(
r).crashed(s)}finally{o()}}function bc(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new te(e()).crashed(n)};return process.on("b\
eforeExit",t),()=>process.off("beforeExit",t)}function Tc(){let e=to.map(t=>[t,qn(t)]);return Object.
fromEntries(e)}async function wc(e,t){try{let{config:n,notices:r}=oo(e,{now:new Date,readTextFile:o=>ir(
o,nr),openArtifact:o=>ar(o)});return t.notices(r),n}catch(n){if(!(n instanceof fe))throw n;await t.refused(
n.errors);return}}async function bi(e,t,n){let r=await Ec(e,t),o=new dt,s=hi(o);try{await n({config:e,
client:r,control:o,report:t})}finally{s(),r.close()}}async function xc({config:e,client:t,control:n,
report:r}){let{boundary:o}=r.printer,s={credential:new Ae(r),plans:new De(r),triggers:new pt(r,{total:e.
plan.length,host:e.endpoint.display,concurrency:e.concurrency})},i={...e,policy:xi(e)},u=await ss(i,
{client:t,clock:Ti,control:n,boundary:o,hooks:s});if(!u)return;let l=u.watches.length>0,c={cause:u.cause,
refusals:u.refusals,host:e.endpoint.display,freshness:l?{watches:u.watches,newestPartition:Rc(e)}:void 0};
await new te(r).runEnded(ii(u.results,c,o))}function Rc(e){return e.plan.map(t=>t.partition).sort().
at(-1)}async function Sc({config:e,client:t,control:n,report:r}){let o={credential:new Ae(r),plans:new De(
r)},{boundary:s}=r.printer,i={...e,policy:xi(e)},u=await is(i,{client:t,clock:Ti,control:n,boundary:s,
hooks:o}),l=new te(r);u.passed?await l.checkPassed(e.plan,{host:e.endpoint.display,tokenExchanged:e.
credentials.kind==="api-key",watches:u.watches}):"reported"in u||await l.checkFailed(u.step,u.verdict)}
function xi(e){return{retries:e.retries,...io}}function Ec(e,t){return Go({endpointUrl:e.endpoint.url,
tokenUrl:e.endpoint.tokenUrl,planStatusUrl:e.endpoint.planStatusUrl,planListUrl:e.endpoint.planListUrl,
tenantId:e.tenantId,basicAuth:e.endpoint.basicAuth,timeoutMs:e.timeoutMs,userAgent:yc,maxSockets:e.concurrency,
caCertificates:e.caCertificates,boundary:t.printer.boundary,onTriggerBody:Kn()?fi(t):void 0})}function Ac(){
return{setSecret:Gn,debug:Jn,info:Zn,notice:e=>zn(e),warning:e=>Xn(e),error:(e,t)=>Yn(e,t),startGroup:Qn,
endGroup:er,setOutput:(e,t)=>{An(process.env.GITHUB_OUTPUT),Vn(e,t)},writeSummary:async e=>{process.
env.GITHUB_STEP_SUMMARY&&(An(process.env.GITHUB_STEP_SUMMARY),await Tt.addRaw(e).write())},fail:()=>{
process.exitCode=1}}}var kc=1e3;wi().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),kc).unref()});
