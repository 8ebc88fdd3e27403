// The API's own route list (the OpenAPI document is built from it too).
export { registeredRoutes, routeKey, type Route } from '../../apps/api/src/openapi/routes.js';
