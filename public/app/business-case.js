// Progressive enhancement for the business-case step: as the applicant types, post the figures to
// the server (which parses kroner and computes NPV and payback the same way as the "Beregn" button)
// and replace the computed block. Without this file the "Beregn" button does the same by saving.
(function () {
  var form = document.querySelector('form[data-business-case]');
  var target = document.getElementById('business-case-figures');
  if (!form || !target || !window.fetch || !window.URLSearchParams) return;
  var url = form.getAttribute('data-business-case');
  var timer = null;
  var seq = 0;

  function fields() {
    var body = new URLSearchParams();
    var inputs = form.querySelectorAll('input[name^="businessCase["], input[name="_csrf"]');
    for (var i = 0; i < inputs.length; i++) body.append(inputs[i].name, inputs[i].value);
    return body;
  }

  function update() {
    var mine = ++seq;
    var body = fields();
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': body.get('_csrf') || '' },
      body: body.toString(),
    })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (data) {
        if (data && typeof data.html === 'string' && mine === seq) target.innerHTML = data.html;
      })
      .catch(function () {
        /* keep the last figures; the Beregn button still works */
      });
  }

  form.addEventListener('input', function (e) {
    if (!e.target || !e.target.name || e.target.name.indexOf('businessCase[') !== 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, 300);
  });
})();
