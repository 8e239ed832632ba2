// Browsers come from Debian packages; never let puppeteer download its own (it fails here).
module.exports = { skipDownload: true };
