// The upload page's only script: a file dropped anywhere on the page is put
// in the file field and sent, and an over-size file is caught before upload.
// Without it the page still works through the file field and button.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form) { return; }
  var input = document.getElementById("file");
  var zone = document.getElementById("dropzone");
  var status = document.getElementById("status");
  var maxBytes = Number(form.getAttribute("data-max-bytes"));

  form.addEventListener("submit", function (event) {
    var file = input.files[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      status.textContent = "This file is larger than the " + Math.floor(maxBytes / 1048576) +
        " MB limit. Save the plan without embedded pictures, or as .docx or .pdf, and try again.";
      return;
    }
    status.textContent = "Checking the plan…";
  });

  function over(event) {
    event.preventDefault();  // otherwise the browser opens the dropped file itself
    zone.classList.add("over");
  }
  document.addEventListener("dragenter", over);
  document.addEventListener("dragover", over);
  document.addEventListener("dragleave", function (event) {
    if (!event.relatedTarget) { zone.classList.remove("over"); }
  });
  document.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      form.requestSubmit();
    }
  });
}());
