export const id = 797;
export const ids = [797];
export const modules = {

/***/ 4797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fromEnv: () => (/* reexport safe */ _chunk_RJIEQ36Z_js__WEBPACK_IMPORTED_MODULE_0__.sF)
/* harmony export */ });
/* harmony import */ var _chunk_RJIEQ36Z_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8450);
/* harmony import */ var _chunk_GBVSSWXL_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2705);
/* harmony import */ var _chunk_SZU4KGNO_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2933);
/* harmony import */ var _chunk_AC5OV5WI_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8549);



/***/ })

};
