// The API docs page: Swagger UI from /static/vendor (no CDN), reading /openapi.json.
// validatorUrl null: no badge from validator.swagger.io, which Swagger UI draws for a spec
// served from any host but localhost (HOST=0.0.0.0): nothing is fetched from another site.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: root.getAttribute("data-openapi"), domNode: root, validatorUrl: null });
})();
