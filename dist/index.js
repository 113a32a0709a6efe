"use strict";var iu=Object.create;var Ge=Object.defineProperty;var au=Object.getOwnPropertyDescriptor;var uu=Object.getOwnPropertyNames;var lu=Object.getPrototypeOf,cu=Object.prototype.hasOwnProperty;var du=(e,t)=>{for(var n in t)Ge(e,n,{get:t[n],enumerable:!0})},hr=(e,t,n,r)=>{if(t&&typeof t=="obje\
ct"||typeof t=="function")for(let s of uu(t))!cu.call(e,s)&&s!==n&&Ge(e,s,{get:()=>t[s],enumerable:!(r=
au(t,s))||r.enumerable});return e};var W=(e,t,n)=>(n=e!=null?iu(lu(e)):{},hr(t||!e||!e.__esModule?Ge(n,"default",{value:e,enumerable:!0}):
n,e)),pu=e=>hr(Ge({},"__esModule",{value:!0}),e);var qp={};du(qp,{runCli:()=>ou});module.exports=pu(qp);var yr=W(require("os"),1);function V(e){return e==null?"":typeof e=="string"||e instanceof String?e:JSON.stringify(e)}function qe(e){
return Object.keys(e).length?{title:e.title,file:e.file,line:e.startLine,endLine:e.endLine,col:e.startColumn,
endColumn:e.endColumn}:{}}function J(e,t,n){let r=new Vt(e,t,n);process.stdout.write(r.toString()+yr.EOL)}function Jt(e,t=""){
J(e,{},t)}var gr="::",Vt=class{constructor(t,n,r){t||(t="missing.command"),this.command=t,this.properties=
n,this.message=r}toString(){let t=gr+this.command;if(this.properties&&Object.keys(this.properties).length>
0){t+=" ";let n=!0;for(let r in this.properties)if(this.properties.hasOwnProperty(r)){let s=this.properties[r];
s&&(n?n=!1:t+=",",t+=`${r}=${mu(s)}`)}}return t+=`${gr}${fu(this.message)}`,t}};function fu(e){return V(
e).replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function mu(e){return V(e).replace(
/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/:/g,"%3A").replace(/,/g,"%2C")}var br=W(require("crypto"),1),Je=W(require("fs"),1),Ve=W(require("os"),1);function Tr(e,t){let n=process.env[`GITHUB_${e}`];if(!n)throw new Error(`Unable to find environment \
variable for file command ${e}`);if(!Je.existsSync(n))throw new Error(`Missing file at path: ${n}`);
Je.appendFileSync(n,`${V(t)}${Ve.EOL}`,{encoding:"utf8"})}function wr(e,t){let n=`ghadelimiter_${br.randomUUID()}`,
r=V(t);if(e.includes(n))throw new Error(`Unexpected input: name should not contain the delimiter "${n}\
"`);if(r.includes(n))throw new Error(`Unexpected input: value should not contain the delimiter "${n}\
"`);return`${e}<<${n}${Ve.EOL}${r}${Ve.EOL}${n}`}var Zt=W(require("os"));function xr(e){let t=e.protocol==="https:";if(hu(e))return;let n=t?process.env.https_proxy||process.
env.HTTPS_PROXY:process.env.http_proxy||process.env.HTTP_PROXY;if(n)try{return new Ke(n)}catch{if(!n.
startsWith("http://")&&!n.startsWith("https://"))return new Ke(`http://${n}`)}else return}function hu(e){
if(!e.hostname)return!1;let t=e.hostname;if(gu(t))return!0;let n=process.env.no_proxy||process.env.NO_PROXY||
"";if(!n)return!1;let r;e.port?r=Number(e.port):e.protocol==="http:"?r=80:e.protocol==="https:"&&(r=
443);let s=[e.hostname.toUpperCase()];typeof r=="number"&&s.push(`${s[0]}:${r}`);for(let o of n.split(
",").map(i=>i.trim().toUpperCase()).filter(i=>i))if(o==="*"||s.some(i=>i===o||i.endsWith(`.${o}`)||o.
startsWith(".")&&i.endsWith(`${o}`)))return!0;return!1}function gu(e){let t=e.toLowerCase();return t===
"localhost"||t.startsWith("127.")||t.startsWith("[::1]")||t.startsWith("[0:0:0:0:0:0:0:1]")}var Ke=class extends URL{constructor(t,n){
super(t,n),this._decodedUsername=decodeURIComponent(super.username),this._decodedPassword=decodeURIComponent(
super.password)}get username(){return this._decodedUsername}get password(){return this._decodedPassword}};var Sr=require("os"),ke=require("fs"),Kt=function(e,t,n,r){function s(o){return o instanceof n?o:new n(
function(i){i(o)})}return new(n||(n=Promise))(function(o,i){function u(d){try{c(r.next(d))}catch(p){
i(p)}}function l(d){try{c(r.throw(d))}catch(p){i(p)}}function c(d){d.done?o(d.value):s(d.value).then(
u,l)}c((r=r.apply(e,t||[])).next())})},{access:yu,appendFile:bu,writeFile:Tu}=ke.promises,Rr="GITHUB\
_STEP_SUMMARY";var Yt=class{constructor(){this._buffer=""}filePath(){return Kt(this,void 0,void 0,function*(){if(this.
_filePath)return this._filePath;let t=process.env[Rr];if(!t)throw new Error(`Unable to find environm\
ent variable for $${Rr}. Check if your runtime environment supports job summaries.`);try{yield yu(t,
ke.constants.R_OK|ke.constants.W_OK)}catch{throw new Error(`Unable to access summary file: '${t}'. C\
heck if the file has correct read/write permissions.`)}return this._filePath=t,this._filePath})}wrap(t,n,r={}){
let s=Object.entries(r).map(([o,i])=>` ${o}="${i}"`).join("");return n?`<${t}${s}>${n}</${t}>`:`<${t}${s}\
>`}write(t){return Kt(this,void 0,void 0,function*(){let n=!!t?.overwrite,r=yield this.filePath();return yield(n?
Tu:bu)(r,this._buffer,{encoding:"utf8"}),this.emptyBuffer()})}clear(){return Kt(this,void 0,void 0,function*(){
return this.emptyBuffer().write({overwrite:!0})})}stringify(){return this._buffer}isEmptyBuffer(){return this.
_buffer.length===0}emptyBuffer(){return this._buffer="",this}addRaw(t,n=!1){return this._buffer+=t,n?
this.addEOL():this}addEOL(){return this.addRaw(Sr.EOL)}addCodeBlock(t,n){let r=Object.assign({},n&&{
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
addRaw(r).addEOL()}},wu=new Yt;var Xt=wu;var zt=W(require("os"),1);var nf=zt.default.platform(),rf=zt.default.arch();var Er;(function(e){e[e.Success=0]="Success",e[e.Failure=1]="Failure"})(Er||(Er={}));function kr(e){J("add-mask",{},e)}function Ar(e,t){let n=process.env[`INPUT_${e.replace(/ /g,"_").toUpperCase()}`]||"";if(t&&t.required&&
!n)throw new Error(`Input required and not supplied: ${e}`);return t&&t.trimWhitespace===!1?n:n.trim()}function $r(e,t){if(process.env.GITHUB_OUTPUT||"")return Tr("OUTPUT",wr(e,t));process.stdout.write(Zt.EOL),
J("set-output",{name:e},V(t))}function Dr(){return process.env.RUNNER_DEBUG==="1"}function vr(e){J("debug",{},e)}function Cr(e,t={}){
J("error",qe(t),e instanceof Error?e.toString():e)}function Pr(e,t={}){J("warning",qe(t),e instanceof
Error?e.toString():e)}function Nr(e,t={}){J("notice",qe(t),e instanceof Error?e.toString():e)}function Qt(e){
process.stdout.write(e+Zt.EOL)}function Ir(e){Jt("group",e)}function Or(){Jt("endgroup")}var f=class extends Error{constructor(n,r){super(n);this.rule=n;this.offendingValue=r;this.name="Rul\
eViolation"}rule;offendingValue},M=class extends Error{constructor(n,r,s){super(`Input "${n}" ${r}`);
this.input=n;this.rule=r;this.offendingValue=s;this.name="InputError"}input;rule;offendingValue};function y(e,t){
try{return t()}catch(n){throw n instanceof f?new M(e,n.rule,n.offendingValue):n}}var Ae=class extends Error{constructor(n){
super(n.map(r=>r.message).join(`
`));this.errors=n;this.name="InputErrors"}errors},Q=class{errors=[];take(t){try{return t()}catch(n){
if(!(n instanceof M))throw n;this.errors.push(n);return}}throwIfAny(){if(this.errors.length>0)throw new Ae(
this.errors)}};var en="-----BEGIN CERTIFICATE-----",Mr="-----END CERTIFICATE-----",_r=1024*1024,Lr="must be PEM tex\
t or the path of a PEM file with at least one certificate";function Fr(e,t){let n=e.trim();if(n==="")
return[];let r=n.includes("-----BEGIN")?n:Eu(n,t),s=Su(r);if(s.length===0)throw new f(Lr,Br(n));return s.
forEach(ku),s}function Su(e){let t=[];for(let n=e.indexOf(en);n>=0;n=e.indexOf(en,n+1)){let r=e.indexOf(
Mr,n+en.length);if(r<0)break;t.push(e.slice(n,r+Mr.length)),n=r}return t}function Eu(e,t){try{return t(
e)}catch(n){let r=n.code??"unreadable";throw new f(`${Lr}; the file cannot be read (${r})`,e)}}function ku(e){
try{new(process.getBuiltinModule("node:crypto")).X509Certificate(e)}catch{throw new f("contains a ce\
rtificate that is not valid PEM",Br(e))}}function Br(e){return e.includes("-----BEGIN")?`${e.slice(0,
40)}\u2026`:e}var ee=128,Au=/[\u0000-\u001f\u007f-\u009f]/,$u=/^[\u0020-\u007e\u00a0-\u00ff]*$/;function ae(e){return Au.
test(e)}function tn(e){return $u.test(e)}function ue(e,t={}){if(!tn(e))throw new f("must be visible \
Latin-1 text, as an HTTP header carries it (no line breaks, control characters or characters beyond \
U+00FF)"+(t.secret?" (value hidden)":""),t.secret?void 0:e)}function Ye(e,t=ee){if(e.length>t)throw new f(
`must be at most ${t} characters (it has ${e.length})`,e)}function G(e,t="is required"){if(e==="")throw new f(
t)}var nn=["UID","TOKEN","ACCOUNT","APIKEY"];function Ur(e,t){let n=e["auth-type"]!==""||e["auth-value"]!==
"",r=e["app-id"]!==""||e["app-secret"]!=="";if(n&&r){t.take(()=>{throw new M("app-id","cannot be com\
bined with auth-type and auth-value: give an API key pair (app-id, app-secret) or auth-type with aut\
h-value")});return}return r?Du(e,t):vu(e,t)}function Du(e,t){let n=t.take(()=>y("app-id",()=>(G(e["a\
pp-id"],"is required with app-secret (the API key ID)"),ue(e["app-id"]),e["app-id"]))),r=t.take(()=>y(
"app-secret",()=>(G(e["app-secret"],"is required with app-id (the API key secret)"),ue(e["app-secret"],
{secret:!0}),e["app-secret"])));return n&&r?{kind:"api-key",appId:n,appSecret:r}:void 0}function vu(e,t){
let n=t.take(()=>y("auth-type",()=>Pu(e["auth-type"]))),r=t.take(()=>y("auth-value",()=>Cu(e["auth-v\
alue"])));return n&&r?{kind:"header",authType:n,authValue:r}:void 0}function Cu(e){return G(e),ue(e,
{secret:!0}),e}function Pu(e){G(e,`is required (one of ${nn.join(", ")}), or give app-id and app-sec\
ret instead`);let t=e.toUpperCase(),n=nn.find(r=>r===t);if(!n)throw new f(`must be one of ${nn.join(
", ")}`,e);return n}var ot=require("node:path");var es=require("node:buffer");var le=class extends Error{constructor(n,r,s,o){super(`not valid JSON at byte ${n} (line ${r}, colum\
n ${s}): ${o}`);this.offset=n;this.line=r;this.column=s;this.reason=o;this.name="JsonSyntaxError"}offset;line;column;reason};var Xe=new Uint8Array(256);for(let e of[34,92,47,98,102,110,114,116])Xe[e]=1;var jr=new Uint8Array(new Uint32Array(
[1]).buffer)[0]===1,Hr=[-2139062144,-2139062272,-2139095040,-2147483648];function rn(e){return e>=48&&
e<=57}function sn(e){let t=e^572662306,n=e^1549556828;return(t-16843009&~t|n-16843009&~n|e-538976288&
~e)&-2139062144}function Wr(e){return(e&65535)!==0?(e&128)!==0?0:1:(e&8388608)!==0?2:3}function Gr(e,t){
return ce(e[t])&&ce(e[t+1])&&ce(e[t+2])&&ce(e[t+3])}function ce(e){return e>=48&&e<=57||e>=65&&e<=70||
e>=97&&e<=102}var qr=Buffer.alloc(0),on=new Uint32Array(0),ze=class{buf=qr;pos=0;words=on;chunks;base=0;ended=!1;line=1;lineStart=0;collecting=null;constructor(t){
this.chunks=t[Symbol.iterator]()}close(){this.ended=!0,this.chunks.return?.()}offset(){return this.base+
this.pos}place(){return{offset:this.offset(),line:this.line,lineStart:this.lineStart}}fail(t,n=this.
place()){throw new le(n.offset,n.line,n.offset-n.lineStart+1,t)}expected(t,n){return this.fail(t===-1?
`the text ends where ${n} was expected`:`expected ${n}`)}advanceChunk(){if(this.ended)return!1;let t=this.
collecting;if(t){let n=this.buf.subarray(t.start,this.pos);if(t.size+=n.length,t.size>t.maxBytes)throw t.
tooLarge();t.parts.push(Buffer.from(n)),t.start=0}for(this.base+=this.buf.length,this.buf=qr,this.words=
on,this.pos=0;;){let n=this.chunks.next();if(n.done===!0)return this.ended=!0,!1;let r=n.value;if(r.
length>0)return this.buf=Buffer.isBuffer(r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength),this.words=
jr&&r.byteOffset%4===0?new Uint32Array(r.buffer,r.byteOffset,r.length>>2):on,!0}}peek(){return this.
pos<this.buf.length||this.advanceChunk()?this.buf[this.pos]:-1}skipWhitespace(){for(;;){let t=this.buf,
n=t.length,r=this.pos;for(;r<n;){let s=t[r];if(s===32||s===9||s===13)r++;else if(s===10)r++,this.line++,
this.lineStart=this.base+r;else return this.pos=r,s}if(this.pos=r,!this.advanceChunk())return-1}}expect(t,n){
let r=this.skipWhitespace();r!==t&&this.expected(r,n),this.pos++}collect(t,n){this.collecting={parts:[],
size:0,start:this.pos,maxBytes:t,tooLarge:n}}collected(){let t=this.collecting;if(!t)throw new Error(
"nothing was being collected");this.collecting=null;let n=this.buf.subarray(t.start,this.pos),r=t.size+
n.length;if(r>t.maxBytes)throw t.tooLarge();return t.parts.length===0?n:Buffer.concat([...t.parts,n],
r)}};var dn={116:{kind:"true",bytes:Buffer.from("true")},102:{kind:"false",bytes:Buffer.from("false")},110:{
kind:"null",bytes:Buffer.from("null")}};function pn(e){return e===45||e>=48&&e<=57}function Kr(e,t){
if(t===34)e.pos++,Ze(e);else if(pn(t))ju(e);else{let n=dn[t];n||e.expected(t,"a value");let{bytes:r}=n;
if(e.pos+r.length<=e.buf.length){let s=0;for(;s<r.length&&e.buf[e.pos+s]===r[s];)s++;if(s===r.length){
e.pos+=s;return}}for(let s of r)e.peek()!==s&&e.fail(`expected ${n.kind}`),e.pos++}}function Ze(e){for(;;){
let t=e.buf,n=e.words,r=n.length*4,s=t.length,o=e.pos;for(;o<s;){if(o<r){let u=o>>2,l=sn(n[u])&Hr[o&
3];for(;l===0&&++u<n.length;)l=sn(n[u]);if(l===0){o=r;continue}o=u*4+Wr(l)}let i=t[o];if(i===34){e.pos=
o+1;return}if(i===92){let u=o+1<s?t[o+1]:-1;if(Xe[u]===1){o+=2;continue}if(u===117&&o+5<s&&Gr(t,o+2)){
o+=6;continue}break}i<32&&(e.pos=o,e.fail("a control character in a string (it must be escaped)")),o++}
e.pos=o,o<s?Uu(e):e.advanceChunk()||e.fail("the text ends inside a string")}}function Uu(e){e.pos++;
let t=e.peek();if(t===-1&&e.fail("the text ends inside a string"),Xe[t]===1){e.pos++;return}t!==117&&
e.fail('an escape JSON does not have (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'),e.pos++;for(let n=0;n<
4;n++)ce(e.peek())||e.fail("a \\u escape without four hexadecimal digits"),e.pos++}function ju(e){let t=e.
peek();t===45&&(e.pos++,t=e.peek()),t===48?e.pos++:un(e),t=e.peek(),t===46&&(e.pos++,un(e),t=e.peek()),
(t===101||t===69)&&(e.pos++,t=e.peek(),(t===43||t===45)&&e.pos++,un(e))}function un(e){rn(e.peek())||
e.fail("a number without its digits");do e.pos++;while(rn(e.peek()))}var Zr=1e5;function Qr(e,t){let n=new mn(e);try{return t(n)}finally{n.close()}}var mn=class{bytes;entered=[];constructor(t){
this.bytes=new ze(typeof t=="string"?[Buffer.from(t,"utf8")]:t)}close(){this.bytes.close()}kind(){let t=this.
bytes.skipWhitespace();if(t===123)return"object";if(t===91)return"array";if(t===34)return"string";if(pn(
t))return"number";let n=dn[t];return n?n.kind:this.bytes.expected(t,"a value")}enterObject(){this.bytes.
expect(123,"'{'"),this.entered.push(!0)}nextKey(t,n){if(this.nextMember(125,"'}'"))return;let r=this.
bytes,s=r.skipWhitespace();s!==34&&r.expected(s,"a key (a string)"),r.collect(t,n),r.pos++,Ze(r);let o=r.
collected(),i=o.includes(92)?JSON.parse(o.toString("utf8")):o.toString("utf8",1,o.length-1);return r.
expect(58,"':'"),i}enterArray(){this.bytes.expect(91,"'['"),this.entered.push(!0)}nextItem(){return this.
nextMember(93,"']'")?!1:(this.kind(),!0)}skipValue(){let t=this.bytes,n=[];for(;;){let r=t.skipWhitespace();
if(r===123||r===91){n.length>=Zr&&t.fail(`nested more than ${Zr} levels deep`),t.pos++;let s=r===123?
125:93;if(t.skipWhitespace()===s)t.pos++;else{n.push(s),s===125&&this.skipKey();continue}}else Kr(t,
r);for(;;){let s=n.at(-1);if(s===void 0)return;if(r=t.skipWhitespace(),r===44){t.pos++,s===125&&this.
skipKey();break}r!==s&&t.expected(r,s===125?"',' or '}'":"',' or ']'"),t.pos++,n.pop()}}}readValue(t,n){
let r=this.bytes;r.skipWhitespace();let s=r.place();r.collect(t,n),this.skipValue();let o=r.collected();
try{return JSON.parse(o.toString("utf8"))}catch{return r.fail("a value JSON.parse refuses",s)}}finish(){
this.bytes.skipWhitespace()!==-1&&this.bytes.fail("more text after the JSON value")}nextMember(t,n){
let r=this.entered.at(-1);if(r===void 0)throw new Error("nextKey or nextItem called outside any obje\
ct or array");let s=this.bytes,o=s.skipWhitespace();return o===t?(s.pos++,this.entered.pop(),!0):(r||
(o!==44&&s.expected(o,`',' or ${n}`),s.pos++),this.entered[this.entered.length-1]=!1,!1)}skipKey(){let t=this.
bytes,n=t.skipWhitespace();n!==34&&t.expected(n,"a key (a string)"),t.pos++,Ze(t),t.expect(58,"':'")}};var Hu=["v12","v20"],Wu=["v6"],gn=new Set(["model","seed","snapshot"]);function et(e){return e.split(
".")[0]??""}var yn=es.constants.MAX_STRING_LENGTH;function ts(e){let t;if(rs(e,"run-results",Wu,(n,r)=>n!==
"results"?!1:(r.kind()==="array"?t=Gu(r):(r.skipValue(),t=void 0),!0)),!t)throw new f('has no "resul\
ts" list');return t}function Gu(e){let t=[];for(e.enterArray();e.nextItem();){if(e.kind()!=="object"){
e.skipValue();continue}let n={};e.enterObject();for(let o=B(e);o!==void 0;o=B(e))o==="unique_id"||o===
"status"?n[o]=tt(e,`a result's ${o}`):e.skipValue();let{unique_id:r,status:s}=n;typeof r=="string"&&
t.push({uniqueId:r,status:String(s)})}return t}function ns(e,t,n){let r;if(rs(e,"manifest",Hu,(s,o)=>{
if(s!=="nodes")return!1;n?.restart();let i=o.kind();return i==="object"?r=qu(o,t,n):(o.skipValue(),r=
i==="array"?new Map:void 0),!0}),!r)throw new f('has no "nodes" map');return r}function qu(e,t,n){let r=new Map;
e.enterObject();for(let s=B(e);s!==void 0;s=B(e)){let o=t.has(s),i=o||n?e.kind():void 0,u;o&&i==="ob\
ject"?u=hn(s,tt(e,`node ${s}`)):i==="object"?u=hn(s,Ju(e,s)):(e.skipValue(),i==="array"&&(u=hn(s,{}))),
o&&(u?r.set(s,u):r.delete(s)),n?.visit(s,u)}return r}var Vu=new Set(["resource_type","name","tags","\
original_file_path"]);function Ju(e,t){let n={},r=()=>tt(e,`node ${t}`);e.enterObject();for(let s=B(
e);s!==void 0;s=B(e))if(Vu.has(s))n[s]=r();else if(s==="config"&&e.kind()==="object"){let o={};e.enterObject();
for(let i=B(e);i!==void 0;i=B(e))i==="tags"?o.tags=r():e.skipValue();n.config=o}else s==="config"&&delete n.
config,e.skipValue();return n}function rs(e,t,n,r){try{Qr(e,s=>{if(s.kind()!=="object")throw s.skipValue(),
s.finish(),new f("is not a JSON object");let o;s.enterObject();for(let i=B(s);i!==void 0;i=B(s))i===
"metadata"?o=tt(s,"its metadata"):r(i,s)||s.skipValue();s.finish(),Yu(o,t,n)})}catch(s){throw s instanceof
le?Ku(s):s}}function Ku(e){return new f(`is not valid JSON at byte ${e.offset} (line ${e.line}, colu\
mn ${e.column}): ${e.reason}`)}function Yu(e,t,n){let r=e?.dbt_schema_version,s=new RegExp(`/${t}/(v\
\\d+)\\.json$`).exec(String(r))?.[1];if(!s||!n.includes(s))throw new f(`is ${t} ${s??`of unknown ver\
sion (${String(r).slice(0,80)})`}; this action reads ${t} ${n.join(" and ")}`)}function B(e){return e.
nextKey(yn,()=>ss("a key"))}function tt(e,t){return e.readValue(yn,()=>ss(t))}function ss(e){return new f(
`has ${e} of more than ${yn} bytes, longer than any string Node.js makes (JSON.parse could not read \
it either)`)}function hn(e,t){let n=t.config??{},r=o=>typeof o=="string"&&o!==""?o:null,s=[t.tags,n.
tags].flatMap(o=>Array.isArray(o)?o:[]);return{uniqueId:e,resourceType:r(t.resource_type)??et(e),name:r(
t.name)??e.split(".").at(-1)??e,alias:r(t.alias),schema:r(t.schema),database:r(t.database),catalog:r(
n.catalog),materialized:r(n.materialized),tags:[...new Set(s.filter(o=>typeof o=="string"))],originalFilePath:r(
t.original_file_path)}}function os(e){return new Set(e.map(t=>t.uniqueId).filter(t=>gn.has(et(t))))}function as(e){let t=e.replace(/\/$/,"");if(!/[*?]/.test(t))return{source:t,test:r=>r===t||r.startsWith(
`${t}/`)};let n=Xu(t);return{source:t,test:r=>zu(n,r)}}function Xu(e){let t=[];for(let n=0;n<e.length;n++){
let r=e[n]??"";if(r==="*"&&e[n+1]==="*"){let s=e[n+2]==="/";t.push({kind:s?"folders":"any"}),n+=s?2:
1}else r==="*"?t.push({kind:"segment"}):r==="?"?t.push({kind:"one"}):t.push({kind:"char",char:r})}return t}
function zu(e,t){let n=is(e,new Set([0]));for(let r of t){let s=new Set;for(let o of n){let i=e[Math.
floor(o)];i&&Zu(i,o,r,s)}if(s.size===0)return!1;n=is(e,s)}return n.has(e.length)}function Zu(e,t,n,r){
let s=n==="/";switch(e.kind){case"char":e.char===n&&r.add(t+1);return;case"one":s||r.add(t+1);return;case"\
segment":s||r.add(t);return;case"any":r.add(t);return;case"folders":{let o=Math.floor(t)+.5;r.add(o),
s&&r.add(Math.floor(t)+1)}}}function is(e,t){for(let n of t){let r=Number.isInteger(n)?e[n]:void 0;r&&
r.kind!=="char"&&r.kind!=="one"&&t.add(n+1)}return t}var pe=["model","seed","snapshot"];function De(e,t){switch(e.kind){case"tag":return t.tags.includes(
e.value);case"path":return t.originalFilePath!==null&&e.pattern.test(t.originalFilePath);case"resour\
ce_type":return t.resourceType===e.value;case"name":return t.name===e.value}}function bn({kind:e,value:t}){
return e==="name"?t:`${e}:${t}`}function Tn(e){let t=e.indexOf(":"),n=t<0?null:e.slice(0,t),r=e.slice(
t+1);if(r===""||/\s/.test(r))throw new f("has a selector without a value or with spaces",e);switch(n){case null:
return{kind:"name",value:r};case"tag":return{kind:"tag",value:r};case"path":return{kind:"path",value:r,
pattern:as(r)};case"resource_type":if(!pe.includes(r))throw new f(`has resource_type:${r}; use ${pe.
join(", ")}`,e);return{kind:"resource_type",value:r};default:throw new f("takes tag:NAME, path:GLOB,\
 resource_type:TYPE or a model name",e)}}var _="[\\p{L}\\p{N}_$-]+",Qu=new RegExp(`^(${_})\\.\`(${_})\\.(${_})\`\\.(${_})$`,"u"),el=new RegExp(
`^(${_})\\.(${_})\\.(${_})\\.(${_})$`,"u"),tl=new RegExp(`^${_}$`,"u"),nl=new RegExp(`^(${_})\\.(${_}\
)$`,"u"),rl="must be datasource.`catalog.schema`.table (e.g. starrocks.`default_catalog.sales`.p_ord\
er), each name made of letters, digits, _, $ or - (no quotes or spaces)";function nt(e){let t=e.trim();
if(Qu.test(t))return{tableName:wn(t),backticksAdded:!1};let n=el.exec(t);if(n){let[r="",s="",o="",i=""]=n.
slice(1);return{tableName:wn(cs(r,`${s}.${o}`,i)),backticksAdded:!0}}throw new f(rl,t)}function fe(e){
let t=e.trim();if(!tl.test(t))throw new f("must be one name of letters, digits, _, $ or - (no dots, \
backticks, quotes or spaces)",t);return t}function us(e){let t=sl(e.trim());if(!nl.test(t))throw new f(
"must be catalog.schema (e.g. default_catalog.sales)",e.trim());return t}function ls(e,t,n){return wn(
cs(e,t,n))}function cs(e,t,n){return`${e}.\`${t}\`.${n}`}function sl(e){return e.length>=2&&e.startsWith(
"`")&&e.endsWith("`")?e.slice(1,-1):e}function wn(e){try{Ye(e,ee)}catch{throw new f(`must compose a \
tableName of at most ${ee} characters (it has ${e.length})`,e)}return e}var ol=new Set(["success","partial success"]);function ds(e,t,n){let r={mapped:[],skipped:[]},s=new Set;
for(let o of e){if(s.has(o.uniqueId))continue;s.add(o.uniqueId);let i=il(o,t.get(o.uniqueId),n);"tab\
leName"in i?r.mapped.push({uniqueId:o.uniqueId,...i}):r.skipped.push({uniqueId:o.uniqueId,...i})}return r}
function il(e,t,n){let r=al(e,t,n);if(r)return r;if(!t)return{kind:"not-in-manifest",reason:"not in \
the manifest"};try{return{tableName:ul(t,n)}}catch(s){return{kind:"invalid-table-name",reason:`its t\
able name ${s instanceof f?s.rule:String(s)}`}}}function al(e,t,n){let r=t?.resourceType??et(e.uniqueId);
return gn.has(r)?ol.has(e.status)?t?t.materialized==="ephemeral"?{kind:"ephemeral",reason:"ephemeral\
: dbt writes no table for it"}:n.select.length>0&&!n.select.some(s=>De(s,t))?{kind:"not-selected",reason:"\
not selected by dbt-select"}:n.exclude.some(s=>De(s,t))?{kind:"excluded",reason:"excluded by dbt-exc\
lude"}:null:null:{kind:"not-written",reason:`status ${e.status}: nothing was written`}:{kind:"not-a-\
table",reason:`a ${r||"node"}, not a table`}}function ul(e,t){let n=e.schema??"",r=e.database!==n?e.
database:null,s=e.catalog??r??t.defaultCatalog,o=`${t.datasource}.\`${s}.${n}\`.${e.alias??e.name}`;
return nt(o).tableName}function ll(e){return Math.min(3,Math.max(1,Math.floor(e.length/3)))}function cl(e,t,n){if(Math.abs(
e.length-t.length)>n)return n+1;let r=[],s=Array.from({length:t.length+1},(o,i)=>i);for(let o=1;o<=e.
length;o++){let i=[o],u=o;for(let l=1;l<=t.length;l++){let c=e[o-1]===t[l-1],d=Math.min((s[l]??0)+1,
(i[l-1]??0)+1,(s[l-1]??0)+(c?0:1));o>1&&l>1&&e[o-1]===t[l-2]&&e[o-2]===t[l-1]&&(d=Math.min(d,(r[l-2]??
0)+1)),i.push(d),u=Math.min(u,d)}if(u>n)return n+1;r=s,s=i}return Math.min(s[t.length]??0,n+1)}var ve=class{constructor(t,n=3){
this.typed=t;this.limit=n;this.bound=ll(t)}typed;limit;best=[];bound;consider(t){let n=this.best.length>=
this.limit,r=this.best.at(-1),s=n&&r?r.distance:this.bound;if(this.best.some(i=>i.name===t))return;let o=cl(
this.typed,t,s);o>s||n&&r&&!ps({name:t,distance:o},r)||(this.best.push({name:t,distance:o}),this.best.
sort((i,u)=>ps(i,u)?-1:1),this.best.length>this.limit&&this.best.pop())}names(){return this.best.map(
t=>t.name)}};function ps(e,t){return e.distance<t.distance||e.distance===t.distance&&e.name<t.name}var rt=class{terms;matchedBy=new Map;hitSets=new Map;typesPresent=new Set;constructor(t){let n=s=>t[s].
map(o=>({input:s,selector:o,text:bn(o),matched:0,nearest:new ve(fs(o))})),r=[...n("dbt-select"),...n(
"dbt-exclude")];this.terms=r.filter((s,o)=>r.findIndex(i=>i.input===s.input&&i.text===s.text)===o)}get empty(){
return this.terms.length===0}restart(){for(let t of this.terms)t.matched=0,t.nearest=new ve(fs(t.selector));
this.matchedBy.clear(),this.typesPresent.clear()}visit(t,n){for(let s of this.matchedBy.get(t)??[])s.
matched--;if(this.matchedBy.delete(t),!n)return;this.typesPresent.add(n.resourceType);let r=[];this.
terms.forEach((s,o)=>{if(De(s.selector,n))r.push(o);else for(let i of pl(s.selector,n))s.nearest.consider(
i)}),r.length>0&&this.matchedBy.set(t,this.countMatches(r))}countMatches(t){let n=t.join(),r=this.hitSets.
get(n);r||(r=this.terms.filter((s,o)=>t.includes(o)),this.hitSets.set(n,r));for(let s of r)s.matched++;
return r}unmatched(t){return this.terms.filter(n=>n.input===t&&n.matched===0).map(n=>({text:n.text,advice:this.
advice(n)}))}judge(t){let n=this.unmatched(t),[r]=n;if(!r)return;if(n.length===1)throw new f(`has ${r.
text}, which matches no node of the manifest; ${r.advice}`);let s=n.map(({text:o,advice:i})=>`${o} (${i}\
)`).join("; ");throw new f(`has ${n.length} terms that match no node of the manifest: ${s}`)}advice({
selector:t,nearest:n}){if(t.kind==="resource_type"){let s=pe.filter(o=>this.typesPresent.has(o));return s.
length>0?`it has ${s.map(o=>`resource_type:${o}`).join(", ")}`:`it has no ${pe.slice(0,-1).join(", ")}\
 or ${pe.at(-1)}`}let r=n.names().map(s=>bn({kind:t.kind,value:s}));return r.length>0?`nearest: ${r.
join(", ")}`:`no ${dl[t.kind]} of the manifest is near it`}},dl={tag:"tag",name:"node name",path:"fi\
le path or folder"};function fs(e){return e.kind==="path"?e.pattern.source:e.value}function pl(e,t){
switch(e.kind){case"tag":return t.tags.filter(n=>xn(n));case"name":return xn(t.name)&&!t.name.includes(
":")?[t.name]:[];case"path":return t.originalFilePath===null||!xn(t.originalFilePath)?[]:[t.originalFilePath,
...fl(t.originalFilePath)];case"resource_type":return[]}}function xn(e){return e!==""&&!/\s/.test(e)}
function fl(e){let t=[];for(let n=e.indexOf("/");n>=0;n=e.indexOf("/",n+1))n>0&&e[n-1]!=="/"&&t.push(
e.slice(0,n));return t}function C(e){return e.split(/[\n,]/).map(t=>t.trim()).filter(t=>t!=="")}function st(e,t,n){let r=[...new Set(e)],s=[...new Set(t)].sort(),o=r.length*s.length;if(o>n.maxTriggers){
let i=o>n.largest?`split the backfill across steps or a job matrix (one step takes at most ${n.largest}\
)`:"narrow partition or raise max-triggers";throw new f(`is ${n.maxTriggers}, and the plan has ${o} \
triggers (${r.length} table${r.length===1?"":"s"} \xD7 ${s.length} partitions, ${s[0]}..${s.at(-1)})\
: ${i}`)}return r.flatMap(i=>s.map(u=>({tableName:i,partition:u})))}var ml="default_catalog";function gs(e,t,n,r){let s=n.take(()=>y("datasource",()=>(G(e.datasource,"i\
s required with dbt-run-results: the data source name bound in AnyMetrics"),fe(e.datasource)))),o=n.
take(()=>y("dbt-catalog",()=>fe(e["dbt-catalog"]||ml))),i=n.take(()=>y("dbt-select",()=>C(e["dbt-sel\
ect"]).map(Tn))),u=n.take(()=>y("dbt-exclude",()=>C(e["dbt-exclude"]).map(Tn))),l=new rt({"dbt-selec\
t":i??[],"dbt-exclude":u??[]}),c=n.take(()=>gl(e,t,r,l.empty?void 0:l)),d=c!==void 0&&hl(l,n);if(!(s===
void 0||o===void 0||i===void 0||u===void 0||c===void 0||!d))return ds(c.results,c.nodes,{datasource:s,
defaultCatalog:o,select:i,exclude:u})}function hl(e,t){return["dbt-select","dbt-exclude"].map(r=>t.take(
()=>(y(r,()=>e.judge(r)),!0))).every(r=>r===!0)}function gl(e,t,n,r){let s=e["dbt-run-results"],o=e["\
dbt-manifest"]||(0,ot.join)((0,ot.dirname)(s),"manifest.json"),i=y("dbt-run-results",()=>ms(t,s,ts));
if(n){let{tableNames:d,partitions:p,limits:m}=n;y("max-triggers",()=>st(d,p,m))}let u=os(i),l=y("dbt\
-manifest",()=>ms(t,o,d=>ns(d,u,r))),c=[...u].filter(d=>!l.has(d));if(c.length>0)throw new M("dbt-ma\
nifest",`has no node ${c[0]}${c.length>1?` (nor ${c.length-1} more)`:""} that run_results names: giv\
e the manifest of the same dbt run`,o);return{results:i,nodes:l}}function ms(e,t,n){let r;try{r=e(t)}catch(s){
throw hs(s,t)}try{return n(r)}catch(s){throw s instanceof f?new f(s.rule,t):typeof s.code=="string"?
hs(s,t):s}}function hs(e,t){let n=e.code;return new f(`names a file that cannot be read (${typeof n==
"string"?n:"unreadable"})`,t)}var yl=/[0-9a-fA-F]{2}/,bl="nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy\
 reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iq\
uest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc\
 Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN \
szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icir\
c iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thor\
n yuml".split(" "),ys={amp:"&",lt:"<",gt:">",quot:'"',apos:"'",plus:"+",sol:"/",equals:"=",...Object.
fromEntries(bl.map((e,t)=>[e,String.fromCharCode(160+t)]))},Tl={'"':'"',"\\":"\\","/":"/"},wl=new Set(
"bfnrt"),bs=new RegExp("[\\s\\u0085+\\u115f\\u1160\\u3164\\uffa0]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}",
"u"),xl=new RegExp("\\p{M}","gu");function Ce(e,t=!0){let n=[],r=[],s=[];for(let i=0;i<e.length;){let u=e.
charCodeAt(i);if(Es(u,t)){n.push(u),r.push(i),s.push(i+1),i+=1;continue}let l=t?Sl(e,i):ks(e,i);for(let c of Rl(
l.text))for(let d=0;d<c.length;d++)n.push(c.charCodeAt(d)),r.push(i),s.push(i+l.length);i+=l.length}
let o=[];for(let i=0;i<n.length;i+=4096)o.push(String.fromCharCode.apply(null,n.slice(i,i+4096)));return{
chars:o.join(""),starts:r,ends:s}}function Es(e,t){return e<=32||e>=127||e===43?!1:!t||e!==37&&e!==38&&
e!==92}function Rl(e){return e.length===1&&Es(e.charCodeAt(0),!1)?[e]:bs.test(e)?[]:[...e.normalize(
"NFKD").replace(xl,"")].filter(n=>!bs.test(n))}function Sl(e,t){let n=e[t];return n==="%"?El(e,t):n===
"&"?kl(e,t):n==="\\"?Al(e,t):ks(e,t)}function ks(e,t){let n=e.codePointAt(t)??0;return{text:String.fromCodePoint(
n),length:n>65535?2:1}}function El(e,t){let n=Ts(e,t);if(n===void 0)return{text:"%",length:1};let r=n>=
240?4:n>=224?3:n>=194?2:1,s=[n];for(let i=1;i<r;i++)s.push(Ts(e,t+i*3)??0);let o=new TextDecoder().decode(
Uint8Array.from(s));return o.includes("\uFFFD")?{text:String.fromCharCode(n),length:3}:{text:o,length:s.
length*3}}function Ts(e,t){if(e[t]!=="%")return;let n=e.slice(t+1,t+3);return yl.test(n)?parseInt(n,
16):void 0}function kl(e,t){let n=e.indexOf(";",t+1);if(n===-1||n-t>12)return{text:"&",length:1};let r=e.
slice(t+1,n),s=/^#(x0*[0-9a-f]{1,6}|0*[0-9]{1,7})$/i.exec(r);if(s?.[1]){let i=s[1].startsWith("x")||
s[1].startsWith("X")?parseInt(s[1].slice(1),16):parseInt(s[1],10);if(i>0&&i<=1114111)return{text:String.
fromCodePoint(i),length:n-t+1}}let o=ys[r]??ys[r.toLowerCase()];return o===void 0?{text:"&",length:1}:
{text:o,length:n-t+1}}function Al(e,t){let n=ws(e,t);if(n!==void 0){let o=n>=55296&&n<=56319?ws(e,t+
6)??0:0;return o>=56320&&o<=57343?{text:String.fromCharCode(n,o),length:12}:{text:String.fromCharCode(
n),length:6}}let r=e.charAt(t+1);if(wl.has(r))return{text:" ",length:2};let s=Tl[r];return s===void 0?
{text:"\\",length:1}:{text:s,length:2}}function ws(e,t){if(e[t]!=="\\"||e[t+1]!=="u")return;let n=e.
slice(t+2,t+6);return/[0-9a-fA-F]{4}/.test(n)?parseInt(n,16):void 0}function As(e,t){if(t.length===0)
return[];let n=[];if(Pl.test(e)){for(let s of t)Nl(e,s,n);return Rs(n)}let r=Dl.test(e);return!r&&vl.
test(e)&&!$l(e.replace(Cl,""),t)?[]:(xs(Ce(e),t,e.length,n),r&&xs(Ce(e,!1),t,e.length,n),Rs(n))}function $l(e,t){
return t.some(n=>e.includes(n))}var Dl=/[%&\\]/,vl=/^[\u0000-\u007f]*$/,Cl=/[\s+]/g,Pl=/^[\x21-\x24\x27-\x2a\x2c-\x5b\x5d-\x7e]*$/;
function Nl(e,t,n){for(let r=e.indexOf(t);r>=0;r=e.indexOf(t,r+1))n.push([r,r+t.length])}function xs(e,t,n,r){
for(let s of t)for(let o=e.chars.indexOf(s);o>=0;){let i=o+s.length-1;r.push([e.starts[o]??0,e.ends[i]??
n]),o=e.chars.indexOf(s,o+1)}}function Rs(e){e.sort((n,r)=>n[0]-r[0]);let t=[];for(let[n,r]of e){let s=t.
at(-1);s&&n<=s[1]?s[1]=Math.max(s[1],r):t.push([n,r])}return t}function Rn(e){if(e==="")return[];let t=Il(
e),n=[e,t,t.replace(/%20/g,"+"),JSON.stringify(e).slice(1,-1),Ss(e,"&#39;"),Ss(e,"&#x27;"),...Ol(e)];
return[...new Set(n)]}function Il(e){return encodeURIComponent(e.toWellFormed())}function Ss(e,t){let n={
"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":t};return e.replace(/[&<>"']/g,r=>n[r]??r)}function Ol(e){
let t=Buffer.from(e),n=t.toString("base64"),r=[n,n.replace(/=/g,"")];for(let s of[0,1,2]){let o=Buffer.
concat([Buffer.alloc(s),t]).toString("base64"),i=Math.ceil(s*8/6),u=Math.floor((s+t.length)*8/6);r.push(
o.slice(i,u))}return r.filter(s=>s.length>=6).flatMap(s=>[s,s.replace(/\+/g,"-").replace(/\//g,"_")])}var $s="***",Sn=1e3,Ds=256*1024,Ml=4*1024,En=12,_l=200,Ll=120,it=/[\s\u0085]+/g,Fl=new RegExp("[\\u00\
00-\\u001f\\u007f-\\u009f]|\\p{Default_Ignorable_Code_Point}|\\p{Cf}","gu"),vs="\uFFFD",Bl=/^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/,
Ul=/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,jl=/##\[/g;function a(e,...t){
return String.raw({raw:e},...t)}function L(e,t){return e.join(t)}function k(e){return at(kn(e))}var An=4;
function ut(e,t){return Buffer.from(`${e}:${t}`).toString("base64")}var te=class e{constructor(t=[],n=!0){
this.withIdentifiers=n;t.forEach(r=>this.addSecret(r))}withIdentifiers;forms=[];shortForms=[];longSecretsOnly;canonicalForms=[];longestForm=0;addSecret(t){
this.withIdentifiers&&(t.length<An?this.shortForms.push(...Rn(t)):(this.longSecretsOnly??=new e([],!1)).
addSecret(t));let n=Rn(t).filter(s=>!this.forms.includes(s));this.forms=[...this.forms,...n].sort((s,o)=>o.
length-s.length);let r=n.flatMap(s=>[Ce(s).chars,Ce(s,!1).chars]).filter(s=>s!=="");return this.canonicalForms=
[...new Set([...this.canonicalForms,...r])],this.longestForm=this.forms[0]?.length??0,n}redact(t){let n=As(
t,this.canonicalForms),r="",s=0;for(let[o,i]of n)r+=t.slice(s,o)+$s,s=i;return r+t.slice(s)}window(t=Sn){
return t*2+64+this.longestForm*En+1}text(t,n=Sn){if(t.length<=n&&Bl.test(t)&&!t.includes("  "))return Cs(
at(this.redact(t)));let r=n*2+64,s=Wl(t,this.window(n));return this.finish(kn(this.redactPart(s,r)),
n)}identifier(t,n=Sn){return this.shortForms.includes(t.trim())?$s:(this.longSecretsOnly??Hl).text(t,
n)}excerpt(t,n=_l){let r=this.longestForm*En,s=n+2*r+1;for(let o=Math.max(Ml,4*s);;o*=4){let i=Math.
min(o,Ds),u=t.length>i+r&&i<Ds,l=this.redactPart(t,i),c=kn(Jl(u?Kl(l):l));if(!u||c.length>=s)return this.
finish(c,n)}}redactPart(t,n){let r=this.longestForm*En;if(t.length<=n+r)return this.redact(t);let s=this.
redact(t.slice(0,n+r));return r>0?s.slice(0,-r):s}quote(t,n=Ll){let r=at(Vl(JSON.stringify(this.redact(
t))));return r.length>n?`${Ns(r,n)}\u2026"`:r}finish(t,n){return Cs(E(at(this.redact(t)),n))}},Hl=new te;
function Wl(e,t){if(e.length<=t)return e.replace(it," ");let n=new RegExp(it.source,"g"),r=0,s=0;for(;;){
let o=n.exec(e),i=o?o.index:e.length;if(!o||r+(i-s)>=t)return e.slice(0,s+(t-r)).replace(it," ");r+=
i-s+1,s=o.index+o[0].length}}function Cs(e){let t=Gl.test(e)?"latin1":"utf16le";return Buffer.from(e,
t).toString(t)}var Gl=/^[^\u0100-\uffff]*$/,ql=/[\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function Vl(e){return e.replace(ql,t=>`\\u${t.charCodeAt(0).toString(16).padStart(4,"0")}`)}function kn(e){
return e.replace(Ul,vs).replace(it," ").replace(Fl,vs).trim()}function at(e){let t=e.replace(jl,"## \
["),n=t.trimStart();return n.startsWith("::")?`: :${n.slice(2)}`:t}function Ns(e,t){let n=e.slice(0,
t),r=n.charCodeAt(n.length-1);return r>=55296&&r<=56319?n.slice(0,-1):n}var Ps=/<\/(script|style|head)\s*>/gi;
function Jl(e){let t="",n=0;for(;;){let r=e.indexOf("<",n),s=r<0?-1:e.indexOf(">",r+1);if(s===-1)return t+
e.slice(n);if(t+=`${e.slice(n,r)} `,n=s+1,Yl(e,r)){Ps.lastIndex=n;let o=Ps.exec(e);n=o?o.index+o[0].
length:e.length}}}function Kl(e){let t=e.lastIndexOf("<");return t>e.lastIndexOf(">")?e.slice(0,t):e}
function Yl(e,t){let n=e.charCodeAt(t+1)|32;return n!==115&&n!==104?!1:/^<(script|style|head)\b/i.test(
e.slice(t,t+8))}function E(e,t){return e.length>t?`${Ns(e,t)}\u2026`:e}function lt(e,t){return e.toFixed(
t)}var Xl="must be host:port (http:// is assumed; the platform usually listens on 8083) or an http(s):/\
/ URL",$n=/^[a-z][a-z0-9+.-]*:\/\//i,zl=/[/?#\\]/;function Dn(e){let t=$n.exec(e)?.[0]??"",n=e.slice(
t.length),r=n.lastIndexOf("@");if(r<0)return;let s=n.search(zl);return{scheme:t,userinfo:n.slice(0,r),
rest:n.slice(r+1),ambiguous:s>=0&&s<r}}function Is(e){let t=Dn(e.trim());if(!t||t.userinfo==="")return[];
let{userinfo:n}=t,r=n.indexOf(":"),s=r<0?n:n.slice(0,r),o=r<0?"":n.slice(r+1),i=r<0?s:o,u=[i,Pe(i),ut(
Pe(s),Pe(o))];return t.ambiguous&&u.push(n),[...new Set(u.filter(l=>l!==""))]}function me(e){let t=Dn(
e.trim()),n=t?`${t.scheme}***@${t.rest}`:e.trim();return Zl(n)}function Zl(e){let t=$n.exec(e)?.[0]??
"",n=e.slice(t.length),r=n.search(/[?#]/);return r<0?e:`${t}${n.slice(0,r)}${n[r]}\u2026`}function Os(e){
let t=e.trim();if(t==="")throw new f("is required");if(ae(t)||/\s/.test(t))throw new f("must not con\
tain spaces or control characters",me(t));if(Dn(t)?.ambiguous)throw new f("must percent-encode / ? #\
 in a user name or password (user:p%2Fss@host), and @ in a path (%40)",me(t));let n=Ql(t),r=n.pathname.
replace(/\/+$/,""),s={base:`${n.protocol}//${n.host}${r}`};return(n.username!==""||n.password!=="")&&
(s.basicAuth={username:Pe(n.username),password:Pe(n.password)}),s}function Ql(e){let t=$n.test(e),n=ec(
t?e:`http://${e}`,e);if(n.protocol!=="http:"&&n.protocol!=="https:")throw new f("must use http:// or\
 https://",me(e));if(!t&&n.port==="")throw new f("must include a port when no scheme is given (e.g. \
anymetrics.example.com:8083)",me(e));if(/[?#]/.test(e))throw new f("must not contain a query (?) or \
fragment (#)",me(e));return n}function ec(e,t){try{return new URL(e)}catch{throw new f(Xl,me(t))}}function Pe(e){
try{return decodeURIComponent(e)}catch{return e}}var ct=864e5,tc=/^(\d{4})-(\d{2})-(\d{2})$/,nc=/^today\s*-\s*(\d{1,5})$/i,Ms=36600,rc="must be yyyy-\
MM-dd, today, yesterday, today-N, or a range A..B of those",_s="..",Ls=36600,Fs=/^((Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?|UTC|Etc\/[A-Za-z0-9_+-]+)$/,
Bs={CST:"CST is ambiguous: write Asia/Shanghai or America/Chicago",EST:"EST is ambiguous: write Amer\
ica/New_York (or America/Panama, which has no daylight saving)",IST:"IST is ambiguous: write Asia/Ko\
lkata, Europe/Dublin or Asia/Jerusalem",BST:"BST is ambiguous: write Europe/London or Asia/Dhaka",GMT:"\
write UTC, or Europe/London for British time",PST:"write America/Los_Angeles",PDT:"write America/Los\
_Angeles",MST:"write America/Denver (or America/Phoenix, which has no daylight saving)",JST:"write A\
sia/Tokyo",KST:"write Asia/Seoul",HKT:"write Asia/Hong_Kong",SGT:"write Asia/Singapore",CET:"write a\
 city zone such as Europe/Berlin or Europe/Paris",EET:"write a city zone such as Europe/Athens or Eu\
rope/Helsinki"};function js(e){if(e==="UTC")return null;let t=e.toUpperCase();if(Bs[t])return Bs[t];
if(/^[+-]\d/.test(e)||/^(UTC|GMT)[+-]/i.test(e))return"is a fixed offset, which ignores daylight sav\
ing: write an IANA name such as Asia/Shanghai (or Etc/GMT-8 for UTC+8; the sign is inverted)";let n=sc(
e);return n===null?"must be an IANA time zone such as UTC or Asia/Shanghai":Fs.test(e)?null:`is a le\
gacy alias or abbreviation: write ${Fs.test(n)&&n!==e?n:"an Area/Location name"} (e.g. Asia/Shanghai\
 or UTC)`}function sc(e){try{return new Intl.DateTimeFormat("en-US",{timeZone:e}).resolvedOptions().
timeZone}catch{return null}}function Hs(e){return Pn(Vs(e))}function Cn(e,t){let n;return Gs(e,()=>n??=
Vs(t)).map(Pn)}function Ws(e){Gs(e,void 0)}function Gs(e,t){if(e.length===0)throw new f("must name a\
t least one partition");let n=new Set;for(let r of e)for(let s of oc(r.trim(),t))n.add(s);return[...n].
sort((r,s)=>r-s)}function oc(e,t){let n=e.indexOf(_s);if(n<0){let l=qs(e);return t?[vn(l,t)]:[]}if(e.
includes("..."))throw new f("has a range with three dots: write A..B (two dots)",e);let r=e.slice(0,
n).trim(),s=e.slice(n+_s.length).trim();if(r===""||s==="")throw new f(`has a range without its ${r===
""?"first":"last"} day: write A..B (e.g. 2024-07-01..yesterday)`,e);let o=ic(Us(r,e),Us(s,e),t);if(o===
void 0)return[];let[i,u]=o;if(u<i)throw new f(`has a reversed range (${r} is after ${s}): write it o\
ldest first`,e);if(u-i>=Ls)throw new f(`has a range longer than ${Ls} days`,e);return t?Array.from({
length:u-i+1},(l,c)=>i+c):[]}function ic(e,t,n){if(n)return[vn(e,n),vn(t,n)];if("date"in e&&"date"in
t)return[e.date,t.date];if("daysBack"in e&&"daysBack"in t)return[-e.daysBack,-t.daysBack]}function vn(e,t){
return"date"in e?e.date:t()-e.daysBack}function Us(e,t){try{return qs(e)}catch(n){throw n instanceof
f?new f(n.rule,t):n}}function qs(e){let t=e.toLowerCase();if(t==="today")return{daysBack:0};if(t==="\
yesterday")return{daysBack:1};let n=nc.exec(e);if(n){let r=Number(n[1]);if(r>Ms)throw new f(`must no\
t reach back more than ${Ms} days`,e);return{daysBack:r}}return{date:ac(e)}}function ac(e){let t=tc.
exec(e);if(!t)throw new f(rc,e);let[n,r,s]=t.slice(1).map(Number),o=Date.UTC(n,r-1,s)/ct;if(Pn(o)!==
e)throw new f("must be a real calendar date (yyyy-MM-dd)",e);return o}function Vs({now:e,timeZone:t}){
if(t==="UTC")return Math.floor(e.getTime()/ct);let n=new Intl.DateTimeFormat("en-US",{timeZone:t,year:"\
numeric",month:"numeric",day:"numeric"}).formatToParts(e),r=s=>Number(n.find(o=>o.type===s)?.value);
return Date.UTC(r("year"),r("month")-1,r("day"))/ct}function Pn(e){return new Date(e*ct).toISOString().
slice(0,10)}var Js=3600;function Ks(e){let t=Number(e);if(!/^\d+(\.\d+)?$/.test(e)||t<=0||t>Js)throw new f(`must\
 be a number of seconds above 0, at most ${Js}`,e);let n=Math.round(t*1e3);if(n<1)throw new f("must \
be at least 0.001 (1 ms); it rounds to 0 ms",e);return n}function Nn(e,t,n){let r=Number(e);if(!/^\d+(\.\d+)?$/.
test(e)||r<n.min||r>n.max||r<=0){let o=n.min>0?`from ${n.min}`:"above 0";throw new f(`must be a numb\
er of ${t.name} ${o}, at most ${n.max}`,e)}let s=Math.round(r*t.ms);if(s<1)throw new f("must be at l\
east 1 ms; it rounds to 0 ms",e);return s}function dt(e,t,n){if(!/^\d+$/.test(e)||Number(e)<t||Number(
e)>n)throw new f(`must be a whole number from ${t} to ${n}`,e);return Number(e)}function Ys(e){if(e.
toLowerCase()==="check")return"check";try{return In(e)?"plan":"off"}catch{throw new f("must be true,\
 false or check",e)}}function In(e){if(["true","True","TRUE"].includes(e))return!0;if(["false","Fals\
e","FALSE"].includes(e))return!1;throw new f("must be true or false",e)}function Xs(e){let t=js(e);if(t)
throw new f(t,e);return e}var On="anymetrics-refresh/resume",Mn=1,zs=8*1024*1024,he="must be the path of a file this action wr\
ote as resume-file, or of none yet";function Zs(e,t){let n=e.trim();if(n==="")return;if(ae(n))throw new f(
he,n);let r;try{r=t(n)}catch(s){let o=s.code??"unreadable";throw new f(`${he}; it cannot be read (${o}\
)`,n)}return{path:n,record:r===void 0?{entries:[]}:uc(r,n)}}function uc(e,t){let n;try{n=JSON.parse(
e)}catch{throw new f(`${he}; it is not JSON (corrupt, or not this action's)`,t)}if(!Ne(n)||n.format!==
On)throw new f(`${he}; it is not this action's (no "format": "${On}")`,t);if(n.version!==Mn){let s=JSON.
stringify(n.version??null).slice(0,20);throw new f(`${he}; it is of version ${s}, and this action re\
ads version ${Mn}`,t)}let r=n.entries;if(!Array.isArray(r)||!r.every(lc))throw new f(`${he}; its ent\
ries are corrupt`,t);return{entries:r}}function Qs(e){let t={format:On,version:Mn,note:"Written by a\
nymetrics-refresh: triggers accepted so far are not sent again by a run given this file as resume-fi\
le.",entries:e.entries};return`${JSON.stringify(t,null,1)}
`}function lc(e){return Ne(e)&&typeof e.host=="string"&&typeof e.tenantId=="string"&&Array.isArray(e.
accepted)&&e.accepted.every(cc)&&Array.isArray(e.baselines)&&e.baselines.every(dc)}function cc(e){return Ne(
e)&&typeof e.tableName=="string"&&typeof e.partition=="string"&&eo(e.traceId)}function dc(e){return Ne(
e)&&Ne(e.plan)&&(e.plan.by==="id"||e.plan.by==="name")&&typeof e.plan.value=="string"&&(e.refreshMs===
null||Number.isFinite(e.refreshMs))&&eo(e.latestRefreshTime)}function eo(e){return e===null||typeof e==
"string"}function Ne(e){return typeof e=="object"&&e!==null&&!Array.isArray(e)}var to="id:",no=100;function ro(e){let t=new Map;for(let n of C(e)){let r=pc(n);t.set(`${r.by}:${r.value}`,
r)}if(t.size>no)throw new f(`names ${t.size} plans; at most ${no} (split the wait across steps)`);return[
...t.values()]}function pc(e){let t=e.toLowerCase().startsWith(to),n=t?e.slice(to.length).trim():e;if(n===
"")throw new f("has an id: entry without a plan ID",e);if(ae(n))throw new f("has a plan with control\
 characters",e);if(n.length>ee)throw new f(`has a plan longer than ${ee} characters`,e);return{by:t?
"id":"name",value:n,label:t?`id:${n}`:n}}var fc=["datasource","catalog-schema","table"];function Ln(e,t,n,r){let s=C(e["table-name"]),o=fc.filter(
i=>e[i]!==""&&!(n&&i==="datasource"));return s.length>0&&o.length>0?so(r,"table-name",`cannot be com\
bined with ${o.join(", ")}: give full names or their parts, not both`):s.length>0?r.take(()=>s.map(i=>mc(
i,t))):o.length===0&&n?[]:o.length===0?so(r,"table-name","is required (or give datasource, catalog-s\
chema and table, or dbt-run-results, instead)"):hc(e,n,r)}function so(e,t,n){return e.take(()=>{throw new M(
t,n)})}function mc(e,t){let n=y("table-name",()=>nt(e));return n.backticksAdded&&t.push(`table-name:\
 added the backticks the platform requires: ${n.tableName}`),n.tableName}function hc(e,t,n){let r=(t?
new Q:n).take(()=>_n(e,"datasource",fe)),s=n.take(()=>_n(e,"catalog-schema",us)),o=n.take(()=>_n(e,"\
table",i=>C(i).map(fe)));if(!(r===void 0||s===void 0||o===void 0))return n.take(()=>y("table",()=>o.
map(i=>ls(r,s,i))))}function _n(e,t,n){if(C(e[t]).length===0)throw new M(t,"is required when datasou\
rce, catalog-schema or table is given");return y(t,()=>n(e[t]))}var ne=["host","tenant-id","auth-type","auth-value","app-id","app-secret","table-name","datasource",
"catalog-schema","table","partition","timezone","timeout-seconds","retries","concurrency","fail-fast",
"dry-run","max-triggers","resume-file","ca-certificate","dbt-run-results","dbt-manifest","dbt-select",
"dbt-exclude","dbt-catalog","wait-for-plans","wait-timeout-minutes","wait-interval-seconds"],gc=10,yc=32,
Fn=2e3,bc=350,Tc=600,wc={name:"minutes",ms:6e4},xc={name:"seconds",ms:1e3},Rc={timeZone:{input:"time\
zone",default:"UTC",parse:Xs},timeoutMs:{input:"timeout-seconds",default:"30",parse:Ks},retries:{input:"\
retries",default:"3",parse:e=>dt(e,0,gc)},concurrency:{input:"concurrency",default:"4",parse:e=>dt(e,
1,yc)},failFast:{input:"fail-fast",default:"false",parse:In},dryRun:{input:"dry-run",default:"false",
parse:Ys},maxTriggers:{input:"max-triggers",default:"1000",parse:e=>dt(e,1,Fn)},waitTimeoutMs:{input:"\
wait-timeout-minutes",default:"60",parse:e=>Nn(e,wc,{min:0,max:bc})},waitIntervalMs:{input:"wait-int\
erval-seconds",default:"30",parse:e=>Nn(e,xc,{min:1,max:Tc})}};function oo(e){return[e["auth-value"],
e["app-secret"],...Is(e.host)].filter(t=>t!=="")}function io(e,t){let n=[],r=new Q,s=r.take(()=>y("h\
ost",()=>Os(e.host))),o=r.take(()=>y("tenant-id",()=>Ac(e["tenant-id"]))),i=Ur(e,r),u=e["dbt-run-res\
ults"]!=="",l=u?gs(e,t.openArtifact,r,Sc(e,t.now)):void 0,c=Ln(e,n,u,r),d=c&&(!u||l)?[...c,...$c(l)]:
void 0,p=ao(e,r),{timeZone:m,maxTriggers:g}=p,h=r.take(()=>y("partition",()=>Ec(e,{now:t.now,timeZone:m}))),
x=d&&h&&g!==void 0?r.take(()=>y("max-triggers",()=>st(d,h,{maxTriggers:g,largest:Fn}))):void 0,I=r.take(
()=>y("wait-for-plans",()=>ro(e["wait-for-plans"]))),H=r.take(()=>y("ca-certificate",()=>Fr(e["ca-ce\
rtificate"],t.readTextFile))),q=r.take(()=>({file:y("resume-file",()=>Zs(e["resume-file"],t.readOwnFile))}));
r.throwIfAny();let qt={...p,host:s,tenantId:o,credentials:i,plan:x,caCertificates:H,waitForPlans:I},
O=kc(qt),We=Hs({now:t.now,timeZone:O.timeZone});return{config:{...O,today:We,dbt:l,resume:q?.file},notices:n}}
function Sc(e,t){let n=new Q,r=Ln(e,[],!0,n),{timeZone:s,maxTriggers:o}=ao(e,n);if(r===void 0||s===void 0||
o===void 0)return;let i=n.take(()=>y("partition",()=>Cn(C(e.partition||"today"),{now:t,timeZone:s})));
return i&&{tableNames:r,partitions:i,limits:{maxTriggers:o,largest:Fn}}}function Ec(e,{now:t,timeZone:n}){
let r=C(e.partition||"today");if(n!==void 0)return Cn(r,{now:t,timeZone:n});Ws(r)}function ao(e,t){let n=Object.
entries(Rc).map(([r,s])=>[r,t.take(()=>y(s.input,()=>s.parse(e[s.input]||s.default)))]);return Object.
fromEntries(n)}function kc(e){for(let[t,n]of Object.entries(e))if(n===void 0)throw new Error(`input ${t}\
 was neither parsed nor refused`);return e}function Ac(e){return G(e),ue(e),Ye(e),e}function $c(e){return e?
e.mapped.map(t=>t.tableName):[]}var uo=require("node:fs");function lo(e){let t=[],n=()=>{let o=[],i=!1,u=()=>{o.length!==0&&(i?e.progress(
o.join(`
`)):e.info(o.join(`
`)),o=[])};for(let l of t.splice(0))l.progress!==i&&u(),i=l.progress,o.push(l.text);u()},r=(o,i)=>{t.
push({text:o,progress:i})===1&&setImmediate(n)},s=o=>(...i)=>(n(),o(...i));return{info:o=>r(o,!1),progress:o=>r(
o,!0),setSecret:s(e.setSecret),debug:s(e.debug),notice:s(e.notice),warning:s(e.warning),error:s(e.error),
startGroup:s(e.startGroup),endGroup:s(e.endGroup),setOutput:s(e.setOutput),writeSummary:s(e.writeSummary),
fail:s(e.fail)}}function Bn(e){if(!e)return;let t;try{t=(0,uo.statSync)(e)}catch{return}if(!(t.isFile()||
t.isCharacterDevice()))throw Object.assign(new Error(`${e} is not a regular file`),{code:"ENOTFILE"})}var R=require("node:fs"),Un=1024*1024,Ie=class extends Error{constructor(n){super(n);this.code=n;this.
name="FileRefusal"}code};function Oe(e,t){if(!(0,R.statSync)(e).isFile())throw new Ie("not a regular\
 file");let n=(0,R.openSync)(e,"r");try{let r=[],s=0;for(;;){let o=Buffer.allocUnsafe(Un),i=(0,R.readSync)(
n,o,0,Un,null);if(i===0)break;if(s+=i,s>t)throw new Ie(`larger than ${t} bytes`);r.push(o.subarray(0,
i))}return Buffer.concat(r,s).toString("utf8")}finally{(0,R.closeSync)(n)}}function co(e,t=Un){return{
*[Symbol.iterator](){if(!(0,R.statSync)(e).isFile())throw new Ie("not a regular file");let n=(0,R.openSync)(
e,"r");try{let r=Buffer.allocUnsafeSlow(t);for(;;){let s=(0,R.readSync)(n,r,0,t,null);if(s===0)return;
yield r.subarray(0,s)}}finally{(0,R.closeSync)(n)}}}}function po(e,t){try{return Oe(e,t)}catch(n){if(n.
code==="ENOENT")return;throw n}}function pt(e,t){let n=`${e}.${process.pid}.tmp`;try{(0,R.writeFileSync)(
n,t,{mode:420}),(0,R.renameSync)(n,e)}catch(r){throw(0,R.rmSync)(n,{force:!0}),r}}var fo={baseDelayMs:1e3,maxDelayMs:3e4,retryAfterCapMs:6e4},Dc=new Set([408,429,502,503,504]),vc=new Set(
["ECONNREFUSED","ECONNRESET","ECONNABORTED","EPIPE","ETIMEDOUT","TIMEOUT","EPROXY","EAI_AGAIN","ENET\
UNREACH","ENETDOWN","EHOSTUNREACH","ECLOSED"]);function Wn(e){return"status"in e?Dc.has(e.status):vc.
has(e.errorCode)}function Cc(e,t,n){let r=Math.min(t.maxDelayMs,t.baseDelayMs*2**(e-1));return Math.
floor(n()*r)}function mo(e,t){if(e===void 0)return;let n=e.trim();if(/^\d+$/.test(n))return Number(n)*
1e3;let r=Nc(n,t);return r===void 0?void 0:Math.max(0,r-t)}var ho=["Jan","Feb","Mar","Apr","May","Ju\
n","Jul","Aug","Sep","Oct","Nov","Dec"],jn=`(?<month>${ho.join("|")})`,Hn="(?<hour>\\d{2}):(?<minute>\
\\d{2}):(?<second>\\d{2})",Pc=[new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?<day>\\d{2}) ${jn} (?<y\
ear>\\d{4}) ${Hn} GMT$`),new RegExp(`^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?<day>\\d{2})-${jn}\
-(?<year>\\d{2}) ${Hn} GMT$`),new RegExp(`^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${jn} (?<day>[ \\d]\\d) ${Hn}\
 (?<year>\\d{4})$`)];function Nc(e,t){let n=Pc.map(g=>g.exec(e)?.groups).find(Boolean);if(!n)return;
let{day:r,month:s,year:o,hour:i,minute:u,second:l}=n,c=[r,i,u,l].map(Number),d=Date.UTC(Ic(o,t),ho.indexOf(
s),...c),p=new Date(d);return[p.getUTCDate(),p.getUTCHours(),p.getUTCMinutes(),p.getUTCSeconds()].every(
(g,h)=>g===c[h])?d:void 0}function Ic(e,t){let n=Number(e);if(e.length===4)return n;let r=new Date(t).
getUTCFullYear(),s=r-r%100+n;return s>r+50?s-100:s}var Oc=250;function go(e,t,n,r){return n!==void 0?
Gn(n,t):Cc(e,t,r)}function Gn(e,t){return Math.min(Math.max(e,Oc),t.retryAfterCapMs)}var ft=require("node:net");var A=class extends Error{constructor(n,r,s){super(n);this.description=n;this.code=r;this.afterMs=s;
this.name="TransportError"}description;code;afterMs},yo=new A("cancelled","CANCELLED"),bo=new A("can\
celled","CANCELLED_SENT");function To(e,t,n){return{url:e,host:n.text(e.host,300),proxy:t?n.text(`${t.
protocol}//${t.host}`,300):void 0}}function qn(e){if(e instanceof A)return e;let t=e?.code,n=e instanceof
Error?e.message:String(e);return new A(n,typeof t=="string"?t:"UNKNOWN")}async function wo(e,t){let n=qn(
e);return t.proxy?n:n.code==="EPROTO"&&t.url.protocol==="https:"&&(t.speaksPlainHttp??=_c(t.url),await t.
speaksPlainHttp)?new A(n.description,"EPLAINPORT"):n.code==="ECONNRESET"&&t.url.protocol==="http:"&&
(t.speaksTls??=Mc(t.url),await t.speaksTls)?new A(n.description,"ETLSPORT"):n}function Mc(e){let t=e.
hostname.startsWith("[")?e.hostname.slice(1,-1):e.hostname;return new Promise(n=>{let r=process.getBuiltinModule(
"node:tls").connect({host:t,port:Number(e.port||80),...(0,ft.isIP)(t)?{}:{servername:t},rejectUnauthorized:!1,
timeout:2e3}),s=o=>{r.destroy(),n(o)};r.once("secureConnect",()=>s(!0)),r.once("error",()=>s(!1)),r.
once("timeout",()=>s(!1))})}function _c(e){return new Promise(t=>{let n=e.hostname.startsWith("[")?e.
hostname.slice(1,-1):e.hostname,r=(0,ft.connect)({host:n,port:Number(e.port||443),timeout:2e3}),s="",
o=i=>{r.destroy(),t(i)};r.setEncoding("latin1"),r.on("data",i=>{s+=i,s.length>=5&&o(s.startsWith("HT\
TP/"))}),r.once("end",()=>o(!1)),r.once("error",()=>o(!1)),r.once("timeout",()=>o(!1)),r.write(`HEAD\
 / HTTP/1.0\r
Host: ${e.host}\r
\r
`)})}function Lc(e,t,n,r){let s=e.code==="HPE_HEADER_OVERFLOW"?a`: its headers are larger than Node reads (16 KiB)`:
a``;return a`${t}${n} sent an answer that is not valid HTTP (${r})${s}`}var Fc=new Set(["UNABLE_TO_V\
ERIFY_LEAF_SIGNATURE","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_GET_ISSUER_CERT","SELF_SIGNED_C\
ERT_IN_CHAIN","DEPTH_ZERO_SELF_SIGNED_CERT"]),Bc={ECONNREFUSED:a`connection refused`,ECONNRESET:a`connection reset`,
ENOTFOUND:a`name not found`,EAI_AGAIN:a`DNS lookup failed temporarily`,ETIMEDOUT:a`connection timed out`};
function xo(e,t,n){let r=t.text(e.code,64),s=n?.host??a`the host`,o=n?.proxy?a` via proxy ${n.proxy}`:
a``;if(e.code.startsWith("HPE_"))return Lc(e,s,o,r);switch(e.code){case"ELOCAL":return a`the request could not be made here, so nothing was sent: ${t.
text(e.description)}`;case"EUPGRADE":case"ECLOSED":return a`${s}${o}: ${t.text(e.description)}`;case"\
CANCELLED":return a`cancelled before the request reached ${s}`;case"CANCELLED_SENT":return a`cancelled while waiting for ${s} to answer; the platform may have received it and started the refresh`;case"\
TIMEOUT":return a`${s}${o} sent no answer within ${(e.afterMs??0)/1e3} s`;case"EPROXY":return a`could not open a tunnel to ${s} through the proxy ${n?.
proxy??a`in http_proxy/https_proxy`}: ${t.text(e.description)}; check the proxy variables, or list the host in no_proxy`;case"\
EPLAINPORT":return a`${s} does not speak TLS (it answered plain HTTP): use http:// instead of https://`;case"\
ETLSPORT":return a`${s} speaks TLS: use https://${s} instead of http://`}if(Fc.has(e.code))return a`the TLS certificate of ${s} is not trusted (${r}): if a company CA signed it, pass that CA in ca-certificate`;
let i=Bc[e.code];return i?a`${i} by ${s}${o} (${r})`:a`${s}${o}: ${t.text(e.description)}`}var ht="/anymetrics/api/v1",mt=`${ht}/scheduler/task/trigger`,Ro=`${ht}/token/create`,So=`${ht}/acce\
lerate/latestTime`,Eo=`${ht}/accelerate/plan/queryAccelerateResultPlanList`,Uc=[mt,Ro,So,Eo],jc=/\/anymetrics(?=\/|$)/i;
function ko(e){let t=e.endsWith(mt)?e.slice(0,-mt.length):e;return{host:t,trigger:new URL(t+mt),token:new URL(
t+Ro),planStatus:new URL(t+So),planList:new URL(t+Eo)}}function Ao(e){let t=e.pathname,n=Uc.find(o=>t.
endsWith(o))??"",r=t.slice(0,t.length-n.length).replace(/\/+$/,""),s=r.search(jc);return{prefix:r,pastedApiPath:s<
0?void 0:r.slice(s)}}var Hc=32,Wc=128,Gc=8,Vn=4096;function Do(e,t){if(Vc(e.status))return Zc(e,t);let n=ed(e.body);if(!n)
return Qc(e,t);let r=Kc(n,t),s=Yc(e,n,r,t);return{succeeded:s===null,code:r.code,traceId:r.traceId,data:r.
data,reason:s,warning:s===null&&Yn(n.data)?.trim()==="false"?a`the platform answered data "false"`:null}}
function P(e){return{succeeded:!1,code:null,traceId:null,data:null,reason:e,warning:null}}function qc(e){
return e>=200&&e<300}function Vc(e){return e>=300&&e<400&&e!==304}function Jc(e){return Kn(e)?String(
e).trim():null}function Kc(e,t){let n=(s,o)=>{let i=Yn(s);return i===null||i.trim()===""?null:t.text(
i,o)},r=Kn(e.code)?Yn(e.code):null;return{code:r===null||r.trim()===""?null:t.identifier(r,Hc),traceId:Kn(
e.traceId)?n(e.traceId,Wc):null,data:n(e.data),errorMsg:n(e.errorMsg),detailErrorMsg:n(e.detailErrorMsg)}}
function Yc(e,t,n,r){let s=Xc(n.errorMsg,n.detailErrorMsg);if(!qc(e.status)){let i=vo(e,r),u=Co(e,r);
return s!==null?a`${i}: ${s}${u}`:a`${i}${Jn(n.code)}${u}`}if(s!==null)return s;let o=zc(t,r);return o.
value!==!0?o.name===null?a`the response has neither "succeed" nor "success"${Jn(n.code)}`:a`the platform answered ${o.
name}: ${o.shown}${Jn(n.code)}`:Jc(t.code)!=="200"?n.code===null?a`the platform answered code null`:
a`the platform answered code "${n.code}"`:null}function Xc(e,t){return e===null?t:t===null||t===e?e:
a`${e}: ${t}`}function zc(e,t){return"succeed"in e?{name:a`succeed`,...$o(e.succeed,t)}:"success"in e?
{name:a`success`,...$o(e.success,t)}:{name:null,value:void 0,shown:a``}}function $o(e,t){return{value:e,
shown:t.text(gt(e),60)}}function Jn(e){return e===null?a``:a` (code ${e})`}function Zc(e,t){let n=e.
location?t.text(e.location,300):a`an address it did not give`;return P(a`HTTP ${e.status} redirect to ${n}: the action does not follow redirects, set host to the final address`)}
function Qc(e,t){let n=t.excerpt(e.body),r=e.body.trim()===""?a`an empty body`:n===""?a`a page of markup with no text, not a JSON object`:
a`a body that is not a JSON object: ${n}`,s=vo(e,t);return P(a`${s} with ${r}${Co(e,t)}`)}function vo(e,t){
let n=Po(e);return n===void 0?a`HTTP ${e.status}`:(n.username="",n.password="",a`HTTP 404 from ${t.text(
n.href)}`)}function Co(e,t){let n=Po(e);if(n===void 0)return a``;let{prefix:r,pastedApiPath:s}=Ao(n);
return s!==void 0?a`; the host input should be scheme://host:port (with a gateway prefix only if there is one): drop ${t.
text(s)}`:r!==""?a`; check the host's path ${t.text(r)}: the host input should be scheme://host:port, with a gateway prefix only if there is one`:
a`; check that the host input is the AnyMetrics platform's scheme://host:port (it usually listens on 8083)`}
function Po(e){if(!(e.status!==404||e.url===void 0))try{return new URL(e.url)}catch{return}}function ed(e){
if(!td.test(e))return null;try{let t=JSON.parse(e);return typeof t=="object"&&t!==null&&!Array.isArray(
t)?t:null}catch{return null}}var td=/^[ \t\n\r]*\{/;function Kn(e){return typeof e=="string"||typeof e==
"number"}function Yn(e){return e==null?null:typeof e=="string"?e:gt(e)}function gt(e){let t=[],n=0,r=i=>(t.
push(i),n+=i.length,n<Vn),s=(i,u)=>{if(i===null||typeof i!="object")return r(JSON.stringify(i)??"nul\
l");if(u>=Gc)return r("\u2026");let l=Array.isArray(i)?i.map(c=>[null,c]):Object.entries(i);if(!r(Array.
isArray(i)?"[":"{"))return!1;for(let[c,[d,p]]of l.entries())if(c>0&&!r(",")||d!==null&&!r(`${JSON.stringify(
d)}:`)||!s(p,u+1))return!1;return r(Array.isArray(i)?"]":"}")};s(e,0);let o=t.join("");return n<Vn?o:
`${o.slice(0,Vn)}\u2026`}function Me(e){return e.end.kind==="answered"&&e.end.status===429}function yt(e){return e.end.kind===
"answered"?e.end.pushbackMs:void 0}function re(e,t,n=Date.now()){let r=Wn({status:e.status}),o=(r?mo(
e.retryAfter,n):void 0)??(e.status===429?0:void 0);return{verdict:Do(e,t),retryable:r,end:{kind:"ans\
wered",status:e.status,pushbackMs:o}}}function No(e,t,n){let r=qn(e);return{verdict:P(xo(r,t,n)),retryable:Wn(
{errorCode:r.code}),end:nd(r.code)}}function nd(e){return e==="CANCELLED"||e==="CANCELLED_SENT"?{kind:"\
cancelled",sent:e==="CANCELLED_SENT"}:e==="ELOCAL"?{kind:"not-sent"}:e.startsWith("HPE_")?{kind:"inv\
alid-http"}:{kind:"silent"}}function _e(e,t){let{code:n,traceId:r}=e.verdict;return{...e,verdict:{...P(
t),code:n,traceId:r}}}var Lo=W(require("node:http"),1);var Oo=W(require("node:http"),1),Le=W(require("node:net"),1);var Io=16*1024;function Mo(e,t){let n=e?process.getBuiltinModule("node:https").Agent:Oo.default.Agent;
class r extends n{opening=new Set;createConnection(o,i){let u=o.host??"localhost",l=Number(o.port),c=rd(
t.proxy);this.opening.add(c),od(c,sd(u,l,t.proxy),t,d=>{if(this.opening.delete(c),d)return i(d);i(null,
e?ud(c,o,u):c)})}destroy(){for(let o of this.opening)o.destroy();super.destroy()}}return new r({keepAlive:!0,
maxSockets:t.maxSockets})}function rd(e){let t=ld(e.hostname);return e.protocol!=="https:"?Le.default.
connect({host:t,port:Number(e.port||80)}):process.getBuiltinModule("node:tls").connect({host:t,port:Number(
e.port||443),...Le.default.isIP(t)?{}:{servername:t}})}function sd(e,t,n){let r=Le.default.isIP(e)===
6?`[${e}]:${t}`:`${e}:${t}`,s=[`CONNECT ${r} HTTP/1.1`,`Host: ${r}`];if(n.username||n.password){let o=Buffer.
from(`${n.username}:${n.password}`).toString("base64");s.push(`Proxy-Authorization: Basic ${o}`)}return`${s.
join(`\r
`)}\r
\r
`}function od(e,t,n,r){let s=Buffer.alloc(0),o=d=>{if(clearTimeout(c),e.off("data",i).off("error",u).
off("end",l).off("close",l),d===void 0)return r();e.destroy(),r(new A(d,"EPROXY"))},i=d=>{s=Buffer.concat(
[s,d]);let p=s.indexOf(`\r
`);if(p<0){s.length>Io&&o("the proxy answered something that is not HTTP");return}let m=/^HTTP\/\d(?:\.\d)? (\d{3})(?: |$)/.
exec(s.subarray(0,p).toString());if(!m)return o("the proxy answered something that is not HTTP");if(m[1]!==
"200")return o(id(Number(m[1]),n.proxy));let g=s.indexOf(`\r
\r
`);if(g<0){s.length>Io&&o("the head of the proxy's answer is over 16 KiB");return}if(g+4<s.length)return o(
"the proxy sent bytes after its answer 200");o()},u=d=>o(ad(d,n.proxy)),l=()=>o("the proxy closed th\
e connection without answering"),c=setTimeout(()=>o(`the proxy did not answer within ${n.timeoutMs/1e3}\
 s`),n.timeoutMs);e.on("data",i).on("error",u).on("end",l).on("close",l),e.write(t)}function id(e,t){
return e!==407?`the proxy answered ${e}`:t.username||t.password?"the proxy answered 407 (it refused \
the credentials in the proxy URL)":"the proxy answered 407 (it wants credentials: user:password@ in \
the proxy URL)"}function ad(e,t){let{code:n,syscall:r,address:s,port:o,hostname:i}=e,u=s?o?` ${s}:${o}`:
` ${s}`:i?` ${i}`:"";return r?`${r} ${n??"failed"}${u}`:t.protocol==="https:"?`TLS with the proxy fa\
iled (${n??"no code"})`:`the connection to the proxy failed (${n??"no code"})`}function ud(e,t,n){let r=process.
getBuiltinModule("node:tls").connect({...t,socket:e,servername:Le.default.isIP(n)?void 0:n});return r.
once("close",()=>e.destroy()),r}function ld(e){return e.startsWith("[")?e.slice(1,-1):e}function _o(e){let t=process.getBuiltinModule("node:tls"),n=t.getCACertificates;return[...n?n("defau\
lt"):t.rootCertificates,...e]}function Fo(e,t){let n=e.protocol==="https:",r=n?process.getBuiltinModule("node:https"):Lo.default,s=xr(
e),{maxSockets:o,timeoutMs:i}=t,u=s?.hostname?Mo(n,{proxy:s,maxSockets:o,timeoutMs:i}):new r.Agent({
keepAlive:!0,maxSockets:o});return n&&t.caCertificates.length>0&&cd(u,t.caCertificates),{agent:u,transport:r,
proxy:s?.hostname?s:void 0}}function cd(e,t){let n=e;n.options={...n.options,ca:_o(t)}}var Bo=1024*1024;function Uo(e,t,n){let{transport:r,url:s,agent:o,headers:i,payload:u,timeoutMs:l,signal:c}=e;
return new Promise((d,p)=>{let m=!1,g=!1,h=v=>{if(!m){m=!0,clearTimeout(qt);try{d(v())}catch(Ee){p(Ee)}}},
x=()=>new A(`no answer within ${l/1e3} s`,"TIMEOUT",l),I=!1,H=()=>I?bo:yo,q=v=>h(()=>n(g?x():c?.aborted?
H():v)),qt=setTimeout(()=>{g=!0,O?.destroy(x()),q(x())},l),O;try{O=r.request(s,{method:"POST",agent:o,
headers:{...i,"content-length":Buffer.byteLength(u)},...c?{signal:c}:{}})}catch(v){return q(dd(v))}let We=!1;
O.on("response",v=>{We=!0,fd(v,q,Ee=>h(()=>t({status:v.statusCode??0,body:Ee,url:s.href,...pd(v)})))}),
O.on("upgrade",(v,Ee)=>{Ee.destroy(),q(new A(`answered ${v.statusCode??101} ${v.statusMessage??""} (\
a protocol switch), not an HTTP answer`,"EUPGRADE"))}),O.on("finish",()=>I=!0),O.on("error",q),O.on(
"close",()=>{We||q(new A("the connection closed without an answer","ECLOSED"))}),O.end(Buffer.from(u,
"utf8"))})}function dd(e){let t=e instanceof Error?e.message:String(e);return new A(t,"ELOCAL")}function pd(e){
let{"retry-after":t,location:n}=e.headers;return{...typeof t=="string"?{retryAfter:t}:{},...typeof n==
"string"?{location:n}:{}}}function fd(e,t,n){let r=[],s=0;e.on("data",o=>{s<Bo&&r.push(o),s+=o.length}),
e.on("end",()=>{let o=Buffer.concat(r).subarray(0,Bo);r=[],n(o.toString("utf8"))}),e.on("error",t),e.
on("close",()=>{e.complete||t(new A("the connection closed in the middle of the answer","ECLOSED"))})}function Ho(e,t){let n=re(e,t);if(!n.verdict.succeeded)return n;let r=md(e.body);return r?{...n,status:{
hasNotReady:hd(r.hasNotReady),latestDateTime:jo(r.latestDateTime),latestRefreshTime:jo(r.latestRefreshTime)}}:
_e(n,a`the status answer has no data object`)}function md(e){try{let t=JSON.parse(e)?.data;return typeof t==
"object"&&t!==null&&!Array.isArray(t)?t:void 0}catch{return}}function hd(e){return e===!0||e==="true"?
!0:e===!1||e==="false"?!1:null}function jo(e){return e===void 0||typeof e=="string"&&e.trim()===""?null:
e}function Wo(e,t,n){let r=gd(e.body);r!==void 0&&n(r);let s=re(e,t);return s.verdict.succeeded?r===void 0?
{..._e(s,a`the token answer has no token (a non-empty string) in data`),unusable:!0}:tn(r)?{...s,token:r}:
{..._e(s,a`the platform issued a token that an HTTP header cannot carry (a line break, a control character or a character beyond Latin-1): ask the platform's administrator`),
unusable:!0}:s}function gd(e){try{let t=JSON.parse(e)?.data;return typeof t=="string"&&t.trim()!==""?
t:void 0}catch{return}}async function Go(e){let t=ko(e.host),n=t.trigger,{agent:r,transport:s,proxy:o}=Fo(n,{maxSockets:e.maxSockets??
16,caCertificates:e.caCertificates??[],timeoutMs:e.timeoutMs}),i=To(n,o,e.boundary),u=async d=>No(await wo(
d,i),e.boundary,i),l=(d,p,m,g,h)=>Uo({transport:s,url:d,agent:r,headers:p,payload:m,timeoutMs:e.timeoutMs,
signal:g},h,u),c=bd(e);return{host:t.host,trigger:(d,p,m)=>{let g=yd(d,e.tenantId);return e.onTriggerBody?.(
g),l(n,{...c,...Xn(e.tenantId,p)},g,m,h=>re(h,e.boundary))},createToken:(d,p,m)=>l(t.token,c,JSON.stringify(
{appId:d.appId,appSecret:d.appSecret}),m,g=>Wo(g,e.boundary,p)),planStatus:(d,p,m)=>l(t.planStatus,{
...c,...Xn(e.tenantId,p)},JSON.stringify(d.by==="id"?{planIdList:[d.value]}:{planNameList:[d.value]}),
m,g=>Ho(g,e.boundary)),planList:(d,p)=>l(t.planList,{...c,...Xn(e.tenantId,d)},JSON.stringify({pager:{
pageNumber:1,pageSize:1}}),p,m=>re(m,e.boundary)),close:()=>r.destroy()}}function yd(e,t){let n={tableName:e.
tableName,tenantId:t,tablePartition:e.partition};return JSON.stringify(n)}function bd(e){let t={"con\
tent-type":"application/json",accept:"application/json","user-agent":e.userAgent};if(e.basicAuth){let{
username:n,password:r}=e.basicAuth;t.authorization=`Basic ${ut(n,r)}`}return t}function Xn(e,t){return{
"tenant-id":e,"auth-type":t.authType,"auth-value":t.authValue}}var Td=/^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/,
wd=/^\d{9,16}$/;function zn(e){if(typeof e=="number")return qo(e);if(typeof e!="string")return{problem:"not a time"};
let t=e.trim();if(wd.test(t))return qo(Number(t));let n=Td.exec(t);if(!n)return{problem:"not a time \
this action reads"};let[,r,s,o,i="0",u="0",l="0",c="",d]=n,p=[r,s,o,i,u,l].map(Number),m=Date.UTC(p[0],
p[1]-1,p[2],p[3],p[4],p[5]);return xd(m,p)?{ms:m+ +`0.${c||"0"}`*1e3-Rd(d)}:{problem:"not a real dat\
e and time"}}function qo(e){return!Number.isFinite(e)||e<0?{problem:"not a time"}:{ms:e<1e11?Math.round(
e*1e3):e}}function xd(e,t){let n=new Date(e);return[n.getUTCFullYear(),n.getUTCMonth()+1,n.getUTCDate(),
n.getUTCHours(),n.getUTCMinutes(),n.getUTCSeconds()].every((s,o)=>s===t[o])}function Rd(e){if(!e||e===
"Z")return 0;let t=e.startsWith("-")?-1:1,n=e.slice(1).replace(":","");return t*(Number(n.slice(0,2))*
60+Number(n.slice(2)))*6e4}function Zn(e,t){return t===null?!1:e===null||t>e}function Vo(e,t){if(e===
null||t===void 0)return!1;let n=zn(t);return"ms"in n&&e<n.ms}async function Jo(e,t,n){let r=e.values(),s=async()=>{for(let i of r)await n(i)},o=Math.max(1,Math.min(
t,e.length));await Promise.all(Array.from({length:o},s))}async function Y(e,t,n,r){let s=n.requests(t),o,i=!1,u=(l,c={})=>({last:o,attempts:l,answered:i,invalidHttp:o?.
end.kind==="invalid-http",cancelled:!1,sentBeforeCancel:!1,outOfTime:!1,...c});for(let l=1;;l++){let c=await e();
if(!c||c.end.kind==="cancelled"){let h=c?.end.kind==="cancelled"&&c.end.sent;return u(h?l:l-1,{cancelled:c!==
void 0,sentBeforeCancel:h,outOfTime:n.outOfTime()})}i||=c.end.kind==="answered"||c.end.kind==="not-s\
ent",o=c;let d=s.spend(c);if(!c.retryable||!d||n.stopped())return u(l);let p=go(l,t,yt(c),n.random);
if(!n.fits(p))return u(l,{outOfTime:!0});let m=c.verdict.reason??a`transient failure`,g=s.maxAttempts;
if(r({attempt:l,maxAttempts:g,reason:m,waitMs:p,counted:!Me(c)}),await n.sleep(p),n.stopped())return u(
l)}}var bt=class{constructor(t){this.tableCount=t}tableCount;run;runAccepted=!1;tables=new Map;acceptedTables=new Set;stopped=new Map;runStop;inFlight=new Map;started(t){
this.inFlight.set(t,(this.inFlight.get(t)??0)+1)}ended(t){this.inFlight.set(t,Math.max(0,(this.inFlight.
get(t)??0)-1))}awaitingOthers(t){return[...this.inFlight].some(([n,r])=>r>0&&!t.has(n))}accepted(t){
this.runAccepted=!0,this.acceptedTables.add(t)}refused(t,n){if(this.runStop)return;let r=`${n.code??
""}\0${n.reason??""}`;if(!this.runAccepted){this.run=Ko(this.run,r,n,t);let{count:i,tables:u,broken:l}=this.
run,c=u.size>=2||this.tableCount===1,d=!this.awaitingOthers(u);if(!l&&i>=3&&c&&d)return this.runStop=
{scope:"run",answer:n,refused:i},this.runStop}if(this.acceptedTables.has(t)||this.stopped.has(t))return;
let s=Ko(this.tables.get(t),r,n,t);if(this.tables.set(t,s),s.broken||s.count<3)return;let o={scope:"\
table",table:t,answer:n,refused:s.count};return this.stopped.set(t,o),o}tableStop(t){return this.stopped.
get(t)}get stopOfRun(){return this.runStop}get tableStops(){return[...this.stopped.values()]}};function Ko(e,t,n,r){
return e?e.key!==t?{...e,broken:!0}:(e.tables.add(r),{...e,count:e.count+1}):{key:t,answer:n,count:1,
tables:new Set([r]),broken:!1}}var Sd=10,Qn=12e4,Fe=3,Yo=1e3,ge=class{constructor(t,n,r={plan:[],failFast:!1}){this.clock=t;this.control=
n;this.settings=r;this.refusals=new bt(new Set(r.plan.map(s=>s.tableName)).size),this.requestSignalNow=
n.abortSignal}clock;control;settings;deadlineMs;deadline=new AbortController;waitOver=new AbortController;requestSignalNow;paceRefusedSinceMs;unansweredInARow=0;invalidInARow=0;refusals;get stage(){
return{sleep:t=>this.clock.sleep(t,this.control.stopSignal),random:this.clock.random,nowMs:this.clock.
nowMs,stopped:()=>this.control.stopped,fits:t=>this.deadlineMs===void 0||this.clock.nowMs()+t<=this.
deadlineMs,outOfTime:()=>this.outOfTime,requests:Ed}}get requestSignal(){return this.requestSignalNow}startWait(t){
this.deadlineMs=this.clock.nowMs()+t,this.requestSignalNow=AbortSignal.any([this.control.abortSignal,
this.deadline.signal]);let n=this.waitOver.signal;this.clock.sleep(t,n).then(()=>{n.aborted||this.deadline.
abort()})}endWait(){this.waitOver.abort()}get remainingMs(){return this.deadlineMs===void 0?1/0:this.
deadlineMs-this.clock.nowMs()}get outOfTime(){return this.remainingMs<=0}attemptEnded(t){if(t.end.kind!==
"answered")return;let n=this.clock.nowMs();if(!Me(t)){this.paceRefusedSinceMs=void 0;return}this.paceRefusedSinceMs??=
n,n-this.paceRefusedSinceMs>=Qn&&this.control.stop("throttled")}started(t){this.refusals.started(t.tableName)}settled(t,n){
if(this.refusals.ended(t.tableName),!(n.status==="not-run"||n.status==="unknown")){if(this.countSilence(
n),n.status==="succeeded")this.refusals.accepted(t.tableName);else if(n.answered){let r={code:n.code,
reason:n.errorMsg,transient:n.transient};this.refusals.refused(t.tableName,r)?.scope==="run"&&this.control.
stop("refused")}n.status==="failed"&&this.settings.failFast&&this.control.stop("fail-fast")}}tableStop(t){
return this.refusals.tableStop(t.tableName)}countSilence(t){if(t.answered){this.unansweredInARow=0,this.
invalidInARow=0;return}this.unansweredInARow++,this.invalidInARow=t.invalidHttp?this.invalidInARow+1:
0,!(this.unansweredInARow<Fe)&&this.control.stop(this.invalidInARow>=Fe?"invalid-http":"unreachable")}};
function Ed(e){let t=zo(e.retries)-1-e.retries,n=e.retries+1,r=0,s=0;return{spend(o){return r++,Me(o)&&
s<t&&(s++,n++),r<n},get maxAttempts(){return n}}}var kd=6e4,Ad=2500;function Xo(e,t=!1){let n=zo(e.retries),
r=n*e.timeoutMs+(n-1)*kd,s=t?e.triggers:Math.ceil(e.triggers/e.concurrency),o=e.plans>0?e.waitTimeoutMs+
Ad:0;return((e.keyPair?1:0)+e.plans+s)*r+o}function zo(e){return 1+e+(e>0?Sd:0)}function Zo(e){return{
triggers:e.plan.length,concurrency:e.concurrency,retries:e.retries,timeoutMs:e.timeoutMs,keyPair:e.credentials.
kind==="api-key",plans:e.waitForPlans.length,waitTimeoutMs:e.waitTimeoutMs}}async function Tt(e,t){let n=[],r={...t,renewCredential:void 0};for(let s of e){let o=t.boundary.identifier(
s.label,200),i=await ni(s,o,r);if(i.kind!=="read")return{failed:{label:o,verdict:i.verdict,attempts:i.
attempts}};n.push({plan:s,label:o,baseline:i.reading,last:i.reading,state:"waiting",reason:null,polls:0,
waitedMs:0})}return{watches:n}}var $d=6e4;async function ti(e,t,n,r){let{clock:s,budget:o}=n,i=s.nowMs();
for(let c of e.filter(d=>Zn(d.baseline.refreshMs,d.last.refreshMs)))c.state="fresh",r.onFresh(c);o.startWait(
t.timeoutMs);let u;try{u=await Dd(e,t,n,r)}finally{o.endWait()}let l=s.nowMs()-i;for(let c of e.filter(
d=>d.state==="waiting"))c.waitedMs=l,n.control.stopped?er(c,a`the run was cancelled during the wait`):
(c.state="stale",c.reason=u)}async function Dd(e,t,n,r){let{clock:s,control:o,budget:i}=n,u=s.nowMs(),
l=u,c=null,d=()=>e.filter(p=>p.state==="waiting");for(let p=0;d().length>0;p++){let m=Math.min(t.intervalMs,
i.remainingMs-Yo);if(m<=0&&p>0||o.stopped||(await s.sleep(Math.max(0,m),o.stopSignal),o.stopped||i.outOfTime)||
(await Jo(d(),t.concurrency,async g=>{if(c||o.stopped||i.outOfTime)return;let h=await vd(g,n,u,r);c??=
h}),c))return c;s.nowMs()-l>=$d&&(l=s.nowMs(),r.onProgress(d().length,e.length,l-u,t.timeoutMs))}return c}
async function vd(e,t,n,r){let s=await ni(e.plan,e.label,t);return s.kind==="cut-off"||(e.polls++,e.
waitedMs=t.clock.nowMs()-n,s.kind==="transient")?null:s.kind!=="read"?(e.state="failed",e.reason=s.verdict.
reason,e.last={...e.last,traceId:s.verdict.traceId??e.last.traceId},s.kind==="refused"?a`the wait ended when the platform refused ${e.
label}`:null):(e.last=s.reading,Zn(e.baseline.refreshMs,s.reading.refreshMs)&&(e.state="fresh",r.onFresh(
e)),null)}function er(e,t){e.state="not-waited",e.reason=t}async function ni(e,t,n){let r=!1;for(;;){
let s=await Y(()=>n.read(e,n.budget.requestSignal),n.policy,n.budget.stage,u=>n.onRetry(t,u)),o=s.last,
i=o?.status;if(i&&o.verdict.succeeded)return Cd(i,o.verdict.traceId,n.boundary);if(s.cancelled||s.outOfTime||
!o||n.control.stopped)return{kind:"cut-off",verdict:o?.verdict??P(a`cancelled before the platform answered`),
attempts:s.attempts};if(o.retryable||o.end.kind!=="answered")return{kind:"transient",verdict:o.verdict,
attempts:s.attempts};if(!(!r&&n.renewCredential&&(r=!0,await n.renewCredential())))return{kind:"refu\
sed",verdict:o.verdict,attempts:s.attempts}}}function Cd(e,t,n){let r=ei(e.latestRefreshTime),s=ei(e.
latestDateTime),o=i=>i===null?null:n.identifier(Qo(i),64);if(r!==null&&"problem"in r){let i=n.quote(
Qo(e.latestRefreshTime),80),u=a`latestRefreshTime ${i} is ${n.text(r.problem)}: this action reads yyyy-MM-dd HH:mm:ss, ISO 8601 and epoch seconds or milliseconds`;
return{kind:"unreadable",verdict:{...P(u),traceId:t},attempts:1}}return{kind:"read",reading:{hasNotReady:e.
hasNotReady,latestDateTime:o(e.latestDateTime),latestRefreshTime:o(e.latestRefreshTime),refreshMs:r===
null?null:r.ms,dataMs:s!==null&&"ms"in s?s.ms:null,traceId:t}}}function Qo(e){return typeof e=="stri\
ng"?e:gt(e)}function ei(e){return e===null?null:zn(e)}var wt=class{constructor(t){this.clock=t}clock;rate;nextSendMs=0;steady=!1;lastCutMs=-1/0;recent=[];sends=[];limiting=!1;answers=[];tolerated=0;trial;undo;proven=!1;resumeRate=0;get engaged(){
return this.rate!==void 0||this.tolerated>0}async turn(){let t=this.clock.nowMs(),n=t;return this.rate!==
void 0&&(n=Math.max(t,this.nextSendMs),this.nextSendMs=n+1e3/this.rate),this.sends.push(n),this.sends.
length>16&&this.sends.shift(),this.limiting=n>t,n>t&&!this.clock.stopped()&&await this.clock.sleep(n-
t),this.clock.nowMs()}accepted(t){let n=this.clock.nowMs();this.recent.push(n),this.lately(n),this.engaged&&
(this.grow(),this.record(t,!1))}pushedBack(t,n){let r=this.clock.nowMs();if(this.rate===void 0){if(this.
record(t,!0),this.share()<=this.tolerated+.25)return!1;let o=this.lately(r),i=Math.max(250,r-(o[0]??
r)),u=o.length>0?o.length*1e3/i:1e3/n;return this.rate=Math.max(.5,u,this.resumeRate),this.answers.splice(
0,this.answers.length-1),this.lastCutMs=r,this.nextSendMs=r+(o.length>0?1e3/this.rate:n),!0}if(this.
record(t,!0)||t<this.lastCutMs)return!0;if(this.trial)return this.rate*.85>=this.trial.floor?this.cut(
this.trial.shareBefore,.85):this.trial.floor=1/0,!0;if(this.answers.length<8)return!0;let s=this.share();
return this.tolerated>0&&s<=this.tolerated+.25?(this.grow(),!1):(this.cutToAccepted(s),!0)}lately(t){
for(;(this.recent[0]??t)<t-2e3;)this.recent.shift();return this.recent}grow(){this.rate===void 0||!this.
limiting||(this.rate=this.steady?this.rate+.05:this.rate*1.05)}record(t,n){this.answers.push(n),this.
answers.length>16&&this.answers.shift();let r=this.trial;return!r||t<this.lastCutMs||(r.answers++,n&&
r.refused++,r.answers<12)?!1:(this.trial=void 0,this.judge(r),!0)}share(){return this.answers.filter(
Boolean).length/this.answers.length}sentRate(){let t=this.clock.nowMs(),n=this.sends.filter(s=>s<=t).
slice(-8);if(n.length<8)return 1/0;let r=Math.max(0,(n.at(-1)??t)-(n[0]??t));return 7*1e3/r}cutToAccepted(t){
this.cut(t,(1-t)/(1-this.tolerated))}cut(t,n){let r=this.rate??.5,s=Math.max(.5,Math.min(r,this.sentRate())*
.5);this.undo??={rate:r,steady:this.steady},this.trial={shareBefore:t,floor:this.trial?.floor??s,answers:0,
refused:0},this.rate=Math.max(.5,r*Math.min(.85,Math.max(.5,n))),this.steady=!0,this.lastCutMs=this.
clock.nowMs()}judge(t){let n=t.refused/t.answers,r=t.shareBefore-this.tolerated,s=n-this.tolerated;if(s<=
r/4)this.tolerated=Math.min(this.tolerated,n),this.undo=void 0,this.proven=!0;else if(!(s<r*2/3||t.refused<
3))if(n>=t.shareBefore+.3)this.undo=void 0,this.cutToAccepted(n);else{let o=this.undo??{rate:this.rate??
.5,steady:this.steady};this.undo=void 0,this.tolerated=Math.min(n,t.shareBefore),this.steady=o.steady,
this.proven?this.rate=Math.max(this.rate??.5,o.rate):(this.rate=void 0,this.resumeRate=o.rate)}}};var ri=2,xt=class{constructor(t,n){this.maxConcurrency=t;this.clock=n;this.current=t,this.pacer=new wt(
n)}maxConcurrency;clock;current;inFlight=0;generation=0;acceptedAtLevel=0;acceptedInGeneration=0;stable=0;failed;probeRun=ri;waiting=[];pacer;get limit(){
return this.current}async acquire(){for(;this.inFlight>=this.current;)await new Promise(n=>this.waiting.
push(n));this.inFlight++;let t=await this.pacer.turn();return{generation:this.generation,level:this.
current,full:this.inFlight>=this.current,sentMs:t}}release(){this.inFlight--,this.wakeWaiting()}accepted(t){
this.pacer.accepted(t.sentMs),t.generation===this.generation&&this.acceptedInGeneration++,!(t.generation!==
this.generation||!t.full)&&(++this.acceptedAtLevel<this.current*this.roundsBeforeRaise()||(this.stable=
Math.max(this.stable,this.current),this.current>=(this.failed??1/0)&&(this.failed=void 0,this.probeRun=
ri),this.current<this.maxConcurrency&&this.change(this.current+1)))}pushedBack(t,n){if(t.level<=1||this.
pacer.engaged){this.pacer.pushedBack(t.sentMs,n)&&t.generation===this.generation&&this.change(1);return}
if(t.generation!==this.generation)return;let r=this.stable>0&&t.level>this.stable;if(this.failed=t.level,
r)this.probeRun*=2,this.change(this.stable);else{let s=Math.floor(t.level/2),o=this.acceptedInGeneration;
this.stable=0,this.change(o>0?Math.min(o,s):s)}}roundsBeforeRaise(){return this.current+1>=(this.failed??
1/0)?this.probeRun:1}change(t){this.current=Math.min(this.maxConcurrency,Math.max(1,t)),this.generation++,
this.acceptedAtLevel=0,this.acceptedInGeneration=0,this.wakeWaiting()}wakeWaiting(){let t=this.current-
this.inFlight;this.waiting.splice(0,t).forEach(n=>n())}};var Pd=a`cancelled after it was sent: the platform may have started the refresh; check it before running this trigger again`;
async function si(e,t,n){let r=n.nowMs(),s=await Y(()=>n.send(e),t,n,o=>n.onRetry({...tr(e,n.boundary),
...o}));return s.sentBeforeCancel?{...ye(e,n.boundary,Pd),status:"unknown",attempts:s.attempts,durationMs:n.
nowMs()-r}:!s.last||s.cancelled?ye(e,n.boundary,n.notRunReason()):Nd(e,n.boundary,s.last.verdict,{attempts:s.
attempts,durationMs:n.nowMs()-r,answered:s.answered,invalidHttp:s.invalidHttp,transient:s.last.retryable})}
function tr(e,t){return{tableName:t.identifier(e.tableName),partition:t.identifier(e.partition)}}function Nd(e,t,n,r){
return{...tr(e,t),status:n.succeeded?"succeeded":"failed",code:n.code,traceId:n.traceId,data:n.data,
errorMsg:n.reason,warning:n.warning,...r}}function oi(e,t,n){return{...ye(e,t,a`accepted by an earlier attempt (resume-file)`),
status:"accepted-earlier",errorMsg:null,traceId:n===null?null:t.identifier(n,200)}}function be(e){return e.
status==="succeeded"||e.status==="accepted-earlier"}function ye(e,t,n){return{...tr(e,t),status:"not\
-run",code:null,traceId:null,data:null,errorMsg:n,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,
transient:!1}}async function ii(e,t,n){let{control:r,budget:s}=n,o=new xt(t.concurrency,s.stage),i=Md(o,n,t.retryPolicy),
u=new Array(e.length),l=Id(e).values(),c=0,d=async()=>{for(let h of l){if(r.stopped)return;let x=e[h],
I=s.tableStop(x);if(I){u[h]=ye(x,n.boundary,Od(I));continue}try{s.started(x);let H=await si(x,t.retryPolicy,
i);u[h]=H,n.onFinished(H,++c,e.length),s.settled(x,H)}catch(H){throw r.stop("crashed"),H}}},p=Math.min(
t.concurrency,e.length),g=(await Promise.allSettled(Array.from({length:p},d))).find(h=>h.status==="r\
ejected");if(g)throw g.reason;return e.map((h,x)=>u[x]??ye(h,n.boundary,r.notRunReason))}function Id(e){
let t=new Map;return e.map((r,s)=>{let o=t.get(r.tableName)??0;return t.set(r.tableName,o+1),{index:s,
rank:o}}).sort((r,s)=>r.rank-s.rank).map(({index:r})=>r)}function Od(e){return a`not run: the platform refused this table's first ${e.
refused} triggers with the same answer`}function Md(e,t,n){let{control:r,budget:s}=t;return{...s.stage,
send:async o=>{let i=await e.acquire();try{if(r.stopped)return;let u=await t.send(o,s.requestSignal),
l=yt(u);return l===void 0?e.accepted(i):e.pushedBack(i,Gn(l,n)),s.attemptEnded(u),u}finally{e.release()}},
onRetry:t.onRetry,boundary:t.boundary,notRunReason:()=>r.notRunReason}}async function ai(e,t,n,r,s,o){let i=await Y(()=>e.createToken(t,s.onToken,o),n,r,s.onRetry),u=i.last?.
token;return u!==void 0?{credential:{kind:"header",authType:"TOKEN",authValue:u}}:{failed:i.last?.verdict??
P(a`cancelled before the platform answered`),attempts:i.attempts,kind:_d(i)}}function _d(e){let t=e.
last;if(e.cancelled||!t)return"cancelled";switch(t.end.kind){case"answered":return t.unusable?"unusa\
ble":t.retryable?"failing":"refused";case"silent":return"unreachable";case"invalid-http":return"inva\
lid-http";case"not-sent":return"not-sent";default:return"cancelled"}}var nr={accepted:()=>{},baseline:()=>{}};function ui(e,t){let n=e?.entries.find(o=>Rt(o,t));if(!n)return nr;
let r=new Map(n.accepted.map(o=>[St(o),o])),s=new Map(n.baselines.map(o=>[Et(o.plan),o]));return{accepted:o=>r.
get(St(o)),baseline:o=>s.get(Et(o))}}function li(e,t,n){let r=e.map(s=>{let o=t.accepted(s);return o&&
oi(s,n,o.traceId)});return{toSend:e.filter((s,o)=>!r[o]),earlier:r}}function ci(e,t){let n=t.values();
return e.map(r=>r??n.next().value)}function di(e,t,n){for(let r of e){let s=t.baseline(r.plan);s&&(r.
baseline={hasNotReady:null,latestDateTime:null,latestRefreshTime:s.latestRefreshTime===null?null:n.identifier(
s.latestRefreshTime,100),refreshMs:s.refreshMs,dataMs:null,traceId:null})}}function pi(e,t,n){let r=(e?.
entries??[]).filter(c=>!Rt(c,t)),s=e?.entries.find(c=>Rt(c,t)),o=new Map((s?.accepted??[]).map(c=>[St(
c),c]));n.results.forEach((c,d)=>{let p=n.plan[d];if(!p||c.status!=="succeeded")return;let{tableName:m,
partition:g}=p;o.set(St(p),{tableName:m,partition:g,traceId:c.traceId})});let i=n.results.some(c=>c.
status!=="not-run"&&c.status!=="accepted-earlier"),u=new Map((s?.baselines??[]).map(c=>[Et(c.plan),c]));
for(let c of n.watches){let d=Et(c.plan);(i||!u.has(d))&&u.set(d,Ld(c))}let l={...t,accepted:[...o.values()],
baselines:[...u.values()]};return{entries:[...r,l]}}function Ld(e){return{plan:{by:e.plan.by,value:e.
plan.value},refreshMs:e.baseline.refreshMs,latestRefreshTime:e.baseline.latestRefreshTime}}function Rt(e,t){
return e.host===t.host&&e.tenantId===t.tenantId}function St(e){return JSON.stringify([e.tableName,e.
partition])}function Et(e){return JSON.stringify([e.by,e.value])}function fi(e,t){return e.entries.find(
n=>Rt(n,t))?.accepted.length??0}async function mi(e,t){let{client:n,control:r,hooks:s}=t,o=e.resume??nr,{toSend:i,earlier:u}=li(e.plan,
o,t.boundary),l=new ge(t.clock,r,{...e,plan:i}),c=await rr(e,{...t,budget:l});if(!c)return;let d=sr(
e,{...t,budget:l},c),p=[];if(e.waitForPlans.length>0){let h=await Tt(e.waitForPlans,d);if("failed"in
h){await s.plans.baselineFailed(h.failed.label,h.failed.verdict);return}p=h.watches,i.length===0&&di(
p,o,t.boundary),s.plans.baselines(p)}s.triggers.runStarted(i.length,e.plan.length-i.length);let m=await ii(
i,{concurrency:e.concurrency,retryPolicy:e.policy},{send:(h,x)=>n.trigger(h,c.current,x),boundary:t.
boundary,control:r,budget:l,onRetry:h=>s.triggers.retry(h),onFinished:(h,x,I)=>s.triggers.finished(h,
x,I)}),g=ci(u,m);return p.length>0&&await Fd(g,p,e,d,s),{results:g,cause:r.cause,refusals:l.refusals,
watches:p}}async function Fd(e,t,n,r,s){let o=e.filter(i=>!be(i)).length;if(o>0||r.control.stopped){
let i=r.control.stopped?a`the run stopped before the wait`:a`${o} trigger${o===1?a``:a`s`} not accepted, so a refresh may never come`;
t.forEach(u=>er(u,i));return}s.plans.waitStarted(t.length,n.waitTimeoutMs,n.waitIntervalMs),await ti(
t,{timeoutMs:n.waitTimeoutMs,intervalMs:n.waitIntervalMs,concurrency:n.concurrency},r,{onFresh:i=>s.
plans.planFresh(i),onProgress:(...i)=>s.plans.waitProgress(...i)})}async function rr(e,t){let{credentials:n}=e;
if(n.kind==="header")return{current:n};let r=()=>ai(t.client,n,e.policy,t.budget.stage,{onToken:i=>t.
hooks.credential.onToken(i),onRetry:i=>t.hooks.credential.tokenRetry(i)},t.budget.requestSignal),s=await r();
if("failed"in s){let i=t.control.cause==="cancelled";await t.hooks.credential.tokenRefused(Bd(s.failed,
t.control),s.attempts,i?"cancelled":s.kind);return}let o={current:s.credential};return o.renew=async()=>{
o.renew=void 0;let i=await r();return"failed"in i?!1:(o.current=i.credential,!0)},o}function Bd(e,t){
if(t.cause!=="cancelled")return e;let n=e.reason?a` (last answer: ${e.reason})`:a``;return{...e,reason:a`the run was cancelled during the token request${n}`}}
function sr(e,t,n){return{read:(r,s)=>t.client.planStatus(r,n.current,s),renewCredential:async()=>n.
renew?n.renew():!1,policy:e.policy,budget:t.budget,clock:t.clock,control:t.control,boundary:t.boundary,
onRetry:(r,s)=>t.hooks.plans.planRetry(r,s)}}async function hi(e,t){let n=new ge(t.clock,t.control),r=await rr(e,{...t,budget:n});if(!r)return{passed:!1,
reported:!0};if(e.waitForPlans.length>0){let o=await Tt(e.waitForPlans,sr(e,{...t,budget:n},r));return"\
failed"in o?{passed:!1,step:a`reading plan ${o.failed.label}`,verdict:o.failed.verdict}:{passed:!0,watches:o.
watches}}let s=await Y(()=>t.client.planList(r.current,n.requestSignal),e.policy,n.stage,o=>t.hooks.
plans.planRetry(a`list`,o));return s.last?.verdict.succeeded?{passed:!0,watches:[]}:{passed:!1,step:a`listing materialization plans`,
verdict:s.last?.verdict??P(a`cancelled before an answer`)}}var Ud=864e5,jd=/^\d{4}-\d{2}-\d{2}$/;function Te(e){let t=[...new Set(e)].sort(),n=[];for(let s of t){
let o=n.at(-1);o&&Hd(o[1])===s?o[1]=s:n.push([s,s])}let r=n.map(([s,o])=>s===o?s:a`${s}..${o}`);return L(
r,", ")}function Hd(e){let t=yi(e);return t===void 0?void 0:new Date(t+Ud).toISOString().slice(0,10)}
function gi(e){return yi(e)!==void 0}function yi(e){if(!jd.test(e))return;let t=Date.parse(`${e}T00:\
00:00Z`);return Number.isNaN(t)||new Date(t).toISOString().slice(0,10)!==e?void 0:t}var Wd=[...[500,200,80,20,0].map(e=>({textLimit:e,idLimit:1/0,rowCap:1/0})),{textLimit:0,idLimit:40,
rowCap:1/0},...[1e3,300,100,30,10].map(e=>({textLimit:0,idLimit:40,rowCap:e})),{textLimit:0,idLimit:8,
rowCap:10}];function b(e){return e===1?a``:a`s`}function se(e){return e<1e3?a`${e} ms`:a`${lt(e/1e3,
1)} s`}function X(e,t){let n="";for(let r of Wd)if(n=t(r),Buffer.byteLength(n)<=e)return n;return n}
function S(e,t){let n=e.slice(0,t);return{rows:n,more:e.length-n.length}}function U(e,t){return e===
null?null:E(e,t)}var N="AnyMetrics refresh failed",bi="AnyMetrics refresh input is invalid";function or(e,t=1/0){let n=E(
e.errorMsg??a`failed`,t);return a`${e.tableName} ${e.partition}: ${n}${Gd(e)}${Ti(e)}`}function Gd(e){
return e.attempts>1?a` (after ${e.attempts} attempts in ${se(e.durationMs)})`:a``}function Ti(e){return e.
traceId?a` (traceId ${e.traceId})`:a``}function kt(e){let t=new Map;for(let n of e){let r=n.errorMsg??
"",s=t.get(r);s?s.push(n):t.set(r,[n])}return[...t.values()].map(n=>{let[r]=n;if(n.length===1)return{
line:or(r),count:1};let s=r.errorMsg??a`failed`;return{line:a`${n.length} triggers failed: ${s} (first: ${r.
tableName} ${r.partition}${Ti(r)})`,count:n.length}})}function qd(e){let t={succeeded:a`✅ succeeded`,
"accepted-earlier":a`☑️ accepted earlier (resume-file)`,"not-run":a`⏭️ ${e.errorMsg??a`not run`}`,
unknown:a`❓ unknown: ${e.errorMsg??a``}`,failed:a`❌ failed: ${e.errorMsg??a``}`}[e.status],n=a`${e.
attempts} attempt${b(e.attempts)}`;return a`${e.tableName} ${e.partition}: ${t} (traceId ${e.traceId??
a`none`}, ${n}, ${se(e.durationMs)})`}function wi(e,t,n){return a`[${t}/${n}] ${qd(e)}`}function xi(e){
return a`${e.tableName} ${e.partition}: ${ir(e)}`}function ir(e){let t=e.counted?a`failed (${e.reason})`:
a`was refused for pace (${e.reason}; not counted as a retry)`;return a`attempt ${e.attempt} of ${e.maxAttempts} ${t}; retrying in ${se(
e.waitMs)}`}function Ri(e){return e.warning?a`${e.tableName} ${e.partition}: ${e.warning}`:null}function At(e){
let{succeeded:t,acceptedEarlier:n,failed:r,notRun:s,unknown:o}=e,i=n.length>0?a` (${n.length} accepted earlier)`:
a``,u=[a`${t.length} succeeded${i}`,a`${r.length} failed`];o.length>0&&u.push(a`${o.length} unknown`),
s.length>0&&u.push(a`${s.length} not run`);let l=t.length+r.length+o.length+s.length;return a`${L(u,
", ")}, ${l} in all`}function Si(e){return a`${e} more warning${b(e)}: see the job summary, and the log, where each is a line starting with "warning:"`}
function Ei(e){return a`${e} more failure${b(e)}: see the job summary, the error-message output and the log`}
function ki(e,t,n){return a`Triggering ${e} data update${b(e)} on ${t} (concurrency ${Math.min(n,e)})`}
function Ai(e){let t=a`${e.length} trigger${b(e.length)} planned`,n=new Map;for(let{tableName:s,partition:o}of e){
let i=n.get(s);i?i.push(o):n.set(s,[o])}let r=[...n].map(([s,o])=>{let i=o.length>1?a` (${o.length} partitions)`:
a``;return a`${s} ${Te(o)}${i}`});return{group:a`Dry run: ${t}, nothing will be sent`,lines:r,notice:a`Dry run: ${t}; nothing was sent`}}
var Vd=400;function $i(e,t){let n=t.text(e.rule,Vd),r=e.offendingValue===void 0?a``:a`; got ${t.quote(
e.offendingValue)}`;return a`Input "${k(e.input)}" ${n}${r}`}function Di(e,t){let n=e.traceId?a` (traceId ${e.
traceId})`:a``,r=t>1?a` after ${t} attempts`:a``;return a`Could not get a token from token/create with app-id and app-secret${r}: ${e.
reason??a`refused`}${n}; no trigger was sent`}function vi(e,t){return a`plan ${e} status: ${ir(t)}`}
function Ci(e){return a`token request: ${ir(e)}`}function Pi(e){return a`anymetrics-refresh stopped unexpectedly: ${e}`}
function ar(e,t){return e==="outputs"?a`Could not write the step's outputs to GITHUB_OUTPUT (${t}): the steps after this one will not see them; the log above has the run's record`:
a`Could not write the job summary to GITHUB_STEP_SUMMARY (${t}); the log above has the run's record`}
function Ni(e,t,n){return[a`${e} answered`,t?a`app-id and app-secret were exchanged for a token`:a`the credential was accepted`,
a`the tenant was accepted`,n.length>0?a`every plan to wait for was found: ${L(n,", ")}`:a`the materialization plan list was read`]}
function Ii(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Connection check failed while ${e}: ${t??
a`refused`}${r}; check host, tenant-id and the credential (app-id and app-secret, or auth-type and auth-value); nothing was triggered`}
function Oi(e,t){return a`today in ${e} is ${t}`}function Mi(e){return a`By its inputs, this run ends within ${lt(
e/6e4,1)} min (README: Retries and timeouts)`}function _i(e,t){return a`resume-file ${e}: ${t} accepted trigger${b(
t)} recorded; a re-run given this file sends only the rest`}function Li(e,t){return a`resume-file ${e} could not be written (${t}): a re-run would send every trigger again`}
function Fi(e){return a`${e} trigger${b(e)} accepted by an earlier attempt (resume-file): not sent again`}
function Bi(e){return a`Request body: ${e}`}var Ui=a`A credential is shorter than 4 characters: the runner masks it as *** wherever it appears in the log, so dates, codes and names that contain it will show *** too; the platform's answers are still judged on their real values`,
ji=a`Nothing to refresh: no table was named, and no dbt node maps to one`;function w(e){if(e==="")return"";if(e.includes("|"))return`<code>${T(e)}</code>`;let t=0;for(let r of e.
matchAll(/`+/g))t=Math.max(t,r[0].length);if(t===0)return`\`${e}\``;let n="`".repeat(t+1);return`${n}\
 ${e} ${n}`}var Jd={"&":"&amp;","<":"&lt;",">":"&gt;"},Kd=/[\\`*_[\]()!~|:.@]/g;function T(e){return e.
replace(Kd,t=>`\\${t}`).replace(/[&<>]/g,t=>Jd[t]??t)}function $t(e){let t=2;for(let r of e.matchAll(
/`+/g))t=Math.max(t,r[0].length);let n="`".repeat(t+1);return[n,e,n]}function $(e){return e>0?["",`\u2026and ${e} more, left out to keep the summary within GitHub's 1 Mi\
B: see the \`results\` output and the log`]:[]}var F={fresh:"",plans:"[]","data-through":""};function Hi(e){return a`After the triggers it would wait for ${e.
length} materialization plan${b(e.length)}: ${L(e,", ")}`}function Wi(e,t){if(e.length===0)return"";
let{rows:n,more:r}=S(e,t.rowCap);return["### Would wait for these plans","",...n.map(s=>`- ${w(s)}`),
...$(r),""].join(`
`)}function Gi(e,t,n){return a`Waiting up to ${z(t)} for ${e} materialization plan${b(e)} to turn fresh (polling every ${se(
n)})`}function Dt(e){return a`plan ${e.label}: latest refresh ended ${Zi(e.baseline.latestRefreshTime)}, data through ${e.
baseline.latestDateTime??a`unknown`}`}function qi(e){return a`plan ${e.label} is fresh: a refresh ended ${Zi(
e.last.latestRefreshTime)}, data through ${e.last.latestDateTime??a`unknown`} (after ${e.polls} poll${b(
e.polls)}, ${z(e.waitedMs)})`}function Vi(e,t,n,r){return a`waiting for ${e} of ${t} plan${b(t)}, ${Math.
floor(n/6e4)} min of ${z(r)}`}function Ji(e){let t=a`${Yd(e)}; data through ${e.last.latestDateTime??
a`unknown`}`;switch(e.state){case"stale":return e.reason?a`Plan ${e.label} is not fresh: ${e.reason}; ${t}`:
a`Plan ${e.label} is not fresh after ${z(e.waitedMs)}: ${t}`;case"failed":return a`Plan ${e.label} could not be followed: ${e.
reason??a`refused`}${Zd(e)}`;default:return null}}function Yd(e){let{baseline:t,last:n}=e;return n.latestRefreshTime!==
null?a`no refresh ended since ${n.latestRefreshTime} (platform time)`:t.latestRefreshTime!==null?a`its latestRefreshTime vanished (it was ${t.
latestRefreshTime} at the start, platform time)`:a`no refresh ended since the start (none had ended)`}
function Ki(e,t){return e.state!=="fresh"?null:e.last.hasNotReady===!0?a`Plan ${e.label} turned fresh, but the platform says some of its materialized tables were never refreshed or have empty partitions (hasNotReady)`:
t?a`Plan ${e.label} turned fresh, but its data ends ${e.last.latestDateTime??a`earlier`}, before the newest partition this run refreshed`:
null}function Yi(e,t,n){let r=n?a` (traceId ${n})`:a``;return a`Could not read materialization plan ${e} before triggering: ${t??
a`refused`}${r}; no trigger was sent`}function Xi(e){return{fresh:String(e.every(t=>t.state==="fresh")),
plans:JSON.stringify(e.map(Xd)),"data-through":ur(e)??""}}function Xd(e){return{plan:e.label,fresh:e.
state==="fresh",hasNotReady:e.last.hasNotReady,latestDateTime:e.last.latestDateTime,latestRefreshTime:e.
last.latestRefreshTime,baselineRefreshTime:e.baseline.latestRefreshTime,waitedSeconds:Math.round(e.waitedMs/
1e3),polls:e.polls,traceId:e.last.traceId}}function ur(e){let t;for(let n of e)n.last.dataMs!==null&&
(!t||n.last.dataMs<(t.last.dataMs??1/0))&&(t=n);return t?.last.latestDateTime??null}var zd={fresh:"\u2705\
 fresh",stale:"\u274C not fresh",failed:"\u274C could not be followed","not-waited":"\u23ED\uFE0F not waited f\
or",waiting:"\u23F3 waiting"};function zi(e,t){if(e.length===0)return"";let{rows:n,more:r}=S(e,t.rowCap),
s=e.filter(o=>o.state!=="fresh"&&o.reason).slice(0,Math.min(t.rowCap,20)).map(o=>`- ${w(o.label)}: ${T(
o.reason??"")}`);return["### Freshness","","| Plan | Status | Refreshed at (platform time) | Data th\
rough | Waited |","| --- | --- | --- | --- | --- |",...n.map(o=>`| ${w(o.label)} | ${zd[o.state]} | ${T(
o.last.latestRefreshTime??"")} | ${T(o.last.latestDateTime??"")} | ${z(o.waitedMs)} |`),...$(r),...s.
length>0?["",...s]:[],""].join(`
`)}function Zi(e){return e?a`at ${e} (platform time)`:a`never (none recorded)`}function Zd(e){return e.
last.traceId?a` (traceId ${e.last.traceId})`:a``}function z(e){if(e<6e4)return se(e);let t=e/6e4;return Number.
isInteger(t)?a`${t} min`:a`${Math.round(t*10)/10} min`}var we=120;function vt(e){let t=`## ${e.passed?"\u2705":"\u274C"} ${T(e.headline)}`;return e.detail?
[t,"",`**${T(e.detail)}**`,""]:[t,""]}function xe(e){return e.headline}function lr(e){return e===1?a`the trigger`:
a`all ${e} triggers`}function Qi(e){return{passed:!0,headline:e===1?a`The trigger was accepted`:a`All ${e} triggers accepted`,
detail:a`AnyMetrics refresh succeeded: the platform accepted ${lr(e)} and refreshes in the background; this step did not wait for the data (wait-for-plans does)`}}
function ea(e,t,n){let r=Math.max(0,...t.map(u=>u.waitedMs)),s=t.length===1&&t[0]?a`plan ${t[0].label}`:
a`all ${t.length} plans`,o=t.length>1?a` (the earliest of the plans)`:a``,i=n?a`data through ${n}${o}`:
a`the platform gave no data time (latestDateTime)`;return{passed:!0,headline:n?a`Fresh: data through ${E(
n,we)}`:a`Fresh: data through a time the platform did not give`,detail:a`AnyMetrics refresh succeeded: the platform accepted ${lr(
e)}, and ${s} turned fresh within ${z(r)}: ${i}`}}function ta(e,t,n){let r=t.filter(m=>m.state!=="fr\
esh"),s=r.filter(m=>m.state==="failed").length,[o]=t,i=t.length===1&&o?a`Plan ${o.label}`:a`${r.length} of ${t.
length} plans`,u=Math.max(0,...r.map(m=>m.waitedMs)),l=a`${i} not fresh after ${z(u)}`;s===r.length?
l=a`${i} could not be followed`:s>0&&(l=a`${i} not fresh: ${s} could not be followed`);let[c]=n,d=n.
length-1,p=d>0?a` (and ${d} more: see Freshness)`:a``;return{passed:!1,headline:l,detail:a`AnyMetrics refresh failed: the platform accepted ${lr(
e)}, but the wait for plans did not end fresh: ${c??a`see Freshness`}${p}`}}function na({succeeded:e,
failed:t},n,r,s){let o=n-e.length,i=o-t.length,u=new Set(t.map(h=>h.errorMsg??"")),[l]=t,c=a`${o} of ${n} triggers not accepted`;
if(l){let h=n===1?a`The trigger failed`:t.length===n?a`All ${n} triggers failed`:a`${t.length} of ${n} triggers failed`,
x=u.size===1&&l.errorMsg?a`: ${E(l.errorMsg,we)}`:a``,I=i>0?a`; ${i} not run`:a``;c=a`${h}${x}${I}`}
let d=kt(r),p=n===1?a``:a`the platform accepted ${e.length} of ${n}; `,m=d.length>1?a`; ${d.length-1} other reason${b(
d.length-1)} below`:a``,g=s.waiting?a`; the step did not wait for plans`:a``;return{passed:!1,headline:c,
detail:s.led||!d[0]?null:a`AnyMetrics refresh failed: ${p}${d[0].line}${m}${g}`}}var Qd={refused:a`The platform refused the credential (app-id and app-secret)`,
failing:a`The platform failed the token request`,unusable:a`The platform's token cannot be used`,unreachable:a`The platform is unreachable`,
"invalid-http":a`The platform's answers are not valid HTTP`,"not-sent":a`The token request could not be sent`,
cancelled:a`The run was cancelled`};function ra(e,t){return{passed:!1,headline:Qd[e],detail:t}}function sa(e){
return e?a`: ${E(e,we)}`:a``}function oa(e,t,n){return{passed:!1,headline:a`Plan ${e} could not be read${sa(
t)}`,detail:n}}function ia(e,t,n){return{passed:!1,headline:a`Connection check failed while ${e}${sa(
t)}`,detail:n}}function aa(e){return{passed:!1,headline:a`The action stopped unexpectedly`,detail:e}}
function ua(e){let t=[...new Set(e.map(o=>o.input))],[n]=t,r=t.slice(0,5).map(o=>a`"${k(o)}"`),s=t.length>
r.length?a`, …`:a``;return{passed:!1,headline:t.length===1&&n!==void 0?a`Input "${k(n)}" is invalid: nothing was sent`:
a`${t.length} inputs are invalid (${L(r,", ")}${s}): nothing was sent`,detail:null}}var Be=class{constructor(t){this.report=t}report;onToken(t){this.report.printer.mask(t)}tokenRetry(t){
this.report.printer.info(Ci(t))}async tokenRefused(t,n,r){await this.report.failedEarly(ra(r,Di(t,n)))}};var ep=new Set(["invalid-table-name"]);function la(e,t){return{mapped:e.mapped.map(n=>({node:t.text(
n.uniqueId),table:t.identifier(n.tableName)})),skipped:e.skipped.map(n=>({node:t.text(n.uniqueId),kind:n.
kind,reason:t.text(n.reason)}))}}function ca(e){return{group:a`dbt: ${e.mapped.length} node${b(e.mapped.
length)} to refresh, ${e.skipped.length} skipped`,lines:[...e.mapped.map(({node:t,table:n})=>a`${t} → ${n}`),
...e.skipped.map(({node:t,reason:n})=>a`${t}: skipped, ${n}`)],warnings:e.skipped.filter(({kind:t})=>ep.
has(t)).map(({node:t,reason:n})=>a`${t}: ${n}`)}}function da(e,t){let n=i=>w(E(i,t.idLimit)),r=S(e.mapped,
t.rowCap),s=S(e.skipped,t.rowCap),o=e.skipped.length===0?[]:["",`<details><summary>${e.skipped.length}\
 dbt node${b(e.skipped.length)} skipped</summary>`,"",...s.rows.map(({node:i,reason:u})=>`- ${n(i)}:\
 ${T(E(u,Math.max(t.textLimit,80)))}`),...$(s.more),"","</details>"];return["### From dbt","","| dbt\
 node | table |","| --- | --- |",...r.rows.map(({node:i,table:u})=>`| ${n(i)} | ${w(u)} |`),...$(r.more),
...o,""].join(`
`)}var pa=1e6;function fa(e){let{results:t,tally:n,freshness:r,planFailures:s}=e;return{success:String(
e.succeeded),"trace-id":ma(t),"error-message":X(pa,o=>[...s.map(i=>E(i,1e3)),tp(n.failed,o)].filter(
i=>i!=="").join(`
`)),results:ha(t),"succeeded-count":String(n.succeeded.length),"failed-count":String(n.failed.length),
...r}}function Z(e=[],t=F){return{success:"false","trace-id":"","error-message":e.join(`
`),results:"[]","succeeded-count":"0","failed-count":"0",...t}}function Ct(e){return{...Z(),"trace-i\
d":ma(e),results:ha(e)}}function ma(e){return e.map(t=>t.traceId??"").join(",")}function tp(e,t){let{
rows:n,more:r}=S(e,t.rowCap),s=n.map(o=>or(o,t.textLimit));return r>0&&s.push(a`…and ${r} more: see the results output`),
s.join(`
`)}function ha(e){return X(pa,t=>JSON.stringify(e.map(n=>np(n,t))))}function np(e,t){let{partition:n,
status:r,code:s,attempts:o,durationMs:i}=e;return{tableName:U(e.tableName,t.idLimit),partition:n,success:be(
e),status:r,code:U(s,t.idLimit),traceId:U(e.traceId,t.idLimit),data:U(e.data,t.textLimit),errorMsg:U(
e.errorMsg,t.textLimit),attempts:o,durationMs:i}}var Pt={succeeded:{mark:"\u2705",words:"succeeded"},"accepted-earlier":{mark:"\u2611\uFE0F",words:"a\
ccepted earlier (resume-file: not sent again)"},failed:{mark:"\u274C",words:"failed"},unknown:{mark:"\
\u2753",words:"unknown (sent, then cut off)"},"not-run":{mark:"\u23ED\uFE0F",words:"not run"},planned:{
mark:"\u{1F4C5}",words:"planned (dry run: nothing sent)"}},rp=new Set(["succeeded","failed","unknown",
"not-run"]);function Nt(e){return Pt[e].mark}function It(e){let t=new Set(e),n=!t.has("planned");return Object.
keys(Pt).filter(r=>t.has(r)||n&&rp.has(r)).map(r=>`${Pt[r].mark} ${Pt[r].words}`).join(" \xB7 ")}function Re(e){
return{tableName:e.tableName,partition:e.partition,status:"planned",code:null,traceId:null,data:null,
errorMsg:null,warning:null,attempts:0,durationMs:0,answered:!1,invalidHttp:!1,transient:!1}}function ga(e){let t=[...new Set(e.map(n=>n.partition))].sort();return t.length===0?"":t.length===1?
`Partition ${t[0]}`:`Partitions ${t[0]}..${t.at(-1)} (${t.length} dates)`}function ya(e){let t=Ue(e),
n=[...t.values()].every(r=>r.length>1);return t.size>0&&n&&t.size+sp<e.length}var sp=6;function ba(e,t){
let n=[...Ue(e)],{rows:r,more:s}=S(n,t.rowCap);return[`### Triggers by table and date (${e.length})`,
"",It(e.map(o=>o.status)),"","| Table | Dates | One mark per date, in order |","| --- | --- | --- |",
...r.map(([o,i])=>{let u=[...i].sort((c,d)=>c.partition.localeCompare(d.partition)),l=`${u[0]?.partition??
""}..${u.at(-1)?.partition??""}`;return`| ${w(o)} | ${l} | ${u.map(c=>Nt(c.status)).join("")} |`}),...$(
s),""]}function Ue(e){let t=new Map;for(let n of e){let r=t.get(n.tableName);r?r.push(n):t.set(n.tableName,
[n])}return t}var op=31,cr=Array.from({length:31},(e,t)=>String(t+1).padStart(2,"0")),ip=[{status:"failed",title:"\
\u274C Failed"},{status:"unknown",title:"\u2753 Unknown"},{status:"not-run",title:"\u23ED\uFE0F Not run"}];
function Ta(e){return e.every(t=>gi(t.partition))?[...Ue(e).values()].some(t=>new Set(t.map(n=>n.partition)).
size>op):!1}function wa(e,t){let{rows:n,more:r}=S([...Ue(e)],t.rowCap);return[`### Triggers by table\
 and date (${e.length})`,"",It(e.map(s=>s.status)),"",...n.flatMap(([s,o])=>ap(s,o)),...$(r),""]}function ap(e,t){
let n=new Map;for(let{partition:o,status:i}of t)n.set(o,(n.get(o)??"")+Nt(i));let r=[...n.keys()].sort(),
s=[...new Set(r.map(o=>o.slice(0,7)))];return[`#### ${w(e)}: ${r.length} date${b(r.length)}`,"",`| M\
onth | ${cr.map(Number).join(" | ")} |`,`| --- |${" --- |".repeat(cr.length)}`,...s.map(o=>`| ${o} |\
 ${cr.map(i=>n.get(`${o}-${i}`)??"").join(" | ")} |`),"",...ip.flatMap(({status:o,title:i})=>{let u=t.
filter(l=>l.status===o).map(l=>l.partition);return u.length===0?[]:[`${i} (${u.length}), as the \`par\
tition\` input takes them:`,"",...$t(Te(u)),""]})]}var Ot=1e6,up=10,xa=()=>"";function Ra(e,t,n=xa){let{results:r,tally:s}=e,{succeeded:o,failed:i,notRun:u,
unknown:l}=s;return X(Ot,c=>[...vt(e.cause),...e.stopLines.flatMap(d=>[`**\u26D4 ${T(d)}**`,""]),`**${At(
s)}**`,"",ga(r),"",...dr(`\u274C Failed (${i.length})`,i,c,[["Table",d=>w(d.tableName)],["Partition",
d=>T(d.partition)],["Reason",d=>T(U(d.errorMsg,c.textLimit)??"")],["Trace ID",d=>d.traceId?w(d.traceId):
""],["Attempts",d=>String(d.attempts)]]),...dr(`\u2753 Unknown: sent, then cut off (${l.length})`,l,
c,[["Table",d=>w(d.tableName)],["Partition",d=>T(d.partition)],["What to do",d=>T(d.errorMsg??"")]]),
...cp(u,c),...Sa(r,c,()=>dp(o.length>up,`\u2705 Succeeded (${o.length})`,dr(`\u2705 Succeeded (${o.length}\
)`,o,c,[["Table",d=>w(d.tableName)],["Partition",d=>T(d.partition)],["Trace ID",d=>d.traceId?w(d.traceId):
""],["Attempts",d=>String(d.attempts)],["Note",d=>T(U(d.warning,c.textLimit)??"")]]))),...lp(e.warnings,
c),n(c),$a(t),""].join(`
`))}function Sa(e,t,n){return Ta(e)?wa(e,t):ya(e)?ba(e,t):n()}function lp(e,t){if(e.length===0)return[];
let{rows:n,more:r}=S(e,t.rowCap);return[`### \u26A0\uFE0F Warnings (${e.length})`,"",...n.map(s=>`- ${T(
U(s,Math.max(t.textLimit,200))??"")}`),...$(r),""]}function dr(e,t,n,r){if(t.length===0)return[];let{
rows:s,more:o}=S(t,n.rowCap),i=r.filter(([u,l])=>u!=="Note"||s.some(c=>l(c)!==""));return[`### ${e}`,
"",`| ${i.map(([u])=>u).join(" | ")} |`,`| ${i.map(()=>"---").join(" | ")} |`,...s.map(u=>`| ${i.map(
([,l])=>l(u)).join(" | ")} |`),...$(o),""]}function cp(e,t){let n=new Map;for(let o of e){let i=`${o.
tableName}\0${o.errorMsg??""}`,u=n.get(i)??{first:o,partitions:[]};u.partitions.push(o.partition),n.
set(i,u)}if(n.size===0)return[];let{rows:r,more:s}=S([...n.values()],t.rowCap);return[`### \u23ED\uFE0F Not ru\
n (${e.length})`,"",...r.flatMap(({first:o,partitions:i})=>[`- ${w(o.tableName)} \xB7 ${i.length} da\
te${b(i.length)} \xB7 ${T(o.errorMsg??"")}`,"",...$t(Te(i)).map(u=>`  ${u}`),""]),...$(s),""]}function dp(e,t,n){
return!e||n.length===0?n:[`<details><summary>${t}</summary>`,"",...n.slice(1),"</details>",""]}function Mt(e,t,n=xa,r=[
"## \u{1F4DD} AnyMetrics refresh dry run: nothing was sent"]){let s=e.map(Re);return X(Ot,o=>{let{rows:i,
more:u}=S(e,o.rowCap);return[...r,"",`**${e.length} trigger${b(e.length)} planned**`,"",...Sa(s,o,()=>[
"| Table | Partition |","| --- | --- |",...i.map(l=>`| ${w(l.tableName)} | ${T(l.partition)} |`),...$(
u),""]),n(o),$a(t),""].join(`
`)})}function Ea(e){return vt(e).join(`
`)}function ka(e,t){return X(Ot,n=>{let{rows:r,more:s}=S(e,n.rowCap);return[...vt(t),...r.map(o=>`- ${T(
o)}`),...$(s),""].join(`
`)})}function Aa(e){return X(Ot,t=>`## AnyMetrics refresh: nothing to refresh

${e(t)}`)}function $a(e){let t=[];return e.workflow&&t.push(`Workflow **${T(e.workflow)}**`),e.runNumber&&
t.push(`run #${T(e.runNumber)}`),e.sha&&t.push(`commit ${w(e.sha.slice(0,7))}`),e.event&&t.push(`eve\
nt ${w(e.event)}`),t.join(" \xB7 ")}var je=class{constructor(t){this.report=t}report;async refused(t){let{printer:n}=this.report,r=t.map(
o=>$i(o,n.boundary)),s=ua(t);n.setOutputs(Z(r),N),n.annotate(r.map(o=>({line:o,count:1,title:bi}))),
await n.writeSummary(ka(r,s)),n.info(xe(s))}notices(t){let{printer:n}=this.report;t.forEach(r=>n.notice(
n.boundary.text(r)))}read(t){let{printer:n,facts:r}=this.report;if(n.info(Oi(n.boundary.text(t.timeZone),
n.boundary.text(t.today))),n.debug(Mi(Xo(Zo(t)))),!r.dbt)return;let{group:s,lines:o,warnings:i}=ca(r.
dbt);n.startGroup(s),o.forEach(u=>n.info(u)),n.endGroup(),n.warnings(i)}async nothingToRefresh(){let{
printer:t,summaryExtra:n}=this.report;t.notice(ji),t.setOutputs(Z(),N),await t.writeSummary(Aa(n))}async dryRun(t,n){
let{printer:r,summaryExtra:s,context:o}=this.report,i=pr(t,this.report),u=n.map(m=>r.boundary.identifier(
m,200)),{group:l,lines:c,notice:d}=Ai(i);r.startGroup(l),c.forEach(m=>r.info(m)),r.endGroup(),u.length>
0&&r.info(Hi(u)),r.notice(d),r.setOutputs(Ct(i.map(Re)),N);let p=m=>[Wi(u,m),s(m)].join(`
`);await r.writeSummary(Mt(i,o,p))}};function pr(e,{printer:t}){return e.map(n=>({tableName:t.boundary.
identifier(n.tableName),partition:t.boundary.identifier(n.partition)}))}var oe=class{constructor(t){this.report=t}report;async runEnded(t){let{printer:n,context:r,summaryExtra:s}=this.
report;n.endGroup(),n.info(At(t.tally)),n.setOutputs(fa(t),N);let o=u=>[zi(t.watches,u),s(u)].join(`\

`);await n.writeSummary(Ra(t,r,o)),n.warnings(t.warnings);let i=u=>({line:u,count:1,title:N});n.annotate(
[...t.stopLines.map(i),...t.planFailures.map(i),...kt(t.unexplainedFailures).map(u=>({...u,title:N}))]),
n.info(xe(t.cause))}async checkPassed(t,n){let{printer:r,context:s,summaryExtra:o}=this.report;r.endGroup(),
n.watches.forEach(c=>r.info(Dt(c)));let i=Ni(r.boundary.text(n.host,300),n.tokenExchanged,n.watches.
map(c=>c.label));i.forEach(c=>r.info(c)),r.notice(a`Connection check passed: ${L(i,"; ")}; nothing was triggered`);
let u=pr(t,this.report);r.setOutputs(Ct(u.map(Re)),N);let l=["## \u2705 AnyMetrics connection check passe\
d: nothing was triggered","",...i.map(c=>`- ${T(c)}`)];await r.writeSummary(Mt(u,s,o,l))}async checkFailed(t,n){
let r=Ii(t,n.reason,n.traceId);await this.report.failedEarly(ia(t,n.reason,r),F)}async crashed(t){let n=t instanceof
Error?t.message:String(t);await this.report.failedEarly(aa(Pi(this.report.printer.boundary.text(n))))}};function va(e){let{results:t,cause:n,host:r}=e,s=t.filter(i=>i.status==="not-run").length,o=s===0?a`every trigger had been sent`:
a`${s} trigger${b(s)} not run`;switch(n){case"cancelled":{let i=t.filter(l=>l.status==="unknown").length,
u=i>0?a`, ${i} sent but cut off (outcome unknown: the platform may have started them)`:a``;return a`The run was cancelled: ${o}${u}; the rest are reported as they ended`}case"\
unreachable":return a`The platform at ${r} is unreachable: ${Fe} triggers in a row got no answer after their retries${Da(
t)}; ${o}`;case"invalid-http":return a`The platform at ${r} answers in something that is not valid HTTP: ${Fe} triggers in a row got such an answer after their retries${Da(
t)}; ${o}. Check that host names the AnyMetrics server itself (port 8083), not a proxy or another service`;case"\
refused":return e.refusal?pp(e.refusal,o):null;case"fail-fast":return a`fail-fast stopped the run after a trigger failed: ${o}`;case"\
throttled":return a`The platform at ${r} refused every request for pace (HTTP 429) for ${Qn/6e4} min and accepted none: ${o}. Lower concurrency, or run when the platform is less busy`;default:
return null}}function Ca(e,t,n){switch(e){case"unreachable":return a`The platform is unreachable`;case"\
invalid-http":return a`The platform's answers are not valid HTTP`;case"refused":{if(!t)return null;let r=E(
_t(t),we);return t.answer.transient?a`The platform is failing: ${r}`:Pa(t)?a`The host does not lead to the platform's API: ${r}`:
a`The platform refused the credential or the tenant: ${r}`}case"throttled":return a`The platform refused every request for pace (HTTP 429)`;case"\
fail-fast":{let r=n.find(o=>o.status==="failed")?.errorMsg,s=r?a`: ${E(r,we)}`:a``;return a`A trigger failed and fail-fast stopped the run${s}`}case"\
cancelled":return a`The run was cancelled`;default:return null}}function Da(e){let t=[...e].reverse().
find(n=>n.status==="failed"&&!n.answered);return t?.errorMsg?a` (last: ${t.errorMsg})`:a``}function _t(e){
let{code:t,reason:n}=e.answer,r=t?a` (code ${t})`:a``;return a`${n??a`no message`}${r}`}function pp(e,t){
if(e.answer.transient)return a`The platform kept answering the run's first ${e.refused} triggers with the same error, after their retries, and accepted none: ${_t(
e)}. Nothing more was sent (${t}). The platform is overloaded or failing: run again later, or with a lower concurrency`;
let n=Pa(e)?a`The host does not lead to the platform's API: correct the host input (dry-run: check tries it without triggering anything)`:
a`When the answer is about the credential or the tenant, check tenant-id and the credential: dry-run: check proves them without triggering anything`;
return a`The platform refused the run's first ${e.refused} triggers with the same answer and accepted none: ${_t(
e)}. Nothing more was sent (${t}). ${n}`}function Pa(e){return e.answer.code==="404"}function Na(e,t,n){
let r=n.filter(o=>o.status==="not-run"&&o.tableName===t).length,s=e.answer.transient?a`The platform is failing for this table: run it again later`:
a`Check that the table exists on the platform as named`;return a`Table ${t}: the platform refused its first ${e.
refused} triggers with the same answer and accepted none: ${_t(e)}. Its other ${r} trigger${b(r)} were not sent; other tables went on. ${s}`}
function Ia(e,t){if((t.cause==="unreachable"||t.cause==="invalid-http")&&!e.answered)return!0;let n=r=>r.
answer.code===e.code&&r.answer.reason===e.errorMsg;return t.cause==="refused"&&t.refusal&&n(t.refusal)?
!0:t.tableStops.some(({table:r,stop:s})=>r===e.tableName&&n(s))}function fp(e){return e.filter(t=>t.status==="failed")}function Oa(e){return{succeeded:e.filter(be),
acceptedEarlier:e.filter(t=>t.status==="accepted-earlier"),failed:fp(e),notRun:e.filter(t=>t.status===
"not-run"),unknown:e.filter(t=>t.status==="unknown")}}function Ma(e,t,n){let r=Oa(e),s=t.freshness?.watches??[],o=t.freshness?Xi(s):F,i=hp(e,t,n),u=t.freshness?.
newestPartition,l=r.failed.filter(p=>!Ia(p,i.facts)),c=s.map(Ji).filter(p=>p!==null),d=e.length>0&&r.
succeeded.length===e.length&&o.fresh!=="false";return{results:e,tally:r,succeeded:d,cause:mp({results:e,
counted:r,watches:s,planFailures:c,unexplainedFailures:l,stops:i}),stopLines:i.lines,unexplainedFailures:l,
watches:s,freshness:o,planFailures:c,warnings:[...e.map(Ri),...s.map(p=>Ki(p,Vo(p.last.dataMs,u)))].
filter(p=>p!==null)}}function mp(e){let{results:t,counted:n,watches:r,stops:s}=e,o=s.runLine?Ca(s.facts.
cause,s.facts.refusal,t):null;if(o)return{passed:!1,headline:o,detail:null};let i=t.length;return n.
succeeded.length<i||i===0?na(n,i,e.unexplainedFailures,{waiting:r.length>0,led:s.lines.length>0}):r.
length===0?Qi(i):r.some(u=>u.state!=="fresh")?ta(i,r,e.planFailures):ea(i,r,ur(r))}function hp(e,t,n){
let r=e.filter(l=>l.status==="not-run"),s=(t.refusals?.tableStops??[]).map(l=>({stop:l,table:n.identifier(
l.table??"")})).filter(({table:l})=>r.some(c=>c.tableName===l)),o={results:e,cause:t.cause,host:n.text(
t.host??""),refusal:r.length>0?t.refusals?.stopOfRun:void 0,tableStops:s},i=va(o),u=[i,...s.map(({stop:l,
table:c})=>Na(l,c,e))].filter(l=>l!==null);return{facts:o,runLine:i,lines:u}}var He=class{constructor(t){this.report=t}report;planRetry(t,n){this.report.printer.info(vi(t,n))}baselines(t){
t.forEach(n=>this.report.printer.info(Dt(n)))}async baselineFailed(t,n){let r=Yi(t,n.reason,n.traceId),
s=oa(t,n.reason,r);await this.report.failedEarly(s,{...F,fresh:"false"})}waitStarted(t,n,r){this.report.
printer.startGroup(Gi(t,n,r))}planFresh(t){this.report.printer.info(qi(t))}waitProgress(t,n,r,s){this.
report.printer.progress(Vi(t,n,r,s))}};var Lt=10;function _a(e,t){if(e.length<=t)return{shown:[...e],rest:[]};let n=e.slice(0,Math.max(0,t-
1));return{shown:n,rest:e.slice(n.length)}}var Ft=class{constructor(t,n){this.boundary=n;this.sink=lo(
t)}boundary;groupOpen=!1;outputsWritten=!1;summaryWritten=!1;warnedShortSecret=!1;warningsMade=0;errorsMade=0;sink;mask(t){
this.boundary.addSecret(t).forEach(n=>this.sink.setSecret(n)),t.length<An&&!this.warnedShortSecret&&
(this.warnedShortSecret=!0,this.warning(Ui))}info(t){this.sink.info(k(t))}progress(t){this.sink.progress(
k(t))}debug(t){this.sink.debug(k(t))}notice(t){this.sink.notice(k(t))}warning(t){this.warnings([t])}warnings(t){
let n=Lt-this.warningsMade,{shown:r,rest:s}=_a(t,n);r.forEach(o=>this.sink.warning(k(o))),this.warningsMade+=
r.length,s.length!==0&&(s.forEach(o=>this.sink.info(k(a`warning: ${o}`))),!(n<=0)&&(this.sink.warning(
k(Si(s.length))),this.warningsMade=Lt))}startGroup(t){this.endGroup(),this.sink.startGroup(k(t)),this.
groupOpen=!0}endGroup(){this.groupOpen&&(this.sink.endGroup(),this.groupOpen=!1)}fail(t,n){this.annotate(
[{line:t,count:1,title:n}])}annotate(t){let n=Lt-this.errorsMade,{shown:r,rest:s}=_a(t,n);r.forEach(
i=>this.sink.error(k(i.line),{title:i.title})),this.errorsMade+=r.length;let o=s[0];if(o&&n>0){let i=s.
reduce((u,l)=>u+l.count,0);this.sink.error(k(Ei(i)),{title:o.title}),this.errorsMade=Lt}t.length>0&&
this.sink.fail()}setOutputs(t,n){if(!this.outputsWritten){this.outputsWritten=!0;try{for(let[r,s]of Object.
entries(t))this.sink.setOutput(r,s)}catch(r){this.fail(ar("outputs",this.boundary.text(La(r))),n)}}}async writeSummary(t){
if(!this.summaryWritten){this.summaryWritten=!0;try{await this.sink.writeSummary(t)}catch(n){this.warning(
ar("summary",this.boundary.text(La(n))))}}}};function La(e){let t=e?.code;return typeof t=="string"?
t:e instanceof Error?e.message:String(e)}var gp={waiting:!1,dbt:void 0},Bt=class e{constructor(t,n,r=gp){this.printer=t;this.context=n;this.facts=
r}printer;context;facts;withFacts(t){return new e(this.printer,this.context,t)}summaryExtra=t=>this.
facts.dbt?da(this.facts.dbt,t):"";get freshnessIfFailed(){return this.facts.waiting?{...F,fresh:"fal\
se"}:F}async failedEarly(t,n=this.freshnessIfFailed){let{printer:r}=this;r.endGroup(),r.setOutputs(Z(
[t.detail],n),N),await r.writeSummary(Ea(t)),r.fail(t.detail,N),r.info(xe(t))}};function Fa(e,t){return{
waiting:e.dryRun==="off"&&e.plan.length>0&&e.waitForPlans.length>0,dbt:e.dbt?la(e.dbt,t):void 0}}function Ba(e,t){let n=r=>{let s=e[r];return s?t.text(s,200):void 0};return{workflow:n("GITHUB_WORKF\
LOW"),runNumber:n("GITHUB_RUN_NUMBER"),sha:n("GITHUB_SHA"),event:n("GITHUB_EVENT_NAME")}}var Ut=class{constructor(t,n){this.report=t;this.run=n}report;run;runStarted(t,n){let{printer:r}=this.
report;if(n>0&&r.info(Fi(n)),t===0)return;let s=r.boundary.text(this.run.host);r.startGroup(ki(t,s,this.
run.concurrency))}retry(t){this.report.printer.info(xi(t))}finished(t,n,r){this.report.printer.progress(
wi(t,n,r))}};function Ua({printer:e}){return t=>e.debug(Bi(e.boundary.text(t)))}var ja=["SIGINT","SIGTERM"];function Ha(e){let t=!1,n=r=>{t&&process.exit(r==="SIGINT"?130:143),t=!0,
e.stop("cancelled"),setTimeout(()=>e.abortInFlight(),2e3).unref()};return ja.forEach(r=>process.on(r,
n)),()=>ja.forEach(r=>process.off(r,n))}var jt=class{constructor(t){this.report=t}report;recorded(t,n){let{printer:r}=this.report;r.info(_i(
r.boundary.text(t),n))}notRecorded(t,n){let{printer:r}=this.report;r.warnings([Li(r.boundary.text(t),
r.boundary.text(n,64))])}};var Wa=require("node:events");var yp={"fail-fast":a`not run: fail-fast stopped the run after a failure`,unreachable:a`not run: the platform is unreachable`,
"invalid-http":a`not run: the platform's answers are not valid HTTP`,refused:a`not run: the platform refused the run's first triggers with the same answer`,
throttled:a`not run: the platform refused every request for pace (429) for 2 min`,cancelled:a`not run: cancelled`,
crashed:a`not run: the action stopped unexpectedly`},Ht=class{stopping=new AbortController;aborting=new AbortController;firstCause;constructor(){
(0,Wa.setMaxListeners)(0,this.stopping.signal,this.aborting.signal)}stop(t){this.firstCause??=t,this.
stopping.abort()}abortInFlight(){this.aborting.abort()}get cause(){return this.firstCause}get stopped(){
return this.stopping.signal.aborted}get stopSignal(){return this.stopping.signal}get abortSignal(){return this.
aborting.signal}get notRunReason(){return yp[this.firstCause??"cancelled"]}};function Ga(e,t){return new Promise(n=>{if(t.aborted)return n();let r=setTimeout(s,e);t.addEventListener(
"abort",s,{once:!0});function s(){clearTimeout(r),t.removeEventListener("abort",s),n()}})}var bp="anymetrics-refresh",Va={sleep:Ga,random:Math.random,nowMs:Date.now};async function Wt(e){let t=e.
inputs,n=new te,r=new Ft(e.sink,n),s=new Bt(r,Ba(e.contextEnv,n)),o=Tp(()=>s);try{oo(t).forEach(c=>r.
mask(c));let i=await wp(t,new je(s));if(!i)return"refused";s=s.withFacts(Fa(i,n));let u=new je(s);u.
read(i);let l=e.debug;i.dryRun==="check"?await qa(i,s,l,Ep):i.plan.length===0?await u.nothingToRefresh():
i.dryRun==="plan"?await u.dryRun(i.plan,i.waitForPlans.map(c=>c.label)):await qa(i,s,l,xp)}catch(i){
await new oe(s).crashed(i)}finally{o()}return"ran"}function Tp(e){let t=()=>{process.off("beforeExit",
t);let n=new Error("the run ended while a request was still unaccounted for");new oe(e()).crashed(n)};
return process.on("beforeExit",t),()=>process.off("beforeExit",t)}async function wp(e,t){try{let{config:n,
notices:r}=io(e,{now:new Date,readTextFile:s=>Oe(s,_r),openArtifact:s=>co(s),readOwnFile:s=>po(s,zs)});
return t.notices(r),n}catch(n){if(!(n instanceof Ae))throw n;await t.refused(n.errors);return}}async function qa(e,t,n,r){
let s=await kp(e,t,n),o=new Ht,i=Ha(o);try{await r({config:e,client:s,control:o,report:t})}finally{i(),
s.close()}}async function xp({config:e,client:t,control:n,report:r}){let{boundary:s}=r.printer,o={credential:new Be(
r),plans:new He(r),triggers:new Ut(r,{host:t.host,concurrency:e.concurrency})},i={host:t.host,tenantId:e.
tenantId},u=e.resume&&ui(e.resume.record,i),l={...e,policy:Ja(e),resume:u},c;try{c=await mi(l,{client:t,
clock:Va,control:n,boundary:s,hooks:o})}finally{e.resume&&Rp(e.resume,i,e.plan,c,r)}if(!c)return;let d=c.
watches.length>0,p={cause:c.cause,refusals:c.refusals,host:t.host,freshness:d?{watches:c.watches,newestPartition:Sp(
e)}:void 0};await new oe(r).runEnded(Ma(c.results,p,s))}function Rp(e,t,n,r,s){let o={plan:n,results:r?.
results??[],watches:r?.watches??[]},i=pi(e.record,t,o),u=new jt(s);try{pt(e.path,Qs(i)),u.recorded(e.
path,fi(i,t))}catch(l){u.notRecorded(e.path,l.code??"unknown error")}}function Sp(e){return e.plan.map(
t=>t.partition).sort().at(-1)}async function Ep({config:e,client:t,control:n,report:r}){let s={credential:new Be(
r),plans:new He(r)},{boundary:o}=r.printer,i={...e,policy:Ja(e)},u=await hi(i,{client:t,clock:Va,control:n,
boundary:o,hooks:s}),l=new oe(r);u.passed?await l.checkPassed(e.plan,{host:t.host,tokenExchanged:e.credentials.
kind==="api-key",watches:u.watches}):"reported"in u||await l.checkFailed(u.step,u.verdict)}function Ja(e){
return{retries:e.retries,...fo}}function kp(e,t,n){return Go({host:e.host.base,tenantId:e.tenantId,basicAuth:e.
host.basicAuth,timeoutMs:e.timeoutMs,userAgent:bp,maxSockets:e.concurrency,caCertificates:e.caCertificates,
boundary:t.printer.boundary,onTriggerBody:n?Ua(t):void 0})}async function Ka(){await Wt({inputs:Ap(),sink:$p(),debug:Dr(),contextEnv:process.env})}function Ap(){
let e=ne.map(t=>[t,Ar(t)]);return Object.fromEntries(e)}function $p(){return{setSecret:kr,debug:vr,info:Qt,
progress:Qt,notice:e=>Nr(e),warning:e=>Pr(e),error:(e,t)=>Cr(e,t),startGroup:Ir,endGroup:Or,setOutput:(e,t)=>{
Bn(process.env.GITHUB_OUTPUT),$r(e,t)},writeSummary:async e=>{process.env.GITHUB_STEP_SUMMARY&&(Bn(process.
env.GITHUB_STEP_SUMMARY),await Xt.addRaw(e).write())},fail:()=>{process.exitCode=1}}}var Se=["auth-value","app-secret"],Dp=["json","debug","help","version"],vp=["summary-file","auth-val\
ue-file","app-secret-file"],j=class extends Error{constructor(n,r,s){super(`${n} ${r}`);this.flag=n;
this.rule=r;this.offendingValue=s;this.name="FlagError"}flag;rule;offendingValue};function ie(e){return`\
ANYMETRICS_${e.toUpperCase().replace(/-/g,"_")}`}var Cp=e=>ne.includes(e),Pp=e=>Se.includes(e),Ya=e=>Dp.
includes(e),Np=e=>vp.includes(e);function Xa(e,t,n){let r=new Map;for(let u=0;u<e.length;u++){let l=e[u]??
"";if(!l.startsWith("--")||l==="--")throw new j(`argument ${u+1}`,"is not a flag: every setting is -\
-<name> value");let c=l.indexOf("="),d=l.slice(2,c<0?void 0:c),p=`--${d}`;if(Pp(d))throw new j(p,`is\
 refused: a credential given as a flag lands in shell history and process listings; set ${ie(d)} or \
use ${p}-file PATH`);if(!Cp(d)&&!Ya(d)&&!Np(d))throw new j(p,"is not a flag of anymetrics-refresh (s\
ee --help)");if(r.has(d))throw new j(p,"is given twice");if(Ya(d)){if(c>=0)throw new j(p,"takes no v\
alue");r.set(d,!0);continue}let m=e[u+1];if(c>=0)r.set(d,l.slice(c+1));else{if(m===void 0||m.startsWith(
"--"))throw new j(p,"needs a value: --name value or --name=value");r.set(d,m),u++}}let s=u=>{let l=r.
get(u);return typeof l=="string"?l:void 0},o=Object.fromEntries(ne.map(u=>{let l=s(u)??Ip(t[ie(u)])??
n[u];return[u,l.trim()]})),i={};for(let u of Se){let l=s(`${u}-file`);l!==void 0&&(i[u]=l)}return{inputs:o,
credentialFiles:i,json:r.has("json"),debug:r.has("debug"),help:r.has("help"),version:r.has("version"),
summaryFile:s("summary-file")}}function Ip(e){return e===void 0||e===""?void 0:e}var fr=[{name:"host",required:!0,default:"",description:"AnyMetrics address: `host:port` (`http://` \
is assumed, as the platform documents) or a base URL `http(s)://host[:port][/prefix]`."},{name:"tena\
nt-id",required:!0,default:"",description:"Tenant ID, sent as header `tenant-id` and body field `ten\
antId` (at most 128 characters)."},{name:"auth-type",required:!1,default:"",description:"`UID`, `TOK\
EN`, `ACCOUNT` or `APIKEY`, in any letter case; sent upper-case."},{name:"auth-value",required:!1,default:"",
description:"The credential for `auth-type`."},{name:"app-id",required:!1,default:"",description:"An\
 API key ID, with `app-secret`, instead of `auth-type` and `auth-value`: the action gets a TOKEN fro\
m the platform's token endpoint once per run and sends every trigger with it."},{name:"app-secret",required:!1,
default:"",description:"The API key secret for `app-id`."},{name:"table-name",required:!1,default:"",
description:"One or more full data-source table names, ``datasource.`catalog.schema`.table``, separa\
ted by newlines or commas."},{name:"datasource",required:!1,default:"",description:"Data source name\
 as bound to the platform (e.g. `starrocks`); use with `catalog-schema` and `table`, or with `dbt-ru\
n-results`."},{name:"catalog-schema",required:!1,default:"",description:"`catalog.schema`, with or w\
ithout backticks (e.g. `default_catalog.sales`)."},{name:"table",required:!1,default:"",description:"\
One or more business table names (e.g. `p_order`), separated by newlines or commas, all in `datasour\
ce` and `catalog-schema`."},{name:"partition",required:!1,default:"today",description:"One or more p\
artitions, separated by newlines or commas: `yyyy-MM-dd`, `today`, `yesterday`, `today-N` (N days be\
fore today), or an inclusive range `A..B` of those (`2024-07-01..2024-07-31`, `today-6..today`)."},{
name:"timezone",required:!1,default:"UTC",description:"IANA time zone in which `today` and `yesterda\
y` are resolved (e.g. `Asia/Shanghai`)."},{name:"timeout-seconds",required:!1,default:"30",description:"\
Time limit for each request, in seconds (fractions allowed, at most 3600)."},{name:"retries",required:!1,
default:"3",description:"Extra attempts for transient failures (connection refused or reset, DNS, ti\
meout, HTTP 408, 429, 502, 503, 504), with exponential backoff; `0` disables (at most 10)."},{name:"\
concurrency",required:!1,default:"4",description:"Most triggers in flight at once (1\u201332)."},{name:"\
fail-fast",required:!1,default:"false",description:"After the first failure, start no new triggers (\
those in flight finish)."},{name:"dry-run",required:!1,default:"false",description:"`true`: validate\
 and resolve everything, log and summarise the plan, and send nothing (for runners that cannot reach\
 the platform)."},{name:"max-triggers",required:!1,default:"1000",description:"Refuse a plan (tables\
 \xD7 partitions) larger than this before sending anything (1\u20132000); guards against typos such as `2020\
-01-01..today`."},{name:"resume-file",required:!1,default:"",description:"Path (relative to the work\
space) of a file this action owns, for re-runs of a backfill: triggers it records as accepted for th\
e same host, tenant, table and partition are not sent again (status `accepted-earlier`), and it is r\
ewritten at the end of every run with everything accepted so far (and, when waiting, the plans' base\
lines)."},{name:"ca-certificate",required:!1,default:"",description:"PEM certificate(s), as text or \
the path of a file, trusted in addition to the system CAs: for an HTTPS `host` signed by a company C\
A."},{name:"dbt-run-results",required:!1,default:"",description:"Path to dbt's `run_results.json` (u\
sually `target/run_results.json`): refresh the tables that run wrote (models, seeds, snapshots with \
status `success` or `partial success`), besides any named in `table-name` or `table`."},{name:"dbt-m\
anifest",required:!1,default:"",description:"Path to dbt's `manifest.json`; by default the one besid\
e `dbt-run-results`."},{name:"dbt-select",required:!1,default:"",description:"Keep only dbt nodes ma\
tching these selectors, newline- or comma-separated (several = union): `tag:NAME`, `path:GLOB` (on t\
he node's file path), `resource_type:model`, or a model name."},{name:"dbt-exclude",required:!1,default:"",
description:"Drop dbt nodes matching these selectors (same syntax), after `dbt-select`."},{name:"dbt\
-catalog",required:!1,default:"default_catalog",description:"Catalog for dbt nodes that name none (`\
config.catalog`, or a `database` unlike their schema)."},{name:"wait-for-plans",required:!1,default:"",
description:"Materialization plans to wait for after the triggers, newline- or comma-separated: plan\
 names, or `id:<plan id>`."},{name:"wait-timeout-minutes",required:!1,default:"60",description:"How \
long to wait for the plans, in minutes (fractions allowed, at most 350), counted from the end of the\
 triggers."},{name:"wait-interval-seconds",required:!1,default:"30",description:"How often each plan\
 that is not fresh yet is polled, in seconds (1 to 600)."}];var D={ok:0,failed:1,invalid:2,SIGINT:130,SIGTERM:143},Op=100;function za(e){let t=e.map(n=>{let s=Se.
includes(n.name)?`  ${ie(n.name)} or --${n.name}-file PATH`:`  --${n.name} VALUE`,o=n.required?"requ\
ired":n.default?`default: ${n.default}`:"optional";return`${s}  (${o})
${Mp(n.description,"      ")}`});return["Usage: anymetrics-refresh --host HOST --tenant-id ID [--<in\
put> VALUE]... [--json]","","Triggers Aloudata CAN (AnyMetrics) materialized-table data updates: the\
 engine of the","GitHub Action anymetrics-refresh, with its inputs as flags (--name VALUE or --name=\
VALUE).",`Each input can also come from ANYMETRICS_<INPUT> (e.g. ${ie("tenant-id")}); the`,"flag win\
s. Credentials come only from the environment or a file, never from a flag.","","Inputs:",...t,"","O\
ptions:","  --json               one JSON document on stdout at the end (the outputs); the log is on\
 stderr","  --summary-file PATH  write the markdown summary to PATH","  --debug              also lo\
g debug lines (each trigger body as sent)","  --help               this text","  --version          \
  the version","","Exit codes:",`  ${D.ok}    every trigger accepted (and every plan fresh when wait\
ing); a dry run done`,`  ${D.failed}    a trigger failed, a plan is not fresh, or a check failed`,` \
 ${D.invalid}    invalid flags or inputs: nothing was sent`,`  ${D.SIGINT}  stopped by SIGINT (Ctrl-\
C), after printing what it has`,`  ${D.SIGTERM}  stopped by SIGTERM, likewise`,""].join(`
`)}function Mp(e,t){let n=[],r=t;for(let s of e.split(" "))r.length>t.length&&r.length+1+s.length>Op&&
(n.push(r),r=t),r+=r.length>t.length?` ${s}`:s;return n.push(r),n.join(`
`)}function Za(e,t){let n=t.text(e.flag,100),r=e.offendingValue===void 0?a``:a`; got ${t.quote(e.offendingValue)}`;
return a`${n} ${t.text(e.rule)}${r}`}function Qa(e,t,n,r){return a`--${r.text(e)}: cannot read ${r.quote(
t)} (${r.text(n)})`}function eu(e){return Z([e])}function mr(e,t){let n=o=>e[o]??"",r=o=>{let i=n(o);
return i===""?[]:JSON.parse(i)},s={success:n("success")==="true"&&!t,"trace-id":n("trace-id"),"error\
-message":n("error-message"),results:r("results"),"succeeded-count":Number(n("succeeded-count")||0),
"failed-count":Number(n("failed-count")||0),fresh:n("fresh")===""?null:n("fresh")==="true",plans:r("\
plans"),"data-through":n("data-through")||null};return`${JSON.stringify(s,null,2)}
`}var _p={error:"\x1B[31m",warning:"\x1B[33m",notice:"\x1B[36m",heading:"\x1B[1m",debug:"\x1B[2m"},Lp="\
\x1B[0m",tu="\r\x1B[2K";function ru(e,t){return e&&!t.NO_COLOR&&t.TERM!=="dumb"}function nu(e){return e.
replace(/[\x00-\x08\x0a-\x1f\x7f\x9b]/g," ").replace(/^::/,": :")}var Gt=class{constructor(t){this.options=
t}options;outputs={};failed=!1;progressShown=!1;setSecret=t=>{};debug=t=>{this.options.debug&&this.lines(
t,"debug")};info=t=>{this.lines(t)};progress=t=>{if(!this.options.tty)return this.lines(t);let n=nu(
t.split(`
`).at(-1)??""),r=this.options.columns??80,s=n.length>=r?`${n.slice(0,Math.max(0,r-2))}\u2026`:n;this.
options.write(`${tu}${s}`),this.progressShown=!0};notice=t=>{this.lines(t,"notice","notice: ")};warning=t=>{
this.lines(t,"warning","warning: ")};error=(t,n)=>{this.lines(t,"error","error: ")};startGroup=t=>{this.
lines(t,"heading")};endGroup=()=>{};setOutput=(t,n)=>{this.outputs[t]=n};writeSummary=async t=>{this.
options.summaryFile&&this.options.writeFile(this.options.summaryFile,t)};fail=()=>{this.failed=!0};close=()=>{
this.progressShown&&this.options.write(`
`),this.progressShown=!1};lines(t,n,r=""){let s=n&&this.options.colour?_p[n]:"",o=t.split(`
`).map(i=>`${s}${r}${nu(i)}${s?Lp:""}
`).join("");this.options.write(`${this.progressShown?tu:""}${o}`),this.progressShown=!1}};var Fp=64*1024,Bp=1e3,Up=["SIGINT","SIGTERM"];function ou(e){let t=Wp();jp(process.argv.slice(2),e,t).
then(n=>{process.exitCode=n}).catch(()=>{process.stderr.write(`error: anymetrics-refresh stopped une\
xpectedly
`),process.exitCode=D.failed}).finally(()=>{setTimeout(()=>process.exit(),Bp).unref()})}async function jp(e,t,n){
let r=new te;for(let p of Se){let m=process.env[ie(p)]?.trim();m&&r.addSecret(m)}let s=e.includes("-\
-json"),o=p=>(su(!1,void 0).error(p),s&&process.stdout.write(mr(eu(p),!1)),D.invalid),i;try{i=Xa(e,process.
env,Hp())}catch(p){if(!(p instanceof j))throw p;return o(Za(p,r))}if(i.help)return process.stdout.write(
za(fr)),D.ok;if(i.version)return process.stdout.write(`${t.version()}
`),D.ok;let u={...i.inputs};for(let[p,m]of Object.entries(i.credentialFiles))try{u[p]=Oe(m,Fp).trim()}catch(g){
let h=g.code??"unreadable";return o(Qa(`${p}-file`,m,h,r))}let l=su(i.debug,i.summaryFile),c=await Wt(
{inputs:u,sink:l,debug:i.debug,contextEnv:process.env});l.close();let d=n();return i.json&&process.stdout.
write(mr(l.outputs,d!==void 0)),d?D[d]:c==="refused"?D.invalid:l.failed?D.failed:D.ok}function Hp(){
let e=new Map(fr.map(t=>[t.name,t.default]));return Object.fromEntries(ne.map(t=>[t,e.get(t)??""]))}
function su(e,t){let n=process.stderr.isTTY===!0;return new Gt({write:r=>{process.stderr.write(r)},tty:n,
columns:process.stderr.columns,colour:ru(n,process.env),debug:e,summaryFile:t,writeFile:pt})}function Wp(){
let e,t=n=>{e&&process.exit(D[n]),e=n};return Up.forEach(n=>process.on(n,t)),()=>e}var Gp=1e3;require.main===module&&Ka().catch(()=>{process.exitCode=1}).finally(()=>{setTimeout(()=>process.
exit(),Gp).unref()});0&&(module.exports={runCli});
