/* eslint-disable no-undef */
// Builds the shared runtime: one page (taskpane.html) that loads the task pane and the custom functions,
// plus functions.json generated from the JSDoc in src/functions/functions.ts. ts-loader type-checks the
// build, so a fact about an unknown organisation or place, or with an unknown status, fails it.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LOCALES, localizeMetadata } = require("./src/functions/locales/localize");

const DEV_URL = "https://localhost:3000/";
// Where the production build is hosted. The manifest's dev URLs are rewritten to it; without it the
// production build keeps the dev URLs (fine for local sideloading).
const PUBLIC_URL = process.env.CITYNET_PUBLIC_URL;

/**
 * HTTPS for the dev server with office-addin-dev-certs' localhost certificate. Where the CA cannot be
 * trusted (Linux without sudo), getHttpsServerOptions fails although the files exist: read them directly.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) {
      throw new Error(`No development certificate: run 'npx office-addin-dev-certs install' first (${error.message}).`);
    }
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

/**
 * functions.nb-NO.json and functions.sv-SE.json: the generated functions.json with names and
 * descriptions from src/functions/locales. A translation that does not match fails the build.
 */
class LocalizedFunctionsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "LocalizedFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const english = assets["functions.json"];
        if (!english) return;
        const metadata = JSON.parse(english.source().toString());
        for (const [locale, file] of Object.entries(LOCALES)) {
          const translation = JSON.parse(require("fs").readFileSync(path.join(__dirname, "src/functions/locales", file), "utf8"));
          try {
            const localized = localizeMetadata(metadata, translation, locale);
            compilation.emitAsset(`functions.${locale}.json`, new sources.RawSource(JSON.stringify(localized, null, 2)));
          } catch (error) {
            compilation.errors.push(new compiler.webpack.WebpackError(error.message));
          }
        }
      });
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  if (PUBLIC_URL && !/^https:\/\/.+\/$/.test(PUBLIC_URL)) {
    throw new Error(`CITYNET_PUBLIC_URL must be an https:// URL ending in '/', got '${PUBLIC_URL}'.`);
  }
  return {
    devtool: "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      // The pane reuses the core and the dataset from the functions bundle: one copy on the shared page.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
      // The preview page (no Excel): the same pane beside an in-page workbook.
      preview: { import: "./src/preview/preview.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json" } } }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
        inject: "head",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["functions", "preview"],
        scriptLoading: "defer",
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/preview/preview.css", to: "preview.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev || !PUBLIC_URL ? content : content.toString().split(DEV_URL).join(PUBLIC_URL);
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
