"use strict";var Zo=Object.create;var on=Object.defineProperty;var Qo=Object.getOwnPropertyDescriptor;var ei=Object.getOwnPropertyNames;var ti=Object.getPrototypeOf,ni=Object.prototype.hasOwnProperty;var an=(e,t)=>()=>{try{return t||e((t={exports:{}}).exports,t),t.exports}catch(n){throw t=0,n}};var ri=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of ei(t))!ni.call(e,s)&&
s!==n&&on(e,s,{get:()=>t[s],enumerable:!(r=Qo(t,s))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?Zo(ti(e)):{},ri(t||!e||!e.__esModule?on(n,"default",{value:e,enumerable:!0}):
n,e));var yn=an(ee=>{"use strict";var tc=require("net"),ui=require("tls"),ut=require("http"),mn=require("https"),
li=require("events"),nc=require("assert"),ci=require("util");ee.httpOverHttp=pi;ee.httpsOverHttp=di;
ee.httpOverHttps=fi;ee.httpsOverHttps=mi;function pi(e){var t=new L(e);return t.request=ut.request,t}
function di(e){var t=new L(e);return t.request=ut.request,t.createSocket=hn,t.defaultPort=443,t}function fi(e){
var t=new L(e);return t.request=mn.request,t}function mi(e){var t=new L(e);return t.request=mn.request,
t.createSocket=hn,t.defaultPort=443,t}function L(e){var t=this;t.options=e||{},t.proxyOptions=t.options.
proxy||{},t.maxSockets=t.options.maxSockets||ut.Agent.defaultMaxSockets,t.requests=[],t.sockets=[],t.
on("free",function(r,s,o,i){for(var u=gn(s,o,i),l=0,c=t.requests.length;l<c;++l){var d=t.requests[l];
if(d.host===u.host&&d.port===u.port){t.requests.splice(l,1),d.request.onSocket(r);return}}r.destroy(),
t.removeSocket(r)})}ci.inherits(L,li.EventEmitter);L.prototype.addRequest=function(t,n,r,s){var o=this,
i=lt({request:t},o.options,gn(n,r,s));if(o.sockets.length>=this.maxSockets){o.requests.push(i);return}
o.createSocket(i,function(u){u.on("free",l),u.on("close",c),u.on("agentRemove",c),t.onSocket(u);function l(){
o.emit("free",u,i)}function c(d){o.removeSocket(u),u.removeListener("free",l),u.removeListener("clos\
e",c),u.removeListener("agentRemove",c)}})};L.prototype.createSocket=function(t,n){var r=this,s={};r.
sockets.push(s);var o=lt({},r.proxyOptions,{method:"CONNECT",path:t.host+":"+t.port,agent:!1,headers:{
host:t.host+":"+t.port}});t.localAddress&&(o.localAddress=t.localAddress),o.proxyAuth&&(o.headers=o.
headers||{},o.headers["Proxy-Authorization"]="Basic "+new Buffer(o.proxyAuth).toString("base64")),G(
"making CONNECT request");var i=r.request(o);i.useChunkedEncodingByDefault=!1,i.once("response",u),i.
once("upgrade",l),i.once("connect",c),i.once("error",d),i.end();function u(p){p.upgrade=!0}function l(p,m,g){
process.nextTick(function(){c(p,m,g)})}function c(p,m,g){if(i.removeAllListeners(),m.removeAllListeners(),
p.statusCode!==200){G("tunneling socket could not be established, statusCode=%d",p.statusCode),m.destroy();
var h=new Error("tunneling socket could not be established, statusCode="+p.statusCode);h.code="ECONN\
RESET",t.request.emit("error",h),r.removeSocket(s);return}if(g.length>0){G("got illegal response bod\
y from proxy"),m.destroy();var h=new Error("got illegal response body from proxy");h.code="ECONNRESE\
T",t.request.emit("error",h),r.removeSocket(s);return}return G("tunneling connection has established"),
r.sockets[r.sockets.indexOf(s)]=m,n(m)}function d(p){i.removeAllListeners(),G(`tunneling socket coul\
d not be established, cause=%s
`,p.message,p.stack);var m=new Error("tunneling socket could not be established, cause="+p.message);
m.code="ECONNRESET",t.request.emit("error",m),r.removeSocket(s)}};L.prototype.removeSocket=function(t){
var n=this.sockets.indexOf(t);if(n!==-1){this.sockets.splice(n,1);var r=this.requests.shift();r&&this.
createSocket(r,function(s){r.request.onSocket(s)})}};function hn(e,t){var n=this;L.prototype.createSocket.
call(n,e,function(r){var s=e.request.getHeader("host"),o=lt({},n.options,{socket:r,servername:s?s.replace(
/:.*$/,""):e.host}),i=ui.connect(0,o);n.sockets[n.sockets.indexOf(r)]=i,t(i)})}function gn(e,t,n){return typeof e==
"string"?{host:e,port:t,localAddress:n}:e}function lt(e){for(var t=1,n=arguments.length;t<n;++t){var r=arguments[t];
if(typeof r=="object")for(var s=Object.keys(r),o=0,i=s.length;o<i;++o){var u=s[o];r[u]!==void 0&&(e[u]=
r[u])}}return e}var G;process.env.NODE_DEBUG&&/\btunnel\b/.test(process.env.NODE_DEBUG)?G=function(){
var e=Array.prototype.slice.call(arguments);typeof e[0]=="string"?e[0]="TUNNEL: "+e[0]:e.unshift("TU\
NNEL:"),console.error.apply(console,e)}:G=function(){};ee.debug=G});var Tn=an((sc,bn)=>{bn.exports=yn()});var ln=H(require("os"),1);function j(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ae(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function W(e,t,n){let r=new it(e,t,n);process.stdout.write(r.toString()+ln.EOL)}function at(e,t=""){
W(e,{},t)}var un="::",it=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=un+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${oi(s)}`)}}return t+=`${un}${si(this.message)}`,t}};function si(e){return j(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function oi(e){return j(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var cn=H(require("crypto"),1),De=H(require("fs"),1),ve=H(require("os"),1);function pn(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!De.existsSync(n))throw new Error(`Missing file at path: ${n}`);
De.appendFileSync(n,`${j(t)}${ve.EOL}`,{encoding:"utf8"})}function dn(e,t){let n=`ghadelimiter_${cn.randomUUID()}`,
r=j(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${ve.EOL}${r}${ve.EOL}${n}`}var mt=H(require("os"));function fn(e){let t=e.protocol==="https:";if(ii(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new Pe(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new Pe(`http://${n}`)}else return}function ii(e){
if(!e.hostname)return!1;let t=e.hostname;if(ai(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let o of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(o==="*"||s.some(i=>i===o||i.endsWith(`.${o}`)||o.
startsWith(".")&&i.endsWith(`${o}`)))return!0;return!1}function ai(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var Pe=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var xn=require("os"),ue=require("fs"),ct=function(e,t,n,r){function s(o){return o instanceof n?o:new n(
function(i){i(o)})}return new(n||(n=Promise))(function(o,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?o(d.value):s(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:hi,appendFile:gi,writeFile:yi}=ue.promises,wn="GITHUB\
_STEP_SUMMARY";var pt=class{constructor(){this._buffer=""}filePath(){return ct(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[wn];if(!t)throw new Error(`Unable to find environm\
ent variable for $${wn}. Check if your runtime environment supports job summaries.`);try{yield hi(t,
ue.constants.R_OK|ue.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([o,i])=>` ${o}="${i}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return ct(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
yi:gi)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return ct(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(xn.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
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
addRaw(r).addEOL()}},bi=new pt;var dt=bi;var ft=H(require("os"),1);var uc=ft.default.platform(),lc=ft.default.arch();var Rn;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(Rn||(Rn={}));function Sn(e){W("add-mask",{},e)}function En(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function kn(e,t){if(process.env.GITHUB_OUTPUT||"")return pn("OUTPUT",dn(e,t));process.stdout.write(mt.EOL),
W("set-output",{name:e},j(t))}function An(){return process.env.RUNNER_DEBUG==="1"}function vn(e){W("debug",{},e)}function Dn(e,t={}){
W("error",Ae(t),e instanceof Error?e.toString():e)}function Pn(e,t={}){W("warning",Ae(t),e instanceof
Error?e.toString():e)}function Cn(e,t={}){W("notice",Ae(t),e instanceof Error?e.toString():e)}function Nn(e){
process.stdout.write(e+mt.EOL)}function $n(e){at("group",e)}function On(){at("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},N=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new N(e,n.rule,n.offendingValue):n}}var le=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},J=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof N))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new le(
this.errors)}};var ht="-----BEGIN CERTIFICATE-----",_n="-----END CERTIFICATE-----",In=1024*1024,Mn="must be PEM tex\
t or the path of a PEM file with at least one certificate";function Ln(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:Ri(n,t),s=xi(r);if(s.length===0)throw new f(Mn,Un(n));return s.
forEach(Si),s}function xi(e){let t=[];for(let n=e.indexOf(ht);n>=0;n=e.indexOf(ht,n+1)){let r=e.indexOf(
_n,n+ht.length);if(r<0)break;t.push(e.slice(n,r+_n.length)),n=r}return t}function Ri(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${Mn}; the file cannot be read (${r})`,e)}}function Si(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",Un(e))}}function Un(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var D=require("node:fs"),gt=1024*1024,ce=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function Bn(e,t){if(!(0,D.statSync)(e).isFile())throw new ce("not a regular\
 file");let n=(0,D.openSync)(e,"r");try{let r=[],s=0;for(;;){let o=Buffer.allocUnsafe(gt),i=(0,D.readSync)(
n,o,0,gt,null);if(i===0)break;if(s+=i,s>t)throw new ce(`larger than ${t} bytes`);r.push(o.subarray(0,
i))}return Buffer.concat(r,s).toString("utf8")}finally{(0,D.closeSync)(n)}}function Fn(e,t=gt){return{
*[Symbol.iterator](){if(!(0,D.statSync)(e).isFile())throw new ce("not a regular file");let n=(0,D.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,D.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,D.closeSync)(n)}}}}var Y=128,Ei=/[\u0000-\u001f\u007f-\u009f]/,ki=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function Ce(e){return Ei.
test(e)}function yt(e){return ki.test(e)}function te(e,t={}){if(!yt(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Ne(e,t=Y){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function U(e,t="is required"){if(e==="")throw new f(
t)}var bt=["UID","TOKEN","ACCOUNT","APIKEY"];function Hn(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new N("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Ai(e,t):vi(e,t)}function Ai(e,t){let n=t.take(()=>y("app-id",()=>(U(e["a\
pp-id"],"is required with app-secret (the API key ID)"),te(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(U(e["app-secret"],"is required with app-id (the API key secret)"),te(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function vi(e,t){
let n=t.take(()=>y("auth-type",()=>Pi(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>Di(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function Di(e){return U(e),te(e,
{secret:!0}),e}function Pi(e){U(e,`is required (one of ${bt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=bt.find(r=>r===t);if(!n)throw new f(`must be one of ${bt.join(
", ")}`,e);return n}var Ue=require("node:path");var er=require("node:buffer");var jn=1e5,Ci=9,Ni=10,$i=13,Wn=32,pe=34,Oi=43,Gn=44,$e=45,_i=46,me=48,_e=57,qn=58,Tt=91,Vn=92,Kn=93,
Oe=123,de=125,Ii=101,Mi=69,Jn=117,ne=-1,xt=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,
116])xt[e]=1;var Yn={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from(
"false")},110:{kind:"null",bytes:Buffer.from("null")}},zn=Buffer.alloc(0),wt=new Uint32Array(0),Li=new Uint8Array(
new Uint32Array([1]).buffer)[0]===1,Ui=[-2139062144,-2139062272,-2139095040,-2147483648];function Qn(e,t){
let n=new Rt(e);try{return t(n)}finally{n.close()}}var Rt=class{chunks;buf=zn;pos=0;words=wt;base=0;ended=!1;line=1;lineStart=0;collecting=null;entered=[];constructor(t){
let n=typeof t=="string"?[Buffer.from(t,"utf8")]:t;this.chunks=n[Symbol.iterator]()}close(){this.ended=
!0,this.chunks.return?.()}kind(){let t=this.skipWhitespace();if(t===Oe)return"object";if(t===Tt)return"\
array";if(t===pe)return"string";if(t===$e||t>=me&&t<=_e)return"number";let n=Yn[t];return n?n.kind:this.
expected(t,"a value")}enterObject(){this.expect(Oe,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.
nextMember(de,"'}'"))return;let r=this.skipWhitespace();r!==pe&&this.expected(r,"a key (a string)"),
this.collect(t,n),this.pos++,this.skipStringBody();let s=this.collected(),o=s.includes(Vn)?JSON.parse(
s.toString("utf8")):s.toString("utf8",1,s.length-1);return this.expect(qn,"':'"),o}enterArray(){this.
expect(Tt,"'['"),this.entered.push(!0)}nextItem(){return this.nextMember(Kn,"']'")?!1:(this.kind(),!0)}skipValue(){
let t=[];for(;;){let n=this.skipWhitespace();if(n===Oe||n===Tt){t.length>=jn&&this.fail(`nested more\
 than ${jn} levels deep`),this.pos++;let r=n===Oe?de:Kn;if(this.skipWhitespace()===r)this.pos++;else{
t.push(r),r===de&&this.skipKey();continue}}else this.skipScalar(n);for(;;){let r=t.at(-1);if(r===void 0)
return;if(n=this.skipWhitespace(),n===Gn){this.pos++,r===de&&this.skipKey();break}n!==r&&this.expected(
n,r===de?"',' or '}'":"',' or ']'"),this.pos++,t.pop()}}}readValue(t,n){this.skipWhitespace();let r={
offset:this.offset(),line:this.line,lineStart:this.lineStart};this.collect(t,n),this.skipValue();let s=this.
collected();try{return JSON.parse(s.toString("utf8"))}catch{return this.line=r.line,this.lineStart=r.
lineStart,this.fail("a value JSON.parse refuses",r.offset)}}finish(){this.skipWhitespace()!==ne&&this.
fail("more text after the JSON value")}offset(){return this.base+this.pos}fail(t,n=this.offset()){throw new f(
`is not valid JSON at byte ${n} (line ${this.line}, column ${n-this.lineStart+1}): ${t}`)}advanceChunk(){
if(this.ended)return!1;let t=this.collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=
n.length,t.size>t.maxBytes)throw t.tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=
this.buf.length,this.buf=zn,this.words=wt,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.
ended=!0,!1;let r=n.value;if(r.length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.
byteOffset,r.byteLength),this.words=Li&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>
2):wt,!0}}peek(){return this.pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:ne}skipWhitespace(){
for(;;){let t=this.buf,n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===Wn||s===Ci||s===$i)r++;else if(s===
Ni)r++,this.line++,this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())
return ne}}expect(t,n){let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}expected(t,n){
return this.fail(t===ne?`the text ends where ${n} was expected`:`expected ${n}`)}nextMember(t,n){let r=this.
entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any object or array");
let s=this.skipWhitespace();return s===t?(this.pos++,this.entered.pop(),!0):(r||(s!==Gn&&this.expected(
s,`',' or ${n}`),this.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.skipWhitespace();
t!==pe&&this.expected(t,"a key (a string)"),this.pos++,this.skipStringBody(),this.expect(qn,"':'")}skipScalar(t){
if(t===pe)this.pos++,this.skipStringBody();else if(t===$e||t>=me&&t<=_e)this.skipNumber();else{let n=Yn[t];
n||this.expected(t,"a value");let{bytes:r}=n;if(this.pos+r.length<=this.buf.length){let s=0;for(;s<r.
length&&this.buf[this.pos+s]===r[s];)s++;if(s===r.length){this.pos+=s;return}}for(let s of r)this.peek()!==
s&&this.fail(`expected ${n.kind}`),this.pos++}}skipStringBody(){for(;;){let t=this.buf,n=this.words,
r=n.length*4,s=t.length,o=this.pos;for(;o<s;){if(o<r){let u=o>>2,l=Zn(n[u])&Ui[o&3];for(;l===0&&++u<
n.length;)l=Zn(n[u]);if(l===0){o=r;continue}o=u*4+Bi(l)}let i=t[o];if(i===pe){this.pos=o+1;return}if(i===
Vn){let u=o+1<s?t[o+1]:ne;if(xt[u]===1){o+=2;continue}if(u===Jn&&o+5<s&&Fi(t,o+2)){o+=6;continue}break}
i<Wn&&(this.pos=o,this.fail("a control character in a string (it must be escaped)")),o++}this.pos=o,
o<s?this.skipEscape():this.advanceChunk()||this.fail("the text ends inside a string")}}skipEscape(){
this.pos++;let t=this.peek();if(t===ne&&this.fail("the text ends inside a string"),xt[t]===1){this.pos++;
return}t!==Jn&&this.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),
this.pos++;for(let n=0;n<4;n++)fe(this.peek())||this.fail("a \\u escape without four hexadecimal digi\
ts"),this.pos++}skipNumber(){let t=this.peek();t===$e&&(this.pos++,t=this.peek()),t===me?this.pos++:
this.digits(),t=this.peek(),t===_i&&(this.pos++,this.digits(),t=this.peek()),(t===Ii||t===Mi)&&(this.
pos++,t=this.peek(),(t===Oi||t===$e)&&this.pos++,this.digits())}digits(){Xn(this.peek())||this.fail(
"a number without its digits");do this.pos++;while(Xn(this.peek()))}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};function Xn(e){return e>=me&&e<=_e}function Zn(e){let t=e^572662306,n=e^1549556828;return(t-16843009&
~t|n-16843009&~n|e-538976288&~e)&-2139062144}function Bi(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==
0?2:3}function Fi(e,t){return fe(e[t])&&fe(e[t+1])&&fe(e[t+2])&&fe(e[t+3])}function fe(e){return e>=
me&&e<=_e||e>=65&&e<=70||e>=97&&e<=102}var Hi=["v12","v20"],ji=["v6"],St=new Set(["model","seed","snapshot"]),he=er.constants.MAX_STRING_LENGTH;
function tr(e){let t;if(rr(e,"run-results",ji,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=Wi(r):(r.
skipValue(),t=void 0),!0)),!t)throw new f('has no "results" list');return t}function Wi(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let o=re(e);o!==void 0;o=re(e))o==="unique_id"||o==="status"?n[o]=e.readValue(he,()=>Ie(`a resul\
t's ${o}`)):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
s)})}return t}function nr(e,t){let n;if(rr(e,"manifest",Hi,(r,s)=>{if(r!=="nodes")return!1;let o=s.kind();
return o==="object"?n=Gi(s,t):(s.skipValue(),n=o==="array"?new Map:void 0),!0}),!n)throw new f('has \
no "nodes" map');return n}function Gi(e,t){let n=new Map;e.enterObject();for(let r=re(e);r!==void 0;r=
re(e)){let s=t.has(r)?e.kind():void 0;if(s==="object"||s==="array"){let o=e.readValue(he,()=>Ie(`nod\
e ${r}`));n.set(r,Vi(r,o))}else e.skipValue(),s!==void 0&&n.delete(r)}return n}function rr(e,t,n,r){
Qn(e,s=>{if(s.kind()!=="object")throw s.skipValue(),s.finish(),new f("is not a JSON object");let o;s.
enterObject();for(let i=re(s);i!==void 0;i=re(s))i==="metadata"?o=s.readValue(he,()=>Ie("its metadat\
a")):r(i,s)||s.skipValue();s.finish(),qi(o,t,n)})}function qi(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(
`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];if(!s||!n.includes(s))throw new f(`is ${t} ${s??`of un\
known version (${String(r).slice(0,80)})`}; this action reads ${t} ${n.join(" and ")}`)}function re(e){
return e.nextKey(he,()=>Ie("a key"))}function Ie(e){return new f(`has ${e} of more than ${he} bytes,\
 longer than any string Node.js makes (JSON.parse could not read it either)`)}function Vi(e,t){let n=t.
config??{},r=o=>typeof o=="string"&&o!==""?o:null,s=[t.tags,n.tags].flatMap(o=>Array.isArray(o)?o:[]);
return{uniqueId:e,resourceType:r(t.resource_type)??e.split(".")[0]??"",name:r(t.name)??e.split(".").
at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(t.database),catalog:r(n.catalog),materialized:r(
n.materialized),tags:[...new Set(s.filter(o=>typeof o=="string"))],originalFilePath:r(t.original_file_path)}}
function sr(e){return new Set(e.map(t=>t.uniqueId).filter(t=>St.has(t.split(".")[0]??"")))}var or=["model","seed","snapshot"];function Et(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function kt(e){let t=e.
indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(t+1);if(r===""||/\s/.test(r))throw new f("has a selec\
tor without a value or with spaces",e);switch(n){case null:return{kind:"name",value:r};case"tag":return{
kind:"tag",value:r};case"path":return{kind:"path",value:r,pattern:Ki(r)};case"resource_type":if(!or.
includes(r))throw new f(`has resource_type:${r}; use ${or.join(", ")}`,e);return{kind:"resource_type",
value:r};default:throw new f("takes tag:NAME, path:GLOB, resource_type:TYPE or a model name",e)}}function Ki(e){
let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(`${t}/`)};let n=Ji(
t);return{source:t,test:r=>Yi(n,r)}}function Ji(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n]??
"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:1}else r==="\
*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}function Yi(e,t){
let n=ir(e,new Set([0]));for(let r of t){let s=new Set;for(let o of n){let i=e[Math.floor(o)];i&&zi(
i,o,r,s)}if(s.size===0)return!1;n=ir(e,s)}return n.has(e.length)}function zi(e,t,n,r){let s=n==="/";
switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"segment":
s||r.add(t);return;case"any":r.add(t);return;case"folders":{let o=Math.floor(t)+.5;r.add(o),s&&r.add(
Math.floor(t)+1)}}}function ir(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&r.kind!==
"char"&&r.kind!=="one"&&t.add(n+1)}return t}var $="[\\p{L}\\p{N}_$-]+",Xi=new RegExp(`^(${$})\\.\`(${$})\\.(${$})\`\\.(${$})$`,"u"),Zi=new RegExp(
`^(${$})\\.(${$})\\.(${$})\\.(${$})$`,"u"),Qi=new RegExp(`^${$}$`,"u"),ea=new RegExp(`^(${$})\\.(${$}\
)$`,"u"),ta="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Me(e){let t=e.trim();
if(Xi.test(t))return{tableName:At(t),backticksAdded:!1};let n=Zi.exec(t);if(n){let[r="",s="",o="",i=""]=n.
slice(1);return{tableName:At(lr(r,`${s}.${o}`,i)),backticksAdded:!0}}throw new f(ta,t)}function se(e){
let t=e.trim();if(!Qi.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function ar(e){let t=na(e.trim());if(!ea.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function ur(e,t,n){return At(
lr(e,t,n))}function lr(e,t,n){return`${e}.\`${t}\`.${n}`}function na(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function At(e){try{Ne(e,Y)}catch{throw new f(`must compose a t\
ableName of at most ${Y} characters (it has ${e.length})`,e)}return e}var ra=new Set(["success","partial success"]);function cr(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let o of e){if(s.has(o.uniqueId))continue;s.add(o.uniqueId);let i=sa(o,t.get(o.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:o.uniqueId,...i}):r.skipped.push({uniqueId:o.uniqueId,...i})}return r}
function sa(e,t,n){let r=oa(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:ia(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof f?s.rule:String(s)}`}}}function oa(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return St.has(r)?ra.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>Et(s,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(s=>Et(s,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function ia(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,s=e.catalog??r??t.defaultCatalog,o=`${t.datasource}.\`${s}.${n}\`.${e.
alias??e.name}`;return Me(o).tableName}function P(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function Le(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),o=r.length*s.length;if(o>n.maxTriggers){
let i=o>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${o} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${i}`)}return r.flatMap(i=>s.map(u=>({tableName:i,partition:u})))}var vt="default_catalog";function fr(e,t,n,r){let s=n.take(()=>y("datasource",()=>(U(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),se(e.datasource)))),o=n.
take(()=>y("dbt-catalog",()=>se(e["dbt-catalog"]||vt))),i=n.take(()=>y("dbt-select",()=>P(e["dbt-sel\
ect"]).map(kt))),u=n.take(()=>y("dbt-exclude",()=>P(e["dbt-exclude"]).map(kt))),l=n.take(()=>aa(e,t,
r));if(!(s===void 0||o===void 0||i===void 0||u===void 0||l===void 0))return cr(l.results,l.nodes,{datasource:s,
defaultCatalog:o,select:i,exclude:u})}function aa(e,t,n){let r=e["dbt-run-results"],s=e["dbt-manifes\
t"]||(0,Ue.join)((0,Ue.dirname)(r),"manifest.json"),o=y("dbt-run-results",()=>pr(t,r,tr));if(n){let{
tableNames:c,partitions:d,limits:p}=n;y("max-triggers",()=>Le(c,d,p))}let i=sr(o),u=y("dbt-manifest",
()=>pr(t,s,c=>nr(c,i))),l=[...i].filter(c=>!u.has(c));if(l.length>0)throw new N("dbt-manifest",`has \
no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: give the manifes\
t of the same dbt run`,s);return{results:o,nodes:u}}function pr(e,t,n){let r;try{r=e(t)}catch(s){throw dr(
s,t)}try{return n(r)}catch(s){throw s instanceof f?new f(s.rule,t):typeof s.code=="string"?dr(s,t):s}}
function dr(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n=="string"?n:
"unreadable"})`,t)}var Dt="/anymetrics/api/v1/scheduler/task/trigger",ua="/anymetrics/api/v1/token/create",la="/anymetr\
ics/api/v1/accelerate/latestTime",ca="/anymetrics/api/v1/accelerate/plan/queryAccelerateResultPlanLi\
st",pa="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",Pt=/^[a-z][a-z0-9+.-]*:\/\//i,da=/[/?#\\]/;function Ct(e){let t=Pt.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(da);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function mr(e){let t=Ct(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),o=r<0?"":n.slice(r+1),i=r<0?s:o,u=[i,ge(i),Nt(
ge(s),ge(o))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function Nt(e,t){return Buffer.
from(`${e}:${t}`).toString("base64")}function oe(e){let t=Ct(e.trim()),n=t?`${t.scheme}***@${t.rest}`:
e.trim();return fa(n)}function fa(e){let t=Pt.exec(e)?.[0]??"",n=e.slice(t.length),r=n.search(/[?#]/);
return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function hr(e){let t=e.trim();if(t==="")throw new f(
"is required");if(Ce(t)||/\s/.test(t))throw new f("must not contain spaces or control characters",oe(
t));if(Ct(t)?.ambiguous)throw new f("must percent-encode / ? # in a user name or password (user:p%2F\
ss@host), and @ in a path (%40)",oe(t));let n=ma(t),r=n.pathname.replace(/\/+$/,""),s=r.endsWith(Dt)?
r.slice(0,-Dt.length):r,o=`${n.protocol}//${n.host}${s}`,i={url:o+Dt,tokenUrl:o+ua,planStatusUrl:o+la,
planListUrl:o+ca,display:o};return(n.username!==""||n.password!=="")&&(i.basicAuth={username:ge(n.username),
password:ge(n.password)}),i}function ma(e){let t=Pt.test(e),n=ha(t?e:`http://${e}`,e);if(n.protocol!==
"http:"&&n.protocol!=="https:")throw new f("must use http:// or https://",oe(e));if(!t&&n.port==="")
throw new f("must include a port when no scheme is given (e.g. anymetrics.example.com:8083)",oe(e));
if(/[?#]/.test(e))throw new f("must not contain a query (?) or fragment (#)",oe(e));return n}function ha(e,t){
try{return new URL(e)}catch{throw new f(pa,oe(t))}}function ge(e){try{return decodeURIComponent(e)}catch{
return e}}var Fe=864e5,ga=/^(\d{4})-(\d{2})-(\d{2})$/,ya=/^today\s*-\s*(\d{1,5})$/i,gr=36600,ba="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",yr="..",br=36600,Tr=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
wr={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function Rr(e){if(e==="UTC")return null;let t=e.toUpperCase();if(wr[t])return wr[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=Ta(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":Tr.test(e)?null:`is a le\
gacy alias or abbreviation: write ${Tr.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function Ta(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function Sr(e){return ye(Be(e))}function $t(e,t){if(e.
length===0)throw new f("must name at least one partition");let n=new Set;for(let r of e)for(let s of wa(
r.trim(),t))n.add(s);return[...n].sort((r,s)=>r-s).map(ye)}function wa(e,t){let n=e.indexOf(yr);if(n<
0)return[Er(e,t)];if(e.includes("..."))throw new f("has a range with three dots: write A..B (two dot\
s)",e);let[r="",s=""]=[e.slice(0,n),e.slice(n+yr.length)].map(u=>u.trim());if(r===""||s==="")throw new f(
`has a range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let o=xr(
r,e,t),i=xr(s,e,t);if(i<o)throw new f(`has a reversed range (${ye(o)} is after ${ye(i)}): write it o\
ldest first`,e);if(i-o>=br)throw new f(`has a range longer than ${br} days`,e);return Array.from({length:i-
o+1},(u,l)=>o+l)}function xr(e,t,n){try{return Er(e,n)}catch(r){throw r instanceof f?new f(r.rule,t):
r}}function Er(e,t){let n=e.toLowerCase();if(n==="today")return Be(t);if(n==="yesterday")return Be(t)-
1;let r=ya.exec(e);if(r){let s=Number(r[1]);if(s>gr)throw new f(`must not reach back more than ${gr}\
 days`,e);return Be(t)-s}return xa(e)}function xa(e){let t=ga.exec(e);if(!t)throw new f(ba,e);let[n,
r,s]=t.slice(1).map(Number),o=Date.UTC(n,r-1,s)/Fe;if(n<1||ye(o)!==e)throw new f("must be a real cal\
endar date (yyyy-MM-dd)",e);return o}function Be({now:e,timeZone:t}){if(t==="UTC")return Math.floor(
e.getTime()/Fe);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"numeric",month:"numeric",day:"\
numeric"}).formatToParts(e),r=s=>Number(n.find(o=>o.type===s)?.value);return Date.UTC(r("year"),r("m\
onth")-1,r("day"))/Fe}function ye(e){return new Date(e*Fe).toISOString().slice(0,10)}var kr=3600;function Ar(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>kr)throw new f(`must\
 be a number of seconds above 0, at most ${kr}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Ot(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let o=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${o}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function He(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function vr(e){if(e.
toLowerCase()==="check")return"check";try{return _t(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function _t(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Dr(e){let t=Rr(e);if(t)
throw new f(t,e);return e}var Pr="id:",Cr=100;function Nr(e){let t=new Map;for(let n of P(e)){let r=Ra(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Cr)throw new f(`names ${t.size} plans; at most ${Cr} (split the wait across steps)`);return[
...t.values()]}function Ra(e){let t=e.toLowerCase().startsWith(Pr),n=t?e.slice(Pr.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(Ce(n))throw new f("has a plan with control\
 characters",e);if(n.length>Y)throw new f(`has a plan longer than ${Y} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Sa=["datasource","catalog-schema","table"];function Mt(e,t,n,r){let s=P(e["table-name"]),o=Sa.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return s.length>0&&o.length>0?$r(r,"table-name",`cannot be com\
bined with ${o.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(i=>Ea(
i,t))):o.length===0&&n?[]:o.length===0?$r(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):ka(e,n,r)}function $r(e,t,n){return e.take(()=>{throw new N(
t,n)})}function Ea(e,t){let n=y("table-name",()=>Me(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function ka(e,t,n){let r=(t?
new J:n).take(()=>It(e,"datasource",se)),s=n.take(()=>It(e,"catalog-schema",ar)),o=n.take(()=>It(e,"\
table",i=>P(i).map(se)));if(!(r===void 0||s===void 0||o===void 0))return n.take(()=>y("table",()=>o.
map(i=>ur(r,s,i))))}function It(e,t,n){if(P(e[t]).length===0)throw new N(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var Or=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","ca-certificate","dbt-run-results","dbt-manifest","dbt-select","dbt-exclude",
"dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],Aa=10,va=32,Lt=2e3,Da=350,
Pa=600,Ca={name:"minutes",ms:6e4},Na={name:"seconds",ms:1e3},_r={timeZone:{input:"timezone",default:"\
UTC",parse:Dr},timeoutMs:{input:"timeout-seconds",default:"30",parse:Ar},retries:{input:"retries",default:"\
3",parse:e=>He(e,0,Aa)},concurrency:{input:"concurrency",default:"4",parse:e=>He(e,1,va)},failFast:{
input:"fail-fast",default:"false",parse:_t},dryRun:{input:"dry-run",default:"false",parse:vr},maxTriggers:{
input:"max-triggers",default:"1000",parse:e=>He(e,1,Lt)},waitTimeoutMs:{input:"wait-timeout-minutes",
default:"60",parse:e=>Ot(e,Ca,{min:0,max:Da})},waitIntervalMs:{input:"wait-interval-seconds",default:"\
30",parse:e=>Ot(e,Na,{min:1,max:Pa})}},$p={partition:"today","dbt-catalog":vt,...Object.fromEntries(
Object.values(_r).map(e=>[e.input,e.default]))};function Ir(e){return[e["auth-value"],e["app-secret"],
...mr(e.host)].filter(t=>t!=="")}function Mr(e,t){let n=[],r=new J,s=r.take(()=>y("host",()=>hr(e.host))),
o=r.take(()=>y("tenant-id",()=>_a(e["tenant-id"]))),i=Hn(e,r),u=e["dbt-run-results"]!=="",l=u?fr(e,t.
readArtifact,r,$a(e,t.now)):void 0,c=Mt(e,n,u,r),d=c&&(!u||l)?[...c,...Ia(l)]:void 0,p=Lr(e,r),{timeZone:m,
maxTriggers:g}=p,h=m===void 0?void 0:r.take(()=>y("partition",()=>$t(P(e.partition||"today"),{now:t.
now,timeZone:m}))),T=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>Le(d,h,{maxTriggers:g,largest:Lt}))):
void 0,k=r.take(()=>y("wait-for-plans",()=>Nr(e["wait-for-plans"]))),M=r.take(()=>y("ca-certificate",
()=>Ln(e["ca-certificate"],t.readTextFile)));r.throwIfAny();let _={...p,endpoint:s,tenantId:o,credentials:i,
plan:T,caCertificates:M,waitForPlans:k},ae=Oa(_);return{config:{...ae,today:Sr({now:t.now,timeZone:ae.
timeZone}),dbt:l},notices:n}}function $a(e,t){let n=new J,r=Mt(e,[],!0,n),{timeZone:s,maxTriggers:o}=Lr(
e,n);if(r===void 0||s===void 0||o===void 0)return;let i=n.take(()=>y("partition",()=>$t(P(e.partition||
"today"),{now:t,timeZone:s})));return i&&{tableNames:r,partitions:i,limits:{maxTriggers:o,largest:Lt}}}
function Lr(e,t){let n=Object.entries(_r).map(([r,s])=>[r,t.take(()=>y(s.input,()=>s.parse(e[s.input]||
s.default)))]);return Object.fromEntries(n)}function Oa(e){for(let[t,n]of Object.entries(e))if(n===void 0)
throw new Error(`input ${t} was neither parsed nor refused`);return e}function _a(e){return U(e),te(
e),Ne(e),e}function Ia(e){return e?e.mapped.map(t=>t.tableName):[]}var Ur={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},Ma=new Set([408,429,502,503,504]),La=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function Ft(e){return"status"in e?Ma.has(e.status):La.
has(e.errorCode)}function Ua(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Br(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=Fa(n,t);return r===void 0?void 0:Math.max(0,r-t)}var Fr=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],Ut=`(?<month>${Fr.join("|")})`,Bt="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",Ba=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${Ut} (?<y\
ear>\\d{4}) ${Bt} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${Ut}\
-(?<year>\\d{2}) ${Bt} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${Ut} (?<day>[ \\d]\\d) ${Bt}\
 (?<year>\\d{4})$`)];function Fa(e,t){let n=Ba.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:o,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(Ha(o,t),Fr.indexOf(
s),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(g,h)=>g===c[h])?d:void 0}function Ha(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var ja=250;function Hr(e,t,n,r){return n!==void 0?
Ht(n,t):Ua(e,t,r)}function Ht(e,t){return Math.min(Math.max(e,ja),t.retryAfterCapMs)}var ns=require("node:net");var Wa=/^[0-9a-fA-F]{2}$/,Ga="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),jr={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(Ga.map((e,t)=>[e,String.fromCharCode(160+t)]))},qa={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},Wr=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),Va=new RegExp("\\p{M}","gu");function be(e,t=!0){let n={chars:"",starts:[],ends:[]},
r=[];for(let s=0;s<e.length;){let o=t?Ja(e,s):Kr(e,s);for(let i of Ka(o.text)){r.push(i);for(let u=0;u<
i.length;u++)n.starts.push(s),n.ends.push(s+o.length)}s+=o.length}return n.chars=r.join(""),n}function Ka(e){
return e.length===1&&e>" "&&e<"\x7F"&&e!=="+"?[e]:e===""||Wr.test(e)?[]:[...e.normalize("NFKD").replace(
Va,"")].filter(n=>!Wr.test(n))}function Ja(e,t){let n=e[t]??"";return n==="%"?Ya(e,t):n==="&"?za(e,t):
n==="\\"?Xa(e,t):Kr(e,t)}function Kr(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(
n),length:n>65535?2:1}}function Ya(e,t){let n=Gr(e,t);if(n===void 0)return{text:"%",length:1};let r=n<
128?1:n>=240?4:n>=224?3:n>=192?2:1,s=[n];for(let i=1;i<r;i++){let u=Gr(e,t+i*3);if(u===void 0)break;
s.push(u)}let o=new TextDecoder().decode(Uint8Array.from(s));return o.includes("\uFFFD")?{text:String.
fromCharCode(n),length:3}:{text:o,length:s.length*3}}function Gr(e,t){if(e[t]!=="%")return;let n=e.slice(
t+1,t+3);return Wa.test(n)?parseInt(n,16):void 0}function za(e,t){let n=e.indexOf(";",t+1);if(n<0||n-
t>12)return{text:"&",length:1};let r=e.slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);
if(s?.[1]){let i=s[1].startsWith("x")||s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],
10);if(i>0&&i<=1114111)return{text:String.fromCodePoint(i),length:n-t+1}}let o=jr[r]??jr[r.toLowerCase()];
return o===void 0?{text:"&",length:1}:{text:o,length:n-t+1}}function Xa(e,t){let n=e[t+1]??"",r=qr(e,
t);if(r!==void 0){let o=r>=55296&&r<=56319?qr(e,t+6):void 0;return o!==void 0&&o>=56320&&o<=57343?{text:String.
fromCharCode(r,o),length:12}:{text:String.fromCharCode(r),length:6}}let s=qa[n];return s===void 0?{text:"\
\\",length:1}:{text:s,length:2}}function qr(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+
2,t+6);return/^[0-9a-fA-F]{4}$/.test(n)?parseInt(n,16):void 0}function Jr(e,t){if(t.length===0||e===
"")return[];let n=[];if(Za.test(e)){for(let r of t)Qa(e,r,n);return Vr(n)}for(let r of[be(e),be(e,!1)])
eu(r,t,e.length,n);return Vr(n)}var Za=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;function Qa(e,t,n){
for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function eu(e,t,n,r){for(let s of t)
for(let o=e.chars.indexOf(s);o>=0;){let i=o+s.length-1;r.push([e.starts[o]??0,e.ends[i]??n]),o=e.chars.
indexOf(s,o+1)}}function Vr(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.at(-1);s&&
n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}var tu="***",nu=1e3,ru=256*1024,su=12,ou=200,iu=120,Qr=/[\s\u0085]+/g,au=new RegExp("[\\u0000-\\u001f\\\
u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),Yr="\uFFFD",uu=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
lu=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,cu=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,s)=>{n+=String(r)+(e[s+1]??"")}),n}function z(e,t){return e.join(
t)}function B(e){return je(jt(e))}var We=class{forms=[];canonicalForms=[];longestForm=0;constructor(t=[]){
t.forEach(n=>this.addSecret(n))}addSecret(t){let n=hu(t).filter(s=>!this.forms.includes(s));this.forms=
[...this.forms,...n].sort((s,o)=>o.length-s.length);let r=n.flatMap(s=>[be(s).chars,be(s,!1).chars]).
filter(s=>s!=="");return this.canonicalForms=[...new Set([...this.canonicalForms,...r])],this.longestForm=
this.forms[0]?.length??0,n}redact(t){let n=Jr(t,this.canonicalForms);if(n.length===0)return t;let r="",
s=0;for(let[o,i]of n)r+=t.slice(s,o)+tu,s=i;return r+t.slice(s)}text(t,n=nu){if(t.length<=n&&uu.test(
t)&&!t.includes("  "))return zr(je(this.redact(t)));let r=t.replace(Qr," ");return this.finish(jt(this.
redactPart(r,n*2+64)),n)}excerpt(t,n=ou){return this.finish(jt(fu(this.redactPart(t,ru))),n)}redactPart(t,n){
let r=this.longestForm*su;if(t.length<=n+r)return this.redact(t);let s=this.redact(t.slice(0,n+r));return r>
0?s.slice(0,-r):s}quote(t,n=iu){let r=je(du(JSON.stringify(this.redact(t))));return r.length>n?`${es(
r,n)}\u2026"`:r}finish(t,n){return zr(I(je(this.redact(t)),n))}};function zr(e){return Buffer.from(e,
"utf16le").toString("utf16le")}var pu=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function du(e){return e.replace(pu,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function jt(e){
return e.replace(lu,Yr).replace(Qr," ").replace(au,Yr).trim()}function je(e){let t=e.replace(cu,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function es(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var Xr=/<\/(script|style|head)\s*>/gi;
function fu(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,mu(e,r)){Xr.lastIndex=n;let o=Xr.exec(e);n=o?o.
index+o[0].length:e.length}}return t}function mu(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==
104?!1:/^<(script|style|head)\b/i.test(e.slice(t,t+8))}function hu(e){if(e==="")return[];let t=[e,encodeURIComponent(
e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),Zr(e,"&#39;"),Zr(e,"&#x27\
;"),...gu(e)];return[...new Set(t)].filter(n=>n!=="")}function Zr(e,t){let n={"&":"&amp;","<":"&lt;",
">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function gu(e){let t=Buffer.from(
e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let s of[0,1,2]){let o=Buffer.concat(
[Buffer.alloc(s),t]).toString("base64"),i=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(o.slice(
i,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}function I(e,t){
return e.length>t?`${es(e,t)}\u2026`:e}function ts(e,t){return e.toFixed(t)}var R=class extends Error{constructor(n,r){super(n);this.description=n;this.code=r;this.name="Transp\
ortError"}description;code},rs=new R("cancelled","CANCELLED"),ss=new R("cancelled","CANCELLED_SENT"),
yu="tunneling socket could not be established";function os(e,t,n){return{url:e,host:n.text(e.host,300),
proxy:t?n.text(`${t.protocol}//${t.host}`,300):void 0}}function Wt(e){if(e instanceof R)return e;let t=e?.
code,n=e instanceof Error?e.message:String(e);return new R(n,typeof t=="string"?t:"UNKNOWN")}async function is(e,t){
let n=Wt(e);if(n.description.startsWith(yu)){let r=n.description.split("cause=")[1]??n.code;return new R(
r,"EPROXY")}return n.code==="EPROTO"&&/wrong version number/i.test(n.description)?new R(n.description,
"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&!t.proxy&&(t.speaksTls??=bu(t.url),await t.
speaksTls)?new R(n.description,"ETLSPORT"):n}function bu(e){return new Promise(t=>{let n=process.getBuiltinModule(
"node:tls").connect({host:e.hostname,port:Number(e.port||80),...(0,ns.isIP)(e.hostname)?{}:{servername:e.
hostname},rejectUnauthorized:!1,timeout:2e3}),r=s=>{n.destroy(),t(s)};n.once("secureConnect",()=>r(!0)),
n.once("error",()=>r(!1)),n.once("timeout",()=>r(!1))})}function Tu(e,t,n,r){let s=e.code==="HPE_HEA\
DER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}
var wu=new Set(["UNABLE_TO_VERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET\
_ISSUER_CERT","SELF_SIGNED_CERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),xu={ECONNREFUSED:a`connection refused`,
ECONNRESET:a`connection reset`,ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,
ETIMEDOUT:a`connection timed out`};function as(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,
o=n?.proxy?a` via proxy ${n.proxy}`:a``;if(e.code.startsWith("HPE_"))return Tu(e,s,o,r);switch(e.code){case"\
ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.text(e.description)}`;case"\
EUPGRADE":case"ECLOSED":return a`${s}${o}: ${t.text(e.description)}`;case"CANCELLED":return a`cancelled before the request reached ${s}`;case"\
CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${o} sent no answer within ${t.text(e.description.replace(/^no answer within /,
""))}`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.proxy??a`in http_proxy/https_proxy`}: ${t.
text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(wu.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=xu[e.code];return i?a`${i} by ${s}${o} (${r})`:a`${s}${o}: ${t.text(e.description)}`}var Ru=32,Su=128,Eu=8,Gt=4096;function ls(e,t){if(Au(e.status))return $u(e,t);let n=_u(e.body);if(!n)
return Ou(e,t);let r=Du(n,t),s=Pu(e.status,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,
data:r.data,reason:s,warning:s===null&&cs(n.data)?.trim()==="false"?a`the platform answered data "false"`:
null}}function A(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function ku(e){
return e>=200&&e<300}function Au(e){return e>=300&&e<400&&e!==304}function vu(e){return Vt(e)?String(
e).trim():null}function Du(e,t){let n=(r,s)=>{let o=cs(r);return o===null||o.trim()===""?null:t.text(
o,s)};return{code:Vt(e.code)?n(e.code,Ru):null,traceId:Vt(e.traceId)?n(e.traceId,Su):null,data:n(e.data),
errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}function Pu(e,t,n,r){let s=Cu(n.errorMsg,
n.detailErrorMsg);if(!ku(e))return s!==null?a`HTTP ${e}: ${s}`:a`HTTP ${e}${qt(n.code)}`;if(s!==null)
return s;let o=Nu(t,r);return o.value!==!0?o.name===null?a`the response has neither "succeed" nor "success"${qt(
n.code)}`:a`the platform answered ${o.name}: ${o.shown}${qt(n.code)}`:vu(t.code)!=="200"?n.code===null?
a`the platform answered code null`:a`the platform answered code "${n.code}"`:null}function Cu(e,t){return e===
null?t:t===null||t===e?e:a`${e}: ${t}`}function Nu(e,t){return"succeed"in e?{name:a`succeed`,...us(e.
succeed,t)}:"success"in e?{name:a`success`,...us(e.success,t)}:{name:null,value:void 0,shown:a``}}function us(e,t){
return{value:e,shown:t.text(Ge(e),60)}}function qt(e){return e===null?a``:a` (code ${e})`}function $u(e,t){
let n=e.location?t.text(e.location,300):a`an address it did not give`;return A(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function Ou(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`;return A(a`HTTP ${e.status} with ${r}`)}function _u(e){try{
let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(t)?t:null}catch{return null}}
function Vt(e){return typeof e=="string"||typeof e=="number"}function cs(e){return e==null?null:typeof e==
"string"?e:Ge(e)}function Ge(e){let t=[],n=0,r=i=>(t.push(i),n+=i.length,n<Gt),s=(i,u)=>{if(i===null||
typeof i!="object")return r(JSON.stringify(i)??"null");if(u>=Eu)return r("\u2026");let l=Array.isArray(
i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.
entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(d)}:`)||!s(p,u+1))return!1;return r(Array.
isArray(i)?"]":"}")};s(e,0);let o=t.join("");return n<Gt?o:`${o.slice(0,Gt)}\u2026`}function X(e,t,n=Date.now()){let r=Ft({status:e.status}),s=r?Br(e.retryAfter,n):void 0;return{verdict:ls(
e,t),answered:!0,local:!1,invalidHttp:!1,rateLimited:e.status===429,retryable:r,pushbackMs:s??(e.status===
429?0:void 0),cancelled:!1,sentBeforeCancel:!1}}function ps(e,t,n){let r=Wt(e);return{verdict:A(as(r,
t,n)),answered:!1,local:r.code==="ELOCAL",invalidHttp:r.code.startsWith("HPE_"),rateLimited:!1,retryable:Ft(
{errorCode:r.code}),pushbackMs:void 0,cancelled:r.code==="CANCELLED"||r.code==="CANCELLED_SENT",sentBeforeCancel:r.
code==="CANCELLED_SENT"}}function Te(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...A(
t),code:n,traceId:r}}}var fs=H(require("node:http"),1);function ds(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}async function ms(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):fs.default,
s=fn(e),o=s?.hostname?await Iu(n,s,t.maxSockets):new r.Agent({keepAlive:!0,maxSockets:t.maxSockets});
return n&&t.caCertificates.length>0&&Mu(o,t.caCertificates),{agent:o,transport:r,proxy:s?.hostname?s:
void 0}}async function Iu(e,t,n){let r=await Promise.resolve().then(()=>H(Tn(),1)),s=t.protocol==="h\
ttps:",o=e?s?r.httpsOverHttps:r.httpsOverHttp:s?r.httpOverHttps:r.httpOverHttp,i=t.username||t.password?
{proxyAuth:`${t.username}:${t.password}`}:{},u=Number(t.port||(s?443:80)),l={maxSockets:n,keepAlive:!0,
proxy:{...i,host:t.hostname,port:u}};return o(l)}function Mu(e,t){let n=e;n.options={...n.options,ca:ds(
t)}}var hs=1024*1024;function gs(e){let{transport:t,url:n,agent:r,headers:s,payload:o,timeoutMs:i,signal:u}=e;
return new Promise((l,c)=>{let d=!1,p=!1,m=v=>{d||(d=!0,clearTimeout(M),v())},g=()=>new R(`no answer\
 within ${i/1e3} s`,"TIMEOUT"),h=!1,T=()=>h?ss:rs,k=v=>m(()=>c(p?g():u?.aborted?T():v)),M=setTimeout(
()=>{p=!0,_?.destroy(g()),k(g())},i),_;try{_=t.request(n,{method:"POST",agent:r,headers:{...s,"conte\
nt-length":Buffer.byteLength(o)},...u?{signal:u}:{}})}catch(v){return k(Lu(v))}let ae=!1;_.on("respo\
nse",v=>{ae=!0,Bu(v).then(ot=>m(()=>l({status:v.statusCode??0,body:ot,...Uu(v)})),k)}),_.on("upgrade",
(v,ot)=>{ot.destroy(),k(new R(`answered ${v.statusCode??101} ${v.statusMessage??""} (a protocol swit\
ch), not an HTTP answer`,"EUPGRADE"))}),_.on("finish",()=>h=!0),_.on("error",k),_.on("close",()=>{ae||
k(new R("the connection closed without an answer","ECLOSED"))}),_.end(Buffer.from(o,"utf8"))})}function Lu(e){
let t=e instanceof Error?e.message:String(e);return new R(t,"ELOCAL")}function Uu(e){let{"retry-afte\
r":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n=="string"?{location:n}:
{}}}function Bu(e){return new Promise((t,n)=>{let r=[],s=0;e.on("data",o=>{s<hs&&r.push(o),s+=o.length}),
e.on("end",()=>t(Buffer.concat(r).subarray(0,hs).toString("utf8"))),e.on("error",n),e.on("close",()=>{
e.complete||n(new R("the connection closed in the middle of the answer","ECLOSED"))})})}function bs(e,t){let n=X(e,t);if(!n.verdict.succeeded)return n;let r=Fu(e.body);return r?{...n,status:{
hasNotReady:Hu(r.hasNotReady),latestDateTime:ys(r.latestDateTime),latestRefreshTime:ys(r.latestRefreshTime)}}:
Te(n,a`the status answer has no data object`)}function Fu(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function Hu(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function ys(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Ts(e,t,n){let r=ju(e.body);r!==void 0&&n(r);let s=X(e,t);return s.verdict.succeeded?r===void 0?
Te(s,a`the token answer has no token (a non-empty string) in data`):yt(r)?{...s,token:r}:Te(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`):
s}function ju(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?t:void 0}catch{
return}}async function ws(e){let t=new URL(e.endpointUrl),n=new URL(e.tokenUrl),r=new URL(e.planStatusUrl),s=new URL(
e.planListUrl),{agent:o,transport:i,proxy:u}=await ms(t,{maxSockets:e.maxSockets??16,caCertificates:e.
caCertificates??[]}),l=os(t,u,e.boundary),c=async m=>ps(await is(m,l),e.boundary,l),d=(m,g,h,T)=>gs(
{transport:i,url:m,agent:o,headers:g,payload:h,timeoutMs:e.timeoutMs,signal:T}),p=Gu(e);return{trigger:(m,g,h)=>{
let T=Wu(m,e.tenantId);return e.onTriggerBody?.(T),d(t,{...p,...Kt(e.tenantId,g)},T,h).then(k=>X(k,e.
boundary),c)},createToken:(m,g,h)=>d(n,p,JSON.stringify({appId:m.appId,appSecret:m.appSecret}),h).then(
T=>Ts(T,e.boundary,g),c),planStatus:(m,g,h)=>d(r,{...p,...Kt(e.tenantId,g)},JSON.stringify(m.by==="i\
d"?{planIdList:[m.value]}:{planNameList:[m.value]}),h).then(T=>bs(T,e.boundary),c),planList:(m,g)=>d(
s,{...p,...Kt(e.tenantId,m)},JSON.stringify({pager:{pageNumber:1,pageSize:1}}),g).then(h=>X(h,e.boundary),
c),close:()=>o.destroy?.()}}function Wu(e,t){let n={tableName:e.tableName,tenantId:t,tablePartition:e.
partition};return JSON.stringify(n)}function Gu(e){let t={"content-type":"application/json",accept:"\
application/json","user-agent":e.userAgent};if(e.basicAuth){let{username:n,password:r}=e.basicAuth;t.
authorization=`Basic ${Nt(n,r)}`}return t}function Kt(e,t){return{"tenant-id":e,"auth-type":t.authType,
"auth-value":t.authValue}}var qu=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
Vu=/^\d{9,16}$/;function Jt(e){if(typeof e=="number")return xs(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(Vu.test(t))return xs(Number(t));let n=qu.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,o,i="0",u="0",l="0",c="",d]=n,p=[r,s,o,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return Ku(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-Ju(d)}:{problem:"not a real dat\
e and time"}}function xs(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function Ku(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,o)=>s===t[o])}function Ju(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Rs(e,t){return t===null?!1:e===null||t>e}function Ss(e,t){if(e===
null||t===void 0)return!1;let n=Jt(t);return"ms"in n&&e<n.ms}async function Es(e,t,n){let r=e.values(),s=async()=>{for(let i of r)await n(i)},o=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:o},s))}async function q(e,t,n,r){let s=n.requests(t),o,i=!1,u=(l,c={})=>({last:o,attempts:l,answered:i,invalidHttp:o?.
invalidHttp??!1,cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.cancelled)return u(c?.sentBeforeCancel?l:l-1,{cancelled:!!c?.cancelled,sentBeforeCancel:!!c?.
sentBeforeCancel,outOfTime:n.outOfTime()});i||=c.answered||c.local,o=c;let d=s.spend(c);if(!c.retryable||
!d||n.stopped())return u(l);let p=Hr(l,t,c.pushbackMs,n.random);if(!n.fits(p))return u(l,{outOfTime:!0});
let m=c.verdict.reason??a`transient failure`,g=s.maxAttempts;if(r({attempt:l,maxAttempts:g,reason:m,
waitMs:p,counted:!c.rateLimited}),await n.sleep(p),n.stopped())return u(l)}}var qe=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=ks(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1;if(!l&&i>=3&&c)return this.runStop={scope:"run",answer:n,refused:i},
this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;let s=ks(this.tables.get(t),r,
n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let o={scope:"table",table:t,answer:n,refused:s.
count};return this.stopped.set(t,o),o}tableStop(t){return this.stopped.get(t)}get stopOfRun(){return this.
runStop}get tableStops(){return[...this.stopped.values()]}};function ks(e,t,n,r){return e?e.key!==t?
{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,tables:new Set([r]),
broken:!1}}var Yu=10,Yt=12e4,we=3,As=1e3,ie=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new qe(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:t=>zu(t)}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=AbortSignal.any([this.control.stopSignal,this.waitOver.signal]);this.clock.
sleep(t,n).then(()=>{n.aborted||this.deadline.abort()})}endWait(){this.waitOver.abort()}get remainingMs(){
return this.deadlineMs===void 0?1/0:this.deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=
0}attemptEnded(t){if(!t.answered)return;let n=this.clock.nowMs();if(!t.rateLimited){this.paceRefusedSinceMs=
void 0;return}this.paceRefusedSinceMs??=n,n-this.paceRefusedSinceMs>=Yt&&this.control.stop("throttle\
d")}settled(t,n){if(!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(n),n.status===
"succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,reason:n.errorMsg};
this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.stop("refused")}n.status==="failed"&&
this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){return this.refusals.tableStop(
t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.invalidInARow=0;return}this.
unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:0,!(this.unansweredInARow<we)&&
this.control.stop(this.invalidInARow>=we?"invalid-http":"unreachable")}};function zu(e){let t=Xu(e.retries)-
1-e.retries,n=e.retries+1,r=0,s=0;return{spend(o){return r++,o.rateLimited&&s<t&&(s++,n++),r<n},get maxAttempts(){
return n}}}function Xu(e){return 1+e+(e>0?Yu:0)}async function Ve(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let o=t.boundary.text(
s.label,200),i=await Cs(s,o,r);if(i.kind!=="read")return{failed:{label:o,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:s,label:o,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var Zu=6e4;async function Ps(e,t,n,r){let{clock:s,budget:o}=n,i=s.nowMs();
o.startWait(t.timeoutMs);let u;try{u=await Qu(e,t,n,r)}finally{o.endWait()}let l=s.nowMs()-i;for(let c of e.
filter(d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?zt(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function Qu(e,t,n,r){let{clock:s,control:o,budget:i}=n,u=s.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;;p++){let m=Math.min(t.intervalMs,i.remainingMs-
As);if(m<=0&&p>0||o.stopped||(await s.sleep(Math.max(0,m),o.stopSignal),o.stopped||i.outOfTime)||(await Es(
d(),t.concurrency,async g=>{if(c||o.stopped||i.outOfTime)return;let h=await el(g,n,u,r);c??=h}),c||d().
length===0))return c;s.nowMs()-l>=Zu&&(l=s.nowMs(),r.onProgress(d().length,e.length,l-u,t.timeoutMs))}}
async function el(e,t,n,r){let s=await Cs(e.plan,e.label,t);return s.kind==="stopped"||s.kind==="out\
-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.kind!=="read"?(e.state=
"failed",e.reason=s.verdict.reason,e.last={...e.last,traceId:s.verdict.traceId??e.last.traceId},s.kind===
"refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=s.reading,Rs(e.baseline.
refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function zt(e,t){e.state="not-w\
aited",e.reason=t}async function Cs(e,t,n){let r=!1;for(;;){let s=await q(()=>n.read(e,n.budget.requestSignal),
n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=s.last,i=o?.status;if(i&&o.verdict.succeeded)return tl(
i,o.verdict.traceId,n.boundary);if(s.outOfTime&&!n.control.stopped)return{kind:"out-of-time",verdict:o?.
verdict??A(a`cut off at the wait's deadline`),attempts:s.attempts};if(s.cancelled||!o||n.control.stopped)
return{kind:"stopped",verdict:o?.verdict??A(a`cancelled before the platform answered`),attempts:s.attempts};
if(o.retryable||!o.answered)return{kind:"transient",verdict:o.verdict,attempts:s.attempts};if(!(!r&&
n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refused",verdict:o.verdict,attempts:s.
attempts}}}function tl(e,t,n){let r=Ds(e.latestRefreshTime),s=Ds(e.latestDateTime),o=i=>i===null?null:
n.text(vs(i),64);if(r!==null&&"problem"in r){let i=n.quote(vs(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.
text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...A(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:o(e.latestDateTime),latestRefreshTime:o(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function vs(e){return typeof e=="stri\
ng"?e:Ge(e)}function Ds(e){return e==null?null:Jt(e)}var Ke=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
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
rate=Math.max(this.rate??.5,o.rate):(this.rate=void 0,this.resumeRate=o.rate)}}};var Ns=2,Je=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new Ke(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=Ns;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=Ns),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let s=Math.
floor(t.level/2),o=this.acceptedInGeneration;this.stable=0,this.change(o>0?Math.min(o,s):s)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var nl=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function $s(e,t,n){let r=n.nowMs(),s=await q(()=>n.send(e),t,n,o=>n.onRetry({...Xt(e,n.boundary),
...o}));return s.sentBeforeCancel?{...xe(e,n.boundary,nl),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?xe(e,n.boundary,n.notRunReason()):rl(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp})}function Xt(e,t){return{
tableName:t.text(e.tableName),partition:t.text(e.partition)}}function rl(e,t,n,r){return{...Xt(e,t),
status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,errorMsg:n.reason,
warning:n.warning,...r}}function xe(e,t,n){return{...Xt(e,t),status:"not-run",code:null,traceId:null,
data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1}}async function Os(e,t,n){let{control:r,budget:s}=n,o=new Je(t.concurrency,s.stage),i=il(o,n,t.retryPolicy),
u=new Array(e.length),l=sl(e).values(),c=0,d=async()=>{for(let h of l){if(r.stopped)return;let T=e[h],
k=s.tableStop(T);if(k){u[h]=xe(T,n.boundary,ol(k));continue}try{let M=await $s(T,t.retryPolicy,i);u[h]=
M,n.onFinished(M,++c,e.length),s.settled(T,M)}catch(M){throw r.stop("crashed"),M}}},p=Math.min(t.concurrency,
e.length),g=(await Promise.allSettled(Array.from({length:p},d))).find(h=>h.status==="rejected");if(g)
throw g.reason;return e.map((h,T)=>u[T]??xe(h,n.boundary,r.notRunReason))}function sl(e){let t=new Map;
return e.map((r,s)=>{let o=t.get(r.tableName)??0;return t.set(r.tableName,o+1),{index:s,rank:o}}).sort(
(r,s)=>r.rank-s.rank).map(({index:r})=>r)}function ol(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function il(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async o=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(o,s.requestSignal);
return u.pushbackMs===void 0?e.accepted(i):e.pushedBack(i,Ht(u.pushbackMs,n)),s.attemptEnded(u),u}finally{
e.release()}},onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function _s(e,t,n,r,s,o){let i=await q(()=>e.createToken(t,s.onToken,o),n,r,s.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
A(a`cancelled before the platform answered`),attempts:i.attempts}}async function Is(e,t){let{client:n,control:r,hooks:s}=t,o=new ie(t.clock,r,e),i=await Zt(e,{...t,budget:o});
if(!i)return;let u=Qt(e,{...t,budget:o},i),l=[];if(e.waitForPlans.length>0){let d=await Ve(e.waitForPlans,
u);if("failed"in d){await s.plans.baselineFailed(d.failed.label,d.failed.verdict);return}l=d.watches,
s.plans.baselines(l)}s.triggers.runStarted();let c=await Os(e.plan,{concurrency:e.concurrency,retryPolicy:e.
policy},{send:(d,p)=>n.trigger(d,i.current,p),boundary:t.boundary,control:r,budget:o,onRetry:d=>s.triggers.
retry(d),onFinished:(d,p,m)=>s.triggers.finished(d,p,m)});return l.length>0&&await al(c,l,e,u,s),{results:c,
cause:r.cause,refusals:o.refusals,watches:l}}async function al(e,t,n,r,s){let o=e.filter(i=>i.status!==
"succeeded").length;if(o>0||r.control.stopped){let i=r.control.stopped?a`the run stopped before the wait`:
a`${o} trigger${o===1?a``:a`s`} not accepted, so a refresh may never come`;t.forEach(u=>zt(u,i));return}
s.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await Ps(t,{timeoutMs:n.waitTimeoutMs,
intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>s.plans.planFresh(i),onProgress:(...i)=>s.
plans.waitProgress(...i)})}async function Zt(e,t){let{credentials:n}=e;if(n.kind==="header")return{current:n};
let r=()=>_s(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.hooks.credential.onToken(i),onRetry:i=>t.
hooks.credential.tokenRetry(i)},t.budget.requestSignal),s=await r();if("failed"in s){await t.hooks.credential.
tokenRefused(ul(s.failed,t.control),s.attempts);return}let o={current:s.credential};return o.renew=async()=>{
o.renew=void 0;let i=await r();return"failed"in i?!1:(o.current=i.credential,!0)},o}function ul(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function Qt(e,t,n){return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,s)=>t.hooks.plans.planRetry(r,s)}}async function Ms(e,t){let n=new ie(t.clock,t.control),r=await Zt(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let o=await Ve(e.waitForPlans,Qt(e,{...t,budget:n},r));return"\
failed"in o?{passed:!1,step:a`reading plan ${o.failed.label}`,verdict:o.failed.verdict}:{passed:!0,watches:o.
watches}}let s=await q(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,o=>t.hooks.
plans.planRetry(a`list`,o));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??A(a`cancelled before an answer`)}}var ll=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function x(e){return e===1?a``:a`s`}function Z(e){return e<1e3?a`${e} ms`:a`${ts(e/1e3,1)} s`}
function V(e,t){let n="";for(let r of ll)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}function E(e,t){
let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function F(e,t){return e===null?null:I(e,t)}var S="AnyMetrics refresh failed",Ye="AnyMetrics refresh input is invalid";function en(e,t=1/0){let n=I(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${cl(e)}${Ls(e)}`}function cl(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${Z(e.durationMs)})`:a``}function Ls(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function Us(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"";t.set(r,[...t.get(r)??[],n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{line:en(
r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${Ls(r)})`,count:n.length}})}function pl(e){let t={succeeded:a`✅ succeeded`,
"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.
errorMsg??a``}`}[e.status],n=a`${e.attempts} attempt${x(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.
traceId??a`none`}, ${n}, ${Z(e.durationMs)})`}function Bs(e,t,n){return a`[${t}/${n}] ${pl(e)}`}function Fs(e){
return a`${e.tableName} ${e.partition}: ${tn(e)}`}function tn(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${Z(
e.waitMs)}`}function Hs(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function ze({
succeeded:e,failed:t,notRun:n,unknown:r}){let s=[a`${e.length} succeeded`,a`${t.length} failed`];r.length>
0&&s.push(a`${r.length} unknown`),n.length>0&&s.push(a`${n.length} not run`);let o=e.length+t.length+
r.length+n.length;return a`${z(s,", ")}, ${o} in all`}function js(e){return a`${e} more failure${x(e)}: see the job summary, the error-message output and the log`}
function Ws(e,t,n){return a`Triggering ${e} data update${x(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function Gs(e){let t=a`${e.length} trigger${x(e.length)} planned`;return{group:a`Dry run: ${t}, nothing will be sent`,
lines:e.map(n=>a`${n.tableName} ${n.partition}`),notice:a`Dry run: ${t}; nothing was sent`}}var dl=400;
function qs(e,t){let n=t.text(e.rule,dl),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`Input "${B(e.input)}" ${n}${r}`}function Vs(e,t){let n=e.traceId?a` (traceId ${e.traceId})`:
a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function Ks(e,t){return a`plan ${e} status: ${tn(t)}`}
function Js(e){return a`token request: ${tn(e)}`}function Ys(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function nn(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function zs(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${z(n,", ")}`:a`the materialization plan list was read`]}
function Xs(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Zs(e,t){return a`today in ${e} is ${t}`}function Qs(e){return a`Request body: ${e}`}var eo=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
to=a`Nothing to refresh: no table was named, and no dbt node maps to one`;var Re=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(Js(t))}async tokenRefused(t,n){await this.report.failedEarly(Vs(t,n))}};function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${b(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var fl={"&":"&amp;","<":"&lt;",">":"&gt;"},ml=/[\\`*_[\]()!~|:.@]/g;function b(e){return e.
replace(ml,t=>`\\${t}`).replace(/[&<>]/g,t=>fl[t]??t)}function C(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var O={fresh:"",plans:"[]","data-through":""};function no(e){return a`After the triggers it would wait for ${e.
length} materialization plan${x(e.length)}: ${z(e,", ")}`}function ro(e,t){if(e.length===0)return"";
let{rows:n,more:r}=E(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...C(r),""].join(`
`)}function so(e,t,n){return a`Waiting up to ${Se(t)} for ${e} materialization plan${x(e)} to turn fresh (polling every ${Z(
n)})`}function Xe(e){return a`plan ${e.label}: latest refresh ended ${fo(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function oo(e){return a`plan ${e.label} is fresh: a refresh ended ${fo(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${x(
e.polls)}, ${Se(e.waitedMs)})`}function io(e,t,n,r){return a`waiting for ${e} of ${t} plan${x(t)}, ${Math.
floor(n/6e4)} min of ${Se(r)}`}function ao(e){let t=a`${hl(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${Se(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Tl(e)}`;default:return null}}function hl(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function uo(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function lo(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function co(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(gl)),"data-through":yl(e)}}function gl(e){return{plan:e.label,fresh:e.state===
"fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.last.
latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function yl(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??""}var bl={fresh:"\u2705 f\
resh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited for",
waiting:"\u23F3 waiting"};function po(e,t){if(e.length===0)return"";let{rows:n,more:r}=E(e,t.rowCap),
s=e.filter(o=>o.state!=="fresh"&&o.reason).slice(0,Math.min(t.rowCap,20)).map(o=>`- ${w(o.label)}: ${b(
o.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(o=>`| ${w(o.label)} | ${bl[o.state]} | ${b(
o.last.latestRefreshTime??"")} | ${b(o.last.latestDateTime??"")} | ${Se(o.waitedMs)} |`),...C(r),...s.
length>0?["",...s]:[],""].join(`
`)}function fo(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Tl(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function Se(e){if(e<6e4)return Z(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var wl=new Set(["invalid-table-name"]);function mo(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.text(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.kind,
reason:t.text(n.reason)}))}}function ho(e){return{group:a`dbt: ${e.mapped.length} node${x(e.mapped.length)} to refresh, ${e.
skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),...e.skipped.map(
({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>wl.has(t)).map(({
node:t,reason:n})=>a`${t}: ${n}`)}}function go(e,t){let n=i=>w(I(i,t.idLimit)),r=E(e.mapped,t.rowCap),
s=E(e.skipped,t.rowCap),o=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length} dbt nod\
e${x(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:i,reason:u})=>`- ${n(i)}: ${b(I(u,
Math.max(t.textLimit,80)))}`),...C(s.more),"","</details>"];return["### From dbt","","| dbt node | t\
able |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${w(u)} |`),...C(r.more),...o,
""].join(`
`)}var yo=1e6;function bo(e){let{results:t,tally:n,freshness:r,planFailures:s}=e;return{success:String(
e.succeeded),"trace-id":t.map(o=>o.traceId??"").join(","),"error-message":V(yo,o=>[...s.map(i=>I(i,1e3)),
xl(n.failed,o)].filter(i=>i!=="").join(`
`)),results:Rl(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function K(e=[],t=O){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function xl(e,t){let{rows:n,more:r}=E(
e,t.rowCap),s=n.map(o=>en(o,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function Rl(e){return V(yo,t=>JSON.stringify(e.map(n=>Sl(n,t))))}function Sl(e,t){let{partition:n,
status:r,code:s,attempts:o,durationMs:i}=e;return{tableName:F(e.tableName,t.idLimit),partition:n,success:r===
"succeeded",status:r,code:F(s,t.idLimit),traceId:F(e.traceId,t.idLimit),data:F(e.data,t.textLimit),errorMsg:F(
e.errorMsg,t.textLimit),attempts:o,durationMs:i}}var El={succeeded:"\u2705",failed:"\u274C",unknown:"\u2753","not-run":"\u23ED\uFE0F"},kl="\u2705 succeede\
d \xB7 \u274C failed \xB7 \u2753 unknown (sent, then cut off) \xB7 \u23ED\uFE0F not run";function To(e){
let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?`Partition ${t[0]}`:
`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function wo(e){let t=Ro(e),n=[...t.values()].every(
r=>r.length>1);return t.size>0&&n&&t.size+Al<e.length}var Al=6;function xo(e,t){let n=[...Ro(e)],{rows:r,
more:s}=E(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,"",kl,"","| Table | Date\
s | One mark per date, in order |","| --- | --- | --- |",...r.map(([o,i])=>{let u=[...i].sort((c,d)=>c.
partition.localeCompare(d.partition)),l=`${u[0]?.partition??""}..${u.at(-1)?.partition??""}`;return`\
| ${w(o)} | ${l} | ${u.map(c=>El[c.status]).join("")} |`}),...C(s),""]}function Ro(e){let t=new Map;
for(let n of e)t.set(n.tableName,[...t.get(n.tableName)??[],n]);return t}var vl=/^\d{4}-\d{2}-\d{2}$/;function So(e){let t=[...new Set(e)].sort(),n=[];for(let r of t){let s=n.
at(-1);s&&Dl(s[1])===r?s[1]=r:n.push([r,r])}return n.map(([r,s])=>r===s?r:`${r}..${s}`).join(", ")}function Dl(e){
if(!vl.test(e))return;let t=Date.parse(`${e}T00:00:00Z`);return Number.isNaN(t)?void 0:new Date(t+864e5).
toISOString().slice(0,10)}var Qe=1e6,Pl=10,Eo=()=>"";function ko(e,t,n=Eo){let{results:r,tally:s}=e,{succeeded:o,failed:i,notRun:u,
unknown:l}=s,c=e.succeeded?"\u2705 AnyMetrics refresh succeeded":`\u274C ${S}`;return V(Qe,d=>[`## ${c}`,
"",...e.stopLines.flatMap(p=>[`**\u26D4 ${b(p)}**`,""]),`**${ze(s)}**`,"",To(r),"",...Ze(`\u274C Failed (${i.
length})`,i,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(p.partition)],["Reason",p=>b(F(p.errorMsg,
d.textLimit)??"")],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)]]),...Ze(
`\u2753 Unknown: sent, then cut off (${l.length})`,l,d,[["Table",p=>w(p.tableName)],["Partition",p=>b(
p.partition)],["What to do",p=>b(p.errorMsg??"")]]),...Cl(u,d),...wo(r)?xo(r,d):Nl(o.length>Pl,`\u2705 Su\
cceeded (${o.length})`,Ze(`\u2705 Succeeded (${o.length})`,o,d,[["Table",p=>w(p.tableName)],["Partit\
ion",p=>b(p.partition)],["Trace ID",p=>p.traceId?w(p.traceId):""],["Attempts",p=>String(p.attempts)],
["Note",p=>b(F(p.warning,d.textLimit)??"")]])),n(d),Po(t),""].join(`
`))}function Ze(e,t,n,r){if(t.length===0)return[];let{rows:s,more:o}=E(t,n.rowCap),i=r.filter(([u,l])=>u!==
"Note"||s.some(c=>l(c)!==""));return[`### ${e}`,"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"\
---").join(" | ")} |`,...s.map(u=>`| ${i.map(([,l])=>l(u)).join(" | ")} |`),...C(o),""]}function Cl(e,t){
let n=new Map;for(let r of e){let s=`${r.tableName}\0${r.errorMsg??""}`,o=n.get(s)??{first:r,partitions:[]};
o.partitions.push(r.partition),n.set(s,o)}return Ze(`\u23ED\uFE0F Not run (${e.length})`,[...n.values()],
t,[["Table",r=>w(r.first.tableName)],["Partitions",r=>b(So(r.partitions))],["Count",r=>String(r.partitions.
length)],["Reason",r=>b(r.first.errorMsg??"")]])}function Nl(e,t,n){return!e||n.length===0?n:[`<deta\
ils><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function et(e,t,n=Eo,r=["## \u{1F4DD} AnyMet\
rics refresh dry run: nothing was sent"]){return V(Qe,s=>{let{rows:o,more:i}=E(e,s.rowCap);return[...r,
"",`**${e.length} trigger${x(e.length)} planned**`,"","| Table | Partition |","| --- | --- |",...o.map(
u=>`| ${w(u.tableName)} | ${b(u.partition)} |`),...C(i),"",n(s),Po(t),""].join(`
`)})}function Ao(e){return`## \u274C ${S}

${b(e)}
`}function vo(e){return V(Qe,t=>{let{rows:n,more:r}=E(e,t.rowCap);return[`## \u274C ${Ye}: nothing w\
as sent`,"",...n.map(s=>`- ${b(s)}`),...C(r),""].join(`
`)})}function Do(e){return V(Qe,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function Po(e){let t=[];return e.workflow&&t.push(`Workflow **${b(e.workflow)}**`),e.runNumber&&
t.push(`run #${b(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var Ee=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
s=>qs(s,n.boundary));n.setOutputs(K(r),S),n.annotate(r.map(s=>({line:s,count:1,title:Ye}))),await n.
writeSummary(vo(r))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(n.boundary.text(r)))}read(t){
let{printer:n,facts:r}=this.report;if(n.info(Zs(n.boundary.text(t.timeZone),n.boundary.text(t.today))),
!r.dbt)return;let{group:s,lines:o,warnings:i}=ho(r.dbt);n.startGroup(s),o.forEach(u=>n.info(u)),n.endGroup(),
i.forEach(u=>n.warning(u))}async nothingToRefresh(){let{printer:t,summaryExtra:n}=this.report;t.notice(
to),t.setOutputs(K(),S),await t.writeSummary(Do(n))}async dryRun(t,n){let{printer:r,summaryExtra:s,context:o}=this.
report,i=rn(t,this.report),u=n.map(m=>r.boundary.text(m,200)),{group:l,lines:c,notice:d}=Gs(i);r.startGroup(
l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>0&&r.info(no(u)),r.notice(d),r.setOutputs(K(),S);let p=m=>[
ro(u,m),s(m)].join(`
`);await r.writeSummary(et(i,o,p))}};function rn(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
text(n.tableName),partition:t.boundary.text(n.partition)}))}var Q=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:s}=this.
report;n.endGroup(),n.info(ze(t.tally)),n.setOutputs(bo(t),S);let o=u=>[po(t.watches,u),s(u)].join(`\

`);await n.writeSummary(ko(t,r,o)),t.warnings.forEach(u=>n.warning(u));let i=u=>({line:u,count:1,title:S});
n.annotate([...t.stopLines.map(i),...t.planFailures.map(i),...Us(t.unexplainedFailures).map(u=>({...u,
title:S}))])}async checkPassed(t,n){let{printer:r,context:s,summaryExtra:o}=this.report;r.endGroup(),
n.watches.forEach(c=>r.info(Xe(c)));let i=zs(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.
map(c=>c.label));i.forEach(c=>r.info(c)),r.notice(a`Connection check passed: ${z(i,"; ")}; nothing was triggered`),
r.setOutputs(K(),S);let u=["## \u2705 AnyMetrics connection check passed: nothing was triggered","",
...i.map(c=>`- ${b(c)}`)],l=rn(t,this.report);await r.writeSummary(et(l,s,o,u))}async checkFailed(t,n){
await this.report.failedEarly(Xs(t,n.reason,n.traceId),O)}async crashed(t){let n=t instanceof Error?
t.message:String(t);await this.report.failedEarly(Ys(this.report.printer.boundary.text(n)))}};function No(e){let{results:t,cause:n,host:r}=e,s=t.filter(i=>i.status==="not-run").length,o=s===0?a`every trigger had been sent`:
a`${s} trigger${x(s)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${o}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${we} triggers in a row got no answer after their retries${Co(
t)}; ${o}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${we} triggers in a row got such an answer after their retries${Co(
t)}; ${o}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?$l(e.refusal,o):null;case"throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${Yt/
6e4} min and accepted none: ${o}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function Co(e){let t=[...e].reverse().find(n=>n.status==="failed"&&!n.answered);return t?.
errorMsg?a` (last: ${t.errorMsg})`:a``}function $o(e){let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:
a``;return a`${n??a`no message`}${r}`}function $l(e,t){return a`The platform refused the run's first ${e.
refused} triggers with the same answer and accepted none: ${$o(e)}. Nothing more was sent (${t}). When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`}
function Oo(e,t,n){let r=n.filter(s=>s.status==="not-run"&&s.tableName===t).length;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${$o(e)}. Its other ${r} trigger${x(r)} were not sent; other tables went on. Check that the table exists on the platform as named`}
function _o(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:s})=>r===e.tableName&&n(s))}function Ol(e){return e.filter(t=>t.status==="failed")}function Io(e){return{succeeded:e.filter(t=>t.
status==="succeeded"),failed:Ol(e),notRun:e.filter(t=>t.status==="not-run"),unknown:e.filter(t=>t.status===
"unknown")}}function Mo(e,t,n){let r=Io(e),s=t.freshness?.watches??[],o=t.freshness?co(s):O,i=_l(e,t,n),u=t.freshness?.
newestPartition;return{results:e,tally:r,succeeded:e.length>0&&r.succeeded.length===e.length&&o.fresh!==
"false",stopLines:i.lines,unexplainedFailures:r.failed.filter(l=>!_o(l,i.facts)),watches:s,freshness:o,
planFailures:s.map(ao).filter(l=>l!==null),warnings:[...e.map(Hs),...s.map(l=>uo(l,Ss(l.last.dataMs,
u)))].filter(l=>l!==null)}}function _l(e,t,n){let r=e.filter(u=>u.status==="not-run"),s=(t.refusals?.
tableStops??[]).map(u=>({stop:u,table:n.text(u.table??"")})).filter(({table:u})=>r.some(l=>l.tableName===
u)),o={results:e,cause:t.cause,host:n.text(t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,
tableStops:s},i=[No(o),...s.map(({stop:u,table:l})=>Oo(u,l,e))].filter(u=>u!==null);return{facts:o,lines:i}}var ke=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(Ks(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(Xe(n)))}async baselineFailed(t,n){let r=lo(t,n.reason,n.traceId);
await this.report.failedEarly(r,{...O,fresh:"false"})}waitStarted(t,n,r){this.report.printer.startGroup(
so(t,n,r))}planFresh(t){this.report.printer.info(oo(t))}waitProgress(t,n,r,s){this.report.printer.info(
io(t,n,r,s))}};var Lo=require("node:fs");function Uo(e){let t=[],n=()=>{if(t.length===0)return;let s=t.join(`
`);t=[],e.info(s)},r=s=>(...o)=>(n(),s(...o));return{info:s=>{t.push(s)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function sn(e){if(!e)return;let t;try{t=(0,Lo.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var Il=4,Bo=10,tt=class{constructor(t,n){this.boundary=n;this.sink=Uo(t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<Il&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.sink.warning(eo))}info(t){this.sink.info(B(t))}debug(t){this.sink.debug(
B(t))}notice(t){this.sink.notice(B(t))}warning(t){this.sink.warning(B(t))}startGroup(t){this.endGroup(),
this.sink.startGroup(B(t)),this.groupOpen=!0}endGroup(){this.groupOpen&&(this.sink.endGroup(),this.groupOpen=
!1)}fail(t,n){this.sink.error(B(t),{title:n}),this.sink.fail()}annotate(t){let n=t.length>Bo?t.slice(
0,Bo-1):t;n.forEach(i=>this.fail(i.line,i.title));let r=t.slice(n.length),s=r[0];if(!s)return;let o=r.
reduce((i,u)=>i+u.count,0);this.fail(js(o),s.title)}setOutputs(t,n){if(!this.outputsWritten){this.outputsWritten=
!0;try{for(let[r,s]of Object.entries(t))this.sink.setOutput(r,s)}catch(r){this.fail(nn("outputs",this.
boundary.text(Fo(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=!0;try{
await this.sink.writeSummary(t)}catch(n){this.warning(nn("summary",this.boundary.text(Fo(n))))}}}};function Fo(e){
let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var Ml={waiting:!1,dbt:void 0},nt=class e{constructor(t,n,r=Ml){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?go(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...O,fresh:"fal\
se"}:O}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(K(
[t],n),S),await r.writeSummary(Ao(t)),r.fail(t,S)}};function Ho(e,t){return{waiting:e.dryRun==="off"&&
e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?mo(e.dbt,t):void 0}}function jo(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var rt=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(){let{printer:t}=this.report,
n=t.boundary.text(this.run.host);t.startGroup(Ws(this.run.total,n,this.run.concurrency))}retry(t){this.
report.printer.info(Fs(t))}finished(t,n,r){this.report.printer.info(Bs(t,n,r))}};function Wo({printer:e}){
return t=>e.debug(Qs(e.boundary.text(t)))}var Go=["SIGINT","SIGTERM"];function qo(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return Go.forEach(r=>process.on(r,
n)),()=>Go.forEach(r=>process.off(r,n))}var Vo=require("node:events");var Ll={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},st=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,Vo.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Ll[this.firstCause??"cancelled"]}};function Ko(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var Ul="anymetrics-refresh",Yo={sleep:Ko,random:Math.random,nowMs:Date.now};async function zo(){let e=Fl(),
t=new We,n=new tt(Vl(),t),r=new nt(n,jo(process.env,t)),s=Bl(()=>r);try{Ir(e).forEach(u=>n.mask(u));
let o=await Hl(e,new Ee(r));if(!o)return;r=r.withFacts(Ho(o,t));let i=new Ee(r);if(i.read(o),o.dryRun===
"check")return await Jo(o,r,Gl);if(o.plan.length===0)return await i.nothingToRefresh();if(o.dryRun===
"plan")return await i.dryRun(o.plan,o.waitForPlans.map(u=>u.label));await Jo(o,r,jl)}catch(o){await new Q(
r).crashed(o)}finally{s()}}function Bl(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new Q(e()).crashed(n)};return process.on("be\
foreExit",t),()=>process.off("beforeExit",t)}function Fl(){let e=Or.map(t=>[t,En(t)]);return Object.
fromEntries(e)}async function Hl(e,t){try{let{config:n,notices:r}=Mr(e,{now:new Date,readTextFile:s=>Bn(
s,In),readArtifact:s=>Fn(s)});return t.notices(r),n}catch(n){if(!(n instanceof le))throw n;await t.refused(
n.errors);return}}async function Jo(e,t,n){let r=await ql(e,t),s=new st,o=qo(s);try{await n({config:e,
client:r,control:s,report:t})}finally{o(),r.close()}}async function jl({config:e,client:t,control:n,
report:r}){let{boundary:s}=r.printer,o={credential:new Re(r),plans:new ke(r),triggers:new rt(r,{total:e.
plan.length,host:e.endpoint.display,concurrency:e.concurrency})},i={...e,policy:Xo(e)},u=await Is(i,
{client:t,clock:Yo,control:n,boundary:s,hooks:o});if(!u)return;let l=u.watches.length>0,c={cause:u.cause,
refusals:u.refusals,host:e.endpoint.display,freshness:l?{watches:u.watches,newestPartition:Wl(e)}:void 0};
await new Q(r).runEnded(Mo(u.results,c,s))}function Wl(e){return e.plan.map(t=>t.partition).sort().at(
-1)}async function Gl({config:e,client:t,control:n,report:r}){let s={credential:new Re(r),plans:new ke(
r)},{boundary:o}=r.printer,i={...e,policy:Xo(e)},u=await Ms(i,{client:t,clock:Yo,control:n,boundary:o,
hooks:s}),l=new Q(r);u.passed?await l.checkPassed(e.plan,{host:e.endpoint.display,tokenExchanged:e.credentials.
kind==="api-key",watches:u.watches}):"reported"in u||await l.checkFailed(u.step,u.verdict)}function Xo(e){
return{retries:e.retries,...Ur}}function ql(e,t){return ws({endpointUrl:e.endpoint.url,tokenUrl:e.endpoint.
tokenUrl,planStatusUrl:e.endpoint.planStatusUrl,planListUrl:e.endpoint.planListUrl,tenantId:e.tenantId,
basicAuth:e.endpoint.basicAuth,timeoutMs:e.timeoutMs,userAgent:Ul,maxSockets:e.concurrency,caCertificates:e.
caCertificates,boundary:t.printer.boundary,onTriggerBody:An()?Wo(t):void 0})}function Vl(){return{setSecret:Sn,
debug:vn,info:Nn,notice:e=>Cn(e),warning:e=>Pn(e),error:(e,t)=>Dn(e,t),startGroup:$n,endGroup:On,setOutput:(e,t)=>{
sn(process.env.GITHUB_OUTPUT),kn(e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(sn(process.
env.GITHUB_STEP_SUMMARY),await dt.addRaw(e).write())},fail:()=>{process.exitCode=1}}}var Kl=1e3;zo().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),Kl).unref()});
