"use strict";var La=Object.create;var nr=Object.defineProperty;var Fa=Object.getOwnPropertyDescriptor;var Ba=Object.getOwnPropertyNames;var Ua=Object.getPrototypeOf,Ha=Object.prototype.hasOwnProperty;var ja=(e,t,n,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of Ba(t))!Ha.call(e,s)&&
s!==n&&nr(e,s,{get:()=>t[s],enumerable:!(r=Fa(t,s))||r.enumerable});return e};var H=(e,t,n)=>(n=e!=null?La(Ua(e)):{},ja(t||!e||!e.__esModule?nr(n,"default",{value:e,enumerable:!0}):
n,e));var sr=H(require("os"),1);function G(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function Ue(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function V(e,t,n){let r=new _t(e,t,n);process.stdout.write(r.toString()+sr.EOL)}function Lt(e,t=""){
V(e,{},t)}var rr="::",_t=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=rr+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${Ga(s)}`)}}return t+=`${rr}${Wa(this.message)}`,t}};function Wa(e){return G(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function Ga(e){return G(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var or=H(require("crypto"),1),je=H(require("fs"),1),He=H(require("os"),1);function ir(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!je.existsSync(n))throw new Error(`Missing file at path: ${n}`);
je.appendFileSync(n,`${G(t)}${He.EOL}`,{encoding:"utf8"})}function ar(e,t){let n=`ghadelimiter_${or.randomUUID()}`,
r=G(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${He.EOL}${r}${He.EOL}${n}`}var jt=H(require("os"));function ur(e){let t=e.protocol==="https:";if(Va(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new We(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new We(`http://${n}`)}else return}function Va(e){
if(!e.hostname)return!1;let t=e.hostname;if(qa(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let o of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(o==="*"||s.some(i=>i===o||i.endsWith(`.${o}`)||o.
startsWith(".")&&i.endsWith(`${o}`)))return!0;return!1}function qa(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var We=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var cr=require("os"),we=require("fs"),Ft=function(e,t,n,r){function s(o){return o instanceof n?o:new n(
function(i){i(o)})}return new(n||(n=Promise))(function(o,i){function u(d){try{l(r.next(d))}catch(f){
i(f)}}function c(d){try{l(r.throw(d))}catch(f){i(f)}}function l(d){d.done?o(d.value):s(d.value).then(
u,c)}l((r=r.apply(e,t||[])).next())})},{access:Ja,appendFile:Ka,writeFile:Ya}=we.promises,lr="GITHUB\
_STEP_SUMMARY";var Bt=class{constructor(){this._buffer=""}filePath(){return Ft(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[lr];if(!t)throw new Error(`Unable to find environm\
ent variable for $${lr}. Check if your runtime environment supports job summaries.`);try{yield Ja(t,
we.constants.R_OK|we.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([o,i])=>` ${o}="${i}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return Ft(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
Ya:Ka)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return Ft(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(cr.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
lang:n}),s=this.wrap("pre",this.wrap("code",t),r);return this.addRaw(s).addEOL()}addList(t,n=!1){let r=n?
"ol":"ul",s=t.map(i=>this.wrap("li",i)).join(""),o=this.wrap(r,s);return this.addRaw(o).addEOL()}addTable(t){
let n=t.map(s=>{let o=s.map(i=>{if(typeof i=="string")return this.wrap("td",i);let{header:u,data:c,colspan:l,
rowspan:d}=i,f=u?"th":"td",m=Object.assign(Object.assign({},l&&{colspan:l}),d&&{rowspan:d});return this.
wrap(f,c,m)}).join("");return this.wrap("tr",o)}).join(""),r=this.wrap("table",n);return this.addRaw(
r).addEOL()}addDetails(t,n){let r=this.wrap("details",this.wrap("summary",t)+n);return this.addRaw(r).
addEOL()}addImage(t,n,r){let{width:s,height:o}=r||{},i=Object.assign(Object.assign({},s&&{width:s}),
o&&{height:o}),u=this.wrap("img",null,Object.assign({src:t,alt:n},i));return this.addRaw(u).addEOL()}addHeading(t,n){
let r=`h${n}`,s=["h1","h2","h3","h4","h5","h6"].includes(r)?r:"h1",o=this.wrap(s,t);return this.addRaw(
o).addEOL()}addSeparator(){let t=this.wrap("hr",null);return this.addRaw(t).addEOL()}addBreak(){let t=this.
wrap("br",null);return this.addRaw(t).addEOL()}addQuote(t,n){let r=Object.assign({},n&&{cite:n}),s=this.
wrap("blockquote",t,r);return this.addRaw(s).addEOL()}addLink(t,n){let r=this.wrap("a",t,{href:n});return this.
addRaw(r).addEOL()}},Xa=new Bt;var Ut=Xa;var Ht=H(require("os"),1);var fp=Ht.default.platform(),mp=Ht.default.arch();var dr;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(dr||(dr={}));function pr(e){V("add-mask",{},e)}function fr(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function mr(e,t){if(process.env.GITHUB_OUTPUT||"")return ir("OUTPUT",ar(e,t));process.stdout.write(jt.EOL),
V("set-output",{name:e},G(t))}function hr(){return process.env.RUNNER_DEBUG==="1"}function gr(e){V("debug",{},e)}function yr(e,t={}){
V("error",Ue(t),e instanceof Error?e.toString():e)}function br(e,t={}){V("warning",Ue(t),e instanceof
Error?e.toString():e)}function Tr(e,t={}){V("notice",Ue(t),e instanceof Error?e.toString():e)}function wr(e){
process.stdout.write(e+jt.EOL)}function xr(e){Lt("group",e)}function Rr(){Lt("endgroup")}var p=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},O=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof p?new O(e,n.rule,n.offendingValue):n}}var xe=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},X=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof O))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new xe(
this.errors)}};var Wt="-----BEGIN CERTIFICATE-----",Sr="-----END CERTIFICATE-----",Er=1024*1024,kr="must be PEM tex\
t or the path of a PEM file with at least one certificate";function Ar(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:eu(n,t),s=Qa(r);if(s.length===0)throw new p(kr,$r(n));return s.
forEach(tu),s}function Qa(e){let t=[];for(let n=e.indexOf(Wt);n>=0;n=e.indexOf(Wt,n+1)){let r=e.indexOf(
Sr,n+Wt.length);if(r<0)break;t.push(e.slice(n,r+Sr.length)),n=r}return t}function eu(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new p(`${kr}; the file cannot be read (${r})`,e)}}function tu(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new p("contains a ce\
rtificate that is not valid PEM",$r(e))}}function $r(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var R=require("node:fs"),Gt=1024*1024,Re=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function Vt(e,t){if(!(0,R.statSync)(e).isFile())throw new Re("not a regular\
 file");let n=(0,R.openSync)(e,"r");try{let r=[],s=0;for(;;){let o=Buffer.allocUnsafe(Gt),i=(0,R.readSync)(
n,o,0,Gt,null);if(i===0)break;if(s+=i,s>t)throw new Re(`larger than ${t} bytes`);r.push(o.subarray(0,
i))}return Buffer.concat(r,s).toString("utf8")}finally{(0,R.closeSync)(n)}}function Dr(e,t=Gt){return{
*[Symbol.iterator](){if(!(0,R.statSync)(e).isFile())throw new Re("not a regular file");let n=(0,R.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,R.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,R.closeSync)(n)}}}}function Pr(e,t){try{return Vt(e,t)}catch(n){if(n.
code==="ENOENT")return;throw n}}function Cr(e,t){let n=`${e}.${process.pid}.tmp`;try{(0,R.writeFileSync)(
n,t,{mode:420}),(0,R.renameSync)(n,e)}catch(r){throw(0,R.rmSync)(n,{force:!0}),r}}var z=128,nu=/[\u0000-\u001f\u007f-\u009f]/,ru=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function te(e){return nu.
test(e)}function qt(e){return ru.test(e)}function ne(e,t={}){if(!qt(e))throw new p("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Ge(e,t=z){if(e.length>t)throw new p(
`must be at most ${t} characters (it has ${e.length})`,e)}function j(e,t="is required"){if(e==="")throw new p(
t)}var Jt=["UID","TOKEN","ACCOUNT","APIKEY"];function vr(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new O("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?su(e,t):ou(e,t)}function su(e,t){let n=t.take(()=>y("app-id",()=>(j(e["a\
pp-id"],"is required with app-secret (the API key ID)"),ne(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(j(e["app-secret"],"is required with app-id (the API key secret)"),ne(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function ou(e,t){
let n=t.take(()=>y("auth-type",()=>au(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>iu(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function iu(e){return j(e),ne(e,
{secret:!0}),e}function au(e){j(e,`is required (one of ${Jt.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=Jt.find(r=>r===t);if(!n)throw new p(`must be one of ${Jt.join(
", ")}`,e);return n}var Ze=require("node:path");var Vr=require("node:buffer");var re=class extends Error{constructor(n,r,s,o){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${s}): ${o}`);this.offset=n;this.line=r;this.column=s;this.reason=o;this.name="JsonSyntaxError"}offset;line;column;reason};var Ve=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])Ve[e]=1;var Nr=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,Mr=[-2139062144,-2139062272,-2139095040,-2147483648];function Kt(e){return e>=48&&
e<=57}function Yt(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function Or(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function Ir(e,t){
return se(e[t])&&se(e[t+1])&&se(e[t+2])&&se(e[t+3])}function se(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var _r=Buffer.alloc(0),Xt=new Uint32Array(0),qe=class{buf=_r;pos=0;words=Xt;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new re(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=_r,this.words=
Xt,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
Nr&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):Xt,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===32||s===9||s===13)r++;else if(s===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var tn={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function nn(e){return e===45||e>=48&&e<=57}function Br(e,t){
if(t===34)e.pos++,Je(e);else if(nn(t))yu(e);else{let n=tn[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let s=0;for(;s<r.length&&e.buf[e.pos+s]===r[s];)s++;if(s===r.length){
e.pos+=s;return}}for(let s of r)e.peek()!==s&&e.fail(`expected ${n.kind}`),e.pos++}}function Je(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,s=t.length,o=e.pos;for(;o<s;){if(o<r){let u=o>>2,c=Yt(n[u])&Mr[o&
3];for(;c===0&&++u<n.length;)c=Yt(n[u]);if(c===0){o=r;continue}o=u*4+Or(c)}let i=t[o];if(i===34){e.pos=
o+1;return}if(i===92){let u=o+1<s?t[o+1]:-1;if(Ve[u]===1){o+=2;continue}if(u===117&&o+5<s&&Ir(t,o+2)){
o+=6;continue}break}i<32&&(e.pos=o,e.fail("a control character in a string (it must be escaped)")),o++}
e.pos=o,o<s?gu(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function gu(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),Ve[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)se(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function yu(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:Zt(e),t=e.peek(),t===46&&(e.pos++,Zt(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,Zt(e))}function Zt(e){Kt(e.peek())||
e.fail("a number without its digits");do e.pos++;while(Kt(e.peek()))}var Wr=1e5;function Gr(e,t){let n=new sn(e);try{return t(n)}finally{n.close()}}var sn=class{bytes;entered=[];constructor(t){
this.bytes=new qe(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(nn(
t))return"number";let n=tn[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,s=r.skipWhitespace();s!==34&&r.expected(s,"a key (a string)"),r.collect(t,n),r.pos++,Je(r);let o=r.
collected(),i=o.includes(92)?JSON.parse(o.toString("utf8")):o.toString("utf8",1,o.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=Wr&&t.fail(`nested more than ${Wr} levels deep`),t.pos++;let s=r===123?
125:93;if(t.skipWhitespace()===s)t.pos++;else{n.push(s),s===125&&this.skipKey();continue}}else Br(t,
r);for(;;){let s=n.at(-1);if(s===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,s===125&&this.
skipKey();break}r!==s&&t.expected(r,s===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let s=r.place();r.collect(t,n),this.skipValue();let o=r.collected();
try{return JSON.parse(o.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",s)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let s=this.bytes,o=s.skipWhitespace();return o===t?(s.pos++,this.entered.pop(),!0):(r||
(o!==44&&s.expected(o,`',' or ${n}`),s.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,Je(t),t.expect(58,"':'")}};var bu=["v12","v20"],Tu=["v6"],an=new Set(["model","seed","snapshot"]),ie=Vr.constants.MAX_STRING_LENGTH;
function qr(e){let t;if(Kr(e,"run-results",Tu,(n,r)=>n!=="results"?!1:(r.kind()==="array"?t=wu(r):(r.
skipValue(),t=void 0),!0)),!t)throw new p('has no "results" list');return t}function wu(e){let t=[];
for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){e.skipValue();continue}let n={};e.enterObject();
for(let o=F(e);o!==void 0;o=F(e))o==="unique_id"||o==="status"?n[o]=e.readValue(ie,()=>Ee(`a result'\
s ${o}`)):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&t.push({uniqueId:r,status:String(
s)})}return t}function Jr(e,t,n){let r;if(Kr(e,"manifest",bu,(s,o)=>{if(s!=="nodes")return!1;n?.restart();
let i=o.kind();return i==="object"?r=xu(o,t,n):(o.skipValue(),r=i==="array"?new Map:void 0),!0}),!r)
throw new p('has no "nodes" map');return r}function xu(e,t,n){let r=new Map;e.enterObject();for(let s=F(
e);s!==void 0;s=F(e)){let o=t.has(s),i=o||n?e.kind():void 0,u;if(o&&(i==="object"||i==="array")){let c=e.
readValue(ie,()=>Ee(`node ${s}`));u=on(s,c)}else i==="object"?u=on(s,Su(e,s)):(e.skipValue(),i==="ar\
ray"&&(u=on(s,{})));o&&(u?r.set(s,u):r.delete(s)),i!==void 0&&n?.visit(s,u)}return r}var Ru=new Set(
["resource_type","name","tags","original_file_path"]);function Su(e,t){let n={},r=()=>e.readValue(ie,
()=>Ee(`node ${t}`));e.enterObject();for(let s=F(e);s!==void 0;s=F(e))if(Ru.has(s))n[s]=r();else if(s===
"config"&&e.kind()==="object"){let o={};e.enterObject();for(let i=F(e);i!==void 0;i=F(e))i==="tags"?
o.tags=r():e.skipValue();n.config=o}else s==="config"&&delete n.config,e.skipValue();return n}function Kr(e,t,n,r){
try{Gr(e,s=>{if(s.kind()!=="object")throw s.skipValue(),s.finish(),new p("is not a JSON object");let o;
s.enterObject();for(let i=F(s);i!==void 0;i=F(s))i==="metadata"?o=s.readValue(ie,()=>Ee("its metadat\
a")):r(i,s)||s.skipValue();s.finish(),ku(o,t,n)})}catch(s){throw s instanceof re?Eu(s):s}}function Eu(e){
return new p(`is not valid JSON at byte ${e.offset} (line ${e.line}, column ${e.column}): ${e.reason}`)}
function ku(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(`/${t}/(v\\d+)\\.json$`).exec(String(r))?.[1];
if(!s||!n.includes(s))throw new p(`is ${t} ${s??`of unknown version (${String(r).slice(0,80)})`}; th\
is action reads ${t} ${n.join(" and ")}`)}function F(e){return e.nextKey(ie,()=>Ee("a key"))}function Ee(e){
return new p(`has ${e} of more than ${ie} bytes, longer than any string Node.js makes (JSON.parse co\
uld not read it either)`)}function on(e,t){let n=t.config??{},r=o=>typeof o=="string"&&o!==""?o:null,
s=[t.tags,n.tags].flatMap(o=>Array.isArray(o)?o:[]);return{uniqueId:e,resourceType:r(t.resource_type)??
e.split(".")[0]??"",name:r(t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(
t.database),catalog:r(n.catalog),materialized:r(n.materialized),tags:[...new Set(s.filter(o=>typeof o==
"string"))],originalFilePath:r(t.original_file_path)}}function Yr(e){return new Set(e.map(t=>t.uniqueId).
filter(t=>an.has(t.split(".")[0]??"")))}function zr(e){let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(
`${t}/`)};let n=Au(t);return{source:t,test:r=>$u(n,r)}}function Au(e){let t=[];for(let n=0;n<e.length;n++){
let r=e[n]??"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:
1}else r==="*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}
function $u(e,t){let n=Xr(e,new Set([0]));for(let r of t){let s=new Set;for(let o of n){let i=e[Math.
floor(o)];i&&Du(i,o,r,s)}if(s.size===0)return!1;n=Xr(e,s)}return n.has(e.length)}function Du(e,t,n,r){
let s=n==="/";switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"\
segment":s||r.add(t);return;case"any":r.add(t);return;case"folders":{let o=Math.floor(t)+.5;r.add(o),
s&&r.add(Math.floor(t)+1)}}}function Xr(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&
r.kind!=="char"&&r.kind!=="one"&&t.add(n+1)}return t}var ae=["model","seed","snapshot"];function ke(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function un({kind:e,value:t}){
return e==="name"?t:`${e}:${t}`}function ln(e){let t=e.indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(
t+1);if(r===""||/\s/.test(r))throw new p("has a selector without a value or with spaces",e);switch(n){case null:
return{kind:"name",value:r};case"tag":return{kind:"tag",value:r};case"path":return{kind:"path",value:r,
pattern:zr(r)};case"resource_type":if(!ae.includes(r))throw new p(`has resource_type:${r}; use ${ae.
join(", ")}`,e);return{kind:"resource_type",value:r};default:throw new p("takes tag:NAME, path:GLOB,\
 resource_type:TYPE or a model name",e)}}var I="[\\p{L}\\p{N}_$-]+",Pu=new RegExp(`^(${I})\\.\`(${I})\\.(${I})\`\\.(${I})$`,"u"),Cu=new RegExp(
`^(${I})\\.(${I})\\.(${I})\\.(${I})$`,"u"),vu=new RegExp(`^${I}$`,"u"),Nu=new RegExp(`^(${I})\\.(${I}\
)$`,"u"),Mu="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function Ye(e){let t=e.trim();
if(Pu.test(t))return{tableName:cn(t),backticksAdded:!1};let n=Cu.exec(t);if(n){let[r="",s="",o="",i=""]=n.
slice(1);return{tableName:cn(es(r,`${s}.${o}`,i)),backticksAdded:!0}}throw new p(Mu,t)}function ue(e){
let t=e.trim();if(!vu.test(t))throw new p("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function Zr(e){let t=Ou(e.trim());if(!Nu.test(t))throw new p(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function Qr(e,t,n){return cn(
es(e,t,n))}function es(e,t,n){return`${e}.\`${t}\`.${n}`}function Ou(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function cn(e){try{Ge(e,z)}catch{throw new p(`must compose a t\
ableName of at most ${z} characters (it has ${e.length})`,e)}return e}var Iu=new Set(["success","partial success"]);function ts(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let o of e){if(s.has(o.uniqueId))continue;s.add(o.uniqueId);let i=_u(o,t.get(o.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:o.uniqueId,...i}):r.skipped.push({uniqueId:o.uniqueId,...i})}return r}
function _u(e,t,n){let r=Lu(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:Fu(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof p?s.rule:String(s)}`}}}function Lu(e,t,n){let r=t?.resourceType??e.uniqueId.
split(".")[0]??"";return an.has(r)?Iu.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",
reason:"ephemeral: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>ke(s,t))?{kind:"\
not-selected",reason:"not selected by dbt-select"}:n.exclude.some(s=>ke(s,t))?{kind:"excluded",reason:"\
excluded by dbt-exclude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was writ\
ten`}:{kind:"not-a-table",reason:`a ${r||"node"}, not a table`}}function Fu(e,t){let n=e.schema??"",
r=e.database!==n?e.database:null,s=e.catalog??r??t.defaultCatalog,o=`${t.datasource}.\`${s}.${n}\`.${e.
alias??e.name}`;return Ye(o).tableName}function Bu(e){return Math.min(3,Math.max(1,Math.floor(e.length/3)))}function Uu(e,t,n){if(Math.abs(
e.length-t.length)>n)return n+1;let r=[],s=Array.from({length:t.length+1},(o,i)=>i);for(let o=1;o<=e.
length;o++){let i=[o],u=o;for(let c=1;c<=t.length;c++){let l=e[o-1]===t[c-1],d=Math.min((s[c]??0)+1,
(i[c-1]??0)+1,(s[c-1]??0)+(l?0:1));o>1&&c>1&&e[o-1]===t[c-2]&&e[o-2]===t[c-1]&&(d=Math.min(d,(r[c-2]??
0)+1)),i.push(d),u=Math.min(u,d)}if(u>n)return n+1;r=s,s=i}return Math.min(s[t.length]??0,n+1)}var Ae=class{constructor(t,n=3){
this.typed=t;this.limit=n;this.bound=Bu(t)}typed;limit;best=[];bound;consider(t){let n=this.best.length>=
this.limit,r=this.best.at(-1),s=n&&r?r.distance:this.bound;if(this.best.some(i=>i.name===t))return;let o=Uu(
this.typed,t,s);o>s||n&&r&&!ns({name:t,distance:o},r)||(this.best.push({name:t,distance:o}),this.best.
sort((i,u)=>ns(i,u)?-1:1),this.best.length>this.limit&&this.best.pop())}names(){return this.best.map(
t=>t.name)}};function ns(e,t){return e.distance<t.distance||e.distance===t.distance&&e.name<t.name}var Xe=class{terms;matchedBy=new Map;hitSets=new Map;typesPresent=new Set;constructor(t){let n=s=>t[s].
map(o=>({input:s,selector:o,text:un(o),matched:0,nearest:new Ae(rs(o))})),r=[...n("dbt-select"),...n(
"dbt-exclude")];this.terms=r.filter((s,o)=>r.findIndex(i=>i.input===s.input&&i.text===s.text)===o)}get empty(){
return this.terms.length===0}restart(){for(let t of this.terms)t.matched=0,t.nearest=new Ae(rs(t.selector));
this.matchedBy.clear(),this.typesPresent.clear()}visit(t,n){for(let s of this.matchedBy.get(t)??[])s.
matched--;if(this.matchedBy.delete(t),!n)return;this.typesPresent.add(n.resourceType);let r=[];this.
terms.forEach((s,o)=>{if(ke(s.selector,n))r.push(o);else for(let i of ju(s.selector,n))s.nearest.consider(
i)}),r.length>0&&this.matchedBy.set(t,this.countMatches(r))}countMatches(t){let n=t.join(),r=this.hitSets.
get(n);r||(r=this.terms.filter((s,o)=>t.includes(o)),this.hitSets.set(n,r));for(let s of r)s.matched++;
return r}unmatched(t){return this.terms.filter(n=>n.input===t&&n.matched===0).map(n=>({text:n.text,advice:this.
advice(n)}))}judge(t){let n=this.unmatched(t),[r]=n;if(!r)return;if(n.length===1)throw new p(`has ${r.
text}, which matches no node of the manifest; ${r.advice}`);let s=n.map(({text:o,advice:i})=>`${o} (${i}\
)`).join("; ");throw new p(`has ${n.length} terms that match no node of the manifest: ${s}`)}advice({
selector:t,nearest:n}){if(t.kind==="resource_type"){let s=ae.filter(o=>this.typesPresent.has(o));return s.
length>0?`it has ${s.map(o=>`resource_type:${o}`).join(", ")}`:`it has no ${ae.slice(0,-1).join(", ")}\
 or ${ae.at(-1)}`}let r=n.names().map(s=>un({kind:t.kind,value:s}));return r.length>0?`nearest: ${r.
join(", ")}`:`no ${Hu[t.kind]} of the manifest is near it`}},Hu={tag:"tag",name:"node name",path:"fi\
le path or folder"};function rs(e){return e.kind==="path"?e.pattern.source:e.value}function ju(e,t){
switch(e.kind){case"tag":return t.tags.filter(n=>dn(n));case"name":return dn(t.name)&&!t.name.includes(
":")?[t.name]:[];case"path":return t.originalFilePath===null||!dn(t.originalFilePath)?[]:[t.originalFilePath,
...Wu(t.originalFilePath)];case"resource_type":return[]}}function dn(e){return e!==""&&!/\s/.test(e)}
function Wu(e){let t=[];for(let n=e.indexOf("/");n>=0;n=e.indexOf("/",n+1))n>0&&e[n-1]!=="/"&&t.push(
e.slice(0,n));return t}function C(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function ze(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),o=r.length*s.length;if(o>n.maxTriggers){
let i=o>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new p(`is ${n.maxTriggers}, and the plan has ${o} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${i}`)}return r.flatMap(i=>s.map(u=>({tableName:i,partition:u})))}var Gu="default_catalog";function is(e,t,n,r){let s=n.take(()=>y("datasource",()=>(j(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),ue(e.datasource)))),o=n.
take(()=>y("dbt-catalog",()=>ue(e["dbt-catalog"]||Gu))),i=n.take(()=>y("dbt-select",()=>C(e["dbt-sel\
ect"]).map(ln))),u=n.take(()=>y("dbt-exclude",()=>C(e["dbt-exclude"]).map(ln))),c=new Xe({"dbt-selec\
t":i??[],"dbt-exclude":u??[]}),l=n.take(()=>qu(e,t,r,c.empty?void 0:c)),d=l!==void 0&&Vu(c,n);if(!(s===
void 0||o===void 0||i===void 0||u===void 0||l===void 0||!d))return ts(l.results,l.nodes,{datasource:s,
defaultCatalog:o,select:i,exclude:u})}function Vu(e,t){return["dbt-select","dbt-exclude"].map(r=>t.take(
()=>(y(r,()=>e.judge(r)),!0))).every(r=>r===!0)}function qu(e,t,n,r){let s=e["dbt-run-results"],o=e["\
dbt-manifest"]||(0,Ze.join)((0,Ze.dirname)(s),"manifest.json"),i=y("dbt-run-results",()=>ss(t,s,qr));
if(n){let{tableNames:d,partitions:f,limits:m}=n;y("max-triggers",()=>ze(d,f,m))}let u=Yr(i),c=y("dbt\
-manifest",()=>ss(t,o,d=>Jr(d,u,r))),l=[...u].filter(d=>!c.has(d));if(l.length>0)throw new O("dbt-ma\
nifest",`has no node ${l[0]}${l.length>1?` (nor ${l.length-1} more)`:""} that run_results names: giv\
e the manifest of the same dbt run`,o);return{results:i,nodes:c}}function ss(e,t,n){let r;try{r=e(t)}catch(s){
throw os(s,t)}try{return n(r)}catch(s){throw s instanceof p?new p(s.rule,t):typeof s.code=="string"?
os(s,t):s}}function os(e,t){let n=e.code;return new p(`names a file that cannot be read (${typeof n==
"string"?n:"unreadable"})`,t)}var Ju=/^[0-9a-fA-F]{2}$/,Ku="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not s\
hy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 \
iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Ici\
rc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THOR\
N szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute ic\
irc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute th\
orn yuml".split(" "),as={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(Ku.map((e,t)=>[e,String.fromCharCode(160+t)]))},Yu={'"':'"',"\\":"\\","/":"/",b:" ",f:" ",
n:" ",r:" ",t:" "},us=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Poin\
t}|\\p{Cf}","u"),Xu=new RegExp("\\p{M}","gu");function $e(e,t=!0){let n=[],r={chars:"",starts:[],ends:[]};
for(let o=0;o<e.length;){let i=e.charCodeAt(o);if(zu(i,t)){n.push(i),r.starts.push(o),r.ends.push(o+
1),o+=1;continue}let u=t?Qu(e,o):ms(e,o);for(let c of Zu(u.text))for(let l=0;l<c.length;l++)n.push(c.
charCodeAt(l)),r.starts.push(o),r.ends.push(o+u.length);o+=u.length}let s=[];for(let o=0;o<n.length;o+=
4096)s.push(String.fromCharCode.apply(null,n.slice(o,o+4096)));return r.chars=s.join(""),r}function zu(e,t){
return e<=32||e>=127||e===43?!1:!t||e!==37&&e!==38&&e!==92}function Zu(e){return e.length===1&&e>" "&&
e<"\x7F"&&e!=="+"?[e]:e===""||us.test(e)?[]:[...e.normalize("NFKD").replace(Xu,"")].filter(n=>!us.test(
n))}function Qu(e,t){let n=e[t]??"";return n==="%"?el(e,t):n==="&"?tl(e,t):n==="\\"?nl(e,t):ms(e,t)}
function ms(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(n),length:n>65535?2:1}}function el(e,t){
let n=ls(e,t);if(n===void 0)return{text:"%",length:1};let r=n<128?1:n>=240?4:n>=224?3:n>=192?2:1,s=[
n];for(let i=1;i<r;i++){let u=ls(e,t+i*3);if(u===void 0)break;s.push(u)}let o=new TextDecoder().decode(
Uint8Array.from(s));return o.includes("\uFFFD")?{text:String.fromCharCode(n),length:3}:{text:o,length:s.
length*3}}function ls(e,t){if(e[t]!=="%")return;let n=e.slice(t+1,t+3);return Ju.test(n)?parseInt(n,
16):void 0}function tl(e,t){let n=e.indexOf(";",t+1);if(n<0||n-t>12)return{text:"&",length:1};let r=e.
slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);if(s?.[1]){let i=s[1].startsWith("x")||
s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],10);if(i>0&&i<=1114111)return{text:String.
fromCodePoint(i),length:n-t+1}}let o=as[r]??as[r.toLowerCase()];return o===void 0?{text:"&",length:1}:
{text:o,length:n-t+1}}function nl(e,t){let n=e[t+1]??"",r=cs(e,t);if(r!==void 0){let o=r>=55296&&r<=
56319?cs(e,t+6):void 0;return o!==void 0&&o>=56320&&o<=57343?{text:String.fromCharCode(r,o),length:12}:
{text:String.fromCharCode(r),length:6}}let s=Yu[n];return s===void 0?{text:"\\",length:1}:{text:s,length:2}}
function cs(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.slice(t+2,t+6);return/^[0-9a-fA-F]{4}$/.
test(n)?parseInt(n,16):void 0}function hs(e,t){if(t.length===0||e==="")return[];let n=[];if(il.test(
e)){for(let s of t)al(e,s,n);return ps(n)}let r=rl.test(e);if(!r&&sl.test(e)){let s=e.replace(ol,"");
if(!t.some(o=>s.includes(o)))return[]}return ds($e(e),t,e.length,n),r&&ds($e(e,!1),t,e.length,n),ps(
n)}var rl=/[%&\\]/,sl=/^[\u0000-\u007f]*$/,ol=/[\s+]/g,il=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;
function al(e,t,n){for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function ds(e,t,n,r){
for(let s of t)for(let o=e.chars.indexOf(s);o>=0;){let i=o+s.length-1;r.push([e.starts[o]??0,e.ends[i]??
n]),o=e.chars.indexOf(s,o+1)}}function ps(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.
at(-1);s&&n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}function pn(e){if(e==="")return[];let t=[
e,encodeURIComponent(e),encodeURIComponent(e).replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),fs(e,
"&#39;"),fs(e,"&#x27;"),...ul(e)];return[...new Set(t)].filter(n=>n!=="")}function fs(e,t){let n={"&":"\
&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function ul(e){
let t=Buffer.from(e,"utf8"),n=t.toString("base64"),r=[n,n.replace(/=+$/,"")];for(let s of[0,1,2]){let o=Buffer.
concat([Buffer.alloc(s),t]).toString("base64"),i=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(
o.slice(i,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}var gs="***",fn=1e3,ys=256*1024,ll=4*1024,mn=12,cl=200,dl=120,Qe=/[\s\u0085]+/g,pl=new RegExp("[\\u00\
00-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),bs="\uFFFD",fl=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
ml=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,hl=/##\[/g;function a(e,...t){
let n=e[0]??"";return t.forEach((r,s)=>{n+=String(r)+(e[s+1]??"")}),n}function _(e,t){return e.join(
t)}function $(e){return et(hn(e))}var gn=4;function tt(e,t){return Buffer.from(`${e}:${t}`).toString(
"base64")}var De=class e{constructor(t=[],n=!0){this.withIdentifiers=n;t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<gn?this.shortForms.push(...pn(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=pn(t).filter(s=>!this.forms.includes(s));this.forms=[...this.forms,...n].sort((s,o)=>o.
length-s.length);let r=n.flatMap(s=>[$e(s).chars,$e(s,!1).chars]).filter(s=>s!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=hs(
t,this.canonicalForms);if(n.length===0)return t;let r="",s=0;for(let[o,i]of n)r+=t.slice(s,o)+gs,s=i;
return r+t.slice(s)}window(t=fn){return t*2+64+this.longestForm*mn+1}text(t,n=fn){if(t.length<=n&&fl.
test(t)&&!t.includes("  "))return Ts(et(this.redact(t)));let r=n*2+64,s=yl(t,this.window(n));return this.
finish(hn(this.redactPart(s,r)),n)}identifier(t,n=fn){return this.shortForms.includes(t.trim())?gs:(this.
longSecretsOnly??gl).text(t,n)}excerpt(t,n=cl){let r=this.longestForm*mn,s=n+2*r+1;for(let o=Math.max(
ll,4*s);;o*=4){let i=Math.min(o,ys),u=t.length>i+r&&i<ys,c=this.redactPart(t,i),l=hn(xl(u?Rl(c):c));
if(!u||l.length>=s)return this.finish(l,n)}}redactPart(t,n){let r=this.longestForm*mn;if(t.length<=n+
r)return this.redact(t);let s=this.redact(t.slice(0,n+r));return r>0?s.slice(0,-r):s}quote(t,n=dl){let r=et(
wl(JSON.stringify(this.redact(t))));return r.length>n?`${xs(r,n)}\u2026"`:r}finish(t,n){return Ts(E(
et(this.redact(t)),n))}},gl=new De([],!1);function yl(e,t){if(e.length<=t)return e.replace(Qe," ");let n=new RegExp(
Qe.source,"g"),r=0,s=0;for(;;){let o=n.exec(e),i=o?o.index:e.length;if(!o||r+(i-s)>=t)return e.slice(
0,s+(t-r)).replace(Qe," ");r+=i-s+1,s=o.index+o[0].length}}function Ts(e){let t=bl.test(e)?"latin1":
"utf16le";return Buffer.from(e,t).toString(t)}var bl=/^[\u0000-\u00ff]*$/,Tl=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function wl(e){return e.replace(Tl,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function hn(e){
return e.replace(ml,bs).replace(Qe," ").replace(pl,bs).trim()}function et(e){let t=e.replace(hl,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function xs(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var ws=/<\/(script|style|head)\s*>/gi;
function xl(e){let t="",n=0;for(;n<e.length;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s<
0)return t+e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,Sl(e,r)){ws.lastIndex=n;let o=ws.exec(e);n=o?o.
index+o[0].length:e.length}}return t}function Rl(e){let t=e.lastIndexOf("<");return t>e.lastIndexOf(
">")?e.slice(0,t):e}function Sl(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.
test(e.slice(t,t+8))}function E(e,t){return e.length>t?`${xs(e,t)}\u2026`:e}function nt(e,t){return e.
toFixed(t)}var El="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",yn=/^[a-z][a-z0-9+.-]*:\/\//i,kl=/[/?#\\]/;function bn(e){let t=yn.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(kl);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function Rs(e){let t=bn(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),o=r<0?"":n.slice(r+1),i=r<0?s:o,u=[i,Pe(i),tt(
Pe(s),Pe(o))];return t.ambiguous&&u.push(n),[...new Set(u.filter(c=>c!==""))]}function le(e){let t=bn(
e.trim()),n=t?`${t.scheme}***@${t.rest}`:e.trim();return Al(n)}function Al(e){let t=yn.exec(e)?.[0]??
"",n=e.slice(t.length),r=n.search(/[?#]/);return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function Ss(e){
let t=e.trim();if(t==="")throw new p("is required");if(te(t)||/\s/.test(t))throw new p("must not con\
tain spaces or control characters",le(t));if(bn(t)?.ambiguous)throw new p("must percent-encode / ? #\
 in a user name or password (user:p%2Fss@host), and @ in a path (%40)",le(t));let n=$l(t),r=n.pathname.
replace(/\/+$/,""),s={base:`${n.protocol}//${n.host}${r}`};return(n.username!==""||n.password!=="")&&
(s.basicAuth={username:Pe(n.username),password:Pe(n.password)}),s}function $l(e){let t=yn.test(e),n=Dl(
t?e:`http://${e}`,e);if(n.protocol!=="http:"&&n.protocol!=="https:")throw new p("must use http:// or\
 https://",le(e));if(!t&&n.port==="")throw new p("must include a port when no scheme is given (e.g. \
anymetrics.example.com:8083)",le(e));if(/[?#]/.test(e))throw new p("must not contain a query (?) or \
fragment (#)",le(e));return n}function Dl(e,t){try{return new URL(e)}catch{throw new p(El,le(t))}}function Pe(e){
try{return decodeURIComponent(e)}catch{return e}}var rt=864e5,Pl=/^(\d{4})-(\d{2})-(\d{2})$/,Cl=/^today\s*-\s*(\d{1,5})$/i,Es=36600,vl="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",ks="..",As=36600,$s=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
Ds={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function Cs(e){if(e==="UTC")return null;let t=e.toUpperCase();if(Ds[t])return Ds[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=Nl(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":$s.test(e)?null:`is a le\
gacy alias or abbreviation: write ${$s.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function Nl(e){if(e.trim()==="")return null;try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).
resolvedOptions().timeZone}catch{return null}}function vs(e){return xn(Is(e))}function wn(e,t){let n;
return Ms(e,()=>n??=Is(t)).map(xn)}function Ns(e){Ms(e,void 0)}function Ms(e,t){if(e.length===0)throw new p(
"must name at least one partition");let n=new Set;for(let r of e)for(let s of Ml(r.trim(),t))n.add(s);
return[...n].sort((r,s)=>r-s)}function Ml(e,t){let n=e.indexOf(ks);if(n<0){let c=Os(e);return t?[Tn(
c,t)]:[]}if(e.includes("..."))throw new p("has a range with three dots: write A..B (two dots)",e);let[
r="",s=""]=[e.slice(0,n),e.slice(n+ks.length)].map(c=>c.trim());if(r===""||s==="")throw new p(`has a\
 range without its ${r===""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let o=Ol(
Ps(r,e),Ps(s,e),t);if(o===void 0)return[];let[i,u]=o;if(u<i)throw new p(`has a reversed range (${r} \
is after ${s}): write it oldest first`,e);if(u-i>=As)throw new p(`has a range longer than ${As} days`,
e);return t?Array.from({length:u-i+1},(c,l)=>i+l):[]}function Ol(e,t,n){if(n)return[Tn(e,n),Tn(t,n)];
if("date"in e&&"date"in t)return[e.date,t.date];if("daysBack"in e&&"daysBack"in t)return[-e.daysBack,
-t.daysBack]}function Tn(e,t){return"date"in e?e.date:t()-e.daysBack}function Ps(e,t){try{return Os(
e)}catch(n){throw n instanceof p?new p(n.rule,t):n}}function Os(e){let t=e.toLowerCase();if(t==="tod\
ay")return{daysBack:0};if(t==="yesterday")return{daysBack:1};let n=Cl.exec(e);if(n){let r=Number(n[1]);
if(r>Es)throw new p(`must not reach back more than ${Es} days`,e);return{daysBack:r}}return{date:Il(
e)}}function Il(e){let t=Pl.exec(e);if(!t)throw new p(vl,e);let[n,r,s]=t.slice(1).map(Number),o=Date.
UTC(n,r-1,s)/rt;if(n<1||xn(o)!==e)throw new p("must be a real calendar date (yyyy-MM-dd)",e);return o}
function Is({now:e,timeZone:t}){if(t==="UTC")return Math.floor(e.getTime()/rt);let n=new Intl.DateTimeFormat(
"en-US",{timeZone:t,year:"numeric",month:"numeric",day:"numeric"}).formatToParts(e),r=s=>Number(n.find(
o=>o.type===s)?.value);return Date.UTC(r("year"),r("month")-1,r("day"))/rt}function xn(e){return new Date(
e*rt).toISOString().slice(0,10)}var _s=3600;function Ls(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>_s)throw new p(`must\
 be a number of seconds above 0, at most ${_s}`,e);let n=Math.round(t*1e3);if(n<1)throw new p("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Rn(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let o=n.min>0?`from ${n.min}`:"above 0";throw new p(`must be a numb\
er of ${t.name} ${o}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new p("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function st(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new p(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Fs(e){if(e.
toLowerCase()==="check")return"check";try{return Sn(e)?"plan":"off"}catch{throw new p("must be true,\
 false or check",e)}}function Sn(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new p("must be true or false",e)}function Bs(e){let t=Cs(e);if(t)
throw new p(t,e);return e}var En="anymetrics-refresh/resume",kn=1,Us=8*1024*1024,ce="must be the path of a file this action wr\
ote as resume-file, or of none yet";function Hs(e,t){let n=e.trim();if(n==="")return;if(te(n))throw new p(
ce,n);let r;try{r=t(n)}catch(s){let o=s.code??"unreadable";throw new p(`${ce}; it cannot be read (${o}\
)`,n)}return{path:n,record:r===void 0?{entries:[]}:_l(r,n)}}function _l(e,t){let n;try{n=JSON.parse(
e)}catch{throw new p(`${ce}; it is not JSON (corrupt, or not this action's)`,t)}if(!Ce(n)||n.format!==
En)throw new p(`${ce}; it is not this action's (no "format": "${En}")`,t);if(n.version!==kn){let s=JSON.
stringify(n.version??null).slice(0,20);throw new p(`${ce}; it is of version ${s}, and this action re\
ads version ${kn}`,t)}let r=n.entries;if(!Array.isArray(r)||!r.every(Ll))throw new p(`${ce}; its ent\
ries are corrupt`,t);return{entries:r}}function js(e){let t={format:En,version:kn,note:"Written by a\
nymetrics-refresh: triggers accepted so far are not sent again by a run given this file as resume-fi\
le.",entries:e.entries};return`${JSON.stringify(t,null,1)}
`}function Ll(e){return Ce(e)&&typeof e.host=="string"&&typeof e.tenantId=="string"&&Array.isArray(e.
accepted)&&e.accepted.every(Fl)&&Array.isArray(e.baselines)&&e.baselines.every(Bl)}function Fl(e){return Ce(
e)&&typeof e.tableName=="string"&&typeof e.partition=="string"&&Ws(e.traceId)}function Bl(e){return Ce(
e)&&Ce(e.plan)&&(e.plan.by==="id"||e.plan.by==="name")&&typeof e.plan.value=="string"&&(e.refreshMs===
null||Number.isFinite(e.refreshMs))&&Ws(e.latestRefreshTime)}function Ws(e){return e===null||typeof e==
"string"}function Ce(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var Gs="id:",Vs=100;function qs(e){let t=new Map;for(let n of C(e)){let r=Ul(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>Vs)throw new p(`names ${t.size} plans; at most ${Vs} (split the wait across steps)`);return[
...t.values()]}function Ul(e){let t=e.toLowerCase().startsWith(Gs),n=t?e.slice(Gs.length).trim():e;if(n===
"")throw new p("has an id: entry without a plan ID",e);if(te(n))throw new p("has a plan with control\
 characters",e);if(n.length>z)throw new p(`has a plan longer than ${z} characters`,e);return{by:t?"i\
d":"name",value:n,label:t?`id:${n}`:n}}var Hl=["datasource","catalog-schema","table"];function $n(e,t,n,r){let s=C(e["table-name"]),o=Hl.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return s.length>0&&o.length>0?Js(r,"table-name",`cannot be com\
bined with ${o.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(i=>jl(
i,t))):o.length===0&&n?[]:o.length===0?Js(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):Wl(e,n,r)}function Js(e,t,n){return e.take(()=>{throw new O(
t,n)})}function jl(e,t){let n=y("table-name",()=>Ye(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function Wl(e,t,n){let r=(t?
new X:n).take(()=>An(e,"datasource",ue)),s=n.take(()=>An(e,"catalog-schema",Zr)),o=n.take(()=>An(e,"\
table",i=>C(i).map(ue)));if(!(r===void 0||s===void 0||o===void 0))return n.take(()=>y("table",()=>o.
map(i=>Qr(r,s,i))))}function An(e,t,n){if(C(e[t]).length===0)throw new O(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var Ks=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","resume-file","ca-certificate","dbt-run-results","dbt-manifest","dbt-select",
"dbt-exclude","dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],Gl=10,Vl=32,
Dn=2e3,ql=350,Jl=600,Kl={name:"minutes",ms:6e4},Yl={name:"seconds",ms:1e3},Xl={timeZone:{input:"time\
zone",default:"UTC",parse:Bs},timeoutMs:{input:"timeout-seconds",default:"30",parse:Ls},retries:{input:"\
retries",default:"3",parse:e=>st(e,0,Gl)},concurrency:{input:"concurrency",default:"4",parse:e=>st(e,
1,Vl)},failFast:{input:"fail-fast",default:"false",parse:Sn},dryRun:{input:"dry-run",default:"false",
parse:Fs},maxTriggers:{input:"max-triggers",default:"1000",parse:e=>st(e,1,Dn)},waitTimeoutMs:{input:"\
wait-timeout-minutes",default:"60",parse:e=>Rn(e,Kl,{min:0,max:ql})},waitIntervalMs:{input:"wait-int\
erval-seconds",default:"30",parse:e=>Rn(e,Yl,{min:1,max:Jl})}};function Ys(e){return[e["auth-value"],
e["app-secret"],...Rs(e.host)].filter(t=>t!=="")}function Xs(e,t){let n=[],r=new X,s=r.take(()=>y("h\
ost",()=>Ss(e.host))),o=r.take(()=>y("tenant-id",()=>ec(e["tenant-id"]))),i=vr(e,r),u=e["dbt-run-res\
ults"]!=="",c=u?is(e,t.openArtifact,r,zl(e,t.now)):void 0,l=$n(e,n,u,r),d=l&&(!u||c)?[...l,...tc(c)]:
void 0,f=zs(e,r),{timeZone:m,maxTriggers:g}=f,h=r.take(()=>y("partition",()=>Zl(e,{now:t.now,timeZone:m}))),
x=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>ze(d,h,{maxTriggers:g,largest:Dn}))):void 0,N=r.take(
()=>y("wait-for-plans",()=>qs(e["wait-for-plans"]))),U=r.take(()=>y("ca-certificate",()=>Ar(e["ca-ce\
rtificate"],t.readTextFile))),W=r.take(()=>({file:y("resume-file",()=>Hs(e["resume-file"],t.readOwnFile))}));
r.throwIfAny();let It={...f,host:s,tenantId:o,credentials:i,plan:x,caCertificates:U,waitForPlans:N},
M=Ql(It),Be=vs({now:t.now,timeZone:M.timeZone});return{config:{...M,today:Be,dbt:c,resume:W?.file},notices:n}}
function zl(e,t){let n=new X,r=$n(e,[],!0,n),{timeZone:s,maxTriggers:o}=zs(e,n);if(r===void 0||s===void 0||
o===void 0)return;let i=n.take(()=>y("partition",()=>wn(C(e.partition||"today"),{now:t,timeZone:s})));
return i&&{tableNames:r,partitions:i,limits:{maxTriggers:o,largest:Dn}}}function Zl(e,{now:t,timeZone:n}){
let r=C(e.partition||"today");if(n!==void 0)return wn(r,{now:t,timeZone:n});Ns(r)}function zs(e,t){let n=Object.
entries(Xl).map(([r,s])=>[r,t.take(()=>y(s.input,()=>s.parse(e[s.input]||s.default)))]);return Object.
fromEntries(n)}function Ql(e){for(let[t,n]of Object.entries(e))if(n===void 0)throw new Error(`input ${t}\
 was neither parsed nor refused`);return e}function ec(e){return j(e),ne(e),Ge(e),e}function tc(e){return e?
e.mapped.map(t=>t.tableName):[]}var Zs={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},nc=new Set([408,429,502,503,504]),rc=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function vn(e){return"status"in e?nc.has(e.status):rc.
has(e.errorCode)}function sc(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function Qs(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=ic(n,t);return r===void 0?void 0:Math.max(0,r-t)}var eo=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],Pn=`(?<month>${eo.join("|")})`,Cn="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",oc=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${Pn} (?<y\
ear>\\d{4}) ${Cn} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${Pn}\
-(?<year>\\d{2}) ${Cn} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${Pn} (?<day>[ \\d]\\d) ${Cn}\
 (?<year>\\d{4})$`)];function ic(e,t){let n=oc.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:o,hour:i,minute:u,second:c}=n,l=[r,i,u,c].map(Number),d=Date.UTC(ac(o,t),eo.indexOf(
s),...l),f=new Date(d);return[f.getUTCDate(),f.getUTCHours(),f.getUTCMinutes(),f.getUTCSeconds()].every(
(g,h)=>g===l[h])?d:void 0}function ac(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var uc=250;function to(e,t,n,r){return n!==void 0?
Nn(n,t):sc(e,t,r)}function Nn(e,t){return Math.min(Math.max(e,uc),t.retryAfterCapMs)}var ot=require("node:net");var k=class extends Error{constructor(n,r,s){super(n);this.description=n;this.code=r;this.afterMs=s;
this.name="TransportError"}description;code;afterMs},no=new k("cancelled","CANCELLED"),ro=new k("can\
celled","CANCELLED_SENT");function so(e,t,n){return{url:e,host:n.text(e.host,300),proxy:t?n.text(`${t.
protocol}//${t.host}`,300):void 0}}function Mn(e){if(e instanceof k)return e;let t=e?.code,n=e instanceof
Error?e.message:String(e);return new k(n,typeof t=="string"?t:"UNKNOWN")}async function oo(e,t){let n=Mn(
e);return t.proxy?n:n.code==="EPROTO"&&t.url.protocol==="https:"&&(t.speaksPlainHttp??=cc(t.url),await t.
speaksPlainHttp)?new k(n.description,"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&
(t.speaksTls??=lc(t.url),await t.speaksTls)?new k(n.description,"ETLSPORT"):n}function lc(e){let t=e.
hostname.startsWith("[")?e.hostname.slice(1,-1):e.hostname;return new Promise(n=>{let r=process.getBuiltinModule(
"node:tls").connect({host:t,port:Number(e.port||80),...(0,ot.isIP)(t)?{}:{servername:t},rejectUnauthorized:!1,
timeout:2e3}),s=o=>{r.destroy(),n(o)};r.once("secureConnect",()=>s(!0)),r.once("error",()=>s(!1)),r.
once("timeout",()=>s(!1))})}function cc(e){return new Promise(t=>{let n=e.hostname.startsWith("[")?e.
hostname.slice(1,-1):e.hostname,r=(0,ot.connect)({host:n,port:Number(e.port||443),timeout:2e3}),s="",
o=i=>{r.destroy(),t(i)};r.setEncoding("latin1"),r.on("data",i=>{s+=i,s.length>=5&&o(s.startsWith("HT\
TP/"))}),r.once("end",()=>o(!1)),r.once("error",()=>o(!1)),r.once("timeout",()=>o(!1)),r.write(`HEAD\
 / HTTP/1.0\r
Host: ${e.host}\r
\r
`)})}function dc(e,t,n,r){let s=e.code==="HPE_HEADER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:
a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}var pc=new Set(["UNABLE_TO_V\
ERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET_ISSUER_CERT","SELF_SIGNED_C\
ERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),fc={ECONNREFUSED:a`connection refused`,ECONNRESET:a`connection reset`,
ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,ETIMEDOUT:a`connection timed out`};
function io(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,o=n?.proxy?a` via proxy ${n.proxy}`:
a``;if(e.code.startsWith("HPE_"))return dc(e,s,o,r);switch(e.code){case"ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.
text(e.description)}`;case"EUPGRADE":case"ECLOSED":return a`${s}${o}: ${t.text(e.description)}`;case"\
CANCELLED":return a`cancelled before the request reached ${s}`;case"CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${o} sent no answer within ${(e.afterMs??0)/1e3} s`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.
proxy??a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"\
EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(pc.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=fc[e.code];return i?a`${i} by ${s}${o} (${r})`:a`${s}${o}: ${t.text(e.description)}`}var at="/anymetrics/api/v1",it=`${at}/scheduler/task/trigger`,ao=`${at}/token/create`,uo=`${at}/acce\
lerate/latestTime`,lo=`${at}/accelerate/plan/queryAccelerateResultPlanList`,mc=[it,ao,uo,lo],hc=/\/anymetrics(?=\/|$)/i;
function co(e){let t=e.endsWith(it)?e.slice(0,-it.length):e;return{host:t,trigger:new URL(t+it),token:new URL(
t+ao),planStatus:new URL(t+uo),planList:new URL(t+lo)}}function po(e){let t=e.pathname,n=mc.find(o=>t.
endsWith(o))??"",r=t.slice(0,t.length-n.length).replace(/\/+$/,""),s=r.search(hc);return{prefix:r,pastedApiPath:s<
0?void 0:r.slice(s)}}var gc=32,yc=128,bc=8,On=4096;function mo(e,t){if(wc(e.status))return Ac(e,t);let n=Dc(e.body);if(!n)
return $c(e,t);let r=Rc(n,t),s=Sc(e,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,data:r.
data,reason:s,warning:s===null&&Ln(n.data)?.trim()==="false"?a`the platform answered data "false"`:null}}
function D(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function Tc(e){
return e>=200&&e<300}function wc(e){return e>=300&&e<400&&e!==304}function xc(e){return _n(e)?String(
e).trim():null}function Rc(e,t){let n=(s,o)=>{let i=Ln(s);return i===null||i.trim()===""?null:t.text(
i,o)},r=_n(e.code)?Ln(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,gc),traceId:_n(
e.traceId)?n(e.traceId,yc):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function Sc(e,t,n,r){let s=Ec(n.errorMsg,n.detailErrorMsg);if(!Tc(e.status)){let i=ho(e,r),u=go(e,r);
return s!==null?a`${i}: ${s}${u}`:a`${i}${In(n.code)}${u}`}if(s!==null)return s;let o=kc(t,r);return o.
value!==!0?o.name===null?a`the response has neither "succeed" nor "success"${In(n.code)}`:a`the platform answered ${o.
name}: ${o.shown}${In(n.code)}`:xc(t.code)!=="200"?n.code===null?a`the platform answered code null`:
a`the platform answered code "${n.code}"`:null}function Ec(e,t){return e===null?t:t===null||t===e?e:
a`${e}: ${t}`}function kc(e,t){return"succeed"in e?{name:a`succeed`,...fo(e.succeed,t)}:"success"in e?
{name:a`success`,...fo(e.success,t)}:{name:null,value:void 0,shown:a``}}function fo(e,t){return{value:e,
shown:t.text(ut(e),60)}}function In(e){return e===null?a``:a` (code ${e})`}function Ac(e,t){let n=e.
location?t.text(e.location,300):a`an address it did not give`;return D(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function $c(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`,s=ho(e,t);return D(a`${s} with ${r}${go(e,t)}`)}function ho(e,t){
let n=yo(e);return n===void 0?a`HTTP ${e.status}`:(n.username="",n.password="",a`HTTP 404 from ${t.text(
n.href)}`)}function go(e,t){let n=yo(e);if(n===void 0)return a``;let{prefix:r,pastedApiPath:s}=po(n);
return s!==void 0?a`; the host input should be scheme://host:port (with a gateway prefix only if there is one): drop ${t.
text(s)}`:r!==""?a`; check the host's path ${t.text(r)}: the host input should be scheme://host:port, with a gateway prefix only if there is one`:
a`; check that the host input is the AnyMetrics platform's scheme://host:port (it usually listens on 8083)`}
function yo(e){if(!(e.status!==404||e.url===void 0))try{return new URL(e.url)}catch{return}}function Dc(e){
if(!Pc.test(e))return null;try{let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(
t)?t:null}catch{return null}}var Pc=/^[ \t\n\r]*\{/;function _n(e){return typeof e=="string"||typeof e==
"number"}function Ln(e){return e==null?null:typeof e=="string"?e:ut(e)}function ut(e){let t=[],n=0,r=i=>(t.
push(i),n+=i.length,n<On),s=(i,u)=>{if(i===null||typeof i!="object")return r(JSON.stringify(i)??"nul\
l");if(u>=bc)return r("\u2026");let c=Array.isArray(i)?i.map(l=>[null,l]):Object.entries(i);if(!r(Array.
isArray(i)?"[":"{"))return!1;for(let[l,[d,f]]of c.entries())if(l>0&&!r(",")||d!==null&&!r(`${JSON.stringify(
d)}:`)||!s(f,u+1))return!1;return r(Array.isArray(i)?"]":"}")};s(e,0);let o=t.join("");return n<On?o:
`${o.slice(0,On)}\u2026`}function ve(e){return e.end.kind==="answered"&&e.end.status===429}function lt(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function Z(e,t,n=Date.now()){let r=vn({status:e.status}),o=(r?Qs(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:mo(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:o}}}function bo(e,t,n){let r=Mn(e);return{verdict:D(io(r,t,n)),retryable:vn(
{errorCode:r.code}),end:Cc(r.code)}}function Cc(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function Ne(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...D(
t),code:n,traceId:r}}}var So=H(require("node:http"),1);var wo=H(require("node:http"),1),Me=H(require("node:net"),1);var To=16*1024;function xo(e,t){let n=e?process.getBuiltinModule("node:https").Agent:wo.default.Agent;
class r extends n{opening=new Set;createConnection(o,i){let u=o.host??"localhost",c=Number(o.port),l=vc(
t.proxy);this.opening.add(l),Mc(l,Nc(u,c,t.proxy),t,d=>{if(this.opening.delete(l),d)return i(d);i(null,
e?_c(l,o,u):l)})}destroy(){for(let o of this.opening)o.destroy();super.destroy()}}return new r({keepAlive:!0,
maxSockets:t.maxSockets})}function vc(e){let t=Lc(e.hostname);return e.protocol!=="https:"?Me.default.
connect({host:t,port:Number(e.port||80)}):process.getBuiltinModule("node:tls").connect({host:t,port:Number(
e.port||443),...Me.default.isIP(t)?{}:{servername:t}})}function Nc(e,t,n){let r=Me.default.isIP(e)===
6?`[${e}]:${t}`:`${e}:${t}`,s=[`CONNECT ${r} HTTP/1.1`,`Host: ${r}`];if(n.username||n.password){let o=Buffer.
from(`${n.username}:${n.password}`).toString("base64");s.push(`Proxy-Authorization: Basic ${o}`)}return`${s.
join(`\r
`)}\r
\r
`}function Mc(e,t,n,r){let s=Buffer.alloc(0),o=d=>{if(clearTimeout(l),e.off("data",i).off("error",u).
off("end",c).off("close",c),d===void 0)return r();e.destroy(),r(new k(d,"EPROXY"))},i=d=>{s=Buffer.concat(
[s,d]);let f=s.indexOf(`\r
`);if(f<0){s.length>To&&o("the proxy answered something that is not HTTP");return}let m=/^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.
exec(s.subarray(0,f).toString());if(!m)return o("the proxy answered something that is not HTTP");if(m[1]!==
"200")return o(Oc(Number(m[1]),n.proxy));let g=s.indexOf(`\r
\r
`);if(g<0){s.length>To&&o("the head of the proxy's answer is over 16 KiB");return}if(g+4<s.length)return o(
"the proxy sent bytes after its answer 200");o()},u=d=>o(Ic(d,n.proxy)),c=()=>o("the proxy closed th\
e connection without answering"),l=setTimeout(()=>o(`the proxy did not answer within ${n.timeoutMs/1e3}\
 s`),n.timeoutMs);e.on("data",i).on("error",u).on("end",c).on("close",c),e.write(t)}function Oc(e,t){
return e!==407?`the proxy answered ${e}`:t.username||t.password?"the proxy answered 407 (it refused \
the credentials in the proxy URL)":"the proxy answered 407 (it wants credentials: user:password@ in \
the proxy URL)"}function Ic(e,t){let{code:n,syscall:r,address:s,port:o,hostname:i}=e,u=s?o?` ${s}:${o}`:
` ${s}`:i?` ${i}`:"";return r?`${r} ${n??"failed"}${u}`:t.protocol==="https:"?`TLS with the proxy fa\
iled (${n??"no code"})`:`the connection to the proxy failed (${n??"no code"})`}function _c(e,t,n){let r=process.
getBuiltinModule("node:tls").connect({...t,socket:e,servername:Me.default.isIP(n)?void 0:n});return r.
once("close",()=>e.destroy()),r}function Lc(e){return e.startsWith("[")?e.slice(1,-1):e}function Ro(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}function Eo(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):So.default,s=ur(
e),{maxSockets:o,timeoutMs:i}=t,u=s?.hostname?xo(n,{proxy:s,maxSockets:o,timeoutMs:i}):new r.Agent({
keepAlive:!0,maxSockets:o});return n&&t.caCertificates.length>0&&Fc(u,t.caCertificates),{agent:u,transport:r,
proxy:s?.hostname?s:void 0}}function Fc(e,t){let n=e;n.options={...n.options,ca:Ro(t)}}var ko=1024*1024;function Ao(e,t,n){let{transport:r,url:s,agent:o,headers:i,payload:u,timeoutMs:c,signal:l}=e;
return new Promise((d,f)=>{let m=!1,g=!1,h=P=>{if(!m){m=!0,clearTimeout(It);try{d(P())}catch(Te){f(Te)}}},
x=()=>new k(`no answer within ${c/1e3} s`,"TIMEOUT",c),N=!1,U=()=>N?ro:no,W=P=>h(()=>n(g?x():l?.aborted?
U():P)),It=setTimeout(()=>{g=!0,M?.destroy(x()),W(x())},c),M;try{M=r.request(s,{method:"POST",agent:o,
headers:{...i,"content-length":Buffer.byteLength(u)},...l?{signal:l}:{}})}catch(P){return W(Bc(P))}let Be=!1;
M.on("response",P=>{Be=!0,Hc(P,W,Te=>h(()=>t({status:P.statusCode??0,body:Te,url:s.href,...Uc(P)})))}),
M.on("upgrade",(P,Te)=>{Te.destroy(),W(new k(`answered ${P.statusCode??101} ${P.statusMessage??""} (\
a protocol switch), not an HTTP answer`,"EUPGRADE"))}),M.on("finish",()=>N=!0),M.on("error",W),M.on(
"close",()=>{Be||W(new k("the connection closed without an answer","ECLOSED"))}),M.end(Buffer.from(u,
"utf8"))})}function Bc(e){let t=e instanceof Error?e.message:String(e);return new k(t,"ELOCAL")}function Uc(e){
let{"retry-after":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n==
"string"?{location:n}:{}}}function Hc(e,t,n){let r=[],s=0;e.on("data",o=>{s<ko&&r.push(o),s+=o.length}),
e.on("end",()=>{let o=Buffer.concat(r).subarray(0,ko);r=[],n(o.toString("utf8"))}),e.on("error",t),e.
on("close",()=>{e.complete||t(new k("the connection closed in the middle of the answer","ECLOSED"))})}function Do(e,t){let n=Z(e,t);if(!n.verdict.succeeded)return n;let r=jc(e.body);return r?{...n,status:{
hasNotReady:Wc(r.hasNotReady),latestDateTime:$o(r.latestDateTime),latestRefreshTime:$o(r.latestRefreshTime)}}:
Ne(n,a`the status answer has no data object`)}function jc(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function Wc(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function $o(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Po(e,t,n){let r=Gc(e.body);r!==void 0&&n(r);let s=Z(e,t);return s.verdict.succeeded?r===void 0?
{...Ne(s,a`the token answer has no token (a non-empty string) in data`),unusable:!0}:qt(r)?{...s,token:r}:
{...Ne(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`),
unusable:!0}:s}function Gc(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?
t:void 0}catch{return}}async function Co(e){let t=co(e.host),n=t.trigger,{agent:r,transport:s,proxy:o}=Eo(n,{maxSockets:e.maxSockets??
16,caCertificates:e.caCertificates??[],timeoutMs:e.timeoutMs}),i=so(n,o,e.boundary),u=async d=>bo(await oo(
d,i),e.boundary,i),c=(d,f,m,g,h)=>Ao({transport:s,url:d,agent:r,headers:f,payload:m,timeoutMs:e.timeoutMs,
signal:g},h,u),l=qc(e);return{host:t.host,trigger:(d,f,m)=>{let g=Vc(d,e.tenantId);return e.onTriggerBody?.(
g),c(n,{...l,...Fn(e.tenantId,f)},g,m,h=>Z(h,e.boundary))},createToken:(d,f,m)=>c(t.token,l,JSON.stringify(
{appId:d.appId,appSecret:d.appSecret}),m,g=>Po(g,e.boundary,f)),planStatus:(d,f,m)=>c(t.planStatus,{
...l,...Fn(e.tenantId,f)},JSON.stringify(d.by==="id"?{planIdList:[d.value]}:{planNameList:[d.value]}),
m,g=>Do(g,e.boundary)),planList:(d,f)=>c(t.planList,{...l,...Fn(e.tenantId,d)},JSON.stringify({pager:{
pageNumber:1,pageSize:1}}),f,m=>Z(m,e.boundary)),close:()=>r.destroy()}}function Vc(e,t){let n={tableName:e.
tableName,tenantId:t,tablePartition:e.partition};return JSON.stringify(n)}function qc(e){let t={"con\
tent-type":"application/json",accept:"application/json","user-agent":e.userAgent};if(e.basicAuth){let{
username:n,password:r}=e.basicAuth;t.authorization=`Basic ${tt(n,r)}`}return t}function Fn(e,t){return{
"tenant-id":e,"auth-type":t.authType,"auth-value":t.authValue}}var Jc=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
Kc=/^\d{9,16}$/;function Bn(e){if(typeof e=="number")return vo(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(Kc.test(t))return vo(Number(t));let n=Jc.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,o,i="0",u="0",c="0",l="",d]=n,f=[r,s,o,i,u,c].map(Number),m=Date.UTC(f[0],
f[1]-1,f[2],f[3],f[4],f[5]);return Yc(m,f)?{ms:m+ +`0.${l||"0"}`*1e3-Xc(d)}:{problem:"not a real dat\
e and time"}}function vo(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function Yc(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,o)=>s===t[o])}function Xc(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Un(e,t){return t===null?!1:e===null||t>e}function No(e,t){if(e===
null||t===void 0)return!1;let n=Bn(t);return"ms"in n&&e<n.ms}async function Mo(e,t,n){let r=e.values(),s=async()=>{for(let i of r)await n(i)},o=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:o},s))}async function J(e,t,n,r){let s=n.requests(t),o,i=!1,u=(c,l={})=>({last:o,attempts:c,answered:i,invalidHttp:o?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...l});for(let c=1;;c++){let l=await e();
if(!l||l.end.kind==="cancelled"){let h=l?.end.kind==="cancelled"&&l.end.sent;return u(h?c:c-1,{cancelled:l!==
void 0,sentBeforeCancel:h,outOfTime:n.outOfTime()})}i||=l.end.kind==="answered"||l.end.kind==="not-s\
ent",o=l;let d=s.spend(l);if(!l.retryable||!d||n.stopped())return u(c);let f=to(c,t,lt(l),n.random);
if(!n.fits(f))return u(c,{outOfTime:!0});let m=l.verdict.reason??a`transient failure`,g=s.maxAttempts;
if(r({attempt:c,maxAttempts:g,reason:m,waitMs:f,counted:!ve(l)}),await n.sleep(f),n.stopped())return u(
c)}}var ct=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;inFlight=new Map;started(t){
this.inFlight.set(t,(this.inFlight.get(t)??0)+1)}ended(t){this.inFlight.set(t,Math.max(0,(this.inFlight.
get(t)??0)-1))}awaitingOthers(t){return[...this.inFlight].some(([n,r])=>r>0&&!t.has(n))}accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=Oo(this.run,r,n,t);let{count:i,tables:u,broken:c}=this.
run,l=u.size>=2||this.tableCount===1,d=!this.awaitingOthers(u);if(!c&&i>=3&&l&&d)return this.runStop=
{scope:"run",answer:n,refused:i},this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;
let s=Oo(this.tables.get(t),r,n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let o={scope:"\
table",table:t,answer:n,refused:s.count};return this.stopped.set(t,o),o}tableStop(t){return this.stopped.
get(t)}get stopOfRun(){return this.runStop}get tableStops(){return[...this.stopped.values()]}};function Oo(e,t,n,r){
return e?e.key!==t?{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,
tables:new Set([r]),broken:!1}}var zc=10,Hn=12e4,Oe=3,Io=1e3,de=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new ct(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:Zc}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=this.waitOver.signal;this.clock.sleep(t,n).then(()=>{n.aborted||this.deadline.
abort()})}endWait(){this.waitOver.abort()}get remainingMs(){return this.deadlineMs===void 0?1/0:this.
deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=0}attemptEnded(t){if(t.end.kind!==
"answered")return;let n=this.clock.nowMs();if(!ve(t)){this.paceRefusedSinceMs=void 0;return}this.paceRefusedSinceMs??=
n,n-this.paceRefusedSinceMs>=Hn&&this.control.stop("throttled")}started(t){this.refusals.started(t.tableName)}settled(t,n){
if(this.refusals.ended(t.tableName),!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(
n),n.status==="succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,
reason:n.errorMsg,transient:n.transient};this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.
stop("refused")}n.status==="failed"&&this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){
return this.refusals.tableStop(t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.
invalidInARow=0;return}this.unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:
0,!(this.unansweredInARow<Oe)&&this.control.stop(this.invalidInARow>=Oe?"invalid-http":"unreachable")}};
function Zc(e){let t=Lo(e.retries)-1-e.retries,n=e.retries+1,r=0,s=0;return{spend(o){return r++,ve(o)&&
s<t&&(s++,n++),r<n},get maxAttempts(){return n}}}var Qc=6e4,ed=2500;function _o(e,t=!1){let n=Lo(e.retries),
r=n*e.timeoutMs+(n-1)*Qc,s=t?e.triggers:Math.ceil(e.triggers/e.concurrency),o=e.plans>0?e.waitTimeoutMs+
ed:0;return((e.keyPair?1:0)+e.plans+s)*r+o}function Lo(e){return 1+e+(e>0?zc:0)}function Fo(e){return{
triggers:e.plan.length,concurrency:e.concurrency,retries:e.retries,timeoutMs:e.timeoutMs,keyPair:e.credentials.
kind==="api-key",plans:e.waitForPlans.length,waitTimeoutMs:e.waitTimeoutMs}}async function dt(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let o=t.boundary.identifier(
s.label,200),i=await jo(s,o,r);if(i.kind!=="read")return{failed:{label:o,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:s,label:o,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var td=6e4;async function Ho(e,t,n,r){let{clock:s,budget:o}=n,i=s.nowMs();
for(let l of e.filter(d=>Un(d.baseline.refreshMs,d.last.refreshMs)))l.state="fresh",r.onFresh(l);o.startWait(
t.timeoutMs);let u;try{u=await nd(e,t,n,r)}finally{o.endWait()}let c=s.nowMs()-i;for(let l of e.filter(
d=>d.state==="waiting"))l.waitedMs=c,n.control.stopped?jn(l,a`the run was cancelled during the wait`):
(l.state="stale",l.reason=u)}async function nd(e,t,n,r){let{clock:s,control:o,budget:i}=n,u=s.nowMs(),
c=u,l=null,d=()=>e.filter(f=>f.state==="waiting");for(let f=0;d().length>0;f++){let m=Math.min(t.intervalMs,
i.remainingMs-Io);if(m<=0&&f>0||o.stopped||(await s.sleep(Math.max(0,m),o.stopSignal),o.stopped||i.outOfTime)||
(await Mo(d(),t.concurrency,async g=>{if(l||o.stopped||i.outOfTime)return;let h=await rd(g,n,u,r);l??=
h}),l||d().length===0))return l;s.nowMs()-c>=td&&(c=s.nowMs(),r.onProgress(d().length,e.length,c-u,t.
timeoutMs))}return l}async function rd(e,t,n,r){let s=await jo(e.plan,e.label,t);return s.kind==="st\
opped"||s.kind==="out-of-time"||(e.polls++,e.waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.
kind!=="read"?(e.state="failed",e.reason=s.verdict.reason,e.last={...e.last,traceId:s.verdict.traceId??
e.last.traceId},s.kind==="refused"?a`the wait ended when the platform refused ${e.label}`:null):(e.last=
s.reading,Un(e.baseline.refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(e)),null)}function jn(e,t){
e.state="not-waited",e.reason=t}async function jo(e,t,n){let r=!1;for(;;){let s=await J(()=>n.read(e,
n.budget.requestSignal),n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=s.last,i=o?.status;if(i&&o.verdict.
succeeded)return sd(i,o.verdict.traceId,n.boundary);if(s.outOfTime&&!n.control.stopped)return{kind:"\
out-of-time",verdict:o?.verdict??D(a`cut off at the wait's deadline`),attempts:s.attempts};if(s.cancelled||
!o||n.control.stopped)return{kind:"stopped",verdict:o?.verdict??D(a`cancelled before the platform answered`),
attempts:s.attempts};if(o.retryable||o.end.kind!=="answered")return{kind:"transient",verdict:o.verdict,
attempts:s.attempts};if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refu\
sed",verdict:o.verdict,attempts:s.attempts}}}function sd(e,t,n){let r=Uo(e.latestRefreshTime),s=Uo(e.
latestDateTime),o=i=>i===null?null:n.identifier(Bo(i),64);if(r!==null&&"problem"in r){let i=n.quote(
Bo(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...D(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:o(e.latestDateTime),latestRefreshTime:o(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function Bo(e){return typeof e=="stri\
ng"?e:ut(e)}function Uo(e){return e==null?null:Bn(e)}var pt=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
return this.rate!==void 0||this.tolerated>0}async turn(){let t=this.clock.nowMs(),n=this.rate===void 0?
t:Math.max(t,this.nextSendMs);return this.rate!==void 0&&(this.nextSendMs=n+1e3/this.rate),this.sends.
push(n),this.sends.length>16&&this.sends.shift(),this.limiting=n>t,n>t&&!this.clock.stopped()&&await this.
clock.sleep(n-t),this.clock.nowMs()}accepted(t){let n=this.clock.nowMs();for(this.recent.push(n);(this.
recent[0]??n)<n-2e3;)this.recent.shift();this.engaged&&(this.grow(),this.record(t,!1))}pushedBack(t,n){
let r=this.clock.nowMs();if(this.rate===void 0){if(this.record(t,!0),this.tolerated>0&&this.share()<=
this.tolerated+.25)return!1;let o=this.recent.filter(c=>c>=r-2e3),i=Math.max(250,r-(o[0]??r)),u=o.length>
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
rate=Math.max(this.rate??.5,o.rate):(this.rate=void 0,this.resumeRate=o.rate)}}};var Wo=2,ft=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new pt(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=Wo;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.failed!==void 0&&this.current>=this.failed&&(this.failed=void 0,
this.probeRun=Wo),this.current<this.maxConcurrency?this.change(this.current+1):this.acceptedAtLevel=
0))}pushedBack(t,n){if(t.level<=1||this.pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===
this.generation&&this.change(1);return}if(t.generation!==this.generation)return;let r=this.stable>0&&
t.level>this.stable;if(this.failed=t.level,r)this.probeRun*=2,this.change(this.stable);else{let s=Math.
floor(t.level/2),o=this.acceptedInGeneration;this.stable=0,this.change(o>0?Math.min(o,s):s)}}roundsBeforeRaise(){
return this.failed!==void 0&&this.current+1>=this.failed?this.probeRun:1}change(t){this.current=Math.
min(this.maxConcurrency,Math.max(1,t)),this.generation++,this.acceptedAtLevel=0,this.acceptedInGeneration=
0,this.wakeWaiting()}wakeWaiting(){let t=this.current-this.inFlight;t>0&&this.waiting.splice(0,t).forEach(
n=>n())}};var od=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function Go(e,t,n){let r=n.nowMs(),s=await J(()=>n.send(e),t,n,o=>n.onRetry({...Wn(e,n.boundary),
...o}));return s.sentBeforeCancel?{...pe(e,n.boundary,od),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?pe(e,n.boundary,n.notRunReason()):id(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp,transient:s.last.retryable})}
function Wn(e,t){return{tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function id(e,t,n,r){
return{...Wn(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,
errorMsg:n.reason,warning:n.warning,...r}}function Vo(e,t,n){return{...pe(e,t,a`accepted by an earlier attempt (resume-file)`),
status:"accepted-earlier",errorMsg:null,traceId:n===null?null:t.identifier(n,200)}}function fe(e){return e.
status==="succeeded"||e.status==="accepted-earlier"}function pe(e,t,n){return{...Wn(e,t),status:"not\
-run",code:null,traceId:null,data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,
transient:!1}}async function qo(e,t,n){let{control:r,budget:s}=n,o=new ft(t.concurrency,s.stage),i=ld(o,n,t.retryPolicy),
u=new Array(e.length),c=ad(e).values(),l=0,d=async()=>{for(let h of c){if(r.stopped)return;let x=e[h],
N=s.tableStop(x);if(N){u[h]=pe(x,n.boundary,ud(N));continue}try{s.started(x);let U=await Go(x,t.retryPolicy,
i);u[h]=U,n.onFinished(U,++l,e.length),s.settled(x,U)}catch(U){throw r.stop("crashed"),U}}},f=Math.min(
t.concurrency,e.length),g=(await Promise.allSettled(Array.from({length:f},d))).find(h=>h.status==="r\
ejected");if(g)throw g.reason;return e.map((h,x)=>u[x]??pe(h,n.boundary,r.notRunReason))}function ad(e){
let t=new Map;return e.map((r,s)=>{let o=t.get(r.tableName)??0;return t.set(r.tableName,o+1),{index:s,
rank:o}}).sort((r,s)=>r.rank-s.rank).map(({index:r})=>r)}function ud(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function ld(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async o=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(o,s.requestSignal),
c=lt(u);return c===void 0?e.accepted(i):e.pushedBack(i,Nn(c,n)),s.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function Jo(e,t,n,r,s,o){let i=await J(()=>e.createToken(t,s.onToken,o),n,r,s.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
D(a`cancelled before the platform answered`),attempts:i.attempts,kind:cd(i)}}function cd(e){let t=e.
last;if(e.cancelled||!t)return"cancelled";switch(t.end.kind){case"answered":return t.unusable?"unusa\
ble":t.retryable?"failing":"refused";case"silent":return"unreachable";case"invalid-http":return"inva\
lid-http";case"not-sent":return"not-sent";default:return"cancelled"}}var Gn={accepted:()=>{},baseline:()=>{}};function Ko(e,t){let n=e?.entries.find(o=>mt(o,t));if(!n)return Gn;
let r=new Map(n.accepted.map(o=>[ht(o),o])),s=new Map(n.baselines.map(o=>[gt(o.plan),o]));return{accepted:o=>r.
get(ht(o)),baseline:o=>s.get(gt(o))}}function Yo(e,t,n){let r=e.map(s=>{let o=t.accepted(s);return o&&
Vo(s,n,o.traceId)});return{toSend:e.filter((s,o)=>!r[o]),earlier:r}}function Xo(e,t){let n=t.values();
return e.map(r=>r??n.next().value)}function zo(e,t,n){for(let r of e){let s=t.baseline(r.plan);s&&(r.
baseline={hasNotReady:null,latestDateTime:null,latestRefreshTime:s.latestRefreshTime===null?null:n.identifier(
s.latestRefreshTime,100),refreshMs:s.refreshMs,dataMs:null,traceId:null})}}function Zo(e,t,n){let r=(e?.
entries??[]).filter(l=>!mt(l,t)),s=e?.entries.find(l=>mt(l,t)),o=new Map((s?.accepted??[]).map(l=>[ht(
l),l]));n.results.forEach((l,d)=>{let f=n.plan[d];if(!f||l.status!=="succeeded")return;let{tableName:m,
partition:g}=f;o.set(ht(f),{tableName:m,partition:g,traceId:l.traceId})});let i=n.results.some(l=>l.
status!=="not-run"&&l.status!=="accepted-earlier"),u=new Map((s?.baselines??[]).map(l=>[gt(l.plan),l]));
for(let l of n.watches){let d=gt(l.plan);(i||!u.has(d))&&u.set(d,dd(l))}let c={...t,accepted:[...o.values()],
baselines:[...u.values()]};return{entries:[...r,c]}}function dd(e){return{plan:{by:e.plan.by,value:e.
plan.value},refreshMs:e.baseline.refreshMs,latestRefreshTime:e.baseline.latestRefreshTime}}function mt(e,t){
return e.host===t.host&&e.tenantId===t.tenantId}function ht(e){return JSON.stringify([e.tableName,e.
partition])}function gt(e){return JSON.stringify([e.by,e.value])}function Qo(e,t){return e.entries.find(
n=>mt(n,t))?.accepted.length??0}async function ei(e,t){let{client:n,control:r,hooks:s}=t,o=e.resume??Gn,{toSend:i,earlier:u}=Yo(e.plan,
o,t.boundary),c=new de(t.clock,r,{...e,plan:i}),l=await Vn(e,{...t,budget:c});if(!l)return;let d=qn(
e,{...t,budget:c},l),f=[];if(e.waitForPlans.length>0){let h=await dt(e.waitForPlans,d);if("failed"in
h){await s.plans.baselineFailed(h.failed.label,h.failed.verdict);return}f=h.watches,i.length===0&&zo(
f,o,t.boundary),s.plans.baselines(f)}s.triggers.runStarted(i.length,e.plan.length-i.length);let m=await qo(
i,{concurrency:e.concurrency,retryPolicy:e.policy},{send:(h,x)=>n.trigger(h,l.current,x),boundary:t.
boundary,control:r,budget:c,onRetry:h=>s.triggers.retry(h),onFinished:(h,x,N)=>s.triggers.finished(h,
x,N)}),g=Xo(u,m);return f.length>0&&await pd(g,f,e,d,s),{results:g,cause:r.cause,refusals:c.refusals,
watches:f}}async function pd(e,t,n,r,s){let o=e.filter(i=>!fe(i)).length;if(o>0||r.control.stopped){
let i=r.control.stopped?a`the run stopped before the wait`:a`${o} trigger${o===1?a``:a`s`} not accepted, so a refresh may never come`;
t.forEach(u=>jn(u,i));return}s.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await Ho(
t,{timeoutMs:n.waitTimeoutMs,intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>s.
plans.planFresh(i),onProgress:(...i)=>s.plans.waitProgress(...i)})}async function Vn(e,t){let{credentials:n}=e;
if(n.kind==="header")return{current:n};let r=()=>Jo(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.
hooks.credential.onToken(i),onRetry:i=>t.hooks.credential.tokenRetry(i)},t.budget.requestSignal),s=await r();
if("failed"in s){let i=t.control.cause==="cancelled";await t.hooks.credential.tokenRefused(fd(s.failed,
t.control),s.attempts,i?"cancelled":s.kind);return}let o={current:s.credential};return o.renew=async()=>{
o.renew=void 0;let i=await r();return"failed"in i?!1:(o.current=i.credential,!0)},o}function fd(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function qn(e,t,n){return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,s)=>t.hooks.plans.planRetry(r,s)}}async function ti(e,t){let n=new de(t.clock,t.control),r=await Vn(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let o=await dt(e.waitForPlans,qn(e,{...t,budget:n},r));return"\
failed"in o?{passed:!1,step:a`reading plan ${o.failed.label}`,verdict:o.failed.verdict}:{passed:!0,watches:o.
watches}}let s=await J(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,o=>t.hooks.
plans.planRetry(a`list`,o));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??D(a`cancelled before an answer`)}}var md=864e5,hd=/^\d{4}-\d{2}-\d{2}$/;function me(e){let t=[...new Set(e)].sort(),n=[];for(let s of t){
let o=n.at(-1);o&&gd(o[1])===s?o[1]=s:n.push([s,s])}let r=n.map(([s,o])=>s===o?s:a`${s}..${o}`);return _(
r,", ")}function gd(e){let t=ri(e);return t===void 0?void 0:new Date(t+md).toISOString().slice(0,10)}
function ni(e){return ri(e)!==void 0}function ri(e){if(!hd.test(e))return;let t=Date.parse(`${e}T00:\
00:00Z`);return Number.isNaN(t)||new Date(t).toISOString().slice(0,10)!==e?void 0:t}var yd=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function b(e){return e===1?a``:a`s`}function Q(e){return e<1e3?a`${e} ms`:a`${nt(e/1e3,1)} s`}
function K(e,t){let n="";for(let r of yd)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}function S(e,t){
let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function B(e,t){return e===null?null:E(e,t)}var v="AnyMetrics refresh failed",si="AnyMetrics refresh input is invalid";function Jn(e,t=1/0){let n=E(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${bd(e)}${oi(e)}`}function bd(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${Q(e.durationMs)})`:a``}function oi(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function yt(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"",s=t.get(r);s?s.push(n):t.set(r,[n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{
line:Jn(r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${oi(r)})`,count:n.length}})}function Td(e){let t={succeeded:a`✅ succeeded`,
"accepted-earlier":a`☑️ accepted earlier (resume-file)`,"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,
unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.errorMsg??a``}`}[e.status],n=a`${e.
attempts} attempt${b(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId??
a`none`}, ${n}, ${Q(e.durationMs)})`}function ii(e,t,n){return a`[${t}/${n}] ${Td(e)}`}function ai(e){
return a`${e.tableName} ${e.partition}: ${Kn(e)}`}function Kn(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${Q(
e.waitMs)}`}function ui(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function bt(e){
let{succeeded:t,acceptedEarlier:n,failed:r,notRun:s,unknown:o}=e,i=n.length>0?a` (${n.length} accepted earlier)`:
a``,u=[a`${t.length} succeeded${i}`,a`${r.length} failed`];o.length>0&&u.push(a`${o.length} unknown`),
s.length>0&&u.push(a`${s.length} not run`);let c=t.length+r.length+o.length+s.length;return a`${_(u,
", ")}, ${c} in all`}function li(e){return a`${e} more warning${b(e)}: see the job summary, and the log, where each is a line starting with "warning:"`}
function ci(e){return a`${e} more failure${b(e)}: see the job summary, the error-message output and the log`}
function di(e,t,n){return a`Triggering ${e} data update${b(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function pi(e){let t=a`${e.length} trigger${b(e.length)} planned`,n=new Map;for(let{tableName:s,partition:o}of e){
let i=n.get(s);i?i.push(o):n.set(s,[o])}let r=[...n].map(([s,o])=>{let i=o.length>1?a` (${o.length} partitions)`:
a``;return a`${s} ${me(o)}${i}`});return{group:a`Dry run: ${t}, nothing will be sent`,lines:r,notice:a`Dry run: ${t}; nothing was sent`}}
var wd=400;function fi(e,t){let n=t.text(e.rule,wd),r=e.offendingValue===void 0?a``:a`; got ${t.quote(
e.offendingValue)}`;return a`Input "${$(e.input)}" ${n}${r}`}function mi(e,t){let n=e.traceId?a` (traceId ${e.
traceId})`:a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function hi(e,t){return a`plan ${e} status: ${Kn(t)}`}
function gi(e){return a`token request: ${Kn(e)}`}function yi(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function Yn(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function bi(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${_(n,", ")}`:a`the materialization plan list was read`]}
function Ti(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function wi(e,t){return a`today in ${e} is ${t}`}function xi(e){return a`By its inputs, this run ends within ${nt(
e/6e4,1)} min (README: Retries and timeouts)`}function Ri(e,t){return a`resume-file ${e}: ${t} accepted trigger${b(
t)} recorded; a re-run given this file sends only the rest`}function Si(e,t){return a`resume-file ${e} could not be written (${t}): a re-run would send every trigger again`}
function Ei(e){return a`${e} trigger${b(e)} accepted by an earlier attempt (resume-file): not sent again`}
function ki(e){return a`Request body: ${e}`}var Ai=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
$i=a`Nothing to refresh: no table was named, and no dbt node maps to one`;function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${T(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var xd={"&":"&amp;","<":"&lt;",">":"&gt;"},Rd=/[\\`*_[\]()!~|:.@]/g;function T(e){return e.
replace(Rd,t=>`\\${t}`).replace(/[&<>]/g,t=>xd[t]??t)}function Tt(e){let t=2;for(let r of e.matchAll(
/`+/g))t=Math.max(t,r[0].length);let n="`".repeat(t+1);return[n,e,n]}function A(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var L={fresh:"",plans:"[]","data-through":""};function Di(e){return a`After the triggers it would wait for ${e.
length} materialization plan${b(e.length)}: ${_(e,", ")}`}function Pi(e,t){if(e.length===0)return"";
let{rows:n,more:r}=S(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...A(r),""].join(`
`)}function Ci(e,t,n){return a`Waiting up to ${Y(t)} for ${e} materialization plan${b(e)} to turn fresh (polling every ${Q(
n)})`}function wt(e){return a`plan ${e.label}: latest refresh ended ${Fi(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function vi(e){return a`plan ${e.label} is fresh: a refresh ended ${Fi(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${b(
e.polls)}, ${Y(e.waitedMs)})`}function Ni(e,t,n,r){return a`waiting for ${e} of ${t} plan${b(t)}, ${Math.
floor(n/6e4)} min of ${Y(r)}`}function Mi(e){let t=a`${Sd(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${Y(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Ad(e)}`;default:return null}}function Sd(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function Oi(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function Ii(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function _i(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(Ed)),"data-through":Xn(e)??""}}function Ed(e){return{plan:e.label,fresh:e.
state==="fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.
last.latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function Xn(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??null}var kd={fresh:"\u2705\
 fresh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited f\
or",waiting:"\u23F3 waiting"};function Li(e,t){if(e.length===0)return"";let{rows:n,more:r}=S(e,t.rowCap),
s=e.filter(o=>o.state!=="fresh"&&o.reason).slice(0,Math.min(t.rowCap,20)).map(o=>`- ${w(o.label)}: ${T(
o.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(o=>`| ${w(o.label)} | ${kd[o.state]} | ${T(
o.last.latestRefreshTime??"")} | ${T(o.last.latestDateTime??"")} | ${Y(o.waitedMs)} |`),...A(r),...s.
length>0?["",...s]:[],""].join(`
`)}function Fi(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Ad(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function Y(e){if(e<6e4)return Q(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var he=120;function xt(e){let t=`## ${e.passed?"\u2705":"\u274C"} ${T(e.headline)}`;return e.detail?
[t,"",`**${T(e.detail)}**`,""]:[t,""]}function ge(e){return e.headline}function zn(e){return e===1?a`the trigger`:
a`all ${e} triggers`}function Bi(e){return{passed:!0,headline:e===1?a`The trigger was accepted`:a`All ${e} triggers accepted`,
detail:a`AnyMetrics refresh succeeded: the platform accepted ${zn(e)} and refreshes in the background; this step did not wait for the data (wait-for-plans does)`}}
function Ui(e,t,n){let r=Math.max(0,...t.map(u=>u.waitedMs)),s=t.length===1&&t[0]?a`plan ${t[0].label}`:
a`all ${t.length} plans`,o=t.length>1?a` (the earliest of the plans)`:a``,i=n?a`data through ${n}${o}`:
a`the platform gave no data time (latestDateTime)`;return{passed:!0,headline:n?a`Fresh: data through ${E(
n,he)}`:a`Fresh: data through a time the platform did not give`,detail:a`AnyMetrics refresh succeeded: the platform accepted ${zn(
e)}, and ${s} turned fresh within ${Y(r)}: ${i}`}}function Hi(e,t,n){let r=t.filter(m=>m.state!=="fr\
esh"),s=r.filter(m=>m.state==="failed").length,[o]=t,i=t.length===1&&o?a`Plan ${o.label}`:a`${r.length} of ${t.
length} plans`,u=Math.max(0,...r.map(m=>m.waitedMs)),c=a`${i} not fresh after ${Y(u)}`;s===r.length?
c=a`${i} could not be followed`:s>0&&(c=a`${i} not fresh: ${s} could not be followed`);let[l]=n,d=n.
length-1,f=d>0?a` (and ${d} more: see Freshness)`:a``;return{passed:!1,headline:c,detail:a`AnyMetrics refresh failed: the platform accepted ${zn(
e)}, but the wait for plans did not end fresh: ${l??a`see Freshness`}${f}`}}function ji({succeeded:e,
failed:t},n,r,s){let o=n-e.length,i=o-t.length,u=new Set(t.map(h=>h.errorMsg??"")),[c]=t,l=a`${o} of ${n} triggers not accepted`;
if(c){let h=n===1?a`The trigger failed`:t.length===n?a`All ${n} triggers failed`:a`${t.length} of ${n} triggers failed`,
x=u.size===1&&c.errorMsg?a`: ${E(c.errorMsg,he)}`:a``,N=i>0?a`; ${i} not run`:a``;l=a`${h}${x}${N}`}
let d=yt(r),f=n===1?a``:a`the platform accepted ${e.length} of ${n}; `,m=d.length>1?a`; ${d.length-1} other reason${b(
d.length-1)} below`:a``,g=s.waiting?a`; the step did not wait for plans`:a``;return{passed:!1,headline:l,
detail:s.led||!d[0]?null:a`AnyMetrics refresh failed: ${f}${d[0].line}${m}${g}`}}var $d={refused:a`The platform refused the credential (app-id and app-secret)`,
failing:a`The platform failed the token request`,unusable:a`The platform's token cannot be used`,unreachable:a`The platform is unreachable`,
"invalid-http":a`The platform's answers are not valid HTTP`,"not-sent":a`The token request could not be sent`,
cancelled:a`The run was cancelled`};function Wi(e,t){return{passed:!1,headline:$d[e],detail:t}}function Gi(e){
return e?a`: ${E(e,he)}`:a``}function Vi(e,t,n){return{passed:!1,headline:a`Plan ${e} could not be read${Gi(
t)}`,detail:n}}function qi(e,t,n){return{passed:!1,headline:a`Connection check failed while ${e}${Gi(
t)}`,detail:n}}function Ji(e){return{passed:!1,headline:a`The action stopped unexpectedly`,detail:e}}
function Ki(e){let t=[...new Set(e.map(o=>o.input))],[n]=t,r=t.slice(0,5).map(o=>a`"${$(o)}"`),s=t.length>
r.length?a`, …`:a``;return{passed:!1,headline:t.length===1&&n!==void 0?a`Input "${$(n)}" is invalid: nothing was sent`:
a`${t.length} inputs are invalid (${_(r,", ")}${s}): nothing was sent`,detail:null}}var Ie=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(gi(t))}async tokenRefused(t,n,r){await this.report.failedEarly(Wi(r,mi(t,n)))}};var Dd=new Set(["invalid-table-name"]);function Yi(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.identifier(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.
kind,reason:t.text(n.reason)}))}}function Xi(e){return{group:a`dbt: ${e.mapped.length} node${b(e.mapped.
length)} to refresh, ${e.skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),
...e.skipped.map(({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>Dd.
has(t)).map(({node:t,reason:n})=>a`${t}: ${n}`)}}function zi(e,t){let n=i=>w(E(i,t.idLimit)),r=S(e.mapped,
t.rowCap),s=S(e.skipped,t.rowCap),o=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length}\
 dbt node${b(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:i,reason:u})=>`- ${n(i)}:\
 ${T(E(u,Math.max(t.textLimit,80)))}`),...A(s.more),"","</details>"];return["### From dbt","","| dbt\
 node | table |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${w(u)} |`),...A(r.more),
...o,""].join(`
`)}var Zi=1e6;function Qi(e){let{results:t,tally:n,freshness:r,planFailures:s}=e;return{success:String(
e.succeeded),"trace-id":ea(t),"error-message":K(Zi,o=>[...s.map(i=>E(i,1e3)),Pd(n.failed,o)].filter(
i=>i!=="").join(`
`)),results:ta(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function ye(e=[],t=L){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function Rt(e){return{...ye(),"trace-\
id":ea(e),results:ta(e)}}function ea(e){return e.map(t=>t.traceId??"").join(",")}function Pd(e,t){let{
rows:n,more:r}=S(e,t.rowCap),s=n.map(o=>Jn(o,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function ta(e){return K(Zi,t=>JSON.stringify(e.map(n=>Cd(n,t))))}function Cd(e,t){let{partition:n,
status:r,code:s,attempts:o,durationMs:i}=e;return{tableName:B(e.tableName,t.idLimit),partition:n,success:fe(
e),status:r,code:B(s,t.idLimit),traceId:B(e.traceId,t.idLimit),data:B(e.data,t.textLimit),errorMsg:B(
e.errorMsg,t.textLimit),attempts:o,durationMs:i}}var St={succeeded:{mark:"\u2705",words:"succeeded"},"accepted-earlier":{mark:"\u2611\uFE0F",words:"a\
ccepted earlier (resume-file: not sent again)"},failed:{mark:"\u274C",words:"failed"},unknown:{mark:"\
\u2753",words:"unknown (sent, then cut off)"},"not-run":{mark:"\u23ED\uFE0F",words:"not run"},planned:{
mark:"\u{1F4C5}",words:"planned (dry run: nothing sent)"}},vd=new Set(["succeeded","failed","unknown",
"not-run"]);function Et(e){return St[e].mark}function kt(e){let t=new Set(e),n=!t.has("planned");return Object.
keys(St).filter(r=>t.has(r)||n&&vd.has(r)).map(r=>`${St[r].mark} ${St[r].words}`).join(" \xB7 ")}function be(e){
return{tableName:e.tableName,partition:e.partition,status:"planned",code:null,traceId:null,data:null,
errorMsg:null,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,transient:!1}}function na(e){let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?
`Partition ${t[0]}`:`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function ra(e){let t=_e(e),
n=[...t.values()].every(r=>r.length>1);return t.size>0&&n&&t.size+Nd<e.length}var Nd=6;function sa(e,t){
let n=[..._e(e)],{rows:r,more:s}=S(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,
"",kt(e.map(o=>o.status)),"","| Table | Dates | One mark per date, in order |","| --- | --- | --- |",
...r.map(([o,i])=>{let u=[...i].sort((l,d)=>l.partition.localeCompare(d.partition)),c=`${u[0]?.partition??
""}..${u.at(-1)?.partition??""}`;return`| ${w(o)} | ${c} | ${u.map(l=>Et(l.status)).join("")} |`}),...A(
s),""]}function _e(e){let t=new Map;for(let n of e){let r=t.get(n.tableName);r?r.push(n):t.set(n.tableName,
[n])}return t}var Md=31,Zn=Array.from({length:31},(e,t)=>String(t+1).padStart(2,"0")),Od=[{status:"failed",title:"\
\u274C Failed"},{status:"unknown",title:"\u2753 Unknown"},{status:"not-run",title:"\u23ED\uFE0F Not run"}];
function oa(e){return e.every(t=>ni(t.partition))?[..._e(e).values()].some(t=>new Set(t.map(n=>n.partition)).
size>Md):!1}function ia(e,t){let{rows:n,more:r}=S([..._e(e)],t.rowCap);return[`### Triggers by table\
 and date (${e.length})`,"",kt(e.map(s=>s.status)),"",...n.flatMap(([s,o])=>Id(s,o)),...A(r),""]}function Id(e,t){
let n=new Map;for(let{partition:o,status:i}of t)n.set(o,(n.get(o)??"")+Et(i));let r=[...n.keys()].sort(),
s=[...new Set(r.map(o=>o.slice(0,7)))];return[`#### ${w(e)}: ${r.length} date${b(r.length)}`,"",`| M\
onth | ${Zn.map(Number).join(" | ")} |`,`| --- |${" --- |".repeat(Zn.length)}`,...s.map(o=>`| ${o} |\
 ${Zn.map(i=>n.get(`${o}-${i}`)??"").join(" | ")} |`),"",...Od.flatMap(({status:o,title:i})=>{let u=t.
filter(c=>c.status===o).map(c=>c.partition);return u.length===0?[]:[`${i} (${u.length}), as the \`par\
tition\` input takes them:`,"",...Tt(me(u)),""]})]}var At=1e6,_d=10,aa=()=>"";function ua(e,t,n=aa){let{results:r,tally:s}=e,{succeeded:o,failed:i,notRun:u,
unknown:c}=s;return K(At,l=>[...xt(e.cause),...e.stopLines.flatMap(d=>[`**\u26D4 ${T(d)}**`,""]),`**${bt(
s)}**`,"",na(r),"",...Qn(`\u274C Failed (${i.length})`,i,l,[["Table",d=>w(d.tableName)],["Partition",
d=>T(d.partition)],["Reason",d=>T(B(d.errorMsg,l.textLimit)??"")],["Trace ID",d=>d.traceId?w(d.traceId):
""],["Attempts",d=>String(d.attempts)]]),...Qn(`\u2753 Unknown: sent, then cut off (${c.length})`,c,
l,[["Table",d=>w(d.tableName)],["Partition",d=>T(d.partition)],["What to do",d=>T(d.errorMsg??"")]]),
...Fd(u,l),...la(r,l,()=>Bd(o.length>_d,`\u2705 Succeeded (${o.length})`,Qn(`\u2705 Succeeded (${o.length}\
)`,o,l,[["Table",d=>w(d.tableName)],["Partition",d=>T(d.partition)],["Trace ID",d=>d.traceId?w(d.traceId):
""],["Attempts",d=>String(d.attempts)],["Note",d=>T(B(d.warning,l.textLimit)??"")]]))),...Ld(e.warnings,
l),n(l),fa(t),""].join(`
`))}function la(e,t,n){return oa(e)?ia(e,t):ra(e)?sa(e,t):n()}function Ld(e,t){if(e.length===0)return[];
let{rows:n,more:r}=S(e,t.rowCap);return[`### \u26A0\uFE0F Warnings (${e.length})`,"",...n.map(s=>`- ${T(
B(s,Math.max(t.textLimit,200))??"")}`),...A(r),""]}function Qn(e,t,n,r){if(t.length===0)return[];let{
rows:s,more:o}=S(t,n.rowCap),i=r.filter(([u,c])=>u!=="Note"||s.some(l=>c(l)!==""));return[`### ${e}`,
"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"---").join(" | ")} |`,...s.map(u=>`| ${i.map(
([,c])=>c(u)).join(" | ")} |`),...A(o),""]}function Fd(e,t){let n=new Map;for(let o of e){let i=`${o.
tableName}\0${o.errorMsg??""}`,u=n.get(i)??{first:o,partitions:[]};u.partitions.push(o.partition),n.
set(i,u)}if(n.size===0)return[];let{rows:r,more:s}=S([...n.values()],t.rowCap);return[`### \u23ED\uFE0F Not ru\
n (${e.length})`,"",...r.flatMap(({first:o,partitions:i})=>[`- ${w(o.tableName)} \xB7 ${i.length} da\
te${b(i.length)} \xB7 ${T(o.errorMsg??"")}`,"",...Tt(me(i)).map(u=>`  ${u}`),""]),...A(s),""]}function Bd(e,t,n){
return!e||n.length===0?n:[`<details><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function $t(e,t,n=aa,r=[
"## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]){let s=e.map(be);return K(At,o=>{let{rows:i,
more:u}=S(e,o.rowCap);return[...r,"",`**${e.length} trigger${b(e.length)} planned**`,"",...la(s,o,()=>[
"| Table | Partition |","| --- | --- |",...i.map(c=>`| ${w(c.tableName)} | ${T(c.partition)} |`),...A(
u),""]),n(o),fa(t),""].join(`
`)})}function ca(e){return xt(e).join(`
`)}function da(e,t){return K(At,n=>{let{rows:r,more:s}=S(e,n.rowCap);return[...xt(t),...r.map(o=>`- ${T(
o)}`),...A(s),""].join(`
`)})}function pa(e){return K(At,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function fa(e){let t=[];return e.workflow&&t.push(`Workflow **${T(e.workflow)}**`),e.runNumber&&
t.push(`run #${T(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var Le=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
o=>fi(o,n.boundary)),s=Ki(t);n.setOutputs(ye(r),v),n.annotate(r.map(o=>({line:o,count:1,title:si}))),
await n.writeSummary(da(r,s)),n.info(ge(s))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(
n.boundary.text(r)))}read(t){let{printer:n,facts:r}=this.report;if(n.info(wi(n.boundary.text(t.timeZone),
n.boundary.text(t.today))),n.debug(xi(_o(Fo(t)))),!r.dbt)return;let{group:s,lines:o,warnings:i}=Xi(r.
dbt);n.startGroup(s),o.forEach(u=>n.info(u)),n.endGroup(),n.warnings(i)}async nothingToRefresh(){let{
printer:t,summaryExtra:n}=this.report;t.notice($i),t.setOutputs(ye(),v),await t.writeSummary(pa(n))}async dryRun(t,n){
let{printer:r,summaryExtra:s,context:o}=this.report,i=er(t,this.report),u=n.map(m=>r.boundary.identifier(
m,200)),{group:c,lines:l,notice:d}=pi(i);r.startGroup(c),l.forEach(m=>r.info(m)),r.endGroup(),u.length>
0&&r.info(Di(u)),r.notice(d),r.setOutputs(Rt(i.map(be)),v);let f=m=>[Pi(u,m),s(m)].join(`
`);await r.writeSummary($t(i,o,f))}};function er(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
identifier(n.tableName),partition:t.boundary.identifier(n.partition)}))}var ee=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:s}=this.
report;n.endGroup(),n.info(bt(t.tally)),n.setOutputs(Qi(t),v);let o=u=>[Li(t.watches,u),s(u)].join(`\

`);await n.writeSummary(ua(t,r,o)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:v});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...yt(t.unexplainedFailures).map(u=>({...u,title:v}))]),
n.info(ge(t.cause))}async checkPassed(t,n){let{printer:r,context:s,summaryExtra:o}=this.report;r.endGroup(),
n.watches.forEach(l=>r.info(wt(l)));let i=bi(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.
map(l=>l.label));i.forEach(l=>r.info(l)),r.notice(a`Connection check passed: ${_(i,"; ")}; nothing was triggered`);
let u=er(t,this.report);r.setOutputs(Rt(u.map(be)),v);let c=["## \u2705 AnyMetrics connection check passe\
d: nothing was triggered","",...i.map(l=>`- ${T(l)}`)];await r.writeSummary($t(u,s,o,c))}async checkFailed(t,n){
let r=Ti(t,n.reason,n.traceId);await this.report.failedEarly(qi(t,n.reason,r),L)}async crashed(t){let n=t instanceof
Error?t.message:String(t);await this.report.failedEarly(Ji(yi(this.report.printer.boundary.text(n))))}};function ha(e){let{results:t,cause:n,host:r}=e,s=t.filter(i=>i.status==="not-run").length,o=s===0?a`every trigger had been sent`:
a`${s} trigger${b(s)} not run`;switch(n){case"cancelled":{let i=t.filter(c=>c.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${o}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${Oe} triggers in a row got no answer after their retries${ma(
t)}; ${o}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${Oe} triggers in a row got such an answer after their retries${ma(
t)}; ${o}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?Ud(e.refusal,o):null;case"fail-fast":return a`fail-fast stopped the run after a trigger failed: ${o}`;case"\
throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${Hn/6e4} min and accepted none: ${o}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function ga(e,t,n){switch(e){case"unreachable":return a`The platform is unreachable`;case"\
invalid-http":return a`The platform's answers are not valid HTTP`;case"refused":{if(!t)return null;let r=E(
Dt(t),he);return t.answer.transient?a`The platform is failing: ${r}`:ya(t)?a`The host does not lead to the platform's API: ${r}`:
a`The platform refused the credential or the tenant: ${r}`}case"throttled":return a`The platform refused every request for pace (HTTP 429)`;case"\
fail-fast":{let r=n.find(o=>o.status==="failed")?.errorMsg,s=r?a`: ${E(r,he)}`:a``;return a`A trigger failed and fail-fast stopped the run${s}`}case"\
cancelled":return a`The run was cancelled`;default:return null}}function ma(e){let t=[...e].reverse().
find(n=>n.status==="failed"&&!n.answered);return t?.errorMsg?a` (last: ${t.errorMsg})`:a``}function Dt(e){
let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:a``;return a`${n??a`no message`}${r}`}function Ud(e,t){
if(e.answer.transient)return a`The platform kept answering the run's first ${e.refused} triggers with the same error, after their retries, and accepted none: ${Dt(
e)}. Nothing more was sent (${t}). The platform is overloaded or failing: run again later, or with a lower concurrency`;
let n=ya(e)?a`The host does not lead to the platform's API: correct the host input (dry-run: check tries it without triggering anything)`:
a`When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`;
return a`The platform refused the run's first ${e.refused} triggers with the same answer and accepted none: ${Dt(
e)}. Nothing more was sent (${t}). ${n}`}function ya(e){return e.answer.code==="404"}function ba(e,t,n){
let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length,s=e.answer.transient?a`The platform is failing for this table: run it again later`:
a`Check that the table exists on the platform as named`;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${Dt(e)}. Its other ${r} trigger${b(r)} were not sent; other tables went on. ${s}`}
function Ta(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:s})=>r===e.tableName&&n(s))}function Hd(e){return e.filter(t=>t.status==="failed")}function wa(e){return{succeeded:e.filter(fe),
acceptedEarlier:e.filter(t=>t.status==="accepted-earlier"),failed:Hd(e),notRun:e.filter(t=>t.status===
"not-run"),unknown:e.filter(t=>t.status==="unknown")}}function xa(e,t,n){let r=wa(e),s=t.freshness?.watches??[],o=t.freshness?_i(s):L,i=Wd(e,t,n),u=t.freshness?.
newestPartition,c=r.failed.filter(f=>!Ta(f,i.facts)),l=s.map(Mi).filter(f=>f!==null),d=e.length>0&&r.
succeeded.length===e.length&&o.fresh!=="false";return{results:e,tally:r,succeeded:d,cause:jd({results:e,
counted:r,watches:s,planFailures:l,unexplainedFailures:c,stops:i}),stopLines:i.lines,unexplainedFailures:c,
watches:s,freshness:o,planFailures:l,warnings:[...e.map(ui),...s.map(f=>Oi(f,No(f.last.dataMs,u)))].
filter(f=>f!==null)}}function jd(e){let{results:t,counted:n,watches:r,stops:s}=e,o=s.runLine?ga(s.facts.
cause,s.facts.refusal,t):null;if(o)return{passed:!1,headline:o,detail:null};let i=t.length;return n.
succeeded.length<i||i===0?ji(n,i,e.unexplainedFailures,{waiting:r.length>0,led:s.lines.length>0}):r.
length===0?Bi(i):r.some(u=>u.state!=="fresh")?Hi(i,r,e.planFailures):Ui(i,r,Xn(r))}function Wd(e,t,n){
let r=e.filter(c=>c.status==="not-run"),s=(t.refusals?.tableStops??[]).map(c=>({stop:c,table:n.identifier(
c.table??"")})).filter(({table:c})=>r.some(l=>l.tableName===c)),o={results:e,cause:t.cause,host:n.text(
t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,tableStops:s},i=ha(o),u=[i,...s.map(({stop:c,
table:l})=>ba(c,l,e))].filter(c=>c!==null);return{facts:o,runLine:i,lines:u}}var Fe=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(hi(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(wt(n)))}async baselineFailed(t,n){let r=Ii(t,n.reason,n.traceId),
s=Vi(t,n.reason,r);await this.report.failedEarly(s,{...L,fresh:"false"})}waitStarted(t,n,r){this.report.
printer.startGroup(Ci(t,n,r))}planFresh(t){this.report.printer.info(vi(t))}waitProgress(t,n,r,s){this.
report.printer.info(Ni(t,n,r,s))}};var Ra=require("node:fs");function Sa(e){let t=[],n=()=>{if(t.length===0)return;let s=t.join(`
`);t=[],e.info(s)},r=s=>(...o)=>(n(),s(...o));return{info:s=>{t.push(s)===1&&setImmediate(n)},setSecret:r(
e.setSecret),debug:r(e.debug),notice:r(e.notice),warning:r(e.warning),error:r(e.error),startGroup:r(
e.startGroup),endGroup:r(e.endGroup),setOutput:r(e.setOutput),writeSummary:r(e.writeSummary),fail:r(
e.fail)}}function tr(e){if(!e)return;let t;try{t=(0,Ra.statSync)(e)}catch{return}if(!(t.isFile()||t.
isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var Pt=10;function Ea(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var Ct=class{constructor(t,n){this.boundary=n;this.sink=Sa(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<gn&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(Ai))}info(t){this.sink.info($(t))}debug(t){this.sink.debug($(
t))}notice(t){this.sink.notice($(t))}warning(t){this.warnings([t])}warnings(t){let n=Pt-this.warningsMade,
{shown:r,rest:s}=Ea(t,n);r.forEach(o=>this.sink.warning($(o))),this.warningsMade+=r.length,s.length!==
0&&(s.forEach(o=>this.sink.info($(a`warning: ${o}`))),!(n<=0)&&(this.sink.warning($(li(s.length))),this.
warningsMade=Pt))}startGroup(t){this.endGroup(),this.sink.startGroup($(t)),this.groupOpen=!0}endGroup(){
this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate([{line:t,count:1,title:n}])}annotate(t){
let n=Pt-this.errorsMade,{shown:r,rest:s}=Ea(t,n);r.forEach(i=>this.sink.error($(i.line),{title:i.title})),
this.errorsMade+=r.length;let o=s[0];if(o&&n>0){let i=s.reduce((u,c)=>u+c.count,0);this.sink.error($(
ci(i)),{title:o.title}),this.errorsMade=Pt}t.length>0&&this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){
this.outputsWritten=!0;try{for(let[r,s]of Object.entries(t))this.sink.setOutput(r,s)}catch(r){this.fail(
Yn("outputs",this.boundary.text(ka(r))),n)}}}async writeSummary(t){if(!this.summaryWritten){this.summaryWritten=
!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(Yn("summary",this.boundary.text(ka(n))))}}}};
function ka(e){let t=e?.code;return typeof t=="string"?t:e instanceof Error?e.message:String(e)}var Gd={waiting:!1,dbt:void 0},vt=class e{constructor(t,n,r=Gd){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?zi(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...L,fresh:"fal\
se"}:L}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(ye(
[t.detail],n),v),await r.writeSummary(ca(t)),r.fail(t.detail,v),r.info(ge(t))}};function Aa(e,t){return{
waiting:e.dryRun==="off"&&e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?Yi(e.dbt,t):void 0}}function $a(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var Nt=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(t,n){let{printer:r}=this.
report;if(n>0&&r.info(Ei(n)),t===0)return;let s=r.boundary.text(this.run.host);r.startGroup(di(t,s,this.
run.concurrency))}retry(t){this.report.printer.info(ai(t))}finished(t,n,r){this.report.printer.info(
ii(t,n,r))}};function Da({printer:e}){return t=>e.debug(ki(e.boundary.text(t)))}var Pa=["SIGINT","SIGTERM"];function Ca(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return Pa.forEach(r=>process.on(r,
n)),()=>Pa.forEach(r=>process.off(r,n))}var Mt=class{constructor(t){this.report=t}report;recorded(t,n){let{printer:r}=this.report;r.info(Ri(
r.boundary.text(t),n))}notRecorded(t,n){let{printer:r}=this.report;r.warnings([Si(r.boundary.text(t),
r.boundary.text(n,64))])}};var va=require("node:events");var Vd={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},Ot=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,va.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return Vd[this.firstCause??"cancelled"]}};function Na(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var qd="anymetrics-refresh",Oa={sleep:Na,random:Math.random,nowMs:Date.now};async function Ia(){let e=Kd(),
t=new De,n=new Ct(tp(),t),r=new vt(n,$a(process.env,t)),s=Jd(()=>r);try{Ys(e).forEach(u=>n.mask(u));
let o=await Yd(e,new Le(r));if(!o)return;r=r.withFacts(Aa(o,t));let i=new Le(r);if(i.read(o),o.dryRun===
"check")return await Ma(o,r,Qd);if(o.plan.length===0)return await i.nothingToRefresh();if(o.dryRun===
"plan")return await i.dryRun(o.plan,o.waitForPlans.map(u=>u.label));await Ma(o,r,Xd)}catch(o){await new ee(
r).crashed(o)}finally{s()}}function Jd(e){let t=()=>{process.off("beforeExit",t);let n=new Error("th\
e run ended while a request was still unaccounted for");new ee(e()).crashed(n)};return process.on("b\
eforeExit",t),()=>process.off("beforeExit",t)}function Kd(){let e=Ks.map(t=>[t,fr(t)]);return Object.
fromEntries(e)}async function Yd(e,t){try{let{config:n,notices:r}=Xs(e,{now:new Date,readTextFile:s=>Vt(
s,Er),openArtifact:s=>Dr(s),readOwnFile:s=>Pr(s,Us)});return t.notices(r),n}catch(n){if(!(n instanceof
xe))throw n;await t.refused(n.errors);return}}async function Ma(e,t,n){let r=await ep(e,t),s=new Ot,
o=Ca(s);try{await n({config:e,client:r,control:s,report:t})}finally{o(),r.close()}}async function Xd({
config:e,client:t,control:n,report:r}){let{boundary:s}=r.printer,o={credential:new Ie(r),plans:new Fe(
r),triggers:new Nt(r,{host:t.host,concurrency:e.concurrency})},i={host:t.host,tenantId:e.tenantId},u=e.
resume&&Ko(e.resume.record,i),c={...e,policy:_a(e),resume:u},l;try{l=await ei(c,{client:t,clock:Oa,control:n,
boundary:s,hooks:o})}finally{e.resume&&zd(e.resume,i,e.plan,l,r)}if(!l)return;let d=l.watches.length>
0,f={cause:l.cause,refusals:l.refusals,host:t.host,freshness:d?{watches:l.watches,newestPartition:Zd(
e)}:void 0};await new ee(r).runEnded(xa(l.results,f,s))}function zd(e,t,n,r,s){let o={plan:n,results:r?.
results??[],watches:r?.watches??[]},i=Zo(e.record,t,o),u=new Mt(s);try{Cr(e.path,js(i)),u.recorded(e.
path,Qo(i,t))}catch(c){u.notRecorded(e.path,c.code??"unknown error")}}function Zd(e){return e.plan.map(
t=>t.partition).sort().at(-1)}async function Qd({config:e,client:t,control:n,report:r}){let s={credential:new Ie(
r),plans:new Fe(r)},{boundary:o}=r.printer,i={...e,policy:_a(e)},u=await ti(i,{client:t,clock:Oa,control:n,
boundary:o,hooks:s}),c=new ee(r);u.passed?await c.checkPassed(e.plan,{host:t.host,tokenExchanged:e.credentials.
kind==="api-key",watches:u.watches}):"reported"in u||await c.checkFailed(u.step,u.verdict)}function _a(e){
return{retries:e.retries,...Zs}}function ep(e,t){return Co({host:e.host.base,tenantId:e.tenantId,basicAuth:e.
host.basicAuth,timeoutMs:e.timeoutMs,userAgent:qd,maxSockets:e.concurrency,caCertificates:e.caCertificates,
boundary:t.printer.boundary,onTriggerBody:hr()?Da(t):void 0})}function tp(){return{setSecret:pr,debug:gr,
info:wr,notice:e=>Tr(e),warning:e=>br(e),error:(e,t)=>yr(e,t),startGroup:xr,endGroup:Rr,setOutput:(e,t)=>{
tr(process.env.GITHUB_OUTPUT),mr(e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(tr(process.
env.GITHUB_STEP_SUMMARY),await Ut.addRaw(e).write())},fail:()=>{process.exitCode=1}}}var np=1e3;Ia().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.exit(),np).unref()});
