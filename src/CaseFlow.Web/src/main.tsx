import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import './i18n';
import { AuthProvider } from './auth/AuthContext';
import App from './App';
import { CareModeProvider } from './care';
import { baseTheme } from './care/careTheme';

function Root() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={baseTheme}>
      <CareModeProvider>
        <AntApp style={{ height: '100%' }}>
          <AuthProvider>
            <App />
          </AuthProvider>
        </AntApp>
      </CareModeProvider>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Root /></StrictMode>);
