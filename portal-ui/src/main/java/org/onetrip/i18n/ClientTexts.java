package org.onetrip.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The texts the browser shows without a screen: the connection indicator (Vaadin's says "Online" and "Connection
 * lost" in English), the notices for an internal error and for disabled cookies (a lost session reloads the
 * page, with no notice), the label a screen reader gives a sortable grid column, and the notice that a field
 * dropped what went past its length limit.
 */
@Component
public class ClientTexts implements VaadinServiceInitListener {

    private final I18NProvider texts;

    public ClientTexts(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // the language the visitor chose, not the browser's that the request would give
        event.getSource()
                .setSystemMessagesProvider(info -> systemMessages(PortalLocales.chosen(VaadinSession.getCurrent())));
        event.getSource().addUIInitListener(init -> {
            connectionTexts(init.getUI());
            sortingTexts(init.getUI());
            lengthLimitTexts(init.getUI());
        });
    }

    SystemMessages systemMessages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(text("client.internal-error.caption", locale));
        messages.setInternalErrorMessage(text("client.internal-error.message", locale));
        messages.setCookiesDisabledCaption(text("client.cookies-disabled.caption", locale));
        messages.setCookiesDisabledMessage(text("client.cookies-disabled.message", locale));
        return messages;
    }

    void connectionTexts(UI ui) {
        // the UI's locale may not be set yet: listeners run in no given order
        var locale = PortalLocales.chosen(ui.getSession());
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(text("client.connection.reconnecting", locale));
        reconnect.setDialogTextGaveUp(text("client.connection.lost", locale));
        // Flow has no setting for the third state's text; the indicator takes it as a property
        ui.getPage()
                .executeJs(
                        "if (window.Vaadin && window.Vaadin.connectionIndicator) {"
                                + " window.Vaadin.connectionIndicator.onlineText = $0; }",
                        text("client.connection.online", locale));
    }

    /**
     * Flow's grid labels a sortable column's header "Sort by …" in English, with no setting; the page relabels each
     * header as it appears, and the column's own name stays as the screen gives it.
     */
    void sortingTexts(UI ui) {
        ui.getPage()
                .executeJs(
                        "window.onetripSortBy = $0;"
                                + " if (!window.onetripSorterLabels) {"
                                + "  const relabel = node => {"
                                + "   if (node.nodeType !== 1) { return; }"
                                + "   const sorters = node.localName === 'vaadin-grid-sorter' ? [node]"
                                + "    : node.querySelectorAll('vaadin-grid-sorter');"
                                + "   sorters.forEach(sorter => {"
                                + "    const label = sorter.getAttribute('aria-label');"
                                + "    if (!label || !label.startsWith('Sort by ')) { return; }"
                                + "    const named = window.onetripSortBy.replace('{0}', label.substring(8));"
                                + "    if (named !== label) { sorter.setAttribute('aria-label', named); }"
                                + "   });"
                                + "  };"
                                + "  window.onetripSorterLabels = new MutationObserver(records => records.forEach(record =>"
                                + "   record.type === 'attributes' ? relabel(record.target) : record.addedNodes.forEach(relabel)));"
                                + "  window.onetripSorterLabels.observe(document.body,"
                                + "   {subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label']});"
                                + "  relabel(document.body);"
                                + " }",
                        text("grid.sort-by", PortalLocales.chosen(ui.getSession())));
    }

    /**
     * The browser takes from a paste or from typing no more than a field's length limit and drops the rest without a
     * word; a notice names the field and says so. A notice, not the field's error message: the field's own validation
     * and the server's rewrite that message as the value changes.
     */
    void lengthLimitTexts(UI ui) {
        var locale = PortalLocales.chosen(ui.getSession());
        ui.getPage()
                .executeJs(
                        "window.onetripTooLong = {named: $0, unnamed: $1};"
                                + " if (!window.onetripLengthLimits) {"
                                + "  window.onetripLengthLimits = true;"
                                + "  const limited = input => (input instanceof HTMLInputElement"
                                + "   || input instanceof HTMLTextAreaElement) && input.maxLength >= 0;"
                                + "  const kept = input => input.value.length - (input.selectionEnd - input.selectionStart);"
                                + "  const tell = input => {"
                                + "   const label = input.parentElement && input.parentElement.label;"
                                + "   const text = (label ? window.onetripTooLong.named.replace('{1}', label)"
                                + "    : window.onetripTooLong.unnamed).replace('{0}', input.maxLength);"
                                + "   let note = window.onetripTooLongNote;"
                                + "   if (!note || !note.isConnected) {"
                                + "    note = window.onetripTooLongNote = document.createElement('vaadin-notification');"
                                + "    note.setAttribute('theme', 'warning');"
                                + "    note.duration = 6000;"
                                + "    note.renderer = root => { root.textContent = note.text; };"
                                + "    document.body.appendChild(note);"
                                + "   }"
                                + "   note.text = text;"
                                + "   note.opened = false;"
                                + "   note.opened = true;"
                                + "  };"
                                + "  document.addEventListener('beforeinput', event => {"
                                + "   const input = event.target;"
                                + "   if (!limited(input) || event.isComposing || !event.inputType.startsWith('insert')) {"
                                + "    return;"
                                + "   }"
                                + "   const inserted = event.data !== null ? event.data"
                                + "    : event.dataTransfer ? event.dataTransfer.getData('text/plain')"
                                + "    : event.inputType === 'insertLineBreak' ? '\\n' : '';"
                                + "   if (kept(input) + inserted.length > input.maxLength) { tell(input); }"
                                + "  }, true);"
                                // pinyin arrives whole when the word is chosen, and is cut as it arrives
                                + "  document.addEventListener('compositionstart', event => {"
                                + "   if (limited(event.target)) { event.target.onetripKept = kept(event.target); }"
                                + "  }, true);"
                                + "  document.addEventListener('compositionend', event => {"
                                + "   const input = event.target;"
                                + "   if (limited(input) && input.onetripKept !== undefined && event.data"
                                + "    && input.onetripKept + event.data.length > input.maxLength) { tell(input); }"
                                + "  }, true);"
                                + " }",
                        text("client.too-long", locale), text("client.too-long.unnamed", locale));
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }
}
