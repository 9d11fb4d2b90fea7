// Injected into each page the browser check opens. After the page has loaded, it lists what a
// reader would see broken, and appends the list to the page for the test to read.
window.addEventListener('load', () => {
  const problems = [];
  for (const img of document.images) {
    if (!img.complete || img.naturalWidth === 0) {
      problems.push('image did not load: ' + img.getAttribute('src'));
    }
  }
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href').slice(1));
    if (id && !document.getElementById(id)) {
      problems.push('link to a missing anchor: #' + id);
    }
  }
  const text = document.body.innerText;
  for (const sign of ['Unresolved directive', 'include::', 'image::']) {
    if (text.includes(sign)) {
      problems.push('page shows: ' + sign);
    }
  }
  const result = document.createElement('pre');
  result.id = 'doc-check-result';
  result.textContent = 'DOC-CHECK ' + JSON.stringify({images: document.images.length, problems: problems});
  document.body.appendChild(result);
});
