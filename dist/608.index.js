export const id = 608;
export const ids = [608];
export const modules = {

/***/ 8608:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromTokenFile: () => (/* binding */ fromTokenFile)
/* harmony export */ });
/* unused harmony export fromWebToken */
/* harmony import */ var _chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2705);
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2933);
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8549);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
var fromWebToken=init=>async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn,roleSessionName,webIdentityToken,providerId,policyArns,policy,durationSeconds}=init,{roleAssumerWithWebIdentity}=init;if(!roleAssumerWithWebIdentity){let{getDefaultRoleAssumerWithWebIdentity}=await __webpack_require__.e(/* import() */ 914).then(__webpack_require__.bind(__webpack_require__, 7914));roleAssumerWithWebIdentity=getDefaultRoleAssumerWithWebIdentity({...init.clientConfig,credentialProviderLogger:init.logger,parentClientConfig:{...awsIdentityProperties?.callerClientConfig,...init.parentClientConfig}},init.clientPlugins)}return roleAssumerWithWebIdentity({RoleArn:roleArn,RoleSessionName:roleSessionName??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:webIdentityToken,ProviderId:providerId,PolicyArns:policyArns,Policy:policy,DurationSeconds:durationSeconds})};var ENV_TOKEN_FILE="AWS_WEB_IDENTITY_TOKEN_FILE",ENV_ROLE_ARN="AWS_ROLE_ARN",ENV_ROLE_SESSION_NAME="AWS_ROLE_SESSION_NAME",fromTokenFile=(init={})=>async awsIdentityProperties=>{init.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let webIdentityTokenFile=init?.webIdentityTokenFile??process.env[ENV_TOKEN_FILE],roleArn=init?.roleArn??process.env[ENV_ROLE_ARN],roleSessionName=init?.roleSessionName??process.env[ENV_ROLE_SESSION_NAME];if(!webIdentityTokenFile||!roleArn)throw new _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsProviderError */ .C1("Web identity configuration not specified",{logger:init.logger});let credentials=await fromWebToken({...init,webIdentityToken:_chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_1__/* .externalDataInterceptor */ .ZY?.getTokenRecord?.()[webIdentityTokenFile]??(0,node_fs__WEBPACK_IMPORTED_MODULE_3__.readFileSync)(webIdentityTokenFile,{encoding:"ascii"}),roleArn,roleSessionName})(awsIdentityProperties);return webIdentityTokenFile===process.env[ENV_TOKEN_FILE]&&(0,_chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_0__/* .setCredentialFeature */ .gD)(credentials,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),credentials};


/***/ })

};
