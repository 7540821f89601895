/*! Who Buys Our Care? embed loader. MIT licence. Resizes this site's timeline iframes to fit
   their content when they post {type:'who-buys-our-care:height',height}. No dependencies. */
(function () {
	var script = document.currentScript;
	if (!script) return;
	var prefix = new URL('/embed/', script.src).href;
	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'who-buys-our-care:height') return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			// Only our own iframes, and only the one that sent the message.
			if (frames[i].contentWindow === event.source && frames[i].src.indexOf(prefix) === 0) {
				frames[i].style.height = Math.min(Math.max(data.height | 0, 150), 20000) + 'px';
			}
		}
	});
})();
