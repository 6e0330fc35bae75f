export const id = 341;
export const ids = [341];
export const modules = {

/***/ 5341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromProcess: () => (/* binding */ fromProcess)
/* harmony export */ });
/* harmony import */ var _chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2705);
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2933);
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8549);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
var getValidatedProcessCredentials=(profileName,data,profiles)=>{if(data.Version!==1)throw Error(`Profile ${profileName} credential_process did not return Version 1.`);if(data.AccessKeyId===void 0||data.SecretAccessKey===void 0)throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);if(data.Expiration){let currentTime=new Date;if(new Date(data.Expiration)<currentTime)throw Error(`Profile ${profileName} credential_process returned expired credentials.`)}let accountId=data.AccountId;!accountId&&profiles?.[profileName]?.aws_account_id&&(accountId=profiles[profileName].aws_account_id);let credentials={accessKeyId:data.AccessKeyId,secretAccessKey:data.SecretAccessKey,...data.SessionToken&&{sessionToken:data.SessionToken},...data.Expiration&&{expiration:new Date(data.Expiration)},...data.CredentialScope&&{credentialScope:data.CredentialScope},...accountId&&{accountId}};return (0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .setCredentialFeature */ .gD)(credentials,"CREDENTIALS_PROCESS","w"),credentials};var resolveProcessCredentials=async(profileName,profiles,logger)=>{let profile=profiles[profileName];if(profiles[profileName]){let credentialProcess=profile.credential_process;if(credentialProcess!==void 0){let execPromise=(0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .externalDataInterceptor */ .ZY?.getTokenRecord?.().exec??node_child_process__WEBPACK_IMPORTED_MODULE_3__.exec);try{let{stdout}=await execPromise(credentialProcess),data;try{data=JSON.parse(stdout.trim())}catch{throw Error(`Profile ${profileName} credential_process returned invalid JSON.`)}return getValidatedProcessCredentials(profileName,data,profiles)}catch(error){throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C1(error.message,{logger})}}else throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C1(`Profile ${profileName} did not contain credential_process.`,{logger})}else throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C1(`Profile ${profileName} could not be found in shared credentials file.`,{logger})};var fromProcess=(init={})=>async({callerClientConfig}={})=>{init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let profiles=await (0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .parseKnownFiles */ .YU)(init);return resolveProcessCredentials((0,_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .getProfileName */ .Bz)({profile:init.profile??callerClientConfig?.profile}),profiles,init.logger)};


/***/ })

};
