"use strict";var Xi=Object.create;var Fn=Object.defineProperty;var zi=Object.getOwnPropertyDescriptor;var Zi=Object.getOwnPropertyNames;var Qi=Object.getPrototypeOf,ea=Object.prototype.hasOwnProperty;var Bn=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var ta=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of Zi(t))!ea.call(e,s)&&
s!==n&&Fn(e,s,{get:()=>t[s],enumerable:!(r=zi(t,s))||r.enumerable});return e};var j=(e,t,n)=>(n=e!=null?Xi(Qi(e)):{},ta(t||!e||!e.__esModule?Fn(n,"default",{value:e,enumerable:!0}):
n,e));var Yn=Bn(ne=>{"use strict";var dp=require("net"),ia=require("tls"),Et=require("http"),Vn=require("https"),
aa=require("events"),fp=require("assert"),ua=require("util");ne.httpOverHttp=ca;ne.httpsOverHttp=la;
ne.httpOverHttps=pa;ne.httpsOverHttps=da;function ca(e){var t=new B(e);return t.request=Et.request,t}
function la(e){var t=new B(e);return t.request=Et.request,t.createSocket=Jn,t.defaultPort=443,t}function pa(e){
var t=new B(e);return t.request=Vn.request,t}function da(e){var t=new B(e);return t.request=Vn.request,
t.createSocket=Jn,t.defaultPort=443,t}function B(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||Et.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,s,o,i){for(var u=Kn(s,o,i),l=0,c=t.requests.length;l<c;++l){var d=t.requests[l];
if(d.host===u.host&&d.port===u.port){t.requests.splice(l,1),d.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}ua.inherits(B,aa.EventEmitter);B.prototype.addRequest=function(t,n,r,s){var o=this,
i=At({request:t},o.options,Kn(n,r,s));if(o.sockets.length>=this.maxSockets){o.requests.push(i);return}
o.createSocket(i,function(u){u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){
o.emit("free",u,i)}function c(d){o.removeSocket(u),u.removeListener("free",l),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};B.prototype.createSocket=function(t,n){var r=this,s={};r.
sockets.push(s);var o=At({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(o.localAddress=t.localAddress),o.proxyAuth&&(o.headers=o.
headers||{},o.headers["Proxy-Authorization"]="Basic "+new Buffer(o.proxyAuth).toString("base64")),q(
"making CONNECT request");var i=r.request(o);i.useChunkedEncodingByDefault=!1,i.once("response",u),i.
once("upgrade",l),i.once("connect",c),i.once("error",d),i.end();function u(p){p.upgrade=!0}function l(p,m,g){
process.nextTick(function(){c(p,m,g)})}function c(p,m,g){if(i.removeAllListeners(),m.removeAllListeners(),
p.statusCode!==200){q("tunneling socket could not be established, statusCode=%d",p.statusCode),m.destroy();
var h=new Error("tunneling socket could not be established, statusCode="+p.statusCode);h.code="ECONN\
RESET",t.request.emit("error",h),r.removeSocket(s);return}if(g.length>0){q("got illegal response bod\
y from proxy"),m.destroy();var h=new Error("got illegal response body from proxy");h.code="ECONNRESE\
T",t.request.emit("error",h),r.removeSocket(s);return}return q("tunneling connection has established"),
r.sockets[r.sockets.indexOf(s)]=m,n(m)}function d(p){i.removeAllListeners(),q(`tunneling socket coul\
d not be established, cause=%s
`,p.message,p.stack);var m=new Error("tunneling socket could not be established, cause="+p.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(s)}};B.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(s){r.request.onSocket(s)})}};function Jn(e,t){var n=this;B.prototype.createSocket.
call(n,e,function(r){var s=e.request.getHeader("host"),o=At({},n.options,{socket:r,servername:s?s.replace(
/:.*$/,""):e.host}),i=ia.connect(0,o);n.sockets[n.sockets.indexOf(r)]=i,t(i)})}function Kn(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function At(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var s=Object.keys(r),o=0,i=s.length;o<i;++o){var u=s[o];r[u]!==void 0&&(e[u]=
r[u])}}return e}var q;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?q=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:q=function(){};ne.debug=q});var zn=Bn((hp,Xn)=>{Xn.exports=Yn()});var Hn=j(require("os"),1);function W(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ie(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function G(e,t,n){let r=new xt(e,t,n);process.stdout.write(r.toString()+Hn.EOL)}function St(e,t=""){
G(e,{},t)}var Un="::",xt=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=Un+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${ra(s)}`)}}return t+=`${Un}${na(this.message)}`,t}};function na(e){return W(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function ra(e){return W(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var jn=j(require("crypto"),1),_e=j(require("fs"),1),Me=j(require("os"),1);function Wn(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!_e.existsSync(n))throw new Error(`Missing file at path: ${n}`);
_e.appendFileSync(n,`${W(t)}${Me.EOL}`,{encoding:"utf8"})}function Gn(e,t){let n=`ghadelimiter_${jn.randomUUID()}`,
r=W(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Me.EOL}${r}${Me.EOL}${n}`}var Pt=j(require("os"));function qn(e){let t=e.protocol==="https:";if(sa(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new Le(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new Le(`http://${n}`)}else return}function sa(e){
if(!e.hostname)return!1;let t=e.hostname;if(oa(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let o of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(o==="*"||s.some(i=>i===o||i.endsWith(`.${o}`)||o.
startsWith(".")&&i.endsWith(`${o}`)))return!0;return!1}function oa(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var Le=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var Qn=require("os"),ge=require("fs"),kt=function(e,t,n,r){function s(o){return o instanceof n?o:new n(
function(i){i(o)})}return new(n||(n=Promise))(function(o,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?o(d.value):s(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:fa,appendFile:ma,writeFile:ha}=ge.promises,Zn="GITHUB\
_STEP_SUMMARY";var vt=class{constructor(){this._buffer=""}filePath(){return kt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[Zn];if(!t)throw new Error(`Unable to find environm\
ent variable for $${Zn}. Check if your runtime environment supports job summaries.`);try{yield fa(t,
ge.constants.R_OK|ge.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([o,i])=>` ${o}="${i}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return kt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
ha:ma)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return kt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(Qn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
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
addRaw(r).addEOL()}},ga=new vt;var Dt=ga;var Nt=j(require("os"),1);var Tp=Nt.default.platform(),wp=Nt.default.arch();var er;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(er||(er={}));function tr(e){G("add-mask",{},e)}function nr(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function rr(e,t){if(process.env.GITHUB_OUTPUT||"")return Wn("OUTPUT",Gn(e,t));process.stdout.write(Pt.EOL),
G("set-output",{name:e},W(t))}function sr(){return process.env.RUNNER_DEBUG==="1"}function or(e){G("debug",{},e)}function ir(e,t={}){
G("error",Ie(t),e instanceof Error?e.toString():e)}function ar(e,t={}){G("warning",Ie(t),e instanceof
Error?e.toString():e)}function ur(e,t={}){G("notice",Ie(t),e instanceof Error?e.toString():e)}function cr(e){
process.stdout.write(e+Pt.EOL)}function lr(e){St("group",e)}function pr(){St("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},O=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new O(e,n.rule,n.offendingValue):n}}var ye=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},X=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof O))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new ye(
this.errors)}};var Ct="-----BEGIN CERTIFICATE-----",dr="-----END CERTIFICATE-----",fr=1024*1024,mr="must be PEM tex\
t or the path of a PEM file with at least one certificate";function hr(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:wa(n,t),s=Ta(r);if(s.length===0)throw new f(mr,gr(n));return s.
forEach(Ra),s}function Ta(e){let t=[];for(let n=e.indexOf(Ct);n>=0;n=e.indexOf(Ct,n+1)){let r=e.indexOf(
dr,n+Ct.length);if(r<0)break;t.push(e.slice(n,r+dr.length)),n=r}return t}function wa(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${mr}; the file cannot be read (${r})`,e)}}function Ra(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",gr(e))}}function gr(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var R=require("node:fs"),Ot=1024*1024,be=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function $t(e,t){if(!(0,R.statSync)(e).isFile())throw new be("not a regular\
 file");let n=(0,R.openSync)(e,"r");try{let r=[],s=0;for(;;){let o=Buffer.allocUnsafe(Ot),i=(0,R.readSync)(
n,o,0,Ot,null);if(i===0)break;if(s+=i,s>t)throw new be(`larger than ${t} bytes`);r.push(o.subarray(0,
i))}return Buffer.concat(r,s).toString("utf8")}finally{(0,R.closeSync)(n)}}function yr(e,t=Ot){return{
*[Symbol.iterator](){if(!(0,R.statSync)(e).isFile())throw new be("not a regular file");let n=(0,R.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,R.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,R.closeSync)(n)}}}}function br(e,t){try{return $t(e,t)}catch(n){if(n.
code==="ENOENT")return;throw n}}function Tr(e,t){let n=`${e}.${process.pid}.tmp`;try{(0,R.writeFileSync)(
n,t,{mode:420}),(0,R.renameSync)(n,e)}catch(r){throw(0,R.rmSync)(n,{force:!0}),r}}var z=128,xa=/[\u0000-\u001f\u007f-\u009f]/,Sa=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function re(e){return xa.
test(e)}function It(e){return Sa.test(e)}function se(e,t={}){if(!It(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Fe(e,t=z){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function U(e,t="is required"){if(e==="")throw new f(
t)}var Mt=["UID","TOKEN","ACCOUNT","APIKEY"];function wr(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new O("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Ea(e,t):Aa(e,t)}function Ea(e,t){let n=t.take(()=>y("app-id",()=>(U(e["a\
pp-id"],"is required with app-secret (the API key ID)"),se(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(U(e["app-secret"],"is required with app-id (the API key secret)"),se(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function Aa(e,t){
let n=t.take(()=>y("auth-type",()=>va(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>ka(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function ka(e){return U(e),se(e,
{secret:!0}),e}function va(e){U(e,`is required (one of ${Mt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=Mt.find(r=>r===t);if(!n)throw new f(`must be one of ${Mt.join(
", ")}`,e);return n}var Ve=require("node:path");var Ir=require("node:buffer");var oe=class extends Error{constructor(n,r,s,o){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${s}): ${o}`);this.offset=n;this.line=r;this.column=s;this.reason=o;this.name="JsonSyntaxError"}offset;line;column;reason};var Be=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])Be[e]=1;var Rr=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,xr=[-2139062144,-2139062272,-2139095040,-2147483648];function _t(e){return e>=48&&
e<=57}function Lt(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function Sr(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function Er(e,t){
return ie(e[t])&&ie(e[t+1])&&ie(e[t+2])&&ie(e[t+3])}function ie(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var Ar=Buffer.alloc(0),Ft=new Uint32Array(0),Ue=class{buf=Ar;pos=0;words=Ft;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new oe(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=Ar,this.words=
Ft,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
Rr&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):Ft,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===32||s===9||s===13)r++;else if(s===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var Wt={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function Gt(e){return e===45||e>=48&&e<=57}function Dr(e,t){
if(t===34)e.pos++,He(e);else if(Gt(t))La(e);else{let n=Wt[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let s=0;for(;s<r.length&&e.buf[e.pos+s]===r[s];)s++;if(s===r.length){
e.pos+=s;return}}for(let s of r)e.peek()!==s&&e.fail(`expected ${n.kind}`),e.pos++}}function He(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,s=t.length,o=e.pos;for(;o<s;){if(o<r){let u=o>>2,l=Lt(n[u])&xr[o&
3];for(;l===0&&++u<n.length;)l=Lt(n[u]);if(l===0){o=r;continue}o=u*4+Sr(l)}let i=t[o];if(i===34){e.pos=
o+1;return}if(i===92){let u=o+1<s?t[o+1]:-1;if(Be[u]===1){o+=2;continue}if(u===117&&o+5<s&&Er(t,o+2)){
o+=6;continue}break}i<32&&(e.pos=o,e.fail("a control character in a string (it must be escaped)")),o++}
e.pos=o,o<s?_a(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function _a(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),Be[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)ie(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function La(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:Ut(e),t=e.peek(),t===46&&(e.pos++,Ut(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,Ut(e))}function Ut(e){_t(e.peek())||
e.fail("a number without its digits");do e.pos++;while(_t(e.peek()))}var Or=1e5;function $r(e,t){let n=new Vt(e);try{return t(n)}finally{n.close()}}var Vt=class{bytes;entered=[];constructor(t){
this.bytes=new Ue(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(Gt(
t))return"number";let n=Wt[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,s=r.skipWhitespace();s!==34&&r.expected(s,"a key (a string)"),r.collect(t,n),r.pos++,He(r);let o=r.
collected(),i=o.includes(92)?JSON.parse(o.toString("utf8")):o.toString("utf8",1,o.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=Or&&t.fail(`nested more than ${Or} levels deep`),t.pos++;let s=r===123?
125:93;if(t.skipWhitespace()===s)t.pos++;else{n.push(s),s===125&&this.skipKey();continue}}else Dr(t,
r);for(;;){let s=n.at(-1);if(s===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,s===125&&this.
skipKey();break}r!==s&&t.expected(r,s===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let s=r.place();r.collect(t,n),this.skipValue();let o=r.collected();
try{return JSON.parse(o.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",s)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let s=this.bytes,o=s.skipWhitespace();return o===t?(s.pos++,this.entered.pop(),!0):(r||
(o!==44&&s.expected(o,`',' or ${n}`),s.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,He(t),t.expect(58,"':'")}};var Fa=["v12","v20"],Ba=["v6"],Jt=new Set(["model","seed","snapshot"]),we=Ir.constants.MAX_STRING_LENGTH;
function Mr(e){let t;if(Lr(e,"run-results",Ba,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=Ua(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function Ua(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let o=ue(e);o!==void 0;o=ue(e))o==="unique_id"||o==="status"?n[o]=e.readValue(we,()=>We(`a resul\
t's ${o}`)):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
s)})}return t}function _r(e,t){let n;if(Lr(e,"manifest",Fa,(r,s)=>{if(r!=="nodes")return!1;let o=s.kind();
return o==="object"?n=Ha(s,t):(s.skipValue(),n=o==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function Ha(e,t){let n=new Map;e.enterObject();for(let r=ue(e);r!==void 0;r=
ue(e)){let s=t.has(r)?e.kind():void 0;if(s==="object"||s==="array"){let o=e.readValue(we,()=>We(`nod\
e ${r}`));n.set(r,Ga(r,o))}else e.skipValue(),s!==void 0&&n.delete(r)}return n}function Lr(e,t,n,r){
try{$r(e,s=>{if(s.kind()!=="object")throw s.skipValue(),s.finish(),new f("is not a JSON object");let o;
s.enterObject();for(let i=ue(s);i!==void 0;i=ue(s))i==="metadata"?o=s.readValue(we,()=>We("its metad\
ata")):r(i,s)||s.skipValue();s.finish(),Wa(o,t,n)})}catch(s){throw s instanceof oe?ja(s):s}}function ja(e){
return new f(`is not valid JSON at byte ${e.offset} (line ${e.line}, column ${e.column}): ${e.reason}`)}
function Wa(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
if(!s||!n.includes(s))throw new f(`is ${t} ${s??`of unknown version (${String(r).slice(0,80)})`}; th\
is action reads ${t} ${n.join(" and ")}`)}function ue(e){return e.nextKey(we,()=>We("a key"))}function We(e){
return new f(`has ${e} of more than ${we} bytes, longer than any string Node.js makes (JSON.parse co\
uld not read it either)`)}function Ga(e,t){let n=t.config??{},r=o=>typeof o=="string"&&o!==""?o:null,
s=[t.tags,n.tags].flatMap(o=>Array.isArray(o)?o:[]);return{uniqueId:e,resourceType:r(t.resource_type)??
e.split(".")[0]??"",name:r(t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(
t.database),catalog:r(n.catalog),materialized:r(n.materialized),tags:[...new Set(s.filter(o=>typeof o==
"string"))],originalFilePath:r(t.original_file_path)}}function Fr(e){return new Set(e.map(t=>t.uniqueId).
filter(t=>Jt.has(t.split(".")[0]??"")))}function Ur(e){let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(
`${t}/`)};let n=qa(t);return{source:t,test:r=>Va(n,r)}}function qa(e){let t=[];for(let n=0;n<e.length;n++){
let r=e[n]??"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:
1}else r==="*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}
function Va(e,t){let n=Br(e,new Set([0]));for(let r of t){let s=new Set;for(let o of n){let i=e[Math.
floor(o)];i&&Ja(i,o,r,s)}if(s.size===0)return!1;n=Br(e,s)}return n.has(e.length)}function Ja(e,t,n,r){
let s=n==="/";switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"\
segment":s||r.add(t);return;case"any":r.add(t);return;case"folders":{let o=Math.floor(t)+.5;r.add(o),
s&&r.add(Math.floor(t)+1)}}}function Br(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&
r.kind!=="char"&&r.kind!=="one"&&t.add(n+1)}return t}var Hr=["model","seed","snapshot"];function Kt(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function Yt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:Ur(r)};case"resource_type":if(!Hr.
includes(r))throw new f(`has resource_type:${r}; use ${Hr.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}var $="[\\p{L}\\p{N}_$-]+",Ka=new RegExp(`^(${$})\\.\`(${$})\\.(${$})\`\\.(${$})$`,"u"),Ya=new RegExp(
`^(${$})\\.(${$})\\.(${$})\\.(${$})$`,"u"),Xa=new RegExp(`^${$}$`,"u"),za=new RegExp(`^(${$})\\.(${$}\
)$`,"u"),Za="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Ge(e){let t=e.trim();
if(Ka.test(t))return{tableName:Xt(t),backticksAdded:!1};let n=Ya.exec(t);if(n){let[r="",s="",o="",i=""]=n.
slice(1);return{tableName:Xt(Gr(r,`${s}.${o}`,i)),backticksAdded:!0}}throw new f(Za,t)}function ce(e){
let t=e.trim();if(!Xa.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function jr(e){let t=Qa(e.trim());if(!za.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function Wr(e,t,n){return Xt(
Gr(e,t,n))}function Gr(e,t,n){return`${e}.\`${t}\`.${n}`}function Qa(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function Xt(e){try{Fe(e,z)}catch{throw new f(`must compose a t\
ableName of at most ${z} characters (it has ${e.length})`,e)}return e}var eu=new Set(["success","partial success"]);function qr(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let o of e){if(s.has(o.uniqueId))continue;s.add(o.uniqueId);let i=tu(o,t.get(o.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:o.uniqueId,...i}):r.skipped.push({uniqueId:o.uniqueId,...i})}return r}
function tu(e,t,n){let r=nu(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:ru(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof f?s.rule:String(s)}`}}}function nu(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return Jt.has(r)?eu.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>Kt(s,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(s=>Kt(s,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function ru(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,s=e.catalog??r??t.defaultCatalog,o=`${t.datasource}.\`${s}.${n}\`.${e.
alias??e.name}`;return Ge(o).tableName}function N(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function qe(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),o=r.length*s.length;if(o>n.maxTriggers){
let i=o>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${o} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${i}`)}return r.flatMap(i=>s.map(u=>({tableName:i,partition:u})))}var su="default_catalog";function Kr(e,t,n,r){let s=n.take(()=>y("datasource",()=>(U(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ce(e.datasource)))),o=n.
take(()=>y("dbt-catalog",()=>ce(e["dbt-catalog"]||su))),i=n.take(()=>y("dbt-select",()=>N(e["dbt-sel\
ect"]).map(Yt))),u=n.take(()=>y("dbt-exclude",()=>N(e["dbt-exclude"]).map(Yt))),l=n.take(()=>ou(e,t,
r));if(!(s===void 0||o===void 0||i===void 0||u===void 0||l===void 0))return qr(l.results,l.nodes,{datasource:s,
defaultCatalog:o,select:i,exclude:u})}function ou(e,t,n){let r=e["dbt-run-results"],s=e["dbt-manifes\
t"]||(0,Ve.join)((0,Ve.dirname)(r),"manifest.json"),o=y("dbt-run-results",()=>Vr(t,r,Mr));if(n){let{
tableNames:c,partitions:d,limits:p}=n;y("max-triggers",()=>qe(c,d,p))}let i=Fr(o),u=y("dbt-manifest",
()=>Vr(t,s,c=>_r(c,i))),l=[...i].filter(c=>!u.has(c));if(l.length>0)throw new O("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,s);return{results:o,nodes:u}}function Vr(e,t,n){let r;try{r=e(t)}catch(s){throw Jr(
s,t)}try{return n(r)}catch(s){throw s instanceof f?new f(s.rule,t):typeof s.code=="string"?Jr(s,t):s}}
function Jr(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var iu=/^[0-9a-fA-F]{2}$/,au="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),Yr={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(au.map((e,t)=>[e,String.fromCharCode(160+t)]))},uu={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},Xr=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),cu=new RegExp("\\p{M}","gu");function Re(e,t=!0){let n=[],r={chars:"",starts:[],ends:[]};
for(let o=0;o<e.length;){let i=e.charCodeAt(o);if(lu(i,t)){n.push(i),r.starts.push(o),r.ends.push(o+
1),o+=1;continue}let u=t?du(e,o):ns(e,o);for(let l of pu(u.text))for(let c=0;c<l.length;c++)n.push(l.
charCodeAt(c)),r.starts.push(o),r.ends.push(o+u.length);o+=u.length}let s=[];for(let o=0;o<n.length;o+=
4096)s.push(String.fromCharCode.apply(null,n.slice(o,o+4096)));return r.chars=s.join(""),r}function lu(e,t){
return e<=32||e>=127||e===43?!1:!t||e!==37&&e!==38&&e!==92}function pu(e){return e.length===1&&e>" "&&
e<"\x7F"&&e!=="+"?[e]:e===""||Xr.test(e)?[]:[...e.normalize("NFKD").replace(cu,"")].filter(n=>!Xr.test(
n))}function du(e,t){let n=e[t]??"";return n==="%"?fu(e,t):n==="&"?mu(e,t):n==="\\"?hu(e,t):ns(e,t)}
function ns(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(n),length:n>65535?2:1}}function fu(e,t){
let n=zr(e,t);if(n===void 0)return{text:"%",length:1};let r=n<128?1:n>=240?4:n>=224?3:n>=192?2:1,s=[
n];for(let i=1;i<r;i++){let u=zr(e,t+i*3);if(u===void 0)break;s.push(u)}let o=new TextDecoder().decode(
Uint8Array.from(s));return o.includes("\uFFFD")?{text:String.fromCharCode(n),length:3}:{text:o,length:s.
length*3}}function zr(e,t){if(e[t]!=="%")return;let n=e.slice(t+1,t+3);return iu.test(n)?parseInt(n,
16):void 0}function mu(e,t){let n=e.indexOf(";",t+1);if(n<0||n-t>12)return{text:"&",length:1};let r=e.
slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);if(s?.[1]){let i=s[1].startsWith("x")||
s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],10);if(i>0&&i<=1114111)return{text:String.
fromCodePoint(i),length:n-t+1}}let o=Yr[r]??Yr[r.toLowerCase()];return o===void 0?{text:"&",length:1}:
{text:o,length:n-t+1}}function hu(e,t){let n=e[t+1]??"",r=Zr(e,t);if(r!==void 0){let o=r>=55296&&r<=
56319?Zr(e,t+6):void 0;return o!==void 0&&o>=56320&&o<=57343?{text:String.fromCharCode(r,o),length:12}:
{text:String.fromCharCode(r),length:6}}let s=uu[n];return s===void 0?{text:"\\",length:1}:{text:s,length:2}}
function Zr(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+2,t+6);return/^[0-9a-fA-F]{4}$/.
test(n)?parseInt(n,16):void 0}function rs(e,t){if(t.length===0||e==="")return[];let n=[];if(Tu.test(
e)){for(let s of t)wu(e,s,n);return es(n)}let r=gu.test(e);if(!r&&yu.test(e)){let s=e.replace(bu,"");
if(!t.some(o=>s.includes(o)))return[]}return Qr(Re(e),t,e.length,n),r&&Qr(Re(e,!1),t,e.length,n),es(
n)}var gu=/[%&\\]/,yu=/^[\u0000-\u007f]*$/,bu=/[\s+]/g,Tu=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;
function wu(e,t,n){for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function Qr(e,t,n,r){
for(let s of t)for(let o=e.chars.indexOf(s);o>=0;){let i=o+s.length-1;r.push([e.starts[o]??0,e.ends[i]??
n]),o=e.chars.indexOf(s,o+1)}}function es(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.
at(-1);s&&n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}function zt(e){if(e==="")return[];let t=[
e,encodeURIComponent(e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),ts(e,
"&#39;"),ts(e,"&#x27;"),...Ru(e)];return[...new Set(t)].filter(n=>n!=="")}function ts(e,t){let n={"&":"\
&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function Ru(e){
let t=Buffer.from(e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let s of[0,1,2]){let o=Buffer.
concat([Buffer.alloc(s),t]).toString("base64"),i=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(
o.slice(i,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}var ss="***",Zt=1e3,os=256*1024,xu=4*1024,Qt=12,Su=200,Eu=120,Je=/[\s\u0085]+/g,Au=new RegExp("[\\u00\
00-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),is="\uFFFD",ku=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
vu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,Du=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,s)=>{n+=String(r)+(e[s+1]??"")}),n}function Z(e,t){return e.join(
t)}function P(e){return Ke(en(e))}var tn=4;function Ye(e,t){return Buffer.from(`${e}:${t}`).toString(
"base64")}var xe=class e{constructor(t=[],n=!0){this.withIdentifiers=n;t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<tn?this.shortForms.push(...zt(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=zt(t).filter(s=>!this.forms.includes(s));this.forms=[...this.forms,...n].sort((s,o)=>o.
length-s.length);let r=n.flatMap(s=>[Re(s).chars,Re(s,!1).chars]).filter(s=>s!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=rs(
t,this.canonicalForms);if(n.length===0)return t;let r="",s=0;for(let[o,i]of n)r+=t.slice(s,o)+ss,s=i;
return r+t.slice(s)}window(t=Zt){return t*2+64+this.longestForm*Qt+1}text(t,n=Zt){if(t.length<=n&&ku.
test(t)&&!t.includes("  "))return as(Ke(this.redact(t)));let r=n*2+64,s=Pu(t,this.window(n));return this.
finish(en(this.redactPart(s,r)),n)}identifier(t,n=Zt){return this.shortForms.includes(t.trim())?ss:(this.
longSecretsOnly??Nu).text(t,n)}excerpt(t,n=Su){let r=this.longestForm*Qt,s=n+2*r+1;for(let o=Math.max(
xu,4*s);;o*=4){let i=Math.min(o,os),u=t.length>i+r&&i<os,l=this.redactPart(t,i),c=en(Iu(u?Mu(l):l));
if(!u||c.length>=s)return this.finish(c,n)}}redactPart(t,n){let r=this.longestForm*Qt;if(t.length<=n+
r)return this.redact(t);let s=this.redact(t.slice(0,n+r));return r>0?s.slice(0,-r):s}quote(t,n=Eu){let r=Ke(
$u(JSON.stringify(this.redact(t))));return r.length>n?`${cs(r,n)}\u2026"`:r}finish(t,n){return as(M(
Ke(this.redact(t)),n))}},Nu=new xe([],!1);function Pu(e,t){if(e.length<=t)return e.replace(Je," ");let n=new RegExp(
Je.source,"g"),r=0,s=0;for(;;){let o=n.exec(e),i=o?o.index:e.length;if(!o||r+(i-s)>=t)return e.slice(
0,s+(t-r)).replace(Je," ");r+=i-s+1,s=o.index+o[0].length}}function as(e){let t=Cu.test(e)?"latin1":
"utf16le";return Buffer.from(e,t).toString(t)}var Cu=/^[\u0000-\u00ff]*$/,Ou=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function $u(e){return e.replace(Ou,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function en(e){
return e.replace(vu,is).replace(Je," ").replace(Au,is).trim()}function Ke(e){let t=e.replace(Du,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function cs(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var us=/<\/(script|style|head)\s*>/gi;
function Iu(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,_u(e,r)){us.lastIndex=n;let o=us.exec(e);n=o?o.
index+o[0].length:e.length}}return t}function Mu(e){let t=e.lastIndexOf("<");return t>e.lastIndexOf(
">")?e.slice(0,t):e}function _u(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.
test(e.slice(t,t+8))}function M(e,t){return e.length>t?`${cs(e,t)}\u2026`:e}function Xe(e,t){return e.
toFixed(t)}var Lu="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",nn=/^[a-z][a-z0-9+.-]*:\/\//i,Fu=/[/?#\\]/;function rn(e){let t=nn.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(Fu);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function ls(e){let t=rn(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),o=r<0?"":n.slice(r+1),i=r<0?s:o,u=[i,Se(i),Ye(
Se(s),Se(o))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function le(e){let t=rn(
e.trim()),n=t?`${t.scheme}***@${t.rest}`:e.trim();return Bu(n)}function Bu(e){let t=nn.exec(e)?.[0]??
"",n=e.slice(t.length),r=n.search(/[?#]/);return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function ps(e){
let t=e.trim();if(t==="")throw new f("is required");if(re(t)||/\s/.test(t))throw new f("must not con\
tain spaces or control characters",le(t));if(rn(t)?.ambiguous)throw new f("must percent-encode / ? #\
 in a user name or password (user:p%2Fss@host), and @ in a path (%40)",le(t));let n=Uu(t),r=n.pathname.
replace(/\/+$/,""),s={base:`${n.protocol}//${n.host}${r}`};return(n.username!==""||n.password!=="")&&
(s.basicAuth={username:Se(n.username),password:Se(n.password)}),s}function Uu(e){let t=nn.test(e),n=Hu(
t?e:`http://${e}`,e);if(n.protocol!=="http:"&&n.protocol!=="https:")throw new f("must use http:// or\
 https://",le(e));if(!t&&n.port==="")throw new f("must include a port when no scheme is given (e.g. \
anymetrics.example.com:8083)",le(e));if(/[?#]/.test(e))throw new f("must not contain a query (?) or \
fragment (#)",le(e));return n}function Hu(e,t){try{return new URL(e)}catch{throw new f(Lu,le(t))}}function Se(e){
try{return decodeURIComponent(e)}catch{return e}}var Ze=864e5,ju=/^(\d{4})-(\d{2})-(\d{2})$/,Wu=/^today\s*-\s*(\d{1,5})$/i,ds=36600,Gu="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",fs="..",ms=36600,hs=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
gs={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function bs(e){if(e==="UTC")return null;let t=e.toUpperCase();if(gs[t])return gs[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=qu(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":hs.test(e)?null:`is a le\
gacy alias or abbreviation: write ${hs.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function qu(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function Ts(e){return Ee(ze(e))}function sn(e,t){if(e.
length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)for(let s of Vu(
r.trim(),t))n.add(s);return[...n].sort((r,s)=>r-s).map(Ee)}function Vu(e,t){let n=e.indexOf(fs);if(n<
0)return[ws(e,t)];if(e.includes("..."))throw new f("has a range with three dots: write A..B (two dot\
s)",e);let[r="",s=""]=[e.slice(0,n),e.slice(n+fs.length)].map(u=>u.trim());if(r===""||s==="")throw new f(
`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let o=ys(
r,e,t),i=ys(s,e,t);if(i<o)throw new f(`has a reversed range (${Ee(o)} is after ${Ee(i)}): write it o\
ldest first`,e);if(i-o>=ms)throw new f(`has a range longer than ${ms} days`,e);return Array.from({length:i-
o+1},(u,l)=>o+l)}function ys(e,t,n){try{return ws(e,n)}catch(r){throw r instanceof f?new f(r.rule,t):
r}}function ws(e,t){let n=e.toLowerCase();if(n==="today")return ze(t);if(n==="yesterday")return ze(t)-
1;let r=Wu.exec(e);if(r){let s=Number(r[1]);if(s>ds)throw new f(`must not reach back more than ${ds}\
 days`,e);return ze(t)-s}return Ju(e)}function Ju(e){let t=ju.exec(e);if(!t)throw new f(Gu,e);let[n,
r,s]=t.slice(1).map(Number),o=Date.UTC(n,r-1,s)/Ze;if(n<1||Ee(o)!==e)throw new f("must be a real cal\
endar date (yyyy-MM-dd)",e);return o}function ze({now:e,timeZone:t}){if(t==="UTC")return Math.floor(
e.getTime()/Ze);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeric",day:"\
numeric"}).formatToParts(e),r=s=>Number(n.find(o=>o.type===s)?.value);return Date.UTC(r("year"),r("m\
onth")-1,r("day"))/Ze}function Ee(e){return new Date(e*Ze).toISOString().slice(0,10)}var Rs=3600;function xs(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>Rs)throw new f(`must\
 be a number of seconds above 0, at most ${Rs}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function on(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let o=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${o}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function Qe(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Ss(e){if(e.
toLowerCase()==="check")return"check";try{return an(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function an(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Es(e){let t=bs(e);if(t)
throw new f(t,e);return e}var un="anymetrics-refresh/resume",cn=1,As=8*1024*1024,pe="must be the path of a file this action wr\
ote as resume-file, or of none yet";function ks(e,t){let n=e.trim();if(n==="")return;if(re(n))throw new f(
pe,n);let r;try{r=t(n)}catch(s){let o=s.code??"unreadable";throw new f(`${pe}; it cannot be read (${o}\
)`,n)}return{path:n,record:r===void 0?{entries:[]}:Ku(r,n)}}function Ku(e,t){let n;try{n=JSON.parse(
e)}catch{throw new f(`${pe}; it is not JSON (corrupt, or not this action's)`,t)}if(!Ae(n)||n.format!==
un)throw new f(`${pe}; it is not this action's (no "format": "${un}")`,t);if(n.version!==cn){let s=JSON.
stringify(n.version??null).slice(0,20);throw new f(`${pe}; it is of version ${s}, and this action re\
ads version ${cn}`,t)}let r=n.entries;if(!Array.isArray(r)||!r.every(Yu))throw new f(`${pe}; its ent\
ries are corrupt`,t);return{entries:r}}function vs(e){let t={format:un,version:cn,note:"Written by a\
nymetrics-refresh: triggers accepted so far are not sent again by a run given this file as resume-fi\
le.",entries:e.entries};return`${JSON.stringify(t,null,1)}
`}function Yu(e){return Ae(e)&&typeof e.host=="string"&&typeof e.tenantId=="string"&&Array.isArray(e.
accepted)&&e.accepted.every(Xu)&&Array.isArray(e.baselines)&&e.baselines.every(zu)}function Xu(e){return Ae(
e)&&typeof e.tableName=="string"&&typeof e.partition=="string"&&Ds(e.traceId)}function zu(e){return Ae(
e)&&Ae(e.plan)&&(e.plan.by==="id"||e.plan.by==="name")&&typeof e.plan.value=="string"&&(e.refreshMs===
null||Number.isFinite(e.refreshMs))&&Ds(e.latestRefreshTime)}function Ds(e){return e===null||typeof e==
"string"}function Ae(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var Ns="id:",Ps=100;function Cs(e){let t=new Map;for(let n of N(e)){let r=Zu(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Ps)throw new f(`names ${t.size} plans; at most ${Ps} (split the wait across steps)`);return[
...t.values()]}function Zu(e){let t=e.toLowerCase().startsWith(Ns),n=t?e.slice(Ns.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(re(n))throw new f("has a plan with control\
 characters",e);if(n.length>z)throw new f(`has a plan longer than ${z} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Qu=["datasource","catalog-schema","table"];function pn(e,t,n,r){let s=N(e["table-name"]),o=Qu.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return s.length>0&&o.length>0?Os(r,"table-name",`cannot be com\
bined with ${o.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(i=>ec(
i,t))):o.length===0&&n?[]:o.length===0?Os(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):tc(e,n,r)}function Os(e,t,n){return e.take(()=>{throw new O(
t,n)})}function ec(e,t){let n=y("table-name",()=>Ge(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function tc(e,t,n){let r=(t?
new X:n).take(()=>ln(e,"datasource",ce)),s=n.take(()=>ln(e,"catalog-schema",jr)),o=n.take(()=>ln(e,"\
table",i=>N(i).map(ce)));if(!(r===void 0||s===void 0||o===void 0))return n.take(()=>y("table",()=>o.
map(i=>Wr(r,s,i))))}function ln(e,t,n){if(N(e[t]).length===0)throw new O(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var $s=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","resume-file","ca-certificate","dbt-run-results","dbt-manifest","dbt-select",
"dbt-exclude","dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],nc=10,rc=32,
dn=2e3,sc=350,oc=600,ic={name:"minutes",ms:6e4},ac={name:"seconds",ms:1e3},uc={timeZone:{input:"time\
zone",default:"UTC",parse:Es},timeoutMs:{input:"timeout-seconds",default:"30",parse:xs},retries:{input:"\
retries",default:"3",parse:e=>Qe(e,0,nc)},concurrency:{input:"concurrency",default:"4",parse:e=>Qe(e,
1,rc)},failFast:{input:"fail-fast",default:"false",parse:an},dryRun:{input:"dry-run",default:"false",
parse:Ss},maxTriggers:{input:"max-triggers",default:"1000",parse:e=>Qe(e,1,dn)},waitTimeoutMs:{input:"\
wait-timeout-minutes",default:"60",parse:e=>on(e,ic,{min:0,max:sc})},waitIntervalMs:{input:"wait-int\
erval-seconds",default:"30",parse:e=>on(e,ac,{min:1,max:oc})}};function Is(e){return[e["auth-value"],
e["app-secret"],...ls(e.host)].filter(t=>t!=="")}function Ms(e,t){let n=[],r=new X,s=r.take(()=>y("h\
ost",()=>ps(e.host))),o=r.take(()=>y("tenant-id",()=>pc(e["tenant-id"]))),i=wr(e,r),u=e["dbt-run-res\
ults"]!=="",l=u?Kr(e,t.openArtifact,r,cc(e,t.now)):void 0,c=pn(e,n,u,r),d=c&&(!u||l)?[...c,...dc(l)]:
void 0,p=_s(e,r),{timeZone:m,maxTriggers:g}=p,h=m===void 0?void 0:r.take(()=>y("partition",()=>sn(N(
e.partition||"today"),{now:t.now,timeZone:m}))),x=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>qe(
d,h,{maxTriggers:g,largest:dn}))):void 0,L=r.take(()=>y("wait-for-plans",()=>Cs(e["wait-for-plans"]))),
F=r.take(()=>y("ca-certificate",()=>hr(e["ca-certificate"],t.readTextFile))),H=r.take(()=>({file:y("\
resume-file",()=>ks(e["resume-file"],t.readOwnFile))}));r.throwIfAny();let Rt={...p,host:s,tenantId:o,
credentials:i,plan:x,caCertificates:F,waitForPlans:L},C=lc(Rt),$e=Ts({now:t.now,timeZone:C.timeZone});
return{config:{...C,today:$e,dbt:l,resume:H?.file},notices:n}}function cc(e,t){let n=new X,r=pn(e,[],
!0,n),{timeZone:s,maxTriggers:o}=_s(e,n);if(r===void 0||s===void 0||o===void 0)return;let i=n.take(()=>y(
"partition",()=>sn(N(e.partition||"today"),{now:t,timeZone:s})));return i&&{tableNames:r,partitions:i,
limits:{maxTriggers:o,largest:dn}}}function _s(e,t){let n=Object.entries(uc).map(([r,s])=>[r,t.take(
()=>y(s.input,()=>s.parse(e[s.input]||s.default)))]);return Object.fromEntries(n)}function lc(e){for(let[
t,n]of Object.entries(e))if(n===void 0)throw new Error(`input ${t} was neither parsed nor refused`);
return e}function pc(e){return U(e),se(e),Fe(e),e}function dc(e){return e?e.mapped.map(t=>t.tableName):
[]}var Ls={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},fc=new Set([408,429,502,503,504]),mc=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function hn(e){return"status"in e?fc.has(e.status):mc.
has(e.errorCode)}function hc(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Fs(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=yc(n,t);return r===void 0?void 0:Math.max(0,r-t)}var Bs=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],fn=`(?<month>${Bs.join("|")})`,mn="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",gc=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${fn} (?<y\
ear>\\d{4}) ${mn} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${fn}\
-(?<year>\\d{2}) ${mn} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${fn} (?<day>[ \\d]\\d) ${mn}\
 (?<year>\\d{4})$`)];function yc(e,t){let n=gc.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:o,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(bc(o,t),Bs.indexOf(
s),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(g,h)=>g===c[h])?d:void 0}function bc(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var Tc=250;function Us(e,t,n,r){return n!==void 0?
gn(n,t):hc(e,t,r)}function gn(e,t){return Math.min(Math.max(e,Tc),t.retryAfterCapMs)}var Hs=require("node:net");var S=class extends Error{constructor(n,r,s){super(n);this.description=n;this.code=r;this.afterMs=s;
this.name="TransportError"}description;code;afterMs},js=new S("cancelled","CANCELLED"),Ws=new S("can\
celled","CANCELLED_SENT"),wc="tunneling socket could not be established";function Gs(e,t,n){return{url:e,
host:n.text(e.host,300),proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function yn(e){if(e instanceof
S)return e;let t=e?.code,n=e instanceof Error?e.message:String(e);return new S(n,typeof t=="string"?
t:"UNKNOWN")}async function qs(e,t){let n=yn(e);if(n.description.startsWith(wc)){let r=n.description.
split("cause=")[1]??n.code;return new S(r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.
test(n.description)?new S(n.description,"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&
!t.proxy&&(t.speaksTls??=Rc(t.url),await t.speaksTls)?new S(n.description,"ETLSPORT"):n}function Rc(e){
return new Promise(t=>{let n=process.getBuiltinModule("node:tls").connect({host:e.hostname,port:Number(
e.port||80),...(0,Hs.isIP)(e.hostname)?{}:{servername:e.hostname},rejectUnauthorized:!1,timeout:2e3}),
r=s=>{n.destroy(),t(s)};n.once("secureConnect",()=>r(!0)),n.once("error",()=>r(!1)),n.once("timeout",
()=>r(!1))})}function xc(e,t,n,r){let s=e.code==="HPE_HEADER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:
a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}var Sc=new Set(["UNABLE_TO_V\
ERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET_ISSUER_CERT","SELF_SIGNED_C\
ERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),Ec={ECONNREFUSED:a`connection refused`,ECONNRESET:a`connection reset`,
ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,ETIMEDOUT:a`connection timed out`};
function Vs(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,o=n?.proxy?a` via proxy ${n.proxy}`:
a``;if(e.code.startsWith("HPE_"))return xc(e,s,o,r);switch(e.code){case"ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.
text(e.description)}`;case"EUPGRADE":case"ECLOSED":return a`${s}${o}: ${t.text(e.description)}`;case"\
CANCELLED":return a`cancelled before the request reached ${s}`;case"CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${o} sent no answer within ${(e.afterMs??0)/1e3} s`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.
proxy??a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"\
EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(Sc.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=Ec[e.code];return i?a`${i} by ${s}${o} (${r})`:a`${s}${o}: ${t.text(e.description)}`}var Ac=32,kc=128,vc=8,bn=4096;function Ks(e,t){if(Nc(e.status))return Mc(e,t);let n=Lc(e.body);if(!n)
return _c(e,t);let r=Cc(n,t),s=Oc(e.status,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,
data:r.data,reason:s,warning:s===null&&Rn(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function k(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function Dc(e){
return e>=200&&e<300}function Nc(e){return e>=300&&e<400&&e!==304}function Pc(e){return wn(e)?String(
e).trim():null}function Cc(e,t){let n=(s,o)=>{let i=Rn(s);return i===null||i.trim()===""?null:t.text(
i,o)},r=wn(e.code)?Rn(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,Ac),traceId:wn(
e.traceId)?n(e.traceId,kc):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function Oc(e,t,n,r){let s=$c(n.errorMsg,n.detailErrorMsg);if(!Dc(e))return s!==null?a`HTTP ${e}: ${s}`:
a`HTTP ${e}${Tn(n.code)}`;if(s!==null)return s;let o=Ic(t,r);return o.value!==!0?o.name===null?a`the response has neither "succeed" nor "success"${Tn(
n.code)}`:a`the platform answered ${o.name}: ${o.shown}${Tn(n.code)}`:Pc(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function $c(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function Ic(e,t){return"succeed"in e?{name:a`succeed`,...Js(e.
succeed,t)}:"success"in e?{name:a`success`,...Js(e.success,t)}:{name:null,value:void 0,shown:a``}}function Js(e,t){
return{value:e,shown:t.text(et(e),60)}}function Tn(e){return e===null?a``:a` (code ${e})`}function Mc(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return k(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function _c(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return k(a`HTTP ${e.status} with ${r}`)}function Lc(e){if(!Fc.
test(e))return null;try{let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:
null}catch{return null}}var Fc=/^[ \t\n\r]*\{/;function wn(e){return typeof e=="string"||typeof e=="\
number"}function Rn(e){return e==null?null:typeof e=="string"?e:et(e)}function et(e){let t=[],n=0,r=i=>(t.
push(i),n+=i.length,n<bn),s=(i,u)=>{if(i===null||typeof i!="object")return r(JSON.stringify(i)??"nul\
l");if(u>=vc)return r("\u2026");let l=Array.isArray(i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.
isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(
d)}:`)||!s(p,u+1))return!1;return r(Array.isArray(i)?"]":"}")};s(e,0);let o=t.join("");return n<bn?o:
`${o.slice(0,bn)}\u2026`}function ke(e){return e.end.kind==="answered"&&e.end.status===429}function tt(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function Q(e,t,n=Date.now()){let r=hn({status:e.status}),o=(r?Fs(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:Ks(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:o}}}function Ys(e,t,n){let r=yn(e);return{verdict:k(Vs(r,t,n)),retryable:hn(
{errorCode:r.code}),end:Bc(r.code)}}function Bc(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function ve(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...k(
t),code:n,traceId:r}}}var zs=j(require("node:http"),1);function Xs(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function Zs(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):zs.default,
s=qn(e),o=s?.hostname?await Uc(n,s,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&Hc(o,t.caCertificates),{agent:o,transport:r,proxy:s?.hostname?s:
void 0}}async function Uc(e,t,n){let r=await Promise.resolve().then(()=>j(zn(),1)),s=t.protocol==="h\
ttps:",o=e?s?r.httpsOverHttps:r.httpsOverHttp:s?r.httpOverHttps:r.httpOverHttp,i=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(s?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...i,host:t.hostname,port:u}};return o(l)}function Hc(e,t){let n=e;n.options={...n.options,ca:Xs(
t)}}var xn="/anymetrics/api/v1/scheduler/task/trigger",jc="/anymetrics/api/v1/token/create",Wc="/anymetr\
ics/api/v1/accelerate/latestTime",Gc="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st";function Qs(e){let t=e.endsWith(xn)?e.slice(0,-xn.length):e;return{host:t,trigger:new URL(t+xn),
token:new URL(t+jc),planStatus:new URL(t+Wc),planList:new URL(t+Gc)}}var eo=1024*1024;function to(e,t,n){let{transport:r,url:s,agent:o,headers:i,payload:u,timeoutMs:l,signal:c}=e;
return new Promise((d,p)=>{let m=!1,g=!1,h=D=>{if(!m){m=!0,clearTimeout(Rt);try{d(D())}catch(he){p(he)}}},
x=()=>new S(`no answer within ${l/1e3} s`,"TIMEOUT",l),L=!1,F=()=>L?Ws:js,H=D=>h(()=>n(g?x():c?.aborted?
F():D)),Rt=setTimeout(()=>{g=!0,C?.destroy(x()),H(x())},l),C;try{C=r.request(s,{method:"POST",agent:o,
headers:{...i,"content-length":Buffer.byteLength(u)},...c?{signal:c}:{}})}catch(D){return H(qc(D))}let $e=!1;
C.on("response",D=>{$e=!0,Jc(D,H,he=>h(()=>t({status:D.statusCode??0,body:he,...Vc(D)})))}),C.on("up\
grade",(D,he)=>{he.destroy(),H(new S(`answered ${D.statusCode??101} ${D.statusMessage??""} (a protoc\
ol switch), not an HTTP answer`,"EUPGRADE"))}),C.on("finish",()=>L=!0),C.on("error",H),C.on("close",
()=>{$e||H(new S("the connection closed without an answer","ECLOSED"))}),C.end(Buffer.from(u,"utf8"))})}
function qc(e){let t=e instanceof Error?e.message:String(e);return new S(t,"ELOCAL")}function Vc(e){
let{"retry-after":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n==
"string"?{location:n}:{}}}function Jc(e,t,n){let r=[],s=0;e.on("data",o=>{s<eo&&r.push(o),s+=o.length}),
e.on("end",()=>{let o=Buffer.concat(r).subarray(0,eo);r=[],n(o.toString("utf8"))}),e.on("error",t),e.
on("close",()=>{e.complete||t(new S("the connection closed in the middle of the answer","ECLOSED"))})}function ro(e,t){let n=Q(e,t);if(!n.verdict.succeeded)return n;let r=Kc(e.body);return r?{...n,status:{
hasNotReady:Yc(r.hasNotReady),latestDateTime:no(r.latestDateTime),latestRefreshTime:no(r.latestRefreshTime)}}:
ve(n,a`the status answer has no data object`)}function Kc(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function Yc(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function no(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function so(e,t,n){let r=Xc(e.body);r!==void 0&&n(r);let s=Q(e,t);return s.verdict.succeeded?r===void 0?
ve(s,a`the token answer has no token (a non-empty string) in data`):It(r)?{...s,token:r}:ve(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
s}function Xc(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function oo(e){let t=Qs(e.host),n=t.trigger,{agent:r,transport:s,proxy:o}=await Zs(n,{maxSockets:e.
maxSockets??16,caCertificates:e.caCertificates??[]}),i=Gs(n,o,e.boundary),u=async d=>Ys(await qs(d,i),
e.boundary,i),l=(d,p,m,g,h)=>to({transport:s,url:d,agent:r,headers:p,payload:m,timeoutMs:e.timeoutMs,
signal:g},h,u),c=Zc(e);return{host:t.host,trigger:(d,p,m)=>{let g=zc(d,e.tenantId);return e.onTriggerBody?.(
g),l(n,{...c,...Sn(e.tenantId,p)},g,m,h=>Q(h,e.boundary))},createToken:(d,p,m)=>l(t.token,c,JSON.stringify(
{appId:d.appId,appSecret:d.appSecret}),m,g=>so(g,e.boundary,p)),planStatus:(d,p,m)=>l(t.planStatus,{
...c,...Sn(e.tenantId,p)},JSON.stringify(d.by==="id"?{planIdList:[d.value]}:{planNameList:[d.value]}),
m,g=>ro(g,e.boundary)),planList:(d,p)=>l(t.planList,{...c,...Sn(e.tenantId,d)},JSON.stringify({pager:{
pageNumber:1,pageSize:1}}),p,m=>Q(m,e.boundary)),close:()=>r.destroy?.()}}function zc(e,t){let n={tableName:e.
tableName,tenantId:t,tablePartition:e.partition};return JSON.stringify(n)}function Zc(e){let t={"con\
tent-type":"application/json",accept:"application/json","user-agent":e.userAgent};if(e.basicAuth){let{
username:n,password:r}=e.basicAuth;t.authorization=`Basic ${Ye(n,r)}`}return t}function Sn(e,t){return{
"tenant-id":e,"auth-type":t.authType,"auth-value":t.authValue}}var Qc=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
el=/^\d{9,16}$/;function En(e){if(typeof e=="number")return io(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(el.test(t))return io(Number(t));let n=Qc.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,o,i="0",u="0",l="0",c="",d]=n,p=[r,s,o,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return tl(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-nl(d)}:{problem:"not a real dat\
e and time"}}function io(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function tl(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,o)=>s===t[o])}function nl(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function An(e,t){return t===null?!1:e===null||t>e}function ao(e,t){if(e===
null||t===void 0)return!1;let n=En(t);return"ms"in n&&e<n.ms}async function uo(e,t,n){let r=e.values(),s=async()=>{for(let i of r)await n(i)},o=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:o},s))}async function J(e,t,n,r){let s=n.requests(t),o,i=!1,u=(l,c={})=>({last:o,attempts:l,answered:i,invalidHttp:o?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.end.kind==="cancelled"){let h=c?.end.kind==="cancelled"&&c.end.sent;return u(h?l:l-1,{cancelled:c!==
void 0,sentBeforeCancel:h,outOfTime:n.outOfTime()})}i||=c.end.kind==="answered"||c.end.kind==="not-s\
ent",o=c;let d=s.spend(c);if(!c.retryable||!d||n.stopped())return u(l);let p=Us(l,t,tt(c),n.random);
if(!n.fits(p))return u(l,{outOfTime:!0});let m=c.verdict.reason??a`transient failure`,g=s.maxAttempts;
if(r({attempt:l,maxAttempts:g,reason:m,waitMs:p,counted:!ke(c)}),await n.sleep(p),n.stopped())return u(
l)}}var nt=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;inFlight=new Map;started(t){
this.inFlight.set(t,(this.inFlight.get(t)??0)+1)}ended(t){this.inFlight.set(t,Math.max(0,(this.inFlight.
get(t)??0)-1))}awaitingOthers(t){return[...this.inFlight].some(([n,r])=>r>0&&!t.has(n))}accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=co(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1,d=!this.awaitingOthers(u);if(!l&&i>=3&&c&&d)return this.runStop=
{scope:"run",answer:n,refused:i},this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;
let s=co(this.tables.get(t),r,n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let o={scope:"\
table",table:t,answer:n,refused:s.count};return this.stopped.set(t,o),o}tableStop(t){return this.stopped.
get(t)}get stopOfRun(){return this.runStop}get tableStops(){return[...this.stopped.values()]}};function co(e,t,n,r){
return e?e.key!==t?{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,
tables:new Set([r]),broken:!1}}var rl=10,kn=12e4,De=3,lo=1e3,de=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new nt(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:sl}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=this.waitOver.signal;this.clock.sleep(t,n).then(()=>{n.aborted||this.deadline.
abort()})}endWait(){this.waitOver.abort()}get remainingMs(){return this.deadlineMs===void 0?1/0:this.
deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=0}attemptEnded(t){if(t.end.kind!==
"answered")return;let n=this.clock.nowMs();if(!ke(t)){this.paceRefusedSinceMs=void 0;return}this.paceRefusedSinceMs??=
n,n-this.paceRefusedSinceMs>=kn&&this.control.stop("throttled")}started(t){this.refusals.started(t.tableName)}settled(t,n){
if(this.refusals.ended(t.tableName),!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(
n),n.status==="succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,
reason:n.errorMsg,transient:n.transient};this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.
stop("refused")}n.status==="failed"&&this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){
return this.refusals.tableStop(t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.
invalidInARow=0;return}this.unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:
0,!(this.unansweredInARow<De)&&this.control.stop(this.invalidInARow>=De?"invalid-http":"unreachable")}};
function sl(e){let t=fo(e.retries)-1-e.retries,n=e.retries+1,r=0,s=0;return{spend(o){return r++,ke(o)&&
s<t&&(s++,n++),r<n},get maxAttempts(){return n}}}var ol=6e4,il=2500;function po(e,t=!1){let n=fo(e.retries),
r=n*e.timeoutMs+(n-1)*ol,s=t?e.triggers:Math.ceil(e.triggers/e.concurrency),o=e.plans>0?e.waitTimeoutMs+
il:0;return((e.keyPair?1:0)+e.plans+s)*r+o}function fo(e){return 1+e+(e>0?rl:0)}function mo(e){return{
triggers:e.plan.length,concurrency:e.concurrency,retries:e.retries,timeoutMs:e.timeoutMs,keyPair:e.credentials.
kind==="api-key",plans:e.waitForPlans.length,waitTimeoutMs:e.waitTimeoutMs}}async function rt(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let o=t.boundary.identifier(
s.label,200),i=await bo(s,o,r);if(i.kind!=="read")return{failed:{label:o,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:s,label:o,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var al=6e4;async function yo(e,t,n,r){let{clock:s,budget:o}=n,i=s.nowMs();
for(let c of e.filter(d=>An(d.baseline.refreshMs,d.last.refreshMs)))c.state="fresh",r.onFresh(c);o.startWait(
t.timeoutMs);let u;try{u=await ul(e,t,n,r)}finally{o.endWait()}let l=s.nowMs()-i;for(let c of e.filter(
d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?vn(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function ul(e,t,n,r){let{clock:s,control:o,budget:i}=n,u=s.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;d().length>0;p++){let m=Math.min(t.intervalMs,
i.remainingMs-lo);if(m<=0&&p>0||o.stopped||(await s.sleep(Math.max(0,m),o.stopSignal),o.stopped||i.outOfTime)||
(await uo(d(),t.concurrency,async g=>{if(c||o.stopped||i.outOfTime)return;let h=await cl(g,n,u,r);c??=
h}),c||d().length===0))return c;s.nowMs()-l>=al&&(l=s.nowMs(),r.onProgress(d().length,e.length,l-u,t.
timeoutMs))}return c}async function cl(e,t,n,r){let s=await bo(e.plan,e.label,t);return s.kind==="st\
opped"||s.kind==="out-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.
kind!=="read"?(e.state="failed",e.reason=s.verdict.reason,e.last={...e.last,traceId:s.verdict.traceId??
e.last.traceId},s.kind==="refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=
s.reading,An(e.baseline.refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function vn(e,t){
e.state="not-waited",e.reason=t}async function bo(e,t,n){let r=!1;for(;;){let s=await J(()=>n.read(e,
n.budget.requestSignal),n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=s.last,i=o?.status;if(i&&o.verdict.
succeeded)return ll(i,o.verdict.traceId,n.boundary);if(s.outOfTime&&!n.control.stopped)return{kind:"\
out-of-time",verdict:o?.verdict??k(a`cut off at the wait's deadline`),attempts:s.attempts};if(s.cancelled||
!o||n.control.stopped)return{kind:"stopped",verdict:o?.verdict??k(a`cancelled before the platform answered`),
attempts:s.attempts};if(o.retryable||o.end.kind!=="answered")return{kind:"transient",verdict:o.verdict,
attempts:s.attempts};if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refu\
sed",verdict:o.verdict,attempts:s.attempts}}}function ll(e,t,n){let r=go(e.latestRefreshTime),s=go(e.
latestDateTime),o=i=>i===null?null:n.identifier(ho(i),64);if(r!==null&&"problem"in r){let i=n.quote(
ho(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...k(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:o(e.latestDateTime),latestRefreshTime:o(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function ho(e){return typeof e=="stri\
ng"?e:et(e)}function go(e){return e==null?null:En(e)}var st=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
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
rate=Math.max(this.rate??.5,o.rate):(this.rate=void 0,this.resumeRate=o.rate)}}};var To=2,ot=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new st(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=To;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=To),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let s=Math.
floor(t.level/2),o=this.acceptedInGeneration;this.stable=0,this.change(o>0?Math.min(o,s):s)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var pl=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function wo(e,t,n){let r=n.nowMs(),s=await J(()=>n.send(e),t,n,o=>n.onRetry({...Dn(e,n.boundary),
...o}));return s.sentBeforeCancel?{...fe(e,n.boundary,pl),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?fe(e,n.boundary,n.notRunReason()):dl(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp,transient:s.last.retryable})}
function Dn(e,t){return{tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function dl(e,t,n,r){
return{...Dn(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,
errorMsg:n.reason,warning:n.warning,...r}}function Ro(e,t,n){return{...fe(e,t,a`accepted by an earlier attempt (resume-file)`),
status:"accepted-earlier",errorMsg:null,traceId:n===null?null:t.identifier(n,200)}}function me(e){return e.
status==="succeeded"||e.status==="accepted-earlier"}function fe(e,t,n){return{...Dn(e,t),status:"not\
-run",code:null,traceId:null,data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,
transient:!1}}async function xo(e,t,n){let{control:r,budget:s}=n,o=new ot(t.concurrency,s.stage),i=hl(o,n,t.retryPolicy),
u=new Array(e.length),l=fl(e).values(),c=0,d=async()=>{for(let h of l){if(r.stopped)return;let x=e[h],
L=s.tableStop(x);if(L){u[h]=fe(x,n.boundary,ml(L));continue}try{s.started(x);let F=await wo(x,t.retryPolicy,
i);u[h]=F,n.onFinished(F,++c,e.length),s.settled(x,F)}catch(F){throw r.stop("crashed"),F}}},p=Math.min(
t.concurrency,e.length),g=(await Promise.allSettled(Array.from({length:p},d))).find(h=>h.status==="r\
ejected");if(g)throw g.reason;return e.map((h,x)=>u[x]??fe(h,n.boundary,r.notRunReason))}function fl(e){
let t=new Map;return e.map((r,s)=>{let o=t.get(r.tableName)??0;return t.set(r.tableName,o+1),{index:s,
rank:o}}).sort((r,s)=>r.rank-s.rank).map(({index:r})=>r)}function ml(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function hl(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async o=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(o,s.requestSignal),
l=tt(u);return l===void 0?e.accepted(i):e.pushedBack(i,gn(l,n)),s.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function So(e,t,n,r,s,o){let i=await J(()=>e.createToken(t,s.onToken,o),n,r,s.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
k(a`cancelled before the platform answered`),attempts:i.attempts}}var Nn={accepted:()=>{},baseline:()=>{}};function Eo(e,t){let n=e?.entries.find(o=>it(o,t));if(!n)return Nn;
let r=new Map(n.accepted.map(o=>[at(o),o])),s=new Map(n.baselines.map(o=>[ut(o.plan),o]));return{accepted:o=>r.
get(at(o)),baseline:o=>s.get(ut(o))}}function Ao(e,t,n){let r=e.map(s=>{let o=t.accepted(s);return o&&
Ro(s,n,o.traceId)});return{toSend:e.filter((s,o)=>!r[o]),earlier:r}}function ko(e,t){let n=t.values();
return e.map(r=>r??n.next().value)}function vo(e,t,n){for(let r of e){let s=t.baseline(r.plan);s&&(r.
baseline={hasNotReady:null,latestDateTime:null,latestRefreshTime:s.latestRefreshTime===null?null:n.identifier(
s.latestRefreshTime,100),refreshMs:s.refreshMs,dataMs:null,traceId:null})}}function Do(e,t,n){let r=(e?.
entries??[]).filter(c=>!it(c,t)),s=e?.entries.find(c=>it(c,t)),o=new Map((s?.accepted??[]).map(c=>[at(
c),c]));n.results.forEach((c,d)=>{let p=n.plan[d];if(!p||c.status!=="succeeded")return;let{tableName:m,
partition:g}=p;o.set(at(p),{tableName:m,partition:g,traceId:c.traceId})});let i=n.results.some(c=>c.
status!=="not-run"&&c.status!=="accepted-earlier"),u=new Map((s?.baselines??[]).map(c=>[ut(c.plan),c]));
for(let c of n.watches){let d=ut(c.plan);(i||!u.has(d))&&u.set(d,gl(c))}let l={...t,accepted:[...o.values()],
baselines:[...u.values()]};return{entries:[...r,l]}}function gl(e){return{plan:{by:e.plan.by,value:e.
plan.value},refreshMs:e.baseline.refreshMs,latestRefreshTime:e.baseline.latestRefreshTime}}function it(e,t){
return e.host===t.host&&e.tenantId===t.tenantId}function at(e){return JSON.stringify([e.tableName,e.
partition])}function ut(e){return JSON.stringify([e.by,e.value])}function No(e,t){return e.entries.find(
n=>it(n,t))?.accepted.length??0}async function Po(e,t){let{client:n,control:r,hooks:s}=t,o=e.resume??Nn,{toSend:i,earlier:u}=Ao(e.plan,
o,t.boundary),l=new de(t.clock,r,{...e,plan:i}),c=await Pn(e,{...t,budget:l});if(!c)return;let d=Cn(
e,{...t,budget:l},c),p=[];if(e.waitForPlans.length>0){let h=await rt(e.waitForPlans,d);if("failed"in
h){await s.plans.baselineFailed(h.failed.label,h.failed.verdict);return}p=h.watches,i.length===0&&vo(
p,o,t.boundary),s.plans.baselines(p)}s.triggers.runStarted(i.length,e.plan.length-i.length);let m=await xo(
i,{concurrency:e.concurrency,retryPolicy:e.policy},{send:(h,x)=>n.trigger(h,c.current,x),boundary:t.
boundary,control:r,budget:l,onRetry:h=>s.triggers.retry(h),onFinished:(h,x,L)=>s.triggers.finished(h,
x,L)}),g=ko(u,m);return p.length>0&&await yl(g,p,e,d,s),{results:g,cause:r.cause,refusals:l.refusals,
watches:p}}async function yl(e,t,n,r,s){let o=e.filter(i=>!me(i)).length;if(o>0||r.control.stopped){
let i=r.control.stopped?a`the run stopped before the wait`:a`${o} trigger${o===1?a``:a`s`} not accepted, so a refresh may never come`;
t.forEach(u=>vn(u,i));return}s.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await yo(
t,{timeoutMs:n.waitTimeoutMs,intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>s.
plans.planFresh(i),onProgress:(...i)=>s.plans.waitProgress(...i)})}async function Pn(e,t){let{credentials:n}=e;
if(n.kind==="header")return{current:n};let r=()=>So(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.
hooks.credential.onToken(i),onRetry:i=>t.hooks.credential.tokenRetry(i)},t.budget.requestSignal),s=await r();
if("failed"in s){await t.hooks.credential.tokenRefused(bl(s.failed,t.control),s.attempts);return}let o={
current:s.credential};return o.renew=async()=>{o.renew=void 0;let i=await r();return"failed"in i?!1:
(o.current=i.credential,!0)},o}function bl(e,t){if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.
reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}function Cn(e,t,n){
return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.renew?n.renew():!1,
policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,onRetry:(r,s)=>t.
hooks.plans.planRetry(r,s)}}async function Co(e,t){let n=new de(t.clock,t.control),r=await Pn(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let o=await rt(e.waitForPlans,Cn(e,{...t,budget:n},r));return"\
failed"in o?{passed:!1,step:a`reading plan ${o.failed.label}`,verdict:o.failed.verdict}:{passed:!0,watches:o.
watches}}let s=await J(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,o=>t.hooks.
plans.planRetry(a`list`,o));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??k(a`cancelled before an answer`)}}var Tl=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function T(e){return e===1?a``:a`s`}function ee(e){return e<1e3?a`${e} ms`:a`${Xe(e/1e3,
1)} s`}function K(e,t){let n="";for(let r of Tl)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}
function E(e,t){let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function _(e,t){return e===
null?null:M(e,t)}var A="AnyMetrics refresh failed",ct="AnyMetrics refresh input is invalid";function On(e,t=1/0){let n=M(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${wl(e)}${Oo(e)}`}function wl(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${ee(e.durationMs)})`:a``}function Oo(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function $o(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"",s=t.get(r);s?s.push(n):t.set(r,[n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{
line:On(r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${Oo(r)})`,count:n.length}})}function Rl(e){let t={succeeded:a`✅ succeeded`,
"accepted-earlier":a`☑️ accepted earlier (resume-file)`,"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,
unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.errorMsg??a``}`}[e.status],n=a`${e.
attempts} attempt${T(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId??
a`none`}, ${n}, ${ee(e.durationMs)})`}function Io(e,t,n){return a`[${t}/${n}] ${Rl(e)}`}function Mo(e){
return a`${e.tableName} ${e.partition}: ${$n(e)}`}function $n(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${ee(
e.waitMs)}`}function _o(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function lt(e){
let{succeeded:t,acceptedEarlier:n,failed:r,notRun:s,unknown:o}=e,i=n.length>0?a` (${n.length} accepted earlier)`:
a``,u=[a`${t.length} succeeded${i}`,a`${r.length} failed`];o.length>0&&u.push(a`${o.length} unknown`),
s.length>0&&u.push(a`${s.length} not run`);let l=t.length+r.length+o.length+s.length;return a`${Z(u,
", ")}, ${l} in all`}function Lo(e){return a`${e} more warning${T(e)}: see the job summary, and the log, where each is a line starting with "warning:"`}
function Fo(e){return a`${e} more failure${T(e)}: see the job summary, the error-message output and the log`}
function Bo(e,t,n){return a`Triggering ${e} data update${T(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function Uo(e){let t=a`${e.length} trigger${T(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var xl=400;
function Ho(e,t){let n=t.text(e.rule,xl),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${P(e.input)}" ${n}${r}`}function jo(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function Wo(e,t){return a`plan ${e} status: ${$n(t)}`}
function Go(e){return a`token request: ${$n(e)}`}function qo(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function In(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function Vo(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${Z(n,", ")}`:a`the materialization plan list was read`]}
function Jo(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Ko(e,t){return a`today in ${e} is ${t}`}function Yo(e){return a`By its inputs, this run ends within ${Xe(
e/6e4,1)} min (README: Retries and timeouts)`}function Xo(e,t){return a`resume-file ${e}: ${t} accepted trigger${T(
t)} recorded; a re-run given this file sends only the rest`}function zo(e,t){return a`resume-file ${e} could not be written (${t}): a re-run would send every trigger again`}
function Zo(e){return a`${e} trigger${T(e)} accepted by an earlier attempt (resume-file): not sent again`}
function Qo(e){return a`Request body: ${e}`}var ei=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
ti=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var Ne=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(Go(t))}async tokenRefused(t,n){await this.report.failedEarly(jo(t,n))}};function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Sl={"&":"&amp;","<":"&lt;",">":"&gt;"},El=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(El,t=>`\\${t}`).replace(/[&<>]/g,t=>Sl[t]??t)}function v(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var I={fresh:"",plans:"[]","data-through":""};function ni(e){return a`After the triggers it would wait for ${e.
length} materialization plan${T(e.length)}: ${Z(e,", ")}`}function ri(e,t){if(e.length===0)return"";
let{rows:n,more:r}=E(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...v(r),""].join(`
`)}function si(e,t,n){return a`Waiting up to ${Pe(t)} for ${e} materialization plan${T(e)} to turn fresh (polling every ${ee(
n)})`}function pt(e){return a`plan ${e.label}: latest refresh ended ${di(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function oi(e){return a`plan ${e.label} is fresh: a refresh ended ${di(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${T(
e.polls)}, ${Pe(e.waitedMs)})`}function ii(e,t,n,r){return a`waiting for ${e} of ${t} plan${T(t)}, ${Math.
floor(n/6e4)} min of ${Pe(r)}`}function ai(e){let t=a`${Al(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${Pe(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Nl(e)}`;default:return null}}function Al(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function ui(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function ci(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function li(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(kl)),"data-through":vl(e)}}function kl(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function vl(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var Dl={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function pi(e,t){if(e.length===0)return"";let{rows:n,more:r}=E(e,t.rowCap),
s=e.filter(o=>o.state!=="fresh"&&o.reason).slice(0,Math.min(t.rowCap,20)).map(o=>`- ${w(o.label)}: ${b(
o.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(o=>`| ${w(o.label)} | ${Dl[o.state]} | ${b(
o.last.latestRefreshTime??"")} | ${b(o.last.latestDateTime??"")} | ${Pe(o.waitedMs)} |`),...v(r),...s.
length>0?["",...s]:[],""].join(`
`)}function di(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Nl(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function Pe(e){if(e<6e4)return ee(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var Pl=new Set(["invalid-table-name"]);function fi(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.identifier(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.
kind,reason:t.text(n.reason)}))}}function mi(e){return{group:a`dbt: ${e.mapped.length} node${T(e.mapped.
length)} to refresh, ${e.skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),
...e.skipped.map(({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>Pl.
has(t)).map(({node:t,reason:n})=>a`${t}: ${n}`)}}function hi(e,t){let n=i=>w(M(i,t.idLimit)),r=E(e.mapped,
t.rowCap),s=E(e.skipped,t.rowCap),o=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length}\
 dbt node${T(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:i,reason:u})=>`- ${n(i)}:\
 ${b(M(u,Math.max(t.textLimit,80)))}`),...v(s.more),"","</details>"];return["### From dbt","","| dbt\
 node | table |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${w(u)} |`),...v(r.more),
...o,""].join(`
`)}var gi=1e6;function yi(e){let{results:t,tally:n,freshness:r,planFailures:s}=e;return{success:String(
e.succeeded),"trace-id":t.map(o=>o.traceId??"").join(","),"error-message":K(gi,o=>[...s.map(i=>M(i,1e3)),
Cl(n.failed,o)].filter(i=>i!=="").join(`
`)),results:Ol(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function Y(e=[],t=I){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function Cl(e,t){let{rows:n,more:r}=E(
e,t.rowCap),s=n.map(o=>On(o,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function Ol(e){return K(gi,t=>JSON.stringify(e.map(n=>$l(n,t))))}function $l(e,t){let{partition:n,
status:r,code:s,attempts:o,durationMs:i}=e;return{tableName:_(e.tableName,t.idLimit),partition:n,success:me(
e),status:r,code:_(s,t.idLimit),traceId:_(e.traceId,t.idLimit),data:_(e.data,t.textLimit),errorMsg:_(
e.errorMsg,t.textLimit),attempts:o,durationMs:i}}var Il={succeeded:"\u2705","accepted-earlier":"\u2611\uFE0F",failed:"\u274C",unknown:"\u2753","not-r\
un":"\u23ED\uFE0F"},Ml="\u2705 succeeded \xB7 \u2611\uFE0F accepted earlier \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off\
) \xB7 \u23ED\uFE0F not run";function bi(e){let t=[...new Set(e.map(n=>n.partition))].sort();return t.
length===0?"":t.length===1?`Partition ${t[0]}`:`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}
function Ti(e){let t=Ri(e),n=[...t.values()].every(r=>r.length>1);return t.size>0&&n&&t.size+_l<e.length}
var _l=6;function wi(e,t){let n=[...Ri(e)],{rows:r,more:s}=E(n,t.rowCap);return[`### Triggers by tab\
le and date (${e.length})`,"",Ml,"","| Table | Dates | One mark per date, in order |","| --- | --- |\
 --- |",...r.map(([o,i])=>{let u=[...i].sort((c,d)=>c.partition.localeCompare(d.partition)),l=`${u[0]?.
partition??""}..${u.at(-1)?.partition??""}`;return`| ${w(o)} | ${l} | ${u.map(c=>Il[c.status]).join(
"")} |`}),...v(s),""]}function Ri(e){let t=new Map;for(let n of e){let r=t.get(n.tableName);r?r.push(
n):t.set(n.tableName,[n])}return t}var Ll=/^\d{4}-\d{2}-\d{2}$/;function xi(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let s=n.
at(-1);s&&Fl(s[1])===r?s[1]=r:n.push([r,r])}return n.map(([r,s])=>r===s?r:`${r}..${s}`).join(", ")}function Fl(e){
if(!Ll.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var ft=1e6,Bl=10,Si=()=>"";function Ei(e,t,n=Si){let{results:r,tally:s}=e,{succeeded:o,failed:i,notRun:u,
unknown:l}=s,c=e.succeeded?"\u2705 AnyMetrics refresh succeeded":`\u274C ${A}`;return K(ft,d=>[`## ${c}`,
"",...e.stopLines.flatMap(p=>[`**\u26D4 ${b(p)}**`,""]),`**${lt(s)}**`,"",bi(r),"",...dt(`\u274C Failed (${i.
length})`,i,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(p.partition)],["Reason",p=>b(_(p.errorMsg,
d.textLimit)??"")],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)]]),...dt(
`\u2753 Unknown: sent, then cut off (${l.length})`,l,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(
p.partition)],["What to do",p=>b(p.errorMsg??"")]]),...Hl(u,d),...Ti(r)?wi(r,d):jl(o.length>Bl,`\u2705 Su\
cceeded (${o.length})`,dt(`\u2705 Succeeded (${o.length})`,o,d,[["Table",p=>w(p.tableName)],["Partit\
ion",p=>b(p.partition)],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)],
["Note",p=>b(_(p.warning,d.textLimit)??"")]])),...Ul(e.warnings,d),n(d),Di(t),""].join(`
`))}function Ul(e,t){if(e.length===0)return[];let{rows:n,more:r}=E(e,t.rowCap);return[`### \u26A0\uFE0F Warnin\
gs (${e.length})`,"",...n.map(s=>`- ${b(_(s,Math.max(t.textLimit,200))??"")}`),...v(r),""]}function dt(e,t,n,r){
if(t.length===0)return[];let{rows:s,more:o}=E(t,n.rowCap),i=r.filter(([u,l])=>u!=="Note"||s.some(c=>l(
c)!==""));return[`### ${e}`,"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"---").join(" | ")}\
 |`,...s.map(u=>`| ${i.map(([,l])=>l(u)).join(" | ")} |`),...v(o),""]}function Hl(e,t){let n=new Map;
for(let r of e){let s=`${r.tableName}\0${r.errorMsg??""}`,o=n.get(s)??{first:r,partitions:[]};o.partitions.
push(r.partition),n.set(s,o)}return dt(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],t,[["Tab\
le",r=>w(r.first.tableName)],["Partitions",r=>b(xi(r.partitions))],["Count",r=>String(r.partitions.length)],
["Reason",r=>b(r.first.errorMsg??"")]])}function jl(e,t,n){return!e||n.length===0?n:[`<details><summ\
ary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function mt(e,t,n=Si,r=["## \u{1F4DD} AnyMetrics refr\
esh dry run: nothing was sent"]){return K(ft,s=>{let{rows:o,more:i}=E(e,s.rowCap);return[...r,"",`**${e.
length} trigger${T(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...o.map(u=>`| ${w(
u.tableName)} | ${b(u.partition)} |`),...v(i),"",n(s),Di(t),""].join(`
`)})}function Ai(e){return`## \u274C ${A}

${b(e)}
`}function ki(e){return K(ft,t=>{let{rows:n,more:r}=E(e,t.rowCap);return[`## \u274C ${ct}: nothing w\
as sent`,"",...n.map(s=>`- ${b(s)}`),...v(r),""].join(`
`)})}function vi(e){return K(ft,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function Di(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var Ce=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
s=>Ho(s,n.boundary));n.setOutputs(Y(r),A),n.annotate(r.map(s=>({line:s,count:1,title:ct}))),await n.
writeSummary(ki(r))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(n.boundary.text(r)))}read(t){
let{printer:n,facts:r}=this.report;if(n.info(Ko(n.boundary.text(t.timeZone),n.boundary.text(t.today))),
n.debug(Yo(po(mo(t)))),!r.dbt)return;let{group:s,lines:o,warnings:i}=mi(r.dbt);n.startGroup(s),o.forEach(
u=>n.info(u)),n.endGroup(),n.warnings(i)}async nothingToRefresh(){let{printer:t,summaryExtra:n}=this.
report;t.notice(ti),t.setOutputs(Y(),A),await t.writeSummary(vi(n))}async dryRun(t,n){let{printer:r,
summaryExtra:s,context:o}=this.report,i=Mn(t,this.report),u=n.map(m=>r.boundary.identifier(m,200)),{
group:l,lines:c,notice:d}=Uo(i);r.startGroup(l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>0&&r.info(
ni(u)),r.notice(d),r.setOutputs(Y(),A);let p=m=>[ri(u,m),s(m)].join(`
`);await r.writeSummary(mt(i,o,p))}};function Mn(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
identifier(n.tableName),partition:t.boundary.identifier(n.partition)}))}var te=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:s}=this.
report;n.endGroup(),n.info(lt(t.tally)),n.setOutputs(yi(t),A);let o=u=>[pi(t.watches,u),s(u)].join(`\

`);await n.writeSummary(Ei(t,r,o)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:A});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...$o(t.unexplainedFailures).map(u=>({...u,title:A}))])}async checkPassed(t,n){
let{printer:r,context:s,summaryExtra:o}=this.report;r.endGroup(),n.watches.forEach(c=>r.info(pt(c)));
let i=Vo(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.map(c=>c.label));i.forEach(c=>r.info(
c)),r.notice(a`Connection check passed: ${Z(i,"; ")}; nothing was triggered`),r.setOutputs(Y(),A);let u=[
"## \u2705 AnyMetrics connection check passed: nothing was triggered","",...i.map(c=>`- ${b(c)}`)],l=Mn(
t,this.report);await r.writeSummary(mt(l,s,o,u))}async checkFailed(t,n){await this.report.failedEarly(
Jo(t,n.reason,n.traceId),I)}async crashed(t){let n=t instanceof Error?t.message:String(t);await this.
report.failedEarly(qo(this.report.printer.boundary.text(n)))}};function Pi(e){let{results:t,cause:n,host:r}=e,s=t.filter(i=>i.status==="not-run").length,o=s===0?a`every trigger had been sent`:
a`${s} trigger${T(s)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${o}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${De} triggers in a row got no answer after their retries${Ni(
t)}; ${o}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${De} triggers in a row got such an answer after their retries${Ni(
t)}; ${o}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?Wl(e.refusal,o):null;case"fail-fast":return a`fail-fast stopped the run after a trigger failed: ${o}`;case"\
throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${kn/6e4} min and accepted none: ${o}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function Ni(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function _n(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function Wl(e,t){return e.answer.transient?a`The platform kept answering the run's first ${e.
refused} triggers with the same error, after their retries, and accepted none: ${_n(e)}. Nothing more was sent (${t}). The platform is overloaded or failing: run again later, or with a lower concurrency`:
a`The platform refused the run's first ${e.refused} triggers with the same answer and accepted none: ${_n(
e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function Ci(e,t,n){let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length,s=e.answer.transient?
a`The platform is failing for this table: run it again later`:a`Check that the table exists on the platform as named`;
return a`Table ${t}: the platform refused its first ${e.refused} triggers with the same answer and accepted none: ${_n(
e)}. Its other ${r} trigger${T(r)} were not sent; other tables went on. ${s}`}function Oi(e,t){if((t.
cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.answer.code===e.code&&
r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?!0:t.tableStops.some(
({table:r,stop:s})=>r===e.tableName&&n(s))}function Gl(e){return e.filter(t=>t.status==="failed")}function $i(e){return{succeeded:e.filter(me),
acceptedEarlier:e.filter(t=>t.status==="accepted-earlier"),failed:Gl(e),notRun:e.filter(t=>t.status===
"not-run"),unknown:e.filter(t=>t.status==="unknown")}}function Ii(e,t,n){let r=$i(e),s=t.freshness?.watches??[],o=t.freshness?li(s):I,i=ql(e,t,n),u=t.freshness?.
newestPartition;return{results:e,tally:r,succeeded:e.length>0&&r.succeeded.length===e.length&&o.fresh!==
"false",stopLines:i.lines,unexplainedFailures:r.failed.filter(l=>!Oi(l,i.facts)),watches:s,freshness:o,
planFailures:s.map(ai).filter(l=>l!==null),warnings:[...e.map(_o),...s.map(l=>ui(l,ao(l.last.dataMs,
u)))].filter(l=>l!==null)}}function ql(e,t,n){let r=e.filter(u=>u.status==="not-run"),s=(t.refusals?.
tableStops??[]).map(u=>({stop:u,table:n.identifier(u.table??"")})).filter(({table:u})=>r.some(l=>l.tableName===
u)),o={results:e,cause:t.cause,host:n.text(t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,
tableStops:s},i=[Pi(o),...s.map(({stop:u,table:l})=>Ci(u,l,e))].filter(u=>u!==null);return{facts:o,lines:i}}var Oe=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(Wo(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(pt(n)))}async baselineFailed(t,n){let r=ci(t,n.reason,n.traceId);
await this.report.failedEarly(r,{...I,fresh:"false"})}waitStarted(t,n,r){this.report.printer.startGroup(
si(t,n,r))}planFresh(t){this.report.printer.info(oi(t))}waitProgress(t,n,r,s){this.report.printer.info(
ii(t,n,r,s))}};var Mi=require("node:fs");function _i(e){let t=[],n=()=>{if(t.length===0)return;let s=t.join(`
`);t=[],e.info(s)},r=s=>(...o)=>(n(),s(...o));return{info:s=>{t.push(s)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function Ln(e){if(!e)return;let t;try{t=(0,Mi.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var ht=10;function Li(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var gt=class{constructor(t,n){this.boundary=n;this.sink=_i(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<tn&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(ei))}info(t){this.sink.info(P(t))}debug(t){this.sink.debug(P(
t))}notice(t){this.sink.notice(P(t))}warning(t){this.warnings([t])}warnings(t){let n=ht-this.warningsMade,
{shown:r,rest:s}=Li(t,n);r.forEach(o=>this.sink.warning(P(o))),this.warningsMade+=r.length,s.length!==
0&&(s.forEach(o=>this.sink.info(P(a`warning: ${o}`))),!(n<=0)&&(this.sink.warning(P(Lo(s.length))),this.
warningsMade=ht))}startGroup(t){this.endGroup(),this.sink.startGroup(P(t)),this.groupOpen=!0}endGroup(){
this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate([{line:t,count:1,title:n}])}annotate(t){
let n=ht-this.errorsMade,{shown:r,rest:s}=Li(t,n);r.forEach(i=>this.sink.error(P(i.line),{title:i.title})),
this.errorsMade+=r.length;let o=s[0];if(o&&n>0){let i=s.reduce((u,l)=>u+l.count,0);this.sink.error(P(
Fo(i)),{title:o.title}),this.errorsMade=ht}t.length>0&&this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){
this.outputsWritten=!0;try{for(let[r,s]of Object.entries(t))this.sink.setOutput(r,s)}catch(r){this.fail(
In("outputs",this.boundary.text(Fi(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=
!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(In("summary",this.boundary.text(Fi(n))))}}}};
function Fi(e){let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var Vl={waiting:!1,dbt:void 0},yt=class e{constructor(t,n,r=Vl){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?hi(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...I,fresh:"fal\
se"}:I}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(Y(
[t],n),A),await r.writeSummary(Ai(t)),r.fail(t,A)}};function Bi(e,t){return{waiting:e.dryRun==="off"&&
e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?fi(e.dbt,t):void 0}}function Ui(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var bt=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(t,n){let{printer:r}=this.
report;if(n>0&&r.info(Zo(n)),t===0)return;let s=r.boundary.text(this.run.host);r.startGroup(Bo(t,s,this.
run.concurrency))}retry(t){this.report.printer.info(Mo(t))}finished(t,n,r){this.report.printer.info(
Io(t,n,r))}};function Hi({printer:e}){return t=>e.debug(Qo(e.boundary.text(t)))}var ji=["SIGINT","SIGTERM"];function Wi(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return ji.forEach(r=>process.on(r,
n)),()=>ji.forEach(r=>process.off(r,n))}var Tt=class{constructor(t){this.report=t}report;recorded(t,n){let{printer:r}=this.report;r.info(Xo(
r.boundary.text(t),n))}notRecorded(t,n){let{printer:r}=this.report;r.warnings([zo(r.boundary.text(t),
r.boundary.text(n,64))])}};var Gi=require("node:events");var Jl={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},wt=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,Gi.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Jl[this.firstCause??"cancelled"]}};function qi(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var Kl="anymetrics-refresh",Ji={sleep:qi,random:Math.random,nowMs:Date.now};async function Ki(){let e=Xl(),
t=new xe,n=new gt(rp(),t),r=new yt(n,Ui(process.env,t)),s=Yl(()=>r);try{Is(e).forEach(u=>n.mask(u));
let o=await zl(e,new Ce(r));if(!o)return;r=r.withFacts(Bi(o,t));let i=new Ce(r);if(i.read(o),o.dryRun===
"check")return await Vi(o,r,tp);if(o.plan.length===0)return await i.nothingToRefresh();if(o.dryRun===
"plan")return await i.dryRun(o.plan,o.waitForPlans.map(u=>u.label));await Vi(o,r,Zl)}catch(o){await new te(
r).crashed(o)}finally{s()}}function Yl(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new te(e()).crashed(n)};return process.on("b\
eforeExit",t),()=>process.off("beforeExit",t)}function Xl(){let e=$s.map(t=>[t,nr(t)]);return Object.
fromEntries(e)}async function zl(e,t){try{let{config:n,notices:r}=Ms(e,{now:new Date,readTextFile:s=>$t(
s,fr),openArtifact:s=>yr(s),readOwnFile:s=>br(s,As)});return t.notices(r),n}catch(n){if(!(n instanceof
ye))throw n;await t.refused(n.errors);return}}async function Vi(e,t,n){let r=await np(e,t),s=new wt,
o=Wi(s);try{await n({config:e,client:r,control:s,report:t})}finally{o(),r.close()}}async function Zl({
config:e,client:t,control:n,report:r}){let{boundary:s}=r.printer,o={credential:new Ne(r),plans:new Oe(
r),triggers:new bt(r,{host:t.host,concurrency:e.concurrency})},i={host:t.host,tenantId:e.tenantId},u=e.
resume&&Eo(e.resume.record,i),l={...e,policy:Yi(e),resume:u},c;try{c=await Po(l,{client:t,clock:Ji,control:n,
boundary:s,hooks:o})}finally{e.resume&&Ql(e.resume,i,e.plan,c,r)}if(!c)return;let d=c.watches.length>
0,p={cause:c.cause,refusals:c.refusals,host:t.host,freshness:d?{watches:c.watches,newestPartition:ep(
e)}:void 0};await new te(r).runEnded(Ii(c.results,p,s))}function Ql(e,t,n,r,s){let o={plan:n,results:r?.
results??[],watches:r?.watches??[]},i=Do(e.record,t,o),u=new Tt(s);try{Tr(e.path,vs(i)),u.recorded(e.
path,No(i,t))}catch(l){u.notRecorded(e.path,l.code??"unknown error")}}function ep(e){return e.plan.map(
t=>t.partition).sort().at(-1)}async function tp({config:e,client:t,control:n,report:r}){let s={credential:new Ne(
r),plans:new Oe(r)},{boundary:o}=r.printer,i={...e,policy:Yi(e)},u=await Co(i,{client:t,clock:Ji,control:n,
boundary:o,hooks:s}),l=new te(r);u.passed?await l.checkPassed(e.plan,{host:t.host,tokenExchanged:e.credentials.
kind==="api-key",watches:u.watches}):"reported"in u||await l.checkFailed(u.step,u.verdict)}function Yi(e){
return{retries:e.retries,...Ls}}function np(e,t){return oo({host:e.host.base,tenantId:e.tenantId,basicAuth:e.
host.basicAuth,timeoutMs:e.timeoutMs,userAgent:Kl,maxSockets:e.concurrency,caCertificates:e.caCertificates,
boundary:t.printer.boundary,onTriggerBody:sr()?Hi(t):void 0})}function rp(){return{setSecret:tr,debug:or,
info:cr,notice:e=>ur(e),warning:e=>ar(e),error:(e,t)=>ir(e,t),startGroup:lr,endGroup:pr,setOutput:(e,t)=>{
Ln(process.env.GITHUB_OUTPUT),rr(e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(Ln(process.
env.GITHUB_STEP_SUMMARY),await Dt.addRaw(e).write())},fail:()=>{process.exitCode=1}}}var sp=1e3;Ki().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),sp).unref()});
