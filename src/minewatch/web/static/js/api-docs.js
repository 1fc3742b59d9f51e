// The API docs page: Swagger UI from /static/vendor (no CDN), reading /openapi.json.
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: root.getAttribute("data-openapi"), domNode: root });
})();
